import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../adapters/discord/cooldown.js';
import { stripMention } from '../../adapters/discord/handlers.js';
import { langOfLocale } from '../../adapters/discord/words.js';

describe('Cooldown', () => {
  it('makes a user wait, without extending the wait when they ask too early', () => {
    let now = 0;
    const cooldown = new Cooldown(10, () => now);
    expect(cooldown.take('u1')).toBe(0);
    now = 2_500;
    expect(cooldown.take('u1')).toBe(8);
    expect(cooldown.take('u2')).toBe(0);
    now = 10_000;
    expect(cooldown.take('u1')).toBe(0);
  });

  it('is off at 0 seconds', () => {
    const cooldown = new Cooldown(0, () => 0);
    expect([cooldown.take('u'), cooldown.take('u'), cooldown.take('u')]).toEqual([0, 0, 0]);
  });
});

describe('stripMention and langOfLocale', () => {
  it('removes the bot mention in both forms, wherever it is', () => {
    expect(stripMention('<@42> how much?', '42')).toBe('how much?');
    expect(stripMention('how <@!42> much? <@42>', '42')).toBe('how much?');
    expect(stripMention('<@43> hi', '42')).toBe('<@43> hi');
  });

  it('maps Discord locales to sovbot languages', () => {
    expect(langOfLocale('fr')).toBe('fr');
    expect(langOfLocale('en-GB')).toBe('en');
    expect(langOfLocale('de')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
  });
});
