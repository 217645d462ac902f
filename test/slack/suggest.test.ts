// Suggestions through the real Bolt app (HTTP receiver) against the fake Slack on 127.0.0.1:
// shortcut → views.open → view_submission → stored, then listed by the built `sovbot report`.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-bot.js';
import { suggestIds } from '../../adapters/slack/suggest.js';
import { type LiveEngine, suggestionText } from '../../src/index.js';
import {
  deliverAction,
  deliverEvent,
  eventEnvelope,
  FakeSlack,
  globalShortcut,
  messageShortcut,
  viewSubmission,
} from '../../support/fake-slack.js';
import { createTestServices, startLive, type TestServices } from '../../support/test-services.js';

const SECRET = 'signing-secret-0123456789abcdef';
const run = promisify(execFile);
let live: LiveEngine;
let fake: FakeSlack;
let bot: RunningSlack | undefined;
let t: TestServices;
let url: string;

beforeAll(async () => {
  live = await startLive();
});
afterAll(() => live.close());

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await fake?.close();
  t.cleanup();
});

async function start(): Promise<void> {
  fake = await FakeSlack.start();
  t = createTestServices(live, {
    SLACK_BOT_TOKEN: 'xoxb-1111-2222-secret-bot-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
  });
  bot = await startSlack(t.services, { port: 0, host: '127.0.0.1', retryConfig: { retries: 0 } });
  url = `http://127.0.0.1:${bot.port}/slack/events`;
}

const post = (payload: object) => deliverAction(url, payload, { secret: SECRET });

/** sovbot's answer to a mention, as the fake received it (with its 👍 button). */
async function answer(question: string): Promise<Record<string, unknown>> {
  await deliverEvent(
    url,
    eventEnvelope('Ev1', {
      type: 'app_mention',
      user: 'UASKER',
      text: `<@UBOT> ${question}`,
      ts: '1700000100.000100',
      channel: 'C0GENERAL',
    }),
    { secret: SECRET },
  );
  const call = await fake.waitForCall('chat.postMessage');
  // What Slack shows the shortcut: the message as posted, from the bot.
  return { ...call.args, ts: '1700000100.000200', bot_id: 'BBOT', user: 'UBOT' };
}

async function openedModal(n: number): Promise<Record<string, unknown>> {
  const call = await fake.waitForCall('views.open', () => true, n);
  return call.args.view as Record<string, unknown>;
}

function report(...args: string[]) {
  return run(
    'node',
    [path.join('dist', 'src', 'cli.js'), 'report', '--data', t.services.config.dataDir, ...args],
    {
      timeout: 15_000,
    },
  );
}

