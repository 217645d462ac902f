// The load scenarios: each sends its requests to the running adapters, waits for the answers at the fake
// platform, and counts what came back (acknowledged in time, answered exactly once, twice, or never).
import { performance } from 'node:perf_hooks';
import { type DiscordUser, snowflake, user } from '../../support/fake-discord.js';
import { commandPayload, type Delivery, eventEnvelope, fakeIds } from '../../support/fake-slack.js';
import { type MemoryFigures, MemorySampler, settledMemory } from './memory.js';
import { autocompleteValue, stressQuestion } from './questions.js';
import { type StressRig, slackConnections } from './rig.js';

/** Slack and Discord both give an app 3 seconds to acknowledge. */
export const ackLimitMs = 3000;
/** sovbot's own target: a request sent alone on loopback is acknowledged within this (p99). */
export const ackTargetMs = 50;

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export interface ScenarioResult {
  id:
    | 'slack-events'
    | 'slack-commands'
    | 'discord-ask'
    | 'discord-autocomplete'
    | 'slack-events-alone'
    | 'slack-commands-alone'
    | 'discord-ask-alone';
  title: string;
  sent: number;
  /** Acknowledged within 3 s: HTTP 200 (Slack) or an interaction callback (Discord). */
  ackedInTime: number;
  /** Got exactly one answer. */
  answeredOnce: number;
  /** Got two answers or more. */
  duplicated: number;
  /** Got no answer before the deadline. */
  lost: number;
  /** Requests refused (not 200) or answered with the adapter's apology, plus warnings and errors logged. */
  errors: number;
  /** The codes of the warnings and errors the bot logged meanwhile. */
  logged: Record<string, number>;
  /** Milliseconds to the acknowledgement. */
  ackMs: Latency;
  /** Milliseconds from sending to the answer's arrival at the fake platform. */
  answerMs: Latency;
  /** Wall-clock time of the whole scenario, answers included. */
  durationMs: number;
  memory: MemoryFigures;
}

export interface SlackLoad {
  /** Requests to send. */
  count: number;
  /** Requests in flight at once, at most `slackConnections`. Default 50. */
  concurrency?: number;
  /** How long to wait for the last answers once every request was acknowledged. Default 10 s. */
  answerTimeoutMs?: number;
}

export interface DiscordLoad {
  /** Interactions in the burst. */
  count: number;
  /** Send them one at a time, each after the previous one's answer, rather than in one burst. */
  oneByOne?: boolean;
  /** How long to wait for the last callbacks after the burst. Default 10 s. */
  answerTimeoutMs?: number;
}

/** Once every request has its answer, how long to keep watching for a second one. */
const duplicateWatchMs = 300;

export function passed(result: ScenarioResult): boolean {
  // Alone, a request must also be acknowledged within sovbot's own target, not just the platform's limit.
  const aloneInTime = !result.id.endsWith('-alone') || result.ackMs.p99 <= ackTargetMs;
  return (
    aloneInTime &&
    result.ackedInTime === result.sent &&
    result.answeredOnce === result.sent &&
    result.duplicated === 0 &&
    result.lost === 0 &&
    result.errors === 0
  );
}

