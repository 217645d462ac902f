// A lean fake Discord on 127.0.0.1 for the stress run: the gateway (hello, heartbeat, READY, one guild) and
// the REST routes an interaction reply uses, on one port. Adapted from test/discord/fake-discord.ts, which
// the build does not compile; this one keeps no request bodies, only counts and first arrival times per
// interaction, answers at once, and can dispatch a burst of interactions in one go.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';

type Json = Record<string, unknown>;

/** What came back for one dispatched interaction. */
export interface InteractionOutcome {
  /** performance.now() when the INTERACTION_CREATE was handed to the socket. */
  dispatchedAt: number;
  /** Successful callbacks (POST /interactions/<id>/<token>/callback), whatever their type. */
  callbacks: number;
  /** Type of the first callback: 4 message, 5 deferred, 8 autocomplete result. */
  callbackType: number | undefined;
  /** performance.now() of the first callback. */
  callbackAt: number | undefined;
  /** performance.now() when the answer itself arrived: a message or choices callback, or the first edit of a deferral. */
  answeredAt: number | undefined;
  /** Edits of the original response (how a deferred reply is completed). */
  edits: number;
  /** Follow-up messages (a second message to the same interaction). */
  followUps: number;
}

export interface StressUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string;
  avatar: null;
  bot?: boolean;
}

let snowflakeCounter = 0n;
/** Unique, increasing ids shaped like Discord's (milliseconds since 2015 << 22, plus a counter). */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) + (snowflakeCounter % 4096n)).toString();
}

export function stressUser(id: string, username: string, bot = false): StressUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot } : {}) };
}

export class StressDiscord {
  readonly botUser = stressUser(snowflake(), 'sovbot', true);
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  /** By interaction id. */
  readonly outcomes = new Map<string, InteractionOutcome>();
  /** Requests to routes the fake does not know. */
  unexpected = 0;
  readonly #http: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #listeners = new Set<() => void>();
  /** Interaction token → id, to attribute webhook edits and follow-ups. */
  readonly #tokens = new Map<string, string>();
  #socket: WebSocket | undefined;
  #sequence = 0;
  #port = 0;

