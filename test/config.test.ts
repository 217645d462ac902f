import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { projectRoot } from '../src/paths.js';

const defaults = { corpusDir: '/corpus' };

describe('parseConfig', () => {
  it('reads relative folders from the sovbot folder, not from where the command was started', () => {
    const result = parseConfig({ SOVBOT_CORPUS_DIR: 'my-corpus', SOVBOT_DATA_DIR: 'var/data' }, defaults);
    expect(result.config).toMatchObject({
      corpusDir: path.join(projectRoot, 'my-corpus'),
      dataDir: path.join(projectRoot, 'var', 'data'),
    });
    expect(parseConfig({ SOVBOT_DATA_DIR: '/srv/sovbot' }, defaults).config.dataDir).toBe('/srv/sovbot');
  });

  it('defaults to the console: no Slack, no Discord', () => {
    const result = parseConfig({}, defaults);
    expect(result).toMatchObject({
      ok: true,
      config: { corpusDir: '/corpus', maxQuestionLength: 1000, dataDir: path.join(projectRoot, 'data') },
    });
    if (result.ok) {
      expect(result.config.slack).toBeUndefined();
      expect(result.config.discord).toBeUndefined();
    }
  });

  it('reads Slack in Socket Mode and Discord with their options', () => {
    const result = parseConfig(
      {
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        SLACK_API_URL: 'http://127.0.0.1:9/api',
        DISCORD_TOKEN: 'd',
        DISCORD_APPLICATION_ID: '42',
        DISCORD_COOLDOWN_SECONDS: '2',
        SOVBOT_MAINTAINERS: 'U1, 123',
      },
      defaults,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.slack).toEqual({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      port: 3000,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
    expect(result.config.discord).toEqual({ token: 'd', applicationId: '42' });
    // The older Discord-only name still sets the cooldown, which now applies on every platform.
    expect(result.config.cooldownSeconds).toBe(2);
    expect([...result.config.maintainers]).toEqual(['U1', '123']);
  });

  it('reports every bad or missing variable at once, each by name', () => {
    const result = parseConfig(
      { SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 'd', SLACK_PORT: 'eighty', SOVBOT_LOG_LEVEL: 'loud' },
      defaults,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SLACK_PORT: /),
        expect.stringMatching(/^SOVBOT_LOG_LEVEL: /),
      ]),
    );
    const second = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 'd' }, defaults);
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.errors).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET: missing/),
      expect.stringMatching(/^DISCORD_APPLICATION_ID: missing/),
    ]);
  });

  it('names the bot token when only Slack app settings are given', () => {
    const result = parseConfig({ SLACK_SIGNING_SECRET: 's' }, defaults);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/^SLACK_BOT_TOKEN: missing/)] });
  });
});
