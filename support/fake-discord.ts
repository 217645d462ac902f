import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A fake Discord on 127.0.0.1 for the real discord.js: REST under `/api/v10/…` and the gateway at
 * `/gateway` on the same port. It records every request and gateway payload so tests can assert on
 * what the bot really sent, and can inject failures (429, closed sockets). With `record: false` (the
 * stress run) it keeps no requests nor frames, only the per-interaction `outcomes` and counts, so that it
 * never fills the heap.
 */

export interface FakeDiscordOptions {
  /** Shards recommended by GET /gateway/bot (what `shards: 'auto'` uses). Default 1. */
  shards?: number;
  /** Keep GUILD_CREATE back until `releaseGuild()`, to check that the bot waits for its guilds. */
  holdGuild?: boolean;
  /** Keep every request and gateway frame (default true); false keeps only `outcomes` and counts. */
  record?: boolean;
}

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

export interface RecordedRequest {
  method: string;
  /** Decoded path without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  status: number;
  /** What the fake answered (JSON), if anything. */
  response: unknown;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  /** Which socket (1-based) carried it. */
  connection: number;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface DiscordUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

type Json = Record<string, unknown>;

let snowflakeCounter = 0n;
/** Unique, increasing ids shaped like Discord's (timestamp << 22 | counter). */
export function snowflake(): string {
  snowflakeCounter += 1n;
  return (((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) + (snowflakeCounter % 4096n)).toString();
}

export function user(id: string, username: string, bot = false): DiscordUser {
  return { id, username, discriminator: '0', global_name: username, avatar: null, ...(bot ? { bot } : {}) };
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  /** Query string of each gateway connection, in order. */
  readonly gatewayQueries: string[] = [];
  /** Close codes of gateway sockets the bot closed (or that dropped: 1006). */
  readonly gatewayCloses: number[] = [];
  readonly botUser: DiscordUser;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  readonly sessionId = 'fake-session';
  /** By interaction id, for every interaction dispatched (also with `record: false`). */
  readonly outcomes = new Map<string, InteractionOutcome>();
  /** Requests the fake answered 404: unknown routes, interactions or webhooks. */
  unexpected = 0;

  readonly #http: Server;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #failures: Array<{ match: (req: RecordedRequest) => boolean; response: FakeResponse }> = [];
  readonly #waiters = new Set<() => void>();
  #socket: WebSocket | undefined;
  /** The socket of each shard that identified, by shard id. */
  readonly #shardSockets = new Map<number, WebSocket>();
  /** Each IDENTIFY's `shard` field ([id, count]), in order. */
  readonly identifiedShards: Array<[number, number]> = [];
  #connections = 0;
  #sequence = 0;
  #port = 0;
  #holdGuild: (() => void) | undefined;
  /** Interaction token → id, to attribute webhook edits and follow-ups. */
  readonly #tokens = new Map<string, string>();
  readonly #record: boolean;

  private constructor(private readonly options: FakeDiscordOptions = {}) {
    this.#record = options.record ?? true;
    this.botUser = user(snowflake(), 'sovbot', true);
    this.#http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.#onRequest(req.method ?? 'GET', req.url ?? '/', req.headers, chunks, res));
    });
    this.#http.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway') {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onGateway(ws, url.search));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#http.listen(0, '127.0.0.1');
    await once(fake.#http, 'listening');
    fake.#port = (fake.#http.address() as AddressInfo).port;
    return fake;
  }

  /** What to pass as the REST `api` option (and DISCORD_API_URL). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Gateway sockets opened so far. */
  get connections(): number {
    return this.#connections;
  }

  /** The next request matching `match` gets `response` instead of the normal one (once). */
  failNext(match: (req: RecordedRequest) => boolean, response: FakeResponse): void {
    this.#failures.push({ match, response });
  }

  /** Resolves with the first recorded request (from index `since`) matching `match`. */
  waitForRequest(
    match: (req: RecordedRequest) => boolean,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedRequest> {
    return this.#waitFor(() => this.requests.slice(options.since ?? 0).find(match), options.timeoutMs);
  }

  /** Resolves with the first gateway frame (from index `since`) the bot sent with opcode `op`. */
  waitForFrame(op: number, options: { since?: number; timeoutMs?: number } = {}): Promise<GatewayFrame> {
    return this.#waitFor(
      () => this.frames.slice(options.since ?? 0).find((frame) => frame.op === op),
      options.timeoutMs,
    );
  }

  /** Resolves true once `done()` holds (checked on every request and frame), false after `timeoutMs`. */
  async waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
    return this.#waitFor(() => (done() ? true : undefined), timeoutMs).catch(() => false);
  }

