// A lean fake Slack on 127.0.0.1 for the stress run: the Web API methods the bot calls (/api/<method>) and
// the response_url endpoints (/response/<id>). Unlike test/slack/fake-slack.ts it keeps no request bodies,
// only a count and the first arrival time per destination, and answers at once: it must never be what slows
// the bot down, nor what fills the heap.
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

/** Replies that reached one destination (a thread, or one response_url). */
export interface Arrivals {
  count: number;
  /** performance.now() of the first one. */
  firstAt: number;
}

export const stressSlackIds = { team: 'T0STRESS', botUser: 'UBOTSTRESS', bot: 'BBOTSTRESS', app: 'A0STRESS' };

export class StressSlackApi {
  /** chat.postMessage calls by `<channel>:<thread_ts>`. */
  readonly posts = new Map<string, Arrivals>();
  /** chat.postEphemeral calls (the adapter's apologies) by `<channel>:<thread_ts>`. */
  readonly ephemerals = new Map<string, Arrivals>();
  /** response_url POSTs by id. */
  readonly responses = new Map<string, Arrivals>();
  /** Requests to paths or methods the fake does not expect. */
  unexpected = 0;
  readonly #server: Server;
  readonly #listeners = new Set<() => void>();
  #ts = 1_700_000_000;

  private constructor() {
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  static async start(): Promise<StressSlackApi> {
    const fake = new StressSlackApi();
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

  /** Resolves true once `done()` holds (checked on every arrival), false after `timeoutMs`. */
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

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const at = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/response/')) {
      count(this.responses, path.slice('/response/'.length), at);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      this.#changed();
      return;
    }
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : '';
    const args = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const where = `${args.get('channel')}:${args.get('thread_ts')}`;
    let reply: object = { ok: true };
    if (method === 'auth.test') {
      reply = {
        ok: true,
        url: 'https://stress.slack.test/',
        team: 'Stress',
        user: 'sovbot',
        team_id: stressSlackIds.team,
        user_id: stressSlackIds.botUser,
        bot_id: stressSlackIds.bot,
      };
    } else if (method === 'chat.postMessage') {
      count(this.posts, where, at);
      this.#ts += 1;
      reply = { ok: true, channel: args.get('channel'), ts: `${this.#ts}.000100` };
    } else if (method === 'chat.postEphemeral') {
      count(this.ephemerals, where, at);
      reply = { ok: true, message_ts: `${this.#ts}.000200` };
    } else {
      this.unexpected += 1;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    this.#changed();
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}

function count(map: Map<string, Arrivals>, key: string, at: number): void {
  const seen = map.get(key);
  if (seen === undefined) map.set(key, { count: 1, firstAt: at });
  else seen.count += 1;
}

/** `v0=` + HMAC-SHA256(secret, `v0:<timestamp>:<body>`), as Slack signs its requests. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
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
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(this.secret, timestamp, body),
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

/** An Events API envelope around one app_mention. */
export function mentionEnvelope(fields: {
  eventId: string;
  channel: string;
  user: string;
  ts: string;
  text: string;
}): string {
  return JSON.stringify({
    token: 'verification-token-unused',
    team_id: stressSlackIds.team,
    api_app_id: stressSlackIds.app,
    event: {
      type: 'app_mention',
      user: fields.user,
      text: `<@${stressSlackIds.botUser}> ${fields.text}`,
      ts: fields.ts,
      channel: fields.channel,
      event_ts: fields.ts,
    },
    type: 'event_callback',
    event_id: fields.eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: stressSlackIds.team, user_id: stressSlackIds.botUser, is_bot: true }],
  });
}

/** A /sovereignty slash command, form-encoded as Slack sends it. */
export function commandForm(fields: {
  text: string;
  user: string;
  channel: string;
  responseUrl: string;
  triggerId: string;
}): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: stressSlackIds.team,
    team_domain: 'stress',
    channel_id: fields.channel,
    channel_name: 'general',
    user_id: fields.user,
    user_name: 'someone',
    command: '/sovereignty',
    text: fields.text,
    api_app_id: stressSlackIds.app,
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
}
