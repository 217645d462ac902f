import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/discord-bot.js';
import type { BotServices } from '../../src/index.js';
import { FakeDiscord } from '../../support/fake-discord.js';
import { startTestServices } from '../../support/test-services.js';
import { token } from './helpers.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setUp(): Promise<{ fake: FakeDiscord; services: BotServices; logs: string[] }> {
  const fake = await FakeDiscord.start({ holdGuild: true });
  cleanup.push(() => fake.close());
  const { services, logs } = await startTestServices(
    { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl },
    { redactSecrets: true },
  );
  cleanup.push(() => services.live.close());
  return { fake, services, logs };
}

describe('startDiscord lifecycle', () => {
  it('resolves only once the client is ready (its guilds received), and stop() closes the gateway', async () => {
    const { fake, services, logs } = await setUp();
    let settled = false;
    const starting = startDiscord(services, { rest: { retries: 0, timeout: 5000 }, readyTimeoutMs: 5000 });
    void starting.finally(() => {
      settled = true;
    });
    await fake.waitForFrame(2);
    // READY has been sent; the guild it announced as unavailable has not arrived yet. Proving
    // "not yet" needs a little time to pass.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toBe(false);
    fake.releaseGuild();
    const running = await starting;
    expect(running.name).toBe('discord');
    expect(logs.some((line) => line.includes('"DISCORD_READY"'))).toBe(true);
    await running.stop();
    expect(await fake.waitForClose(1)).toBe(1000);
    expect(logs.some((line) => line.includes('"DISCORD_STOPPED"'))).toBe(true);
  });

  it('gives up with a clear error when the gateway never becomes ready, and closes the connection', async () => {
    const { fake, services } = await setUp();
    await expect(
      startDiscord(services, { rest: { retries: 0, timeout: 5000 }, readyTimeoutMs: 300 }),
    ).rejects.toThrow('startDiscord: the Discord gateway did not become ready in time.');
    expect(await fake.waitForClose(1)).toBe(1000);
  });

  it('refuses to start without Discord settings', async () => {
    const { services } = await startTestServices({}, { redactSecrets: true });
    cleanup.push(() => services.live.close());
    await expect(startDiscord(services)).rejects.toThrow('DISCORD_TOKEN is not set');
  });
});
