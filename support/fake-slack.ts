// A fake Slack on 127.0.0.1: the Web API (/api/<method>), response_url endpoints (/response/<id>) and a
// Socket Mode WebSocket server, plus helpers that sign and deliver events the way Slack does. It records
// every call for the tests; with `record: false` (the stress run) it keeps only counts and first arrival
// times per destination (`arrivals`), and answers at once: it must never be what slows the bot down, nor
// what fills the heap.
import { createHmac } from 'node:crypto';
import {
  Agent,
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call the bot made. */
export interface ApiCall {
  method: string;
  /** Form fields, with JSON fields (blocks) parsed. */
  args: Record<string, unknown>;
  /** The bearer token it used. */
  token: string | undefined;
  at: number;
}

/** One POST the bot made to a response_url. */
export interface ResponseCall {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** An envelope acknowledged over Socket Mode. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

interface Failure {
  status: number;
  retryAfter?: number;
  /** The `error` of the `{ ok: false }` body; default `ratelimited`. */
  error?: string;
}

/** Replies that reached one destination (a thread, or one response_url). */
export interface Arrivals {
  count: number;
  /** performance.now() of the first one. */
  firstAt: number;
}

export interface FakeSlackOptions {
  /** Keep every call, response and ack (default true); false keeps only `arrivals` and counts. */
  record?: boolean;
}

export const fakeIds = { team: 'T0TEAM', botUser: 'UBOT', bot: 'BBOT', app: 'A0APP' } as const;

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly acks: SocketAck[] = [];
  /** Counted in both modes. */
  readonly arrivals = {
    /** chat.postMessage calls by `<channel>:<thread_ts>`. */
    posts: new Map<string, Arrivals>(),
    /** chat.postEphemeral calls by `<channel>:<thread_ts>`. */
    ephemerals: new Map<string, Arrivals>(),
    /** response_url POSTs by id. */
    responses: new Map<string, Arrivals>(),
  };
  /** Requests to paths or Web API methods the fake does not expect. */
  unexpected = 0;
  readonly #record: boolean;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<WebSocket>();
  readonly #listeners = new Set<() => void>();
  readonly #failures = new Map<string, Failure[]>();
  #ts = 1_700_000_000;
  #envelopes = 0;

  private constructor(options: FakeSlackOptions) {
    this.#record = options.record ?? true;
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => {
        this.#sockets.delete(socket);
        this.#changed();
      });
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as SocketAck;
        if (this.#record) this.acks.push(message);
        this.#changed();
      });
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: fakeIds.app } }),
      );
      this.#changed();
    });
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(options);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** What SLACK_API_URL points at. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** Open Socket Mode connections. */
  get sockets(): number {
    return this.#sockets.size;
  }

  /** The next call(s) to `method` fail with this status (and Retry-After header, if given). */
  failNext(method: string, failure: Failure, times = 1): void {
    this.#failures.set(
      method,
      Array.from({ length: times }, () => failure),
    );
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves true once `done()` holds (checked on every arrival), false after `timeoutMs`. */
  async waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
    return this.waitFor('a condition', () => (done() ? true : undefined), timeoutMs).catch(() => false);
  }

  /** Resolves with the first value `find` returns, re-checked on every request the fake sees. */
  waitFor<T>(what: string, find: () => T | undefined, timeoutMs = 5000): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        this.#listeners.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.#listeners.delete(check);
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.#listeners.add(check);
    });
  }

  /** The n-th (1-based) call to `method` matching `where`. */
  waitForCall(method: string, where: (call: ApiCall) => boolean = () => true, n = 1): Promise<ApiCall> {
    return this.waitFor(`${method} #${n}`, () => this.callsTo(method).filter(where)[n - 1]);
  }

  waitForResponse(id: string, n = 1): Promise<ResponseCall> {
    return this.waitFor(`response_url ${id} #${n}`, () => this.responses.filter((r) => r.id === id)[n - 1]);
  }

  /** Pushes an envelope over every open socket; resolves when the client acknowledges it. */
  async push(type: 'events_api' | 'slash_commands' | 'interactive', payload: object): Promise<SocketAck> {
    this.#envelopes += 1;
    const envelopeId = `env-${this.#envelopes}`;
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
    };
    for (const socket of this.#sockets) socket.send(JSON.stringify(envelope));
    return this.waitFor(`ack of ${envelopeId}`, () => this.acks.find((a) => a.envelope_id === envelopeId));
  }

  /** Drops every socket without a close handshake, as a network failure would. */
  dropSockets(): void {
    for (const socket of this.#sockets) socket.terminate();
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const at = performance.now();
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', this.url).pathname;

    if (path.startsWith('/response/')) {
      const id = path.slice('/response/'.length);
      count(this.arrivals.responses, id, at);
      if (this.#record) this.responses.push({ id, body: JSON.parse(raw), at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      this.#changed();
      return;
    }
    if (!path.startsWith('/api/')) {
      this.unexpected += 1;
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    const form = new URLSearchParams(raw);
    const where = `${form.get('channel')}:${form.get('thread_ts')}`;
    if (method === 'chat.postMessage') count(this.arrivals.posts, where, at);
    if (method === 'chat.postEphemeral') count(this.arrivals.ephemerals, where, at);
    const args: Record<string, unknown> = {};
    for (const [key, value] of form) {
      if (!this.#record && key !== 'channel') continue;
      args[key] = key === 'blocks' || key === 'attachments' || key === 'view' ? JSON.parse(value) : value;
    }
    const auth = req.headers.authorization;
    if (this.#record) this.calls.push({ method, args, token: auth?.replace(/^Bearer /, ''), at: Date.now() });

    const failure = this.#failures.get(method)?.shift();
    if (failure !== undefined) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
      res
        .writeHead(failure.status, headers)
        .end(JSON.stringify({ ok: false, error: failure.error ?? 'ratelimited' }));
      this.#changed();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.#reply(method, args)));
    this.#changed();
  }

  #reply(method: string, args: Record<string, unknown>): object {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'sovbot',
          team_id: fakeIds.team,
          user_id: fakeIds.botUser,
          bot_id: fakeIds.bot,
        };
      case 'chat.postMessage':
        this.#ts += 1;
        return { ok: true, channel: args.channel, ts: `${this.#ts}.000100`, message: { text: args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.#ts}.000200` };
      case 'views.open': {
        const view = args.view as Record<string, unknown> | undefined;
        return { ok: true, view: { id: 'V0MODAL', ...view, state: { values: {} } } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}/link` };
      default:
        this.unexpected += 1;
        return { ok: true };
    }
  }
}

function count(map: Map<string, Arrivals>, key: string, at: number): void {
  const seen = map.get(key);
  if (seen === undefined) map.set(key, { count: 1, firstAt: at });
  else seen.count += 1;
}

// --- delivering events to the bot's HTTP receiver, signed as Slack signs them ----------------------

export interface DeliverOptions {
  secret: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  signWith?: string;
  retryNum?: number;
}

/** `v0=` + HMAC-SHA256(secret, `v0:${ts}:${body}`), as Slack signs its requests. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The content type and signature headers of a request from Slack. */
export function signedHeaders(
  body: string,
  contentType: string,
  secret: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}

/** POSTs a raw body to the bot, signed; returns the HTTP status and body. */
export async function deliver(
  url: string,
  body: string,
  contentType: string,
  options: DeliverOptions,
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers = signedHeaders(body, contentType, options.signWith ?? options.secret, timestamp);
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

/** An Events API envelope around `event`. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): Record<string, unknown> {
  return {
    token: 'verification-token-unused',
    team_id: fakeIds.team,
    api_app_id: fakeIds.app,
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fakeIds.team, user_id: fakeIds.botUser, is_bot: true }],
  };
}

export function deliverEvent(url: string, envelope: object, options: DeliverOptions) {
  return deliver(url, JSON.stringify(envelope), 'application/json', options);
}

/** A slash command, form-encoded as Slack sends it. */
export function commandPayload(fields: {
  text: string;
  user: string;
  responseUrl: string;
  channel?: string;
  triggerId?: string;
}) {
  return {
    token: 'verification-token-unused',
    team_id: fakeIds.team,
    team_domain: 'fake',
    channel_id: fields.channel ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user,
    user_name: 'someone',
    command: '/sovereignty',
    text: fields.text,
    api_app_id: fakeIds.app,
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? 'trigger-1',
  };
}

export function deliverCommand(url: string, command: Record<string, string>, options: DeliverOptions) {
  return deliver(url, new URLSearchParams(command).toString(), 'application/x-www-form-urlencoded', options);
}

/** A block_actions payload for one button click. */
export function buttonClick(fields: {
  actionId: string;
  value: string;
  user: string;
  responseUrl: string;
  channel?: string;
  ephemeral?: boolean;
  message?: { ts: string; thread_ts?: string };
}) {
  const channel = fields.channel ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    team: { id: fakeIds.team, domain: 'fake' },
    user: { id: fields.user, username: 'someone', team_id: fakeIds.team },
    api_app_id: fakeIds.app,
    token: 'verification-token-unused',
    container: {
      type: 'message',
      channel_id: channel,
      is_ephemeral: fields.ephemeral ?? false,
      message_ts: fields.message?.ts ?? '1700000000.000001',
    },
    trigger_id: 'trigger-2',
    channel: { id: channel, name: 'general' },
    ...(fields.message === undefined ? {} : { message: { type: 'message', ...fields.message } }),
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: fields.value,
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** A message shortcut ("Suggest a correction") on `message`, as Slack sends it. */
export function messageShortcut(fields: {
  callbackId: string;
  user: string;
  responseUrl: string;
  message: Record<string, unknown>;
  channel?: string;
  triggerId?: string;
}) {
  return {
    type: 'message_action',
    token: 'verification-token-unused',
    action_ts: '1700000002.000000',
    team: { id: fakeIds.team, domain: 'fake' },
    user: { id: fields.user, username: 'someone', team_id: fakeIds.team, name: 'someone' },
    channel: { id: fields.channel ?? 'C0GENERAL', name: 'general' },
    is_enterprise_install: false,
    callback_id: fields.callbackId,
    trigger_id: fields.triggerId ?? 'trigger-shortcut',
    response_url: fields.responseUrl,
    message_ts: fields.message.ts,
    message: { type: 'message', ...fields.message },
  };
}

/** A global shortcut ("Suggest a deal"), as Slack sends it: no channel, no response_url. */
export function globalShortcut(fields: { callbackId: string; user: string; triggerId?: string }) {
  return {
    type: 'shortcut',
    token: 'verification-token-unused',
    action_ts: '1700000003.000000',
    team: { id: fakeIds.team, domain: 'fake' },
    user: { id: fields.user, username: 'someone', team_id: fakeIds.team },
    is_enterprise_install: false,
    callback_id: fields.callbackId,
    trigger_id: fields.triggerId ?? 'trigger-global',
  };
}

/**
 * The submission of a modal the bot opened (`view`, as it sent it to views.open), with `values` typed
 * into its plain-text inputs by block id (a missing one was left empty).
 */
export function viewSubmission(fields: {
  view: Record<string, unknown>;
  user: string;
  values: Record<string, string>;
}) {
  const blocks = (fields.view.blocks ?? []) as Array<{
    type: string;
    block_id?: string;
    element?: { action_id?: string };
  }>;
  const values: Record<string, Record<string, { type: string; value: string | null }>> = {};
  for (const block of blocks) {
    if (block.type !== 'input' || block.block_id === undefined) continue;
    values[block.block_id] = {
      [block.element?.action_id ?? 'value']: {
        type: 'plain_text_input',
        value: fields.values[block.block_id] ?? null,
      },
    };
  }
  return {
    type: 'view_submission',
    token: 'verification-token-unused',
    team: { id: fakeIds.team, domain: 'fake' },
    user: { id: fields.user, username: 'someone', name: 'someone', team_id: fakeIds.team },
    api_app_id: fakeIds.app,
    trigger_id: 'trigger-submit',
    view: {
      id: 'V0MODAL',
      team_id: fakeIds.team,
      type: 'modal',
      app_id: fakeIds.app,
      bot_id: fakeIds.bot,
      hash: '1700000004.abc',
      ...fields.view,
      state: { values },
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

export function deliverAction(url: string, payload: object, options: DeliverOptions) {
  return deliver(
    url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

/** The outcome of one signed POST to the bot. */
export interface Delivery {
  /** HTTP status, or 0 when the request failed outright. */
  status: number;
  /** Milliseconds until the response headers arrived (the acknowledgement). */
  ackMs: number;
  /** performance.now() when the request was sent. */
  sentAt: number;
}

/**
 * Sends signed requests to the bot the way a load generator does: over a fixed pool of keep-alive
 * connections, at most one request on each at a time, so that `connections` is also the number in flight.
 */
export class SlackSender {
  readonly #agent: Agent;
  readonly #url: URL;

  constructor(
    url: string,
    private readonly secret: string,
    connections: number,
  ) {
    this.#url = new URL(url);
    this.#agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  }

  /** POSTs `body` signed with the signing secret, and times the acknowledgement. */
  send(body: string, contentType: string): Promise<Delivery> {
    const headers = {
      ...signedHeaders(body, contentType, this.secret),
      'content-length': Buffer.byteLength(body),
    };
    const sentAt = performance.now();
    return new Promise((resolve) => {
      const failed = () => resolve({ status: 0, ackMs: performance.now() - sentAt, sentAt });
      const req = request(this.#url, { method: 'POST', headers, agent: this.#agent }, (res) => {
        const ackMs = performance.now() - sentAt;
        // Read the body to its end so that the connection goes back to the pool.
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ackMs, sentAt }));
        res.on('error', failed);
      });
      req.on('error', failed);
      req.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
