// Start-up configuration: one run of parseConfig reports every bad or missing variable, each by name,
// so an operator fixes .env once instead of once per variable.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/index.js';

const defaults = { corpusDir: '/corpus' };

describe('parseConfig with several problems at once', () => {
  it('names every bad value and every missing companion variable in one result', () => {
    const result = parseConfig(
      {
        SLACK_PORT: 'abc',
        DISCORD_COOLDOWN_SECONDS: '-1',
        SOVBOT_LOG_LEVEL: 'loud',
        // Slack bot token without a signing secret (HTTP) or app token (Socket Mode).
        SLACK_BOT_TOKEN: 'xoxb-1',
        // Discord token without its application id.
        DISCORD_TOKEN: 'discord-token',
      },
      defaults,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    const named = (name: string) => errors.filter((error) => error.startsWith(`${name}: `));
    // Each problem once, each line starting with the variable it is about.
    expect(named('SLACK_PORT')).toHaveLength(1);
    expect(named('DISCORD_COOLDOWN_SECONDS')).toHaveLength(1);
    expect(named('SOVBOT_LOG_LEVEL')).toHaveLength(1);
    expect(named('SLACK_SIGNING_SECRET'), `errors: ${JSON.stringify(errors)}`).toHaveLength(1);
    expect(named('DISCORD_APPLICATION_ID'), `errors: ${JSON.stringify(errors)}`).toHaveLength(1);
    expect(errors).toHaveLength(5);
  });

  it('says what is wrong with each value, and never echoes a secret', () => {
    const result = parseConfig(
      {
        SLACK_PORT: 'abc',
        DISCORD_COOLDOWN_SECONDS: '-1',
        SOVBOT_LOG_LEVEL: 'loud',
        SLACK_BOT_TOKEN: 'xoxb-SECRET-TOKEN-123',
        SLACK_APP_TOKEN: 'not-an-app-token-SECRET',
        DISCORD_TOKEN: 'DISCORD-SECRET-789',
      },
      defaults,
    );
    const text = result.ok ? '' : result.errors.join('\n');
    expect(text).toMatch(/SLACK_PORT: .*whole number/);
    expect(text).toMatch(/SOVBOT_LOG_LEVEL: .*fatal, error, warn, info, debug, trace, silent/);
    expect(text).toMatch(/DISCORD_COOLDOWN_SECONDS: /);
    for (const secret of ['xoxb-SECRET-TOKEN-123', 'not-an-app-token-SECRET', 'DISCORD-SECRET-789'])
      expect(text).not.toContain(secret);
  });
});