  #waitFor<T>(find: () => T | undefined, timeoutMs = 5000): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (hit === undefined) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`fake Discord: nothing matching arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  /** Forgets the outcomes of earlier interactions. */
  clear(): void {
    this.outcomes.clear();
    this.#tokens.clear();
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  // ---- gateway ----

  #onGateway(ws: WebSocket, query: string): void {
    this.#connections += 1;
    const connection = this.#connections;
    this.gatewayQueries.push(query);
    this.#socket = ws;
    ws.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
    ws.on('close', (code) => {
      this.gatewayCloses.push(code);
      this.#notify();
    });
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { op: number; d: unknown };
      if (this.#record) this.frames.push({ op: frame.op, d: frame.d, connection });
      this.#onFrame(ws, frame);
      this.#notify();
    });
  }

  #onFrame(ws: WebSocket, frame: { op: number; d: unknown }): void {
    switch (frame.op) {
      case 1: // heartbeat → ack
        ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
        break;
      case 2: {
        // identify → READY, then the guild announced as unavailable in it, on the guild's shard only
        // (Discord's rule: shard = (guild_id >> 22) % shard count).
        const [shard, count] = (frame.d as { shard?: [number, number] }).shard ?? [0, 1];
        this.identifiedShards.push([shard, count]);
        this.#shardSockets.set(shard, ws);
        const ownsGuild = Number((BigInt(this.guildId) >> 22n) % BigInt(count)) === shard;
        this.#send(ws, 'READY', {
          v: 10,
          user: this.botUser,
          guilds: ownsGuild ? [{ id: this.guildId, unavailable: true }] : [],
          shard: [shard, count],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          application: { id: this.applicationId, flags: 0 },
        });
        if (!ownsGuild) break;
        if (this.options.holdGuild) this.#holdGuild = () => this.#send(ws, 'GUILD_CREATE', this.#guild());
        else this.#send(ws, 'GUILD_CREATE', this.#guild());
        break;
      }
      case 6: // resume → RESUMED when it is our session, else INVALID_SESSION (not resumable)
        if ((frame.d as { session_id?: string }).session_id === this.sessionId) {
          this.#send(ws, 'RESUMED', {});
        } else {
          ws.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
        }
        break;
      default:
        break;
    }
  }

  #send(ws: WebSocket, t: string, d: unknown): void {
    this.#sequence += 1;
    ws.send(JSON.stringify({ op: 0, s: this.#sequence, t, d }));
  }

  /** Sends the GUILD_CREATE held back by `holdGuild`. */
  releaseGuild(): void {
    this.#holdGuild?.();
    this.#holdGuild = undefined;
  }

  /** Resolves once the bot has closed `count` gateway sockets in all. */
  waitForClose(count = 1, timeoutMs = 5000): Promise<number> {
    return this.#waitFor(() => this.gatewayCloses[count - 1], timeoutMs);
  }

  /**
   * Sends a dispatch event (MESSAGE_CREATE, INTERACTION_CREATE…) on the open gateway socket, or on the
   * socket of shard `shard`.
   */
  dispatch(t: string, d: unknown, shard?: number): void {
    const socket = shard === undefined ? this.#openSocket() : this.#shardSockets.get(shard);
    if (socket === undefined) throw new Error(`fake Discord: shard ${shard} never identified`);
    if (t === 'INTERACTION_CREATE') this.#track(d as { id: string; token: string });
    this.#send(socket, t, d);
  }

  /** Sends every payload as an INTERACTION_CREATE, back to back, without yielding. */
  dispatchBurst(payloads: ReadonlyArray<Json & { id: string; token: string }>): void {
    const socket = this.#openSocket();
    for (const payload of payloads) {
      this.#track(payload);
      this.#send(socket, 'INTERACTION_CREATE', payload);
    }
  }

  #openSocket(): WebSocket {
    const socket = this.#socket;
    if (socket === undefined || socket.readyState !== socket.OPEN) {
      throw new Error('fake Discord: no open gateway connection');
    }
    return socket;
  }

  #track(interaction: { id: string; token: string }): void {
    this.#tokens.set(interaction.token, interaction.id);
    this.outcomes.set(interaction.id, {
      dispatchedAt: performance.now(),
      callbacks: 0,
      callbackType: undefined,
      callbackAt: undefined,
      answeredAt: undefined,
      edits: 0,
      followUps: 0,
    });
  }

  /** Closes the gateway socket with a close code, as Discord does (4000: unknown error, resumable). */
  closeGateway(code: number): void {
    this.#socket?.close(code, 'fake Discord closed the connection');
  }

  /** Drops the gateway's TCP connection without a close frame. */
  dropGateway(): void {
    this.#socket?.terminate();
  }

  #guild(): Json {
    return {
      id: this.guildId,
      name: 'Fake guild',
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

  // ---- payload builders for tests ----

  /** A member of the fake guild or a DM user asking something. */
  interactionBase(
    type: number,
    options: { from: DiscordUser; locale?: string; dm?: boolean },
  ): Json & { id: string; token: string } {
    const id = snowflake();
    const where = options.dm
      ? {
          channel: { id: this.dmChannelId, type: 1, recipients: [options.from] },
          channel_id: this.dmChannelId,
          user: options.from,
          context: 1,
          authorizing_integration_owners: { '0': '0' },
        }
      : {
          guild_id: this.guildId,
          channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
          channel_id: this.channelId,
          member: {
            user: options.from,
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
    return {
      id,
      token: `itoken-${id}`,
      type,
      application_id: this.applicationId,
      version: 1,
      locale: options.locale ?? 'en-US',
      app_permissions: '0',
      entitlements: [],
      ...where,
    };
  }

  /** A slash command; `options` as Discord sends them ({ type, name, value } / subcommands). */
  command(name: string, options: Json[], from: DiscordUser, extra: { locale?: string; dm?: boolean } = {}) {
    return {
      ...this.interactionBase(2, { from, ...extra }),
      data: { id: snowflake(), name, type: 1, options },
    };
  }

  autocomplete(name: string, options: Json[], from: DiscordUser, extra: { locale?: string } = {}) {
    return {
      ...this.interactionBase(4, { from, ...extra }),
      data: { id: snowflake(), name, type: 1, options },
    };
  }

  /**
   * The submission of a modal the bot showed: `modal` is the `data` of its type-9 callback, `values`
   * what was typed into its text inputs by custom id (one left out was left empty).
   */
  modalSubmit(
    modal: Json,
    values: Record<string, string>,
    from: DiscordUser,
    extra: { locale?: string } = {},
  ) {
    const labels = (modal.components ?? []) as Array<{ type: number; component?: { custom_id: string } }>;
    return {
      ...this.interactionBase(5, { from, ...extra }),
      data: {
        custom_id: modal.custom_id,
        components: labels
          .filter((label) => label.type === 18 && label.component !== undefined)
          .map((label, index) => ({
            type: 18,
            id: index + 1,
            component: {
              type: 4,
              id: index + 10,
              custom_id: label.component?.custom_id,
              value: values[label.component?.custom_id ?? ''] ?? '',
            },
          })),
      },
    };
  }

  /** A message command (a message's Apps menu) on `message`, with the message resolved as Discord sends it. */
  messageCommand(
    name: string,
    message: Json & { id: string },
    from: DiscordUser,
    extra: { locale?: string } = {},
  ) {
    return {
      ...this.interactionBase(2, { from, ...extra }),
      data: {
        id: snowflake(),
        name,
        type: 3,
        target_id: message.id,
        resolved: { messages: { [message.id]: message } },
      },
    };
  }

  /** A button click on `message` (a message object the bot sent). */
  button(customId: string, message: Json, from: DiscordUser, extra: { locale?: string } = {}) {
    return {
      ...this.interactionBase(3, { from, ...extra }),
      message,
      data: { custom_id: customId, component_type: 2 },
    };
  }

  /** A user message in the guild channel (`dm`: in a DM with the bot). */
  userMessage(
    content: string,
    from: DiscordUser,
    options: { mentions?: DiscordUser[]; dm?: boolean; replyTo?: string } = {},
  ): Json & { id: string } {
    const id = snowflake();
    return {
      id,
      type: options.replyTo === undefined ? 0 : 19,
      channel_id: options.dm ? this.dmChannelId : this.channelId,
      ...(options.dm
        ? { channel_type: 1 }
        : {
            guild_id: this.guildId,
            channel_type: 0,
            member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
          }),
      author: from,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: options.mentions ?? [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...(options.replyTo === undefined
        ? {}
        : {
            message_reference: {
              type: 0,
              message_id: options.replyTo,
              channel_id: options.dm ? this.dmChannelId : this.channelId,
            },
          }),
    };
  }

  /** A message object as Discord returns it for a message the bot created. */
  messageFrom(body: Json, channelId: string): Json & { id: string } {
    return {
      id: snowflake(),
      type: body.message_reference ? 19 : 0,
      channel_id: channelId,
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

  // ---- REST ----

  #onRequest(
    method: string,
    rawUrl: string,
    headers: IncomingHttpHeaders,
    chunks: Buffer[],
    res: ServerResponse,
  ): void {
    const at = performance.now();
    const url = new URL(rawUrl, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const request: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers,
      body,
      status: 0,
      response: undefined,
    };
    const failure = this.#failures.findIndex((f) => f.match(request));
    const response =
      failure >= 0
        ? (this.#failures.splice(failure, 1)[0] as { response: FakeResponse }).response
        : this.#route(request, at);
    request.status = response.status;
    request.response = response.body;
    if (response.status === 404) this.unexpected += 1;
    if (this.#record) this.requests.push(request);
    if (response.body === undefined) {
      // A 204 must carry no JSON content-type: @discordjs/rest would try to parse the empty body.
      res.writeHead(response.status, response.headers ?? {});
      res.end();
    } else {
      res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers });
      res.end(JSON.stringify(response.body));
    }
    this.#notify();
  }

  #route(req: RecordedRequest, at: number): FakeResponse {
    const { method, path } = req;
    const body = (req.body ?? {}) as Json;
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.options.shards ?? 1,
          // A large bucket (Discord grants large bots one): shards identify together, not 5 s apart.
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
        },
      };
    }
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && m) {
      const outcome = this.outcomes.get(m[1] as string);
      if (outcome === undefined)
        return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
      outcome.callbacks += 1;
      if (outcome.callbacks === 1) {
        outcome.callbackType = Number(body.type);
        outcome.callbackAt = at;
        if (outcome.callbackType !== 5) outcome.answeredAt = at;
      }
      if (req.query.get('with_response') !== 'true') return { status: 204 };
      const data = (body.data ?? {}) as Json;
      const message = this.messageFrom(data, this.channelId);
      return {
        status: 200,
        body: {
          interaction: {
            id: m[1],
            type: 2,
            response_message_id: message.id,
            response_message_loading: false,
            response_message_ephemeral: ((Number(data.flags) || 0) & 64) !== 0,
          },
          resource: { type: body.type, message },
        },
      };
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(.+))?$/.exec(path);
    const outcome = m ? this.outcomes.get(this.#tokens.get(m[2] as string) ?? '') : undefined;
    if (m && outcome === undefined) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (m && outcome && m[3] !== undefined && method === 'PATCH') {
      if (m[3] === '@original') {
        outcome.edits += 1;
        outcome.answeredAt ??= at;
      }
      return { status: 200, body: this.messageFrom(body, this.channelId) };
    }
    if (m && m[3] !== undefined && method === 'DELETE') return { status: 204 };
    if (m && outcome && m[3] === undefined && method === 'POST') {
      outcome.followUps += 1;
      return { status: 200, body: this.messageFrom(body, this.channelId) };
    }
    m = /^\/channels\/(\d+)\/typing$/.exec(path);
    if (m && method === 'POST') return { status: 204 };
    m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (m && method === 'POST') return { status: 200, body: this.messageFrom(body, m[1] as string) };
    m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (m && method === 'PUT' && Array.isArray(req.body)) {
      return {
        status: 200,
        body: (req.body as Json[]).map((command) => ({
          ...command,
          id: snowflake(),
          application_id: m?.[1],
          version: snowflake(),
        })),
      };
    }
    return { status: 404, body: { message: `Unknown route ${method} ${path}`, code: 0 } };
  }

  async close(): Promise<void> {
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }
}