describe('Slack suggestions', () => {
  it('"Suggest a correction" on an answer opens a modal with its facts, stores the submission and thanks the user privately', async () => {
    await start();
    const message = await answer('How much is the GCHQ AWS deal worth?');
    await post(
      messageShortcut({
        callbackId: suggestIds.correction,
        user: 'USUGGESTER',
        responseUrl: fake.responseUrl('r1'),
        message,
      }),
    );
    const view = await openedModal(1);
    expect(view.callback_id).toBe(suggestIds.modal);
    expect(JSON.stringify(view.blocks)).toContain('GCHQ');
    const submitted = await post(
      viewSubmission({
        view,
        user: 'USUGGESTER',
        values: {
          what: 'The contract value was revised',
          link: 'https://example.org/gchq-revised',
          note: 'Seen in <b>news</b>?',
        },
      }),
    );
    // The note holds markup: refused on its field, nothing stored.
    expect(submitted.status).toBe(200);
    expect(JSON.parse(submitted.text)).toEqual({
      response_action: 'errors',
      errors: { note: suggestionText.en.markup },
    });
    expect(await t.services.store.listSuggestions()).toEqual([]);

    const ok = await post(
      viewSubmission({
        view,
        user: 'USUGGESTER',
        values: { what: 'The contract value was revised', link: 'https://example.org/gchq-revised' },
      }),
    );
    expect(ok.text).toBe('');
    const thanks = await fake.waitForCall('chat.postEphemeral');
    expect(thanks.args).toMatchObject({ channel: 'C0GENERAL', user: 'USUGGESTER' });
    expect(thanks.args.text).toContain('#1');
    const [stored] = await t.services.store.listSuggestions('open');
    const deal = live.engine.corpus.deals.find((d) => d.facts.some((f) => f.id === 'uk-aws-2021-value'))?.id;
    expect(stored).toMatchObject({
      platform: 'slack',
      kind: 'correction',
      dealIds: [deal],
      factIds: expect.arrayContaining(['uk-aws-2021-value']),
      what: 'The contract value was revised',
      link: 'https://example.org/gchq-revised',
      user: t.services.store.hashUser('slack', 'USUGGESTER'),
    });

    // The built CLI lists it, in text and JSON, and on the coverage page.
    const text = await report();
    expect(text.stdout).toContain('Open suggestions (1):');
    expect(text.stdout).toContain('#1');
    expect(text.stdout).toContain(`correction of ${deal}: The contract value was revised`);
    const json = JSON.parse((await report('--json')).stdout) as { suggestions: unknown[] };
    expect(json.suggestions).toEqual([stored]);
    const page = path.join(t.services.config.dataDir, 'page.html');
    await report('--html', page);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<table id="suggestions-table">');
    expect(html).toContain('The contract value was revised');
    expect(html).toContain('<code>https://example.org/gchq-revised</code>');
  });

  it('"Suggest a deal" opens an empty modal; the thank-you replaces it', async () => {
    await start();
    await post(globalShortcut({ callbackId: suggestIds.deal, user: 'USUGGESTER' }));
    const view = await openedModal(1);
    const response = await post(
      viewSubmission({
        view,
        user: 'USUGGESTER',
        values: { what: 'Ruritania moved its health data to a local cloud', link: 'http://example.org/ru' },
      }),
    );
    const body = JSON.parse(response.text) as { response_action: string; view: { blocks: unknown[] } };
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view.blocks)).toContain('#1');
    expect(await t.services.store.listSuggestions()).toEqual([
      expect.objectContaining({ kind: 'deal', dealIds: [], factIds: [], link: 'http://example.org/ru' }),
    ]);
  });

  it('refuses each bad input on its field, repeating none of it, and stores nothing', async () => {
    await start();
    await post(globalShortcut({ callbackId: suggestIds.deal, user: 'USUGGESTER' }));
    const view = await openedModal(1);
    const good = { what: 'A deal', link: 'https://example.org/a' };
    const cases: Array<[Record<string, string>, string, string]> = [
      [{ what: '' }, 'what', suggestionText.en.empty],
      [{ link: '   ' }, 'link', suggestionText.en.empty],
      [{ link: 'javascript:alert(1)' }, 'link', suggestionText.en.notLink],
      [{ link: 'ftp://example.org/x' }, 'link', suggestionText.en.notLink],
      [{ what: 'x'.repeat(10_000) }, 'what', 'Please keep this under 300 characters.'],
      [{ note: 'y'.repeat(10_000) }, 'note', 'Please keep this under 1,500 characters.'],
      [{ what: 'hello <!everyone>' }, 'what', suggestionText.en.markup],
      [{ what: 'hello @here' }, 'what', suggestionText.en.markup],
      [{ note: 'cc <@U0BOSS>' }, 'note', suggestionText.en.markup],
      [{ what: '<script>alert(1)</script>' }, 'what', suggestionText.en.markup],
    ];
    for (const [change, field, message] of cases) {
      const response = await post(
        viewSubmission({ view, user: 'USUGGESTER', values: { ...good, ...change } }),
      );
      expect(JSON.parse(response.text), JSON.stringify(change).slice(0, 60)).toEqual({
        response_action: 'errors',
        errors: { [field]: message },
      });
    }
    expect(await t.services.store.listSuggestions()).toEqual([]);
    // No message went out at all, so nothing could ping.
    expect(fake.callsTo('chat.postEphemeral')).toEqual([]);
    expect(fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('"Suggest a correction" on someone else\'s message says what it is for and opens nothing', async () => {
    await start();
    await post(
      messageShortcut({
        callbackId: suggestIds.correction,
        user: 'USUGGESTER',
        responseUrl: fake.responseUrl('r2'),
        message: { ts: '1700000001.000001', user: 'UOTHER', text: 'hello' },
      }),
    );
    const response = await fake.waitForResponse('r2');
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(response.body.text)).toContain('sovbot’s answers');
    expect(fake.callsTo('views.open')).toEqual([]);
  });
});