/** Nearest-rank percentiles, in whole milliseconds. */
export function latency(values: readonly number[]): Latency {
  if (values.length === 0) return { p50: 0, p99: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return {
    p50: Math.round(at(50)),
    p99: Math.round(at(99)),
    max: Math.round(sorted[sorted.length - 1] ?? 0),
  };
}

// Every request of a process gets its own number: event ids, message timestamps and response URLs never repeat,
// whichever scenarios run and how often.
let requestNumber = 0;
let askerNumber = 0;

/** Runs `work(0..count-1)` with at most `concurrency` calls pending at any time. */
async function inPool(count: number, concurrency: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Runs a scenario between two forced collections, sampling the peak memory meanwhile. */
async function measured(run: () => Promise<void>): Promise<{ memory: MemoryFigures; durationMs: number }> {
  const before = settledMemory();
  const sampler = new MemorySampler().start();
  const startedAt = performance.now();
  await run();
  const durationMs = Math.round(performance.now() - startedAt);
  const peak = sampler.peak;
  sampler.stop();
  return { memory: { before, peak, after: settledMemory() }, durationMs };
}

interface SlackRequest {
  /** Where its answer goes: `<channel>:<thread_ts>` or a response_url id. */
  key: string;
  delivery: Delivery;
}

/** Counts the outcome of Slack requests from the acknowledgements and the fake's arrivals. */
function tallySlack(
  requests: readonly SlackRequest[],
  answers: ReadonlyMap<string, { count: number; firstAt: number }>,
  apologies: ReadonlyMap<string, { count: number }>,
) {
  let ackedInTime = 0;
  let answeredOnce = 0;
  let duplicated = 0;
  let lost = 0;
  let refused = 0;
  const acks: number[] = [];
  const answerTimes: number[] = [];
  for (const { key, delivery } of requests) {
    acks.push(delivery.ackMs);
    if (delivery.status === 200 && delivery.ackMs <= ackLimitMs) ackedInTime += 1;
    if (delivery.status !== 200) refused += 1;
    const answer = answers.get(key);
    const replies = (answer?.count ?? 0) + (apologies.get(key)?.count ?? 0);
    if (replies === 0) lost += 1;
    else if (replies === 1) answeredOnce += 1;
    else duplicated += 1;
    if (answer !== undefined) answerTimes.push(answer.firstAt - delivery.sentAt);
  }
  const apologised = requests.filter(({ key }) => apologies.has(key)).length;
  return {
    ackedInTime,
    answeredOnce,
    duplicated,
    lost,
    failures: refused + apologised,
    ackMs: latency(acks),
    answerMs: latency(answerTimes),
  };
}

/** A Slack scenario's result from its tally and what was logged meanwhile. */
function slackResult(
  id: ScenarioResult['id'],
  title: string,
  sent: number,
  tally: ReturnType<typeof tallySlack>,
  run: Pick<ScenarioResult, 'logged' | 'durationMs' | 'memory'>,
): ScenarioResult {
  const { failures, ...counts } = tally;
  return { id, title, sent, ...counts, errors: failures + sum(run.logged), ...run };
}

/**
 * (a) Signed app_mention events, `concurrency` in flight: each a distinct question with its own event_id and
 * ts, answered in its thread by chat.postMessage.
 */
export async function slackMentions(rig: StressRig, load: SlackLoad): Promise<ScenarioResult> {
  const { count, concurrency = 50, answerTimeoutMs = 10_000 } = load;
  const mark = rig.log.mark();
  const requests: SlackRequest[] = [];
  const { memory, durationMs } = await measured(async () => {
    await inPool(count, concurrency, async (i) => {
      requestNumber += 1;
      const channel = `C0LOAD${i % 10}`;
      const ts = `${1_750_000_000 + requestNumber}.000100`;
      const body = JSON.stringify(
        eventEnvelope(`EvStress${requestNumber}`, {
          type: 'app_mention',
          user: `ULOAD${i % 250}`,
          text: `<@${fakeIds.botUser}> ${stressQuestion(i).text}`,
          ts,
          channel,
        }),
      );
      const delivery = await rig.slackSender.send(body, 'application/json');
      const key = `${channel}:${ts}`;
      requests.push({ key, delivery });
      // One at a time means the next request waits for this one's answer, not only its acknowledgement.
      if (concurrency === 1) {
        const { posts, ephemerals } = rig.slackApi.arrivals;
        await rig.slackApi.waitUntil(() => posts.has(key) || ephemerals.has(key), answerTimeoutMs);
      }
    });
    const { posts, ephemerals } = rig.slackApi.arrivals;
    await rig.slackApi.waitUntil(
      () => requests.every(({ key }) => posts.has(key) || ephemerals.has(key)),
      answerTimeoutMs,
    );
    await delay(duplicateWatchMs);
  });
  const tally = tallySlack(requests, rig.slackApi.arrivals.posts, rig.slackApi.arrivals.ephemerals);
  const alone = concurrency === 1;
  const title = alone
    ? 'Slack app_mention events, one at a time'
    : `Slack app_mention events, ${concurrency} concurrent`;
  return slackResult(alone ? 'slack-events-alone' : 'slack-events', title, count, tally, {
    logged: rig.log.since(mark),
    durationMs,
    memory,
  });
}

/** (b) Form-encoded /sovereignty commands, `concurrency` in flight, each answered at its own response_url. */
export async function slackCommands(rig: StressRig, load: SlackLoad): Promise<ScenarioResult> {
  const { count, concurrency = 50, answerTimeoutMs = 10_000 } = load;
  const mark = rig.log.mark();
  const requests: SlackRequest[] = [];
  const noApologies = new Map<string, { count: number }>();
  const { memory, durationMs } = await measured(async () => {
    await inPool(count, concurrency, async (i) => {
      requestNumber += 1;
      const key = `cmd-${requestNumber}`;
      const body = new URLSearchParams(
        commandPayload({
          text: stressQuestion(i).text,
          user: `ULOAD${i % 250}`,
          channel: `C0LOAD${i % 10}`,
          responseUrl: rig.slackApi.responseUrl(key),
          triggerId: `trigger-${requestNumber}`,
        }),
      ).toString();
      const delivery = await rig.slackSender.send(body, 'application/x-www-form-urlencoded');
      requests.push({ key, delivery });
      if (concurrency === 1) {
        const { responses } = rig.slackApi.arrivals;
        await rig.slackApi.waitUntil(() => responses.has(key), answerTimeoutMs);
      }
    });
    const { responses } = rig.slackApi.arrivals;
    await rig.slackApi.waitUntil(() => requests.every(({ key }) => responses.has(key)), answerTimeoutMs);
    await delay(duplicateWatchMs);
  });
  // An apology to a command goes to the same response_url: only the log tells it from an answer.
  const tally = tallySlack(requests, rig.slackApi.arrivals.responses, noApologies);
  const alone = concurrency === 1;
  return slackResult(
    alone ? 'slack-commands-alone' : 'slack-commands',
    alone
      ? 'Slack /sovereignty commands, one at a time'
      : `Slack /sovereignty commands, ${concurrency} concurrent`,
    count,
    tally,
    {
      logged: rig.log.since(mark),
      durationMs,
      memory,
    },
  );
}

/**
 * Dispatches `payloads` in one burst (or one at a time, each after the previous answer) and counts the
 * callbacks that came back for them.
 */
async function discordBurst(
  rig: StressRig,
  id: 'discord-ask' | 'discord-autocomplete' | 'discord-ask-alone',
  title: string,
  payloads: ReadonlyArray<Record<string, unknown> & { id: string; token: string }>,
  answerTimeoutMs: number,
  oneByOne = false,
): Promise<ScenarioResult> {
  const fake = rig.discord;
  fake.clear();
  const mark = rig.log.mark();
  const { memory, durationMs } = await measured(async () => {
    if (oneByOne) {
      // One deadline for the whole run, so that a bot that stops answering cannot stall it per interaction.
      const deadline = performance.now() + answerTimeoutMs;
      for (const payload of payloads) {
        const left = deadline - performance.now();
        if (left <= 0) break;
        fake.dispatchBurst([payload]);
        await fake.waitUntil(() => fake.outcomes.get(payload.id)?.answeredAt !== undefined, left);
      }
    } else {
      fake.dispatchBurst(payloads);
      const outcomes = [...fake.outcomes.values()];
      await fake.waitUntil(() => outcomes.every((o) => o.answeredAt !== undefined), answerTimeoutMs);
    }
    await delay(duplicateWatchMs);
  });
  let ackedInTime = 0;
  let answeredOnce = 0;
  let duplicated = 0;
  let lost = 0;
  const acks: number[] = [];
  const answers: number[] = [];
  for (const outcome of fake.outcomes.values()) {
    if (outcome.callbackAt !== undefined) {
      const ms = outcome.callbackAt - outcome.dispatchedAt;
      acks.push(ms);
      if (ms <= ackLimitMs) ackedInTime += 1;
    }
    if (outcome.answeredAt !== undefined) answers.push(outcome.answeredAt - outcome.dispatchedAt);
    // A deferral (type 5) is completed by one edit; any other callback is the answer itself.
    const messages =
      outcome.callbacks +
      outcome.followUps +
      Math.max(0, outcome.edits - (outcome.callbackType === 5 ? 1 : 0));
    if (outcome.answeredAt === undefined) lost += 1;
    else if (messages === 1) answeredOnce += 1;
    else duplicated += 1;
  }
  const logged = rig.log.since(mark);
  return {
    id,
    title,
    sent: payloads.length,
    ackedInTime,
    answeredOnce,
    duplicated,
    lost,
    errors: fake.unexpected + sum(logged),
    logged,
    ackMs: latency(acks),
    answerMs: latency(answers),
    durationMs,
    memory,
  };
}

function newAsker(): DiscordUser {
  askerNumber += 1;
  return user(snowflake(), `asker${askerNumber}`);
}

/** (c) /ask interactions in one burst through the gateway, each from its own user. */
export function discordAsks(rig: StressRig, load: DiscordLoad): Promise<ScenarioResult> {
  const payloads = Array.from({ length: load.count }, (_, i) => {
    const question = stressQuestion(i);
    const options = [{ type: 3, name: 'question', value: question.text }];
    return rig.discord.command('ask', options, newAsker(), {
      locale: question.lang === 'fr' ? 'fr' : 'en-US',
    });
  });
  return discordBurst(
    rig,
    load.oneByOne ? 'discord-ask-alone' : 'discord-ask',
    load.oneByOne ? 'Discord /ask interactions, one at a time' : 'Discord /ask interactions, one burst',
    payloads,
    load.answerTimeoutMs ?? 10_000,
    load.oneByOne,
  );
}

/** (d) Autocomplete requests for /deal's name option in one burst, as typing people send them. */
export function discordAutocompletes(rig: StressRig, load: DiscordLoad): Promise<ScenarioResult> {
  const payloads = Array.from({ length: load.count }, (_, i) => {
    const options = [{ type: 3, name: 'name', value: autocompleteValue(i), focused: true }];
    return rig.discord.autocomplete('deal', options, newAsker(), { locale: i % 3 === 0 ? 'fr' : 'en-US' });
  });
  return discordBurst(
    rig,
    'discord-autocomplete',
    'Discord /deal autocomplete, one burst',
    payloads,
    load.answerTimeoutMs ?? 10_000,
  );
}

/** A few requests of every kind, so that start-up costs (JIT, connection pools, caches) are not measured. */
export async function warmUp(rig: StressRig): Promise<void> {
  // As many requests in flight as there are connections: the pool opens all of them here, not under load.
  await slackMentions(rig, { count: 2 * slackConnections, concurrency: slackConnections });
  await slackCommands(rig, { count: slackConnections, concurrency: slackConnections });
  await discordAsks(rig, { count: 20 });
  await discordAutocompletes(rig, { count: 20 });
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
