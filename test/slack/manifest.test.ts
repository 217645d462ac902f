import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suggestIds } from '../../adapters/slack/suggest.js';

// The manifest is what a user pastes to create the app: it must ask for exactly what the adapter uses.
const manifest = parse(readFileSync(new URL('../../adapters/slack/manifest.yaml', import.meta.url), 'utf8'));

describe('adapters/slack/manifest.yaml', () => {
  it('declares the scopes, events, slash command, interactivity and Socket Mode the adapter needs', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'app_mentions:read',
      'chat:write',
      'commands',
      'im:history',
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/sovereignty' })]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('declares the two suggestion shortcuts with the callback ids the adapter listens for', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: suggestIds.correction }),
      expect.objectContaining({ type: 'global', callback_id: suggestIds.deal }),
    ]);
  });

  it('needs no other scope: the adapter calls only chat.postMessage and chat.postEphemeral (chat:write) and views.open (none)', () => {
    // Least privilege: a new Web API call must come with its scope here, and this test changed with it.
    const source = ['handlers.ts', 'suggest.ts']
      .map((file) => readFileSync(new URL(`../../adapters/slack/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const calls = new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
    expect([...calls].sort()).toEqual(['chat.postEphemeral', 'chat.postMessage', 'views.open']);
  });
});
