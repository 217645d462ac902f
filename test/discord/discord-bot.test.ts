import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordUser, type RecordedRequest, snowflake, user } from '../../support/fake-discord.js';
import {
  allText,
  callbackData,
  ephemeralFlag,
  type SentMessage,
  sentMessage,
  startTestBot,
  type TestBot,
  token,
} from './helpers.js';

// The real discord.js against a fake Discord on 127.0.0.1: one bot for the whole file. Each test
// asks as a new user, so the 30 s cooldown only bites where a test wants it to; the clock is fake.
const maintainer = user(snowflake(), 'maintainer');
let clock = Date.now();
let bot: TestBot;
let users = 0;

function newUser(): DiscordUser {
  users += 1;
  return user(snowflake(), `user${users}`);
}

beforeAll(async () => {
  bot = await startTestBot(
    { SOVBOT_COOLDOWN_SECONDS: '30', SOVBOT_MAINTAINERS: maintainer.id },
    { now: () => clock },
  );
});

afterAll(async () => {
  await bot?.stop();
});

const question = (value: string) => [{ type: 3, name: 'question', value }];

async function ask(text: string, from: DiscordUser, locale = 'en-US'): Promise<RecordedRequest> {
  return bot.interact(bot.fake.command('ask', question(text), from, { locale }));
}

/** Dispatches a user message and resolves with the bot's reply to it. */
async function sendMessage(message: { id: string }): Promise<RecordedRequest> {
  const since = bot.fake.requests.length;
  bot.fake.dispatch('MESSAGE_CREATE', message);
  return bot.fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      /^\/channels\/\d+\/messages$/.test(r.path) &&
      sentMessage(r).message_reference?.message_id === message.id,
    { since },
  );
}

function embedOf(message: SentMessage) {
  const embed = message.embeds?.[0];
  if (!embed) throw new Error(`no embed in ${JSON.stringify(message)}`);
  return embed;
}

const mention = () => `<@${bot.fake.botUser.id}>`;

