import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

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

  it('asks for no scope the adapter does not use (least privilege)', () => {
    // im:read / im:write cover conversations.* calls on DMs; the adapter only posts (chat:write) and
    // receives DMs (im:history), so a call to conversations.* would need the manifest to change too.
    const code = ['handlers.ts', 'slack-bot.ts', 'format.ts']
      .map((file) => readFileSync(new URL(`../../adapters/slack/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(/conversations\.(open|info|list|members)/);
    expect(manifest.oauth_config.scopes.bot).not.toContain('im:read');
    expect(manifest.oauth_config.scopes.bot).not.toContain('im:write');
  });
});
