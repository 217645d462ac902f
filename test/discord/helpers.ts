import { type StartDiscordOptions, startDiscord } from '../../adapters/discord/discord-bot.js';
import type { BotServices, RunningAdapter } from '../../src/index.js';
import { FakeDiscord, type FakeDiscordOptions, type RecordedRequest } from '../../support/fake-discord.js';
import { startTestServices } from '../../support/test-services.js';

export const token = 'fake-discord-token.Secret-123456';

export interface TestBot {
  fake: FakeDiscord;
  services: BotServices;
  running: RunningAdapter;
  /** Every JSON log line the bot wrote. */
  logs: string[];
  /** Dispatches an interaction and resolves with its successful callback request. */
  interact(payload: { id: string; token: string }): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

/** A fake Discord and the real bot connected to it. */
export async function startTestBot(
  env: Record<string, string> = {},
  options: StartDiscordOptions = {},
  fakeOptions: FakeDiscordOptions = {},
): Promise<TestBot> {
  const fake = await FakeDiscord.start(fakeOptions);
  const { services, logs } = await startTestServices(
    {
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
    { redactSecrets: true },
  );
  const running = await startDiscord(services, {
    rest: { retries: 0, timeout: 5000 },
    readyTimeoutMs: 5000,
    ...options,
  });
  return {
    fake,
    services,
    running,
    logs,
    interact(payload) {
      const since = fake.requests.length;
      fake.dispatch('INTERACTION_CREATE', payload);
      return fake.waitForRequest(
        (r) =>
          r.method === 'POST' &&
          r.path === `/interactions/${payload.id}/${payload.token}/callback` &&
          r.status < 300,
        { since },
      );
    },
    async stop() {
      await running.stop();
      services.live.close();
      await fake.close();
    },
  };
}

/** A message body as the bot sent it (in a callback's `data`, a webhook edit or a channel message). */
export interface SentMessage {
  content?: string;
  embeds?: Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string; inline?: boolean }>;
    footer?: { text: string };
  }>;
  components?: Array<{ components: Array<{ custom_id: string; label?: string }> }>;
  flags?: number;
  choices?: Array<{ name: string; value: string }>;
  allowed_mentions?: { parse?: string[]; replied_user?: boolean };
  message_reference?: { message_id?: string };
}

/** The `data` of an interaction callback (type 4 message or type 8 autocomplete result). */
export function callbackData(request: RecordedRequest): SentMessage {
  return (request.body as { data?: SentMessage }).data ?? {};
}

/** The body of a channel message or webhook edit. */
export function sentMessage(request: RecordedRequest): SentMessage {
  return (request.body ?? {}) as SentMessage;
}

/** All text of a message: content, titles, descriptions, fields, footers, button labels. */
export function allText(message: SentMessage): string {
  return JSON.stringify([message.content, message.embeds, message.components]);
}

export const ephemeralFlag = 64;