describe('Discord adapter: connection', () => {
  it('connects with plain JSON frames and identifies without the privileged Message Content intent', async () => {
    expect(bot.fake.gatewayQueries[0]).toBe('?v=10&encoding=json');
    const identify = await bot.fake.waitForFrame(2);
    const d = identify.d as { token: string; intents: number };
    expect(d.token).toBe(token);
    expect(d.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(d.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(bot.logs.some((line) => line.includes('"DISCORD_READY"'))).toBe(true);
  });
});

describe('Discord adapter: /ask', () => {
  it('answers with an embed: cited sentences, linked sources, corpus date and vote buttons', async () => {
    const request = await ask('How much is the GCHQ AWS deal worth?', newUser());
    const data = callbackData(request);
    expect((request.body as { type: number }).type).toBe(4);
    const embed = embedOf(data);
    expect(embed.title).toContain('GCHQ');
    expect(embed.description).toMatch(/500m.*\[1\]/);
    const sources = embed.fields?.find((field) => field.name === 'Sources');
    // `[n] [publisher — title](<url>) (date)`, the URL in angle brackets so Discord adds no preview.
    expect(sources?.value).toMatch(/^\[1\] \[[^\]]+ — [^\]]+\]\(<https:\/\/[^>]+>\) \(\d{4}/);
    expect(embed.footer?.text).toContain(bot.services.live.engine.corpus.reviewedUntil);
    expect(embed.footer?.text).toContain(bot.services.live.engine.corpus.version);
    const buttons = data.components?.[0]?.components.map((b) => b.custom_id) ?? [];
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toMatch(/^vote:up:/);
    expect(data.allowed_mentions?.parse).toEqual([]);
    expect((data.flags ?? 0) & ephemeralFlag).toBe(0);
  });

  it('answers a list with one embed field per deal, each cited, and says how many deals matched', async () => {
    const data = callbackData(await ask('Which deals did AWS win in the UK?', newUser()));
    const embed = embedOf(data);
    const rows = embed.fields?.filter((field) => !field.name.startsWith('Sources')) ?? [];
    expect(rows.length).toBeGreaterThan(1);
    for (const field of rows) {
      // `Title (Month Year)`, then the deal's parts ending with its citation marks.
      expect(field.name).toMatch(/\([A-Z][a-z]+ \d{4}\)$|\(\d{4}\)$/);
      expect(field.value).toMatch(/(\[\d+\])+$/);
    }
    expect(embed.description).toMatch(/^\d+ deals matched/);
    expect(embed.fields?.some((field) => field.name === 'Sources')).toBe(true);
  });

  it('answers a French question in French, whatever the locale', async () => {
    const data = callbackData(await ask('Combien vaut le contrat entre le GCHQ et AWS ?', newUser()));
    expect(embedOf(data).description).toContain('milliard');
    expect(embedOf(data).title).toContain('renseignement britanniques');
  });

  it('words its own labels and buttons after the French locale, even for an English question', async () => {
    const data = callbackData(await ask('How much is the GCHQ AWS deal worth?', newUser(), 'fr'));
    expect(embedOf(data).description).toContain('500m');
    expect(embedOf(data).footer?.text).toMatch(/^Corpus vérifié jusqu’au /);
    expect(data.components?.[0]?.components.map((b) => b.label)).toEqual(['Utile', 'Pas utile']);
  });

  it('answers /ask in a DM with the bot', async () => {
    const payload = bot.fake.command('ask', question('What is Project Nimbus?'), newUser(), { dm: true });
    const data = callbackData(await bot.interact(payload));
    expect(embedOf(data).title).toContain('Nimbus');
  });

  it('says so when it has no answer, records it, and offers the closest deals as buttons that open their card', async () => {
    const asker = newUser();
    const request = await ask('What did AWS sign in Peru?', asker);
    const data = callbackData(request);
    expect(embedOf(data).description).toContain('not in my corpus');
    const buttons = data.components?.[0]?.components ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
    }
    const first = buttons[0]?.custom_id as string;
    expect(first).toMatch(/^deal:en:/);
    const records = await bot.services.store.read();
    expect(records.some((r) => r.kind === 'no-answer' && r.question === 'What did AWS sign in Peru?')).toBe(
      true,
    );

    const message = (request.response as { resource: { message: Record<string, unknown> } }).resource.message;
    const click = await bot.interact(bot.fake.button(first, message, asker));
    const card = embedOf(callbackData(click));
    const dealId = first.slice('deal:en:'.length);
    expect(card.title).toBe(bot.services.live.engine.dealCard(dealId)?.title);
    expect(card.fields?.map((f) => f.name)).toContain('Sources');
  });

  it('records a 👍 with the question and the cited facts, and thanks ephemerally', async () => {
    const asker = newUser();
    const request = await ask('How much is the GCHQ AWS deal worth?', asker);
    const up = callbackData(request).components?.[0]?.components[0]?.custom_id as string;
    const message = (request.response as { resource: { message: Record<string, unknown> } }).resource.message;
    const thanks = callbackData(await bot.interact(bot.fake.button(up, message, asker)));
    expect(thanks.content).toBe('Thanks for the feedback!');
    expect((thanks.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
    const vote = (await bot.services.store.read()).find((r) => r.kind === 'up');
    expect(vote?.question).toBe('How much is the GCHQ AWS deal worth?');
    expect(vote?.factIds).toContain('uk-aws-2021-value');
  });

  it('pings nobody when the question contains @everyone, @here or mentions', async () => {
    const request = await ask('@everyone @here <@&123456> how much is the GCHQ AWS deal worth?', newUser());
    const data = callbackData(request);
    expect(data.allowed_mentions?.parse).toEqual([]);
    const text = allText(data);
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('@here');
    expect(text).not.toContain('<@&');
    // The question is still echoed, visibly, just defused.
    expect(data.content).toContain('@\u200beveryone');
  });

  it('escapes Markdown echoed from the question', async () => {
    const data = callbackData(await ask('**GCHQ** AWS deal ~~worth~~?', newUser()));
    expect(data.content).toContain('\\*\\*GCHQ\\*\\*');
    expect(data.content).toContain('\\~\\~worth\\~\\~');
  });

  it('tells a too-long question, only to the asker, the limit it went over', async () => {
    const data = callbackData(await ask(`What about ${'the AWS deal '.repeat(100)}?`, newUser()));
    expect(embedOf(data).description).toContain('under 1000 characters');
    expect((data.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
  });

  it('asks the same user to slow down (ephemerally) within the cooldown, and answers again after it', async () => {
    const asker = newUser();
    await ask('How much is the GCHQ AWS deal worth?', asker);
    const again = callbackData(await ask('How much is the GCHQ AWS deal worth?', asker));
    expect(again.content).toMatch(/^Slow down a little: you can ask again in \d+ s\.$/);
    expect((again.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
    const french = callbackData(await ask('Et le montant ?', asker, 'fr'));
    expect(french.content).toMatch(/^Un peu de patience/);
    clock += 31_000;
    const later = callbackData(await ask('How much is the GCHQ AWS deal worth?', asker));
    expect(embedOf(later).title).toContain('GCHQ');
  });

  it('keeps a follow-up in the same channel on the previous deal for a few minutes', async () => {
    const asker = newUser();
    await ask('How much is the GCHQ AWS deal worth?', asker);
    clock += 31_000;
    const followUp = callbackData(await ask('what did critics say?', asker));
    expect(embedOf(followUp).title).toContain('GCHQ');
    clock += 10 * 60_000;
    const stale = callbackData(await ask('what did critics say?', asker));
    expect(embedOf(stale).title).toBeUndefined();
    expect(embedOf(stale).description).toContain('no entry');
  });
});

describe('Discord adapter: /deal', () => {
  it('autocompletes deal titles and aliases with at most 25 choices, valued by deal id', async () => {
    const payload = bot.fake.autocomplete(
      'deal',
      [{ type: 3, name: 'name', value: 'aws', focused: true }],
      newUser(),
    );
    const request = await bot.interact(payload);
    expect((request.body as { type: number }).type).toBe(8);
    const choices = callbackData(request).choices ?? [];
    expect(choices.length).toBeGreaterThan(1);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(bot.services.live.engine.dealCard(choice.value)).toBeDefined();
    }
    const all = callbackData(
      await bot.interact(
        bot.fake.autocomplete('deal', [{ type: 3, name: 'name', value: '', focused: true }], newUser()),
      ),
    ).choices;
    expect(all).toHaveLength(25);
  });

  it('autocompletes with titles in the language of the asking client', async () => {
    const ask = (locale: string) =>
      bot.interact(
        bot.fake.autocomplete('deal', [{ type: 3, name: 'name', value: 'GCHQ', focused: true }], newUser(), {
          locale,
        }),
      );
    const french = callbackData(await ask('fr')).choices ?? [];
    const english = callbackData(await ask('en-GB')).choices ?? [];
    const gchq = 'uk-intelligence-agencies-aws-2021';
    expect(french.find((c) => c.value === gchq)?.name).toMatch(/^Les services de renseignement britanniques/);
    expect(english.find((c) => c.value === gchq)?.name).toMatch(/^UK intelligence agencies/);
  });

  it('shows a deal card: parties, date, value, status, key facts with [n], sources', async () => {
    const request = await bot.interact(
      bot.fake.command(
        'deal',
        [{ type: 3, name: 'name', value: 'uk-intelligence-agencies-aws-2021' }],
        newUser(),
      ),
    );
    const embed = embedOf(callbackData(request));
    expect(embed.title).toBe('UK intelligence agencies (GCHQ, MI5, MI6) pick AWS to host top-secret data');
    expect(embed.description).toMatch(/\[\d+\]/);
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields.Parties).toContain('GCHQ');
    expect(fields.Parties).toContain('Amazon Web Services');
    expect(fields.Date).toBe('2021-10');
    expect(fields.Value).toContain('GBP 500m to 1bn');
    expect(fields.Status).toBe('signed');
    expect(fields.Sources).toContain('](<https://');
  });

  it('shows a card in French for a French locale, with related deals', async () => {
    const withRelated = bot.services.live.engine.corpus.deals.find((deal) => deal.related.length > 0);
    expect(withRelated).toBeDefined();
    const request = await bot.interact(
      bot.fake.command('deal', [{ type: 3, name: 'name', value: withRelated?.id ?? '' }], newUser(), {
        locale: 'fr',
      }),
    );
    const data = callbackData(request);
    const embed = embedOf(data);
    expect(embed.title).toBe(withRelated?.title_fr);
    expect(embed.fields?.map((f) => f.name)).toContain('Accords liés');
    expect(data.components?.[0]?.components[0]?.custom_id).toMatch(/^deal:fr:/);
  });

  it('politely refuses a name it does not know, ephemerally', async () => {
    const data = callbackData(
      await bot.interact(
        bot.fake.command('deal', [{ type: 3, name: 'name', value: 'zzzz @everyone' }], newUser()),
      ),
    );
    expect(data.content).toContain('I have no deal called');
    expect(data.content).not.toContain('@everyone');
    expect((data.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
  });
});

describe('Discord adapter: /help and /admin', () => {
  it('answers /help in French for a French locale', async () => {
    const data = callbackData(await bot.interact(bot.fake.command('help', [], newUser(), { locale: 'fr' })));
    expect(embedOf(data).title).toContain('accords de cloud souverain');
    expect(embedOf(data).description).toContain('/demander');
    const english = callbackData(await bot.interact(bot.fake.command('help', [], newUser())));
    expect(embedOf(english).description).toContain('/ask');
  });

  it('refuses /admin status to a non-maintainer, politely and ephemerally', async () => {
    const data = callbackData(
      await bot.interact(bot.fake.command('admin', [{ type: 1, name: 'status', options: [] }], newUser())),
    );
    expect(data.content).toBe('Sorry, only sovbot’s maintainers can use /admin.');
    expect((data.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
  });

  it('shows /admin status to a maintainer', async () => {
    const data = callbackData(
      await bot.interact(bot.fake.command('admin', [{ type: 1, name: 'status', options: [] }], maintainer)),
    );
    const status = bot.services.live.status();
    expect(data.content).toContain(status.version);
    expect(data.content).toContain(`Deals: ${status.deals}`);
    expect(data.content).toContain(`Facts: ${status.facts}`);
    expect((data.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
  });

  it('defers /admin reload, then edits the reply with the result', async () => {
    const payload = bot.fake.command('admin', [{ type: 1, name: 'reload', options: [] }], maintainer);
    const since = bot.fake.requests.length;
    const defer = await bot.interact(payload);
    expect(defer.body).toMatchObject({ type: 5, data: { flags: ephemeralFlag } });
    const edit = await bot.fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`),
      { since },
    );
    expect(sentMessage(edit).content).toMatch(/^Reloaded: nothing changed/);
  });
});

describe('Discord adapter: mentions and DMs', () => {
  it('replies to a message mentioning the bot, pinging nobody, after showing typing', async () => {
    const since = bot.fake.requests.length;
    const message = bot.fake.userMessage(`${mention()} how much is the GCHQ AWS deal worth?`, newUser(), {
      mentions: [bot.fake.botUser],
    });
    const reply = await sendMessage(message);
    const body = sentMessage(reply);
    expect(reply.path).toBe(`/channels/${bot.fake.channelId}/messages`);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedOf(body).title).toContain('GCHQ');
    const typing = bot.fake.requests
      .slice(since)
      .findIndex((r) => r.method === 'POST' && r.path === `/channels/${bot.fake.channelId}/typing`);
    expect(typing).toBeGreaterThanOrEqual(0);
  });

  it('ignores channel messages that do not mention it', async () => {
    const since = bot.fake.requests.length;
    bot.fake.dispatch(
      'MESSAGE_CREATE',
      bot.fake.userMessage('how much is the GCHQ AWS deal worth?', newUser()),
    );
    // A later mention is answered; the first message must have left no reply of its own.
    const reply = await sendMessage(
      bot.fake.userMessage(`${mention()} hello`, newUser(), { mentions: [bot.fake.botUser] }),
    );
    const replies = bot.fake.requests.slice(since).filter((r) => r.path.endsWith('/messages'));
    expect(replies).toEqual([reply]);
  });

  it('does not ping @everyone when a mention asks with @everyone in it', async () => {
    const body = sentMessage(
      await sendMessage(
        bot.fake.userMessage(`${mention()} @everyone what is the CLOUD Act?`, newUser(), {
          mentions: [bot.fake.botUser],
        }),
      ),
    );
    expect(body.allowed_mentions?.parse).toEqual([]);
    expect(allText(body)).not.toContain('@everyone');
  });

  it('answers a DM, in French for a French question', async () => {
    const reply = await sendMessage(
      bot.fake.userMessage('Combien vaut le contrat entre le GCHQ et AWS ?', newUser(), { dm: true }),
    );
    expect(reply.path).toBe(`/channels/${bot.fake.dmChannelId}/messages`);
    const body = sentMessage(reply);
    expect(embedOf(body).description).toContain('milliard');
    expect(body.components?.[0]?.components[0]?.label).toBe('Utile');
  });

  it('treats a reply to one of its answers as a follow-up on the same deal', async () => {
    const asker = newUser();
    const answeredBefore = countLogs('DISCORD_ANSWERED');
    const first = await sendMessage(
      bot.fake.userMessage(`${mention()} How much is the GCHQ AWS deal worth?`, asker, {
        mentions: [bot.fake.botUser],
      }),
    );
    const answerId = (first.response as { id: string }).id;
    // The bot ties the answer's message id to its deal once Discord has returned it.
    await waitUntil(() => countLogs('DISCORD_ANSWERED') > answeredBefore);
    clock += 31_000;
    // Another user replying to the bot's answer: no channel context of their own, only the reply.
    const other = newUser();
    const followUp = await sendMessage(
      bot.fake.userMessage(`${mention()} what did critics say?`, other, {
        mentions: [bot.fake.botUser],
        replyTo: answerId,
      }),
    );
    expect(embedOf(sentMessage(followUp)).title).toContain('GCHQ');
  });
});

describe('Discord adapter: failures', () => {
  it('honours a 429 with Retry-After and still delivers the answer', async () => {
    const payload = bot.fake.command('ask', question('How much is the GCHQ AWS deal worth?'), newUser());
    const callback = `/interactions/${payload.id}/${payload.token}/callback`;
    bot.fake.failNext((r) => r.path === callback, {
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
    });
    const started = Date.now();
    const request = await bot.interact(payload);
    expect(embedOf(callbackData(request)).title).toContain('GCHQ');
    const attempts = bot.fake.requests.filter((r) => r.path === callback);
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(bot.logs.some((line) => line.includes('"DISCORD_RATE_LIMITED"'))).toBe(true);
  });

  it('logs a stable code and answers one friendly ephemeral sentence when a handler fails', async () => {
    const live = bot.services.live;
    Object.defineProperty(live, 'engine', {
      configurable: true,
      get() {
        throw new Error('engine exploded');
      },
    });
    try {
      const data = callbackData(await ask('How much is the GCHQ AWS deal worth?', newUser()));
      expect(data.content).toBe('Sorry, something went wrong on my side; please try again in a moment.');
      expect((data.flags ?? 0) & ephemeralFlag).toBe(ephemeralFlag);
      expect(data.content).not.toContain('exploded');
    } finally {
      // Back to the class getter.
      delete (live as unknown as Record<string, unknown>).engine;
    }
    const line = bot.logs.find((l) => l.includes('"DISCORD_HANDLER_FAILED"'));
    expect(line).toContain('engine exploded');
  });

  it('resumes after the gateway closes with 4000 and keeps answering', async () => {
    const frames = bot.fake.frames.length;
    const connections = bot.fake.connections;
    bot.fake.closeGateway(4000);
    const resume = await bot.fake.waitForFrame(6, { since: frames });
    expect(resume.connection).toBe(connections + 1);
    expect(resume.d).toMatchObject({ session_id: bot.fake.sessionId, token });
    // The resumed session must be usable again before dispatching: wait for RESUMED to be handled.
    await waitUntil(() => bot.logs.some((line) => line.includes('"DISCORD_RESUMED"')));
    const data = callbackData(await ask('How much is the GCHQ AWS deal worth?', newUser()));
    expect(embedOf(data).title).toContain('GCHQ');
  });

  it('comes back after the TCP connection drops and keeps answering', async () => {
    const frames = bot.fake.frames.length;
    const connections = bot.fake.connections;
    const resumes = countLogs('DISCORD_RESUMED');
    bot.fake.dropGateway();
    const again = await Promise.race([
      bot.fake.waitForFrame(6, { since: frames }),
      bot.fake.waitForFrame(2, { since: frames }),
    ]);
    expect(again.connection).toBe(connections + 1);
    await waitUntil(() => countLogs('DISCORD_RESUMED') > resumes);
    const reply = await sendMessage(
      bot.fake.userMessage(`${mention()} How much is the GCHQ AWS deal worth?`, newUser(), {
        mentions: [bot.fake.botUser],
      }),
    );
    expect(embedOf(sentMessage(reply)).title).toContain('GCHQ');
  });

  it('never writes the token to the logs', () => {
    const logs = bot.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(token);
    // Not even redacted: the adapter never tried to log it.
    expect(logs).not.toContain('[redacted]');
  });
});

function countLogs(code: string): number {
  return bot.logs.filter((line) => line.includes(`"${code}"`)).length;
}

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