  private constructor() {
    this.#http = createServer((req, res) => void this.#onRequest(req, res));
    this.#http.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onGateway(ws));
    });
  }

  static async start(): Promise<StressDiscord> {
    const fake = new StressDiscord();
    fake.#http.listen(0, '127.0.0.1');
    await once(fake.#http, 'listening');
    fake.#port = (fake.#http.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL points at. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Sends every payload as an INTERACTION_CREATE on the gateway, back to back, without yielding. */
  dispatchBurst(payloads: ReadonlyArray<Json & { id: string; token: string }>): void {
    const socket = this.#socket;
    if (socket === undefined || socket.readyState !== socket.OPEN) {
      throw new Error('fake Discord: no open gateway connection');
    }
    for (const payload of payloads) {
      this.#tokens.set(payload.token, payload.id);
      this.outcomes.set(payload.id, {
        dispatchedAt: performance.now(),
        callbacks: 0,
        callbackType: undefined,
        callbackAt: undefined,
        answeredAt: undefined,
        edits: 0,
        followUps: 0,
      });
      this.#send(socket, 'INTERACTION_CREATE', payload);
    }
  }

  /** Resolves true once `done()` holds (checked on every REST request), false after `timeoutMs`. */
  waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = () => {
        if (!done()) return;
        this.#listeners.delete(check);
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(check);
        resolve(false);
      }, timeoutMs);
      this.#listeners.add(check);
    });
  }

  /** Forgets the outcomes of earlier bursts. */
  clear(): void {
    this.outcomes.clear();
    this.#tokens.clear();
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  // ---- interaction payloads ----

  /** A slash command from a member of the fake guild, in its one text channel. */
  command(name: string, options: Json[], from: StressUser, locale = 'en-US') {
    return { ...this.#interaction(2, from, locale), data: { id: snowflake(), name, type: 1, options } };
  }

  /** An autocomplete request for a slash command's focused option. */
  autocomplete(name: string, options: Json[], from: StressUser, locale = 'en-US') {
    return { ...this.#interaction(4, from, locale), data: { id: snowflake(), name, type: 1, options } };
  }

  #interaction(type: number, from: StressUser, locale: string): Json & { id: string; token: string } {
    const id = snowflake();
    return {
      id,
      token: `itoken-${id}`,
      type,
      application_id: this.applicationId,
      version: 1,
      locale,
      app_permissions: '0',
      entitlements: [],
      guild_id: this.guildId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      channel_id: this.channelId,
      member: {
        user: from,
        roles: [],
        permissions: '0',
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      guild_locale: 'en-US',
      context: 0,
      authorizing_integration_owners: { '0': this.guildId },
    };
  }

  // ---- gateway ----

  #onGateway(ws: WebSocket): void {
    this.#socket = ws;
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number };
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      if (frame.op === 2) {
        this.#send(ws, 'READY', {
          v: 10,
          user: this.botUser,
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: 'stress-session',
          resume_gateway_url: this.gatewayUrl,
          application: { id: this.applicationId, flags: 0 },
        });
        this.#send(ws, 'GUILD_CREATE', this.#guild());
      }
    });
  }

  #send(ws: WebSocket, t: string, d: unknown): void {
    this.#sequence += 1;
    ws.send(JSON.stringify({ op: 0, s: this.#sequence, t, d }));
  }

  #guild(): Json {
    return {
      id: this.guildId,
      name: 'Stress guild',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      member_count: 2,
      large: false,
      features: [],
      joined_at: new Date().toISOString(),
      preferred_locale: 'en-US',
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          permissions: '0',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      members: [],
      channels: [
        {
          id: this.channelId,
          type: 0,
          guild_id: this.guildId,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- REST ----

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text === '' ? {} : JSON.parse(text)) as Json;
    const reply = (status: number, json?: unknown) => {
      if (json === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      this.#changed();
    };

    if (method === 'GET' && path === '/gateway/bot') {
      reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && m) {
      const outcome = this.outcomes.get(m[1] as string);
      if (outcome === undefined) {
        this.unexpected += 1;
        reply(404, { message: 'Unknown interaction', code: 10062 });
        return;
      }
      outcome.callbacks += 1;
      if (outcome.callbacks === 1) {
        outcome.callbackType = Number(body.type);
        outcome.callbackAt = at;
        if (outcome.callbackType !== 5) outcome.answeredAt = at;
      }
      if (url.searchParams.get('with_response') !== 'true') {
        reply(204);
        return;
      }
      const message = this.#message((body.data ?? {}) as Json);
      reply(200, {
        interaction: {
          id: m[1],
          type: 2,
          response_message_id: message.id,
          response_message_loading: false,
          response_message_ephemeral: ((Number(message.flags) || 0) & 64) !== 0,
        },
        resource: { type: body.type, message },
      });
      return;
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    const outcome = m ? this.outcomes.get(this.#tokens.get(m[2] as string) ?? '') : undefined;
    if (m && outcome && method === 'PATCH' && m[3] !== undefined) {
      outcome.edits += 1;
      outcome.answeredAt ??= at;
      reply(200, this.#message(body));
      return;
    }
    if (m && outcome && method === 'POST' && m[3] === undefined) {
      outcome.followUps += 1;
      reply(200, this.#message(body));
      return;
    }
    this.unexpected += 1;
    reply(404, { message: `Unknown route ${method} ${path}`, code: 0 });
  }

  /** A message object as Discord returns it for one the bot created. */
  #message(body: Json): Json & { id: string } {
    return {
      id: snowflake(),
      type: 0,
      channel_id: this.channelId,
      author: this.botUser,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: body.flags ?? 0,
      application_id: this.applicationId,
    };
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
