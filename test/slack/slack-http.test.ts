// The real Bolt app on the HTTP receiver, against the fake Slack on 127.0.0.1.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actionIds, decodeVote, slackText } from '../../adapters/slack/format.js';
import { type RunningSlack, type SlackStartOptions, startSlack } from '../../adapters/slack/slack-bot.js';
import { type LiveEngine, parseConfig } from '../../src/index.js';
import {
  type ApiCall,
  buttonClick,
  commandPayload,
  deliverAction,
  deliverCommand,
  deliverEvent,
  eventEnvelope,
  FakeSlack,
  fakeIds,
} from '../../support/fake-slack.js';
import { createTestServices, startLive, type TestServices } from '../../support/test-services.js';

const BOT_TOKEN = 'xoxb-1111-2222-secret-bot-token';
const SIGNING_SECRET = 'signing-secret-0123456789abcdef';
const MAINTAINER = 'UMAINTAINER';
const VALUE_FACT = 'uk-aws-2021-value';
const MENTIONS = ['<!everyone>', '<!channel>', '<!here>', '<@', '<!subteam'];

let live: LiveEngine;
let fake: FakeSlack;
let bot: RunningSlack | undefined;
let t: TestServices;
let eventCount = 0;

beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await fake?.close();
  // Whatever the test did, no secret reached the logs (the test logger does not redact).
  const logs = t.logs.join('\n');
  expect(logs).not.toContain(BOT_TOKEN);
  expect(logs).not.toContain(SIGNING_SECRET);
  t.cleanup();
});

async function start(options: SlackStartOptions = {}, env: Record<string, string> = {}): Promise<string> {
  fake = await FakeSlack.start();
  t = createTestServices(live, {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    SOVBOT_MAINTAINERS: MAINTAINER,
    ...env,
  });
  bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 }, ...options });
  return `http://127.0.0.1:${bot.port}/slack/events`;
}

/** Delivers one event as Slack would; returns the HTTP status. */
async function send(
  url: string,
  event: Record<string, unknown>,
  extra: { eventId?: string; retryNum?: number } = {},
) {
  eventCount += 1;
  const envelope = eventEnvelope(extra.eventId ?? `Ev${eventCount}`, event);
  const response = await deliverEvent(url, envelope, {
    secret: SIGNING_SECRET,
    ...(extra.retryNum === undefined ? {} : { retryNum: extra.retryNum }),
  });
  return response.status;
}

function mention(text: string, ts: string, threadTs?: string, channel = 'C0GENERAL') {
  return {
    type: 'app_mention',
    user: 'UASKER',
    text: `<@${fakeIds.botUser}> ${text}`,
    ts,
    channel,
    ...(threadTs === undefined ? {} : { thread_ts: threadTs }),
  };
}

function dm(text: string, ts: string, channel = 'D0DIRECT') {
  return { type: 'message', channel_type: 'im', user: 'UASKER', text, ts, channel };
}

function buttons(call: ApiCall | { body: Record<string, unknown> }): { action_id: string; value: string }[] {
  const blocks = ('args' in call ? call.args.blocks : call.body.blocks) as {
    type: string;
    elements?: unknown[];
  }[];
  return blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { action_id: string; value: string }[]);
}

function voteOf(call: ApiCall | { body: Record<string, unknown> }) {
  return decodeVote(buttons(call).find((b) => b.action_id === actionIds.voteUp)?.value);
}

describe('Slack adapter over HTTP', () => {
  it('answers a mention in its thread, with Block Kit and source links', async () => {
    const url = await start();
    expect(await send(url, mention('How much is the GCHQ AWS deal worth?', '1700000100.000100'))).toBe(200);
    const reply = await fake.waitForCall('chat.postMessage');
    expect(reply.token).toBe(BOT_TOKEN);
    expect(reply.args.channel).toBe('C0GENERAL');
    expect(reply.args.thread_ts).toBe('1700000100.000100');
    expect(reply.args.text).toContain('GBP 500m to 1bn');
    const blocks = reply.args.blocks as { type: string; elements?: { text?: string }[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context', 'actions']);
    expect(blocks[1]?.elements?.[0]?.text).toMatch(/^\[1\] <https:\/\/[^|>]+\|[^>]+ — [^>]+> \(\d{4}/);
    expect(voteOf(reply)?.f).toContain(VALUE_FACT);
  });

  it('answers a comparison with one section field per deal, and a list with one line per deal', async () => {
    const url = await start();
    await send(url, mention('Compare Delos Cloud and Bleu', '1700000150.000100'));
    const compare = await fake.waitForCall('chat.postMessage');
    const fields = (compare.args.blocks as { type: string; fields?: { text: string }[] }[]).flatMap(
      (b) => b.fields ?? [],
    );
    expect(fields.map((f) => f.text)).toEqual([
      expect.stringMatching(/^\*Delos Cloud[^*]*\* \(.*\[\d+\]$/s),
      expect.stringMatching(/^\*Bleu[^*]*\* \(.*\[\d+\]$/s),
    ]);
    await send(url, mention('Which deals did AWS win in the UK?', '1700000160.000100'));
    const list = await fake.waitForCall(
      'chat.postMessage',
      (call) => call.args.thread_ts === '1700000160.000100',
    );
    const text = (list.args.blocks as { type: string; text?: { text: string } }[])
      .map((b) => b.text?.text ?? '')
      .join('\n');
    expect(text).toMatch(/^_\d+ deals matched_$/m);
    expect(text.match(/^• .+ · \*.+\*.*(\[\d+\])+$/gm)?.length ?? 0).toBeGreaterThan(1);
  });

  it('answers a direct message in the DM, not in a thread', async () => {
    const url = await start();
    await send(url, dm('Who runs Bleu?', '1700000200.000100'));
    const reply = await fake.waitForCall('chat.postMessage');
    expect(reply.args.channel).toBe('D0DIRECT');
    expect(reply.args.thread_ts).toBeUndefined();
    expect(String(reply.args.text)).toMatch(/Bleu/i);
  });

  it('keeps a thread on its deal: "and how much was it?" answers with the GCHQ deal value', async () => {
    const url = await start();
    await send(url, mention('Who signed the GCHQ AWS deal?', '1700000300.000100'));
    await fake.waitForCall('chat.postMessage');
    await send(url, mention('and how much was it?', '1700000301.000100', '1700000300.000100'));
    const followUp = await fake.waitForCall('chat.postMessage', () => true, 2);
    expect(followUp.args.thread_ts).toBe('1700000300.000100');
    expect(voteOf(followUp)?.f).toContain(VALUE_FACT);
    expect(voteOf(followUp)?.f.every((id) => id.startsWith('uk-aws-2021-'))).toBe(true);
    expect(followUp.args.text).toContain('GBP 500m to 1bn');
    // The same words in a thread sovbot has not answered in: no deal to stay on, so no answer.
    await send(url, mention('and how much was it?', '1700000302.000100'));
    const control = await fake.waitForCall('chat.postMessage', () => true, 3);
    expect(control.args.thread_ts).toBe('1700000302.000100');
    expect(voteOf(control)).toBeUndefined();
    expect(control.args.text).not.toContain('GBP 500m');
  });

  it('answers once when Slack retries an event or sends a mention and a DM message for one message', async () => {
    const url = await start();
    const question = mention('Who signed the GCHQ AWS deal?', '1700000400.000100');
    await send(url, question, { eventId: 'EvRetried' });
    await send(url, question, { eventId: 'EvRetried', retryNum: 1 });
    // In a DM, one message can arrive both as app_mention and as message.im, with different event ids.
    await send(url, mention('Who runs Bleu?', '1700000401.000100', undefined, 'D0DIRECT'));
    await send(url, dm(`<@${fakeIds.botUser}> Who runs Bleu?`, '1700000401.000100'));
    await fake.waitFor('two duplicates skipped', () =>
      t.logged('SLACK_DUPLICATE').length === 2 ? true : undefined,
    );
    await bot?.stop(); // waits for answers in flight, so the counts below are final
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0GENERAL')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'D0DIRECT')).toHaveLength(1);
  });

  it('ignores bots, its own messages and message subtypes', async () => {
    const url = await start();
    await send(url, { ...dm('How much is the GCHQ AWS deal worth?', '1700000450.000100'), bot_id: 'BOTHER' });
    await send(url, {
      ...dm('How much is the GCHQ AWS deal worth?', '1700000451.000100'),
      user: fakeIds.botUser,
    });
    await send(url, { ...mention('Who runs Bleu?', '1700000452.000100'), user: fakeIds.botUser });
    await send(url, { ...dm('Who runs Bleu?', '1700000453.000100'), subtype: 'message_changed' });
    await send(url, dm('Who runs Bleu?', '1700000454.000100'));
    await fake.waitForCall('chat.postMessage');
    await bot?.stop();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('never lets @everyone, <!channel> or mentions in a question reach the reply', async () => {
    const url = await start();
    const noisy =
      '<!channel> <!everyone> <!here> &lt;!channel&gt; <@U0OTHER> <!subteam^S0ADMINS|@admins> @everyone';
    await send(url, mention(`${noisy} How much is the GCHQ AWS deal worth?`, '1700000500.000100'));
    await send(url, mention(`${noisy} tell me about bananas`, '1700000501.000100'));
    const answered = await fake.waitForCall('chat.postMessage');
    const refused = await fake.waitForCall('chat.postMessage', () => true, 2);
    for (const call of [answered, refused]) {
      const posted = JSON.stringify(call.args);
      for (const m of MENTIONS) expect(posted).not.toContain(m);
    }
    expect(answered.args.text).toContain('GBP 500m to 1bn');
    expect(voteOf(answered)?.q).toContain('How much is the GCHQ AWS deal worth?');
  });

  it('answers a 10 kB message with the polite length limit, then keeps answering', async () => {
    const url = await start();
    await send(url, dm(`What about ${'sovereignty '.repeat(850)}?`, '1700000600.000100'));
    const limit = await fake.waitForCall('chat.postMessage');
    expect(limit.args.text).toBe('That question is too long for me: please keep it under 1000 characters.');
    await send(url, dm('How much is the GCHQ AWS deal worth?', '1700000601.000100'));
    const next = await fake.waitForCall('chat.postMessage', () => true, 2);
    expect(next.args.text).toContain('GBP 500m to 1bn');
  });

  it('rejects a bad signature and a stale timestamp with 401, calling no API', async () => {
    const url = await start();
    const envelope = eventEnvelope(
      'EvForged',
      mention('How much is the GCHQ AWS deal worth?', '1700000700.000100'),
    );
    const forged = await deliverEvent(url, envelope, { secret: SIGNING_SECRET, signWith: 'not-the-secret' });
    const stale = await deliverEvent(url, envelope, {
      secret: SIGNING_SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(forged.status).toBe(401);
    expect(stale.status).toBe(401);
    await bot?.stop();
    expect(fake.calls.map((c) => c.method)).toEqual(['auth.test']);
  });

  it("answers Slack's URL verification challenge on /slack/events", async () => {
    const url = await start();
    const challenge = {
      token: 'x',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    };
    const response = await deliverEvent(url, challenge, { secret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ challenge: challenge.challenge });
  });

  it('answers a tampered button value with one friendly sentence and a logged code', async () => {
    const url = await start();
    const click = buttonClick({
      actionId: actionIds.voteDown,
      value: 'tampered',
      user: 'UVOTER',
      responseUrl: fake.responseUrl('bad-vote'),
    });
    await deliverAction(url, click, { secret: SIGNING_SECRET });
    expect((await fake.waitForResponse('bad-vote')).body.text).toBe(slackText.en.failed);
    expect(t.logged('SLACK_HANDLER_FAILED')[0]).toMatchObject({ handler: 'vote' });
    expect(await t.services.store.read()).toEqual([]);
  });

  it('answers /sovereignty ephemerally with a Share button that posts the answer in the channel', async () => {
    const url = await start();
    const command = commandPayload({
      text: 'How much is the GCHQ AWS deal worth?',
      user: 'UASKER',
      responseUrl: fake.responseUrl('cmd'),
    });
    const acked = await deliverCommand(url, command, { secret: SIGNING_SECRET });
    expect(acked.status).toBe(200);
    const ephemeral = await fake.waitForResponse('cmd');
    expect(ephemeral.body.response_type).toBe('ephemeral');
    expect(ephemeral.body.text).toContain('GBP 500m to 1bn');
    const share = buttons(ephemeral).find((b) => b.action_id === actionIds.share);
    expect(share).toBeDefined();

    const click = buttonClick({
      actionId: actionIds.share,
      value: share?.value ?? '',
      user: 'UASKER',
      responseUrl: fake.responseUrl('share'),
      ephemeral: true,
    });
    expect((await deliverAction(url, click, { secret: SIGNING_SECRET })).status).toBe(200);
    const shared = await fake.waitForResponse('share');
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.text).toContain('GBP 500m to 1bn');
    expect(buttons(shared).map((b) => b.action_id)).toEqual([actionIds.voteUp, actionIds.voteDown]);
    expect((await fake.waitForResponse('share', 2)).body).toEqual({ delete_original: true });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('explains /sovereignty help with examples', async () => {
    const url = await start();
    const command = commandPayload({ text: 'help', user: 'UASKER', responseUrl: fake.responseUrl('help') });
    await deliverCommand(url, command, { secret: SIGNING_SECRET });
    const help = await fake.waitForResponse('help');
    expect(help.body.response_type).toBe('ephemeral');
    expect(help.body.text).toContain('`/sovereignty What is SecNumCloud?`');
    expect(help.body.text).toContain('`@sovbot How much is the GCHQ AWS deal worth?`');
    expect(help.body.text).not.toContain('admin');
  });

  it('refuses admin status to a non-maintainer and shows it to a maintainer', async () => {
    const url = await start();
    const asks = [
      ['UASKER', 'admin status', 'refused'],
      [MAINTAINER, 'admin status', 'status'],
      [MAINTAINER, 'admin reload', 'reload'],
    ] as const;
    for (const [user, text, id] of asks) {
      await deliverCommand(url, commandPayload({ text, user, responseUrl: fake.responseUrl(id) }), {
        secret: SIGNING_SECRET,
      });
    }
    expect((await fake.waitForResponse('refused')).body.text).toBe(slackText.en.refused);
    const status = live.status();
    const shown = String((await fake.waitForResponse('status')).body.text);
    expect(shown).toContain(`\`${status.version}\`: ${status.deals} deals, ${status.facts} facts`);
    expect(shown).toContain(status.loadedAt.toISOString());
    expect((await fake.waitForResponse('reload')).body.text).toMatch(/^Corpus unchanged `/);
    expect(t.logged('ADMIN_REFUSED')).toHaveLength(1);
  });

  it('records 👍 with the question and the cited facts, and thanks the voter', async () => {
    const url = await start();
    await send(url, mention('How much is the GCHQ AWS deal worth?', '1700000800.000100'));
    const answer = await fake.waitForCall('chat.postMessage');
    const up = buttons(answer).find((b) => b.action_id === actionIds.voteUp);
    const click = buttonClick({
      actionId: actionIds.voteUp,
      value: up?.value ?? '',
      user: 'UVOTER',
      responseUrl: fake.responseUrl('vote'),
      message: { ts: '1700000800.000200', thread_ts: '1700000800.000100' },
    });
    await deliverAction(url, click, { secret: SIGNING_SECRET });
    expect((await fake.waitForResponse('vote')).body.text).toBe(slackText.en.thanks);
    const [record] = (await t.services.store.read()).filter((r) => r.kind === 'up');
    expect(record?.question).toBe('How much is the GCHQ AWS deal worth?');
    expect(record?.factIds).toContain(VALUE_FACT);
    expect(record?.user).not.toBe('UVOTER');
    expect(t.logged('FEEDBACK')[0]).toMatchObject({ vote: 'up', factIds: record?.factIds });
  });

  it('offers the closest deals on a no-answer; a click answers about that deal in the thread', async () => {
    const url = await start();
    await send(url, mention('what about the sovereign cloud in Nigeria?', '1700000900.000100'));
    const noAnswer = await fake.waitForCall('chat.postMessage');
    expect(noAnswer.args.text).toMatch(
      /^(?:I (have no entry|only know)|Some names in that question are not in my corpus)/,
    );
    expect(voteOf(noAnswer)).toBeUndefined();
    const [first] = buttons(noAnswer);
    expect(first?.action_id).toBe(`${actionIds.suggest}0`);
    expect((await t.services.store.read()).filter((r) => r.kind === 'no-answer')).toHaveLength(1);

    const click = buttonClick({
      actionId: first?.action_id ?? '',
      value: first?.value ?? '',
      user: 'UASKER',
      responseUrl: fake.responseUrl('suggest'),
      message: { ts: '1700000900.000200', thread_ts: '1700000900.000100' },
    });
    await deliverAction(url, click, { secret: SIGNING_SECRET });
    const answer = await fake.waitForCall('chat.postMessage', () => true, 2);
    expect(answer.args.thread_ts).toBe('1700000900.000100');
    // The answer cites facts of the suggested deal.
    const deal = JSON.parse(first?.value ?? '{}') as { d: string };
    const dealFacts = live.engine.dealCard(deal.d)?.deal.facts.map((fact) => fact.id) ?? [];
    expect(dealFacts.length).toBeGreaterThan(0);
    expect(voteOf(answer)?.f.some((id) => dealFacts.includes(id))).toBe(true);
  });

  it('logs a failing handler with a stable code and answers one friendly sentence', async () => {
    const url = await start();
    const broken = Object.create(live) as LiveEngine;
    Object.defineProperty(broken, 'engine', {
      get() {
        throw new Error('index exploded');
      },
    });
    t.services.live = broken;
    await send(url, dm('How much is the GCHQ AWS deal worth?', '1700001000.000100'));
    const reply = await fake.waitForCall('chat.postMessage');
    expect(reply.args.text).toBe(slackText.en.failed);
    expect(JSON.stringify(reply.args)).not.toContain('exploded');
    expect(t.logged('SLACK_HANDLER_FAILED')[0]).toMatchObject({
      handler: 'message',
      err: { message: 'index exploded' },
    });
  });

  it('waits out a 429 with Retry-After: 1 and still posts the answer', async () => {
    const url = await start({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await send(url, dm('How much is the GCHQ AWS deal worth?', '1700001100.000100'));
    const answer = await fake.waitForCall(
      'chat.postMessage',
      (c) => c !== fake.callsTo('chat.postMessage')[0],
    );
    const [limited] = fake.callsTo('chat.postMessage');
    expect(answer.at - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(answer.args.text).toContain('GBP 500m to 1bn');
  });
});

describe('Slack start-up', () => {
  it('reports a rejected bot token clearly', async () => {
    fake = await FakeSlack.start();
    fake.failNext('auth.test', { status: 200, error: 'invalid_auth' });
    t = createTestServices(live, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    await expect(
      startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } }),
    ).rejects.toThrow(/bot token was not accepted .*invalid_auth.*SLACK_BOT_TOKEN/);
  });

  it('needs SLACK_SIGNING_SECRET for the HTTP receiver', async () => {
    const parsed = parseConfig({ SLACK_BOT_TOKEN: BOT_TOKEN }, { corpusDir: '.' });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([expect.stringMatching(/^SLACK_SIGNING_SECRET: missing/)]);

    fake = await FakeSlack.start();
    t = createTestServices(live, { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET });
    const { signingSecret: _dropped, ...slack } = t.services.config.slack ?? { botToken: '', port: 0 };
    t.services.config = { ...t.services.config, slack };
    await expect(startSlack(t.services, { port: 0 })).rejects.toThrow(/SLACK_SIGNING_SECRET is not set/);
  });
});
