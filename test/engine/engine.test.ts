import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.js';
import type { Deal } from '../../src/corpus/schema.js';
import type { Answer, Answered } from '../../src/engine/answer.js';
import { type AskTrace, createEngine, type Engine } from '../../src/engine/create-engine.js';
import { renderAnswerText } from '../../src/engine/render-text.js';
import { engineOn, fixtureDir } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineOn();
});

function answered(answer: Answer): Answered {
  if (answer.kind !== 'answered')
    throw new Error(`expected an answer, got no-answer (${answer.reason}) for "${answer.question}"`);
  return answer;
}

describe('ask', () => {
  it('answers the founding question in French with the estimate and its sources', () => {
    const answer = answered(engine.ask('Combien vaut le contrat entre le GCHQ et AWS ?'));
    expect(answer.lang).toBe('fr');
    expect(answer.deals[0]?.id).toBe('uk-intelligence-agencies-aws-2021');
    expect(answer.statements[0]?.factId).toBe('uk-aws-2021-value');
    expect(answer.statements[0]?.text).toMatch(/500 millions et 1 milliard de livres/);
    expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('cites every statement with citations that resolve to a source of the corpus', () => {
    const answer = answered(engine.ask('When was JEDI awarded?'));
    const numbers = new Set(answer.citations.map((c) => c.n));
    for (const statement of answer.statements) {
      expect(statement.citations.length).toBeGreaterThan(0);
      for (const n of statement.citations) expect(numbers.has(n)).toBe(true);
    }
    const deal = engine.corpus.deals.find((d) => d.id === answer.citations[0]?.dealId);
    expect(deal?.sources.some((s) => s.url === answer.citations[0]?.url)).toBe(true);
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
  });

  it('puts the fact carrying what was asked first: how much → value, when → date', () => {
    expect(answered(engine.ask('jwcc ceiling?')).statements[0]?.text).toMatch(/\$9bn/);
    const when = answered(engine.ask('When did Microsoft announce the EU Data Boundary?'));
    expect(renderAnswerText(when)).toMatch(/6 May 2021/);
    expect(when.statements.every((s) => /\b20\d\d\b/.test(s.text))).toBe(true);
  });

  it.each([
    "à quelle date l'ANSSI a accepté le dossier SecNumCloud de Bleu (jalon J0) ?",
    'when did ANSSI accept the SecNumCloud application of Bleu (milestone J0)?',
  ])(
    '"%s": the deal whose dated fact has every word asked beats one whose fact has only the milestone',
    (question) => {
      const answer = answered(engine.ask(question));
      expect(answer.deals[0]?.id).toBe('france-bleu-orange-capgemini-microsoft-2021');
      expect(answer.statements[0]?.text).toMatch(/17 (April|avril) 2025/);
    },
  );

  it.each([['how much did amzn invest in the european sovereign cloud?', 'eu-aws-european-sovereign-cloud']])(
    '"%s": a provider\'s ticker is the provider',
    (question, deal) => {
      expect(answered(engine.ask(question)).deals[0]?.id).toBe(deal);
    },
  );

  it('lists only Google\'s German deals for "goog deals in germany?"', () => {
    const answer = answered(engine.ask('goog deals in germany?'));
    expect(answer.shape).toBe('list');
    for (const row of answer.rows) expect(row.providers.join(' ')).toMatch(/Google/);
  });

  it("takes a fact stating the deal's value in other words for the value ('EUR 11bn' is 'EUR 11 billion')", () => {
    const answer = answered(engine.ask('how much is STACKIT worth?'));
    expect(answer.deals[0]?.id).toBe('germany-stackit-schwarz-digits-2025');
    expect(answer.statements[0]?.text).toMatch(/EUR 11 billion/);
  });

  it.each([
    ['when was JWCC signed?', /December 2022/],
    ['when was the Federated Data Platform signed?', /2023/],
  ])('"%s" gives the deal\'s own date, not a fact that repeats the verb', (question, date) => {
    expect(answered(engine.ask(question)).statements[0]?.text).toMatch(date);
  });

  it.each(['who criticised the Deutschland-Stack?', 'qui a critiqué le Deutschland-Stack ?'])(
    '"%s" gives the fact the entry marks as criticism, not the summary that names the deal',
    (question) => {
      const answer = answered(engine.ask(question));
      const deal = engine.corpus.deals.find((d) => d.id === answer.deals[0]?.id);
      const first = deal?.facts.find((f) => f.id === answer.statements[0]?.factId);
      expect(first?.topics).toContain('criticism');
    },
  );

  it.each(['where is the Deutschland-Stack hosted?', 'où sont les données du Deutschland-Stack ?'])(
    '"%s" gives the fact the entry marks as location, not the summary that names the deal',
    (question) => {
      const answer = answered(engine.ask(question));
      const deal = engine.corpus.deals.find((d) => d.id === answer.deals[0]?.id);
      expect(deal?.facts.find((f) => f.id === answer.statements[0]?.factId)?.topics).toContain('location');
    },
  );

  it.each([
    ['how long is the JWCC contract?', /8 June 2028/],
    ['combien de temps dure le contrat JWCC ?', /8 juin 2028/],
    ["how long is the ASD's AWS cloud deal?", /decade/],
  ])('"%s" gives the deal\'s own term, not a span after an event', (question, term) => {
    expect(answered(engine.ask(question)).statements[0]?.text).toMatch(term);
  });

  it('gives the fact that names a person the entry lists as an alias ("who is Hayete Gallot?")', () => {
    expect(answered(engine.ask('who is Hayete Gallot')).statements[0]?.text).toMatch(/^Hayete Gallot/);
  });

  it('reads "why are people skeptical…" as asking for the criticism', () => {
    expect(
      answered(engine.ask('why are people skeptical that the new AWS NZ region is really sovereign?'))
        .statements[0]?.text,
    ).toMatch(/third parties/);
  });

  it('reads "where is X hosted?" as asking for the place: the verb names nothing of X', () => {
    expect(answered(engine.ask('where is S3NS hosted?')).statements[0]?.text).toMatch(/Paris region/);
    expect(answered(engine.ask('where is the Google Cloud sovereign cloud hosted?')).deals[0]?.id).toBe(
      'google-cloud-sovereign-cloud-europe-2025',
    );
  });

  it('reads "2023/24 to 2026/27" as no volume of data: the Federated Data Platform\'s worth is its value', () => {
    expect(
      answered(engine.ask('how much is the Federated Data Platform worth?')).statements[0]?.text,
    ).toMatch(/GBP 330m/);
  });

  it.each(['what did JEDI cost', 'combien vaut JEDI ?'])(
    '"%s" is about JEDI, not JWCC, whose facts repeat the verb',
    (question) => {
      expect(answered(engine.ask(question)).deals[0]?.id).toBe('us-dod-jedi-microsoft-2019');
    },
  );

  it.each(['who provides JWCC?', 'qui fournit JWCC ?'])(
    '"%s" names the providers, not a fact that repeats the word "provider"',
    (question) => {
      const text = answered(engine.ask(question)).statements[0]?.text ?? '';
      for (const name of ['Google', 'Oracle', 'AWS', 'Microsoft']) expect(text).toContain(name);
    },
  );

  it('answers a provider and a country that only one deal pairs, whatever is asked of them', () => {
    const answer = answered(engine.ask('what did Microsoft do in Ukraine?'));
    expect(answer.deals[0]?.id).toBe('ukraine-government-data-cloud-migration-2022');
    // The fact about the provider asked comes first, not the one about the deal's other provider.
    expect(answer.statements[0]?.text).toMatch(/^[^.]*Microsoft/);
  });

  it('puts the ruling first when the outcome of a dispute is asked, and the winner when who got it is', () => {
    // The entry's latest news (2022) is not what came of the 2021 appeal.
    const appeal = answered(
      engine.ask("ça a donné quoi le recours au Conseil d'État contre Doctolib et AWS ?"),
    );
    expect(appeal.statements[0]?.text).toMatch(/refusé de suspendre/);
    // Every word of the question names the deal: the fact naming the winning provider answers.
    const winner = answered(engine.ask('who got the deutschland-stack AI cloud contract?'));
    expect(winner.statements[0]?.text).toMatch(/T-Systems/);
  });

  it("answers where a deal ended with its latest-dated fact, not one naming a plan's future year", () => {
    // The petition fact (reported January 2026) names 2028 for a new provider; the ban came in May 2026.
    const ended = answered(engine.ask("did kyndryl's purchase of the DigiD host go ahead in the end?"));
    expect(ended.statements.map((st) => st.text).join(' ')).toMatch(/prohibited the acquisition/);
  });

  it('puts the duration first when how long is asked, whatever names the other facts repeat', () => {
    expect(answered(engine.ask("how long does the CIA's C2E run for?")).statements[0]?.text).toMatch(
      /15-year/,
    );
  });

  it('answers a duration asked in French words that name the kind of detail ("combien de temps")', () => {
    expect(answered(engine.ask('combien de temps dure le contrat du PSN ?')).statements[0]?.text).toMatch(
      /13 ans/,
    );
    // Filler ("exactement") does not keep a bare name from its deal.
    expect(answered(engine.ask("le PSN c'est quoi exactement")).deals[0]?.id).toBe(
      'italy-polo-strategico-nazionale-2022',
    );
  });

  it('reads French verbs people type for a ban or a dismissal ("banni", "virés")', () => {
    expect(answered(engine.ask('pourquoi le Danemark a banni Google des écoles ?')).deals[0]?.id).toBe(
      'denmark-helsingor-google-workspace-ban-2022',
    );
    expect(
      answered(engine.ask("combien d'employés de Google ont été virés à cause de Nimbus ?")).statements[0]
        ?.text,
    ).toMatch(/28 salariés/);
  });

  it('counts what the facts count when the question names it in a word no entry uses ("googlers")', () => {
    expect(
      answered(engine.ask('how many googlers got fired over the nimbus sit-ins?')).statements[0]?.text,
    ).toMatch(/dismissed 28 employees/);
  });

  it('puts the figure in the unit asked for first: a volume of data, a share', () => {
    expect(
      answered(engine.ask("combien de données l'Ukraine a-t-elle mises dans le cloud ?")).statements[0]?.text,
    ).toMatch(/pétaoctets/);
    // "How long does it run?": "run" asks for the term.
    expect(answered(engine.ask('how long does the C2E contract run?')).statements[0]?.text).toMatch(
      /15-year/,
    );
    // "Per share" asks a price, not a percentage.
    expect(
      answered(engine.ask('at what price per share did OVHcloud list on Euronext?')).statements[0]?.text,
    ).toMatch(/18\.50/);
  });

  it('answers "why" with a fact stating a cause ("because"), whatever topics its entry gives it', () => {
    const answer = answered(engine.ask("Why did Australia stop calling its top hosting tier 'sovereign'?"));
    expect(answer.statements.map((s) => s.text).join(' ')).toMatch(/because the word 'sovereign'/);
  });

  it('puts the time limit first when a deadline is asked', () => {
    const answer = answered(engine.ask('by what date did helsingor have to stop using the chromebooks?'));
    expect(answer.statements[0]?.text).toMatch(/until 3 August 2022/);
    // "What deadline…?" asks for a date too.
    const deadline = answered(engine.ask('what deadline did the Danish regulator give Helsingør?'));
    expect(deadline.statements[0]?.text).toMatch(/until 3 August 2022/);
  });

  it('expands aliases: MI6 and the Secret Intelligence Service lead to the same deal', () => {
    expect(answered(engine.ask('What did MI6 put on AWS?')).deals[0]?.id).toBe(
      'uk-intelligence-agencies-aws-2021',
    );
    expect(answered(engine.ask('Secret Intelligence Service cloud provider')).deals[0]?.id).toBe(
      'uk-intelligence-agencies-aws-2021',
    );
  });

  it('tolerates typos in longer words', () => {
    expect(answered(engine.ask('what is the Comercial Cloud Enterprize?')).deals[0]?.id).toBe(
      'cia-c2e-multicloud-2020',
    );
  });

  it('abstains on off-topic questions and on entities the corpus never mentions', () => {
    for (const question of [
      'who won the 2018 world cup',
      'tell me a joke',
      'Quel temps fait-il à Paris ?',
      // A joke or a poem about a word the corpus has is still no question about a deal.
      'tell me a joke about clouds',
      'raconte-moi une blague sur le cloud souverain',
      // Live market data: the corpus has none (the IPO's price is another matter).
      'palantir share price right now?',
      // A deal asked of a country no deal is in (the CLOUD Act entry mentions Ireland).
      "what's ireland's government cloud deal with aws worth",
      "what's the current share price of ovhcloud",
    ]) {
      expect(engine.ask(question).kind, question).toBe('no-answer');
    }
    expect(
      answered(engine.ask('what did microsoft say about ireland in the cloud act case?')).deals[0]?.id,
    ).toBe('us-cloud-act-2018');
    expect(answered(engine.ask("what was ovhcloud's share price at the ipo?")).deals[0]?.id).toBe(
      'france-ovhcloud-euronext-ipo-2021',
    );
    // A joke someone made, or terabytes someone lost, is no request for a joke or a storage plan.
    expect(
      answered(
        engine.ask(
          'Ruto said the G42/Microsoft datacentre in Kenya needs how many MW? he made a joke about it',
        ),
      ).deals[0]?.id,
    ).toBe('kenya-microsoft-g42-data-centre-2024');
    expect(
      answered(engine.ask("L'incendie du NIRS en Corée du Sud, combien de To du G-Drive ont été perdus ?"))
        .deals[0]?.id,
    ).toBe('south-korea-csap-cloud-security-grading-2023');
    expect(engine.ask('combien coûte 2 To sur Google Drive ?').kind).toBe('no-answer');
    const unknown = engine.ask('Which cloud did the Hellenic Army choose?');
    expect(unknown.kind).toBe('no-answer');
    // Short names one edit from a corpus word ("base") are not taken for misspellings of it.
    for (const question of [
      'Who won the Basel contract?',
      // Beside words of deals, "turkey" is the country, which the corpus does not cover.
      'did turkey sign a sovereign cloud deal with huawei?',
    ]) {
      expect(engine.ask(question), question).toMatchObject({ kind: 'no-answer', reason: 'unknown-entity' });
    }
  });

  it("reads a capital the corpus never writes as its country ('What did Seoul sign?'), not as a misspelt word", () => {
    for (const [question, country] of [
      ['What did Seoul sign?', /korea/],
      ['What has Delhi done?', /india/],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.kind, question).toBe('answered');
      if (answer.kind === 'answered') expect(answer.deals[0]?.id).toMatch(country);
    }
  });

  it('says why: empty, too long', () => {
    expect(engine.ask('   ')).toMatchObject({ kind: 'no-answer', reason: 'empty' });
    expect(engine.ask('🙂🙂')).toMatchObject({ kind: 'no-answer', reason: 'empty' });
    expect(engine.ask('x'.repeat(1001))).toMatchObject({ kind: 'no-answer', reason: 'too-long' });
  });

  it('follows up on the conversation deal when the question names none', () => {
    const first = answered(engine.ask('Tell me about the GCHQ AWS deal'));
    const follow = answered(
      engine.ask('and how much was it?', { dealId: first.deals[0]?.id ?? '', lang: 'en' }),
    );
    expect(follow.deals[0]?.id).toBe('uk-intelligence-agencies-aws-2021');
    expect(follow.statements[0]?.factId).toBe('uk-aws-2021-value');
    // A question about something else entirely is not forced onto the previous deal.
    expect(
      engine.ask('who won the 2018 world cup', { dealId: 'uk-intelligence-agencies-aws-2021' }).kind,
    ).toBe('no-answer');
  });

  it('answers list questions with a short cited list of deals', () => {
    const answer = answered(engine.ask('Which deals involve Oracle?'));
    expect(answer.deals.length).toBeGreaterThanOrEqual(3);
    expect(answer.deals.map((d) => d.id)).toContain('us-dod-jwcc-2022');
    expect(answer.statements.every((s) => s.citations.length > 0)).toBe(true);
  });

  // ask() catches its own bugs (the user gets an honest no-answer), so "does not throw" proves nothing:
  // the check is that no error happened inside, seen through onError, and that each answer is well formed.
  const oddInputs = [
    '\u0000',
    '\uD800',
    '<!everyone>',
    '@@@',
    '🙂'.repeat(300),
    'a'.repeat(999),
    '?'.repeat(50),
  ];
  function expectNoInternalError(make: (onError: (error: unknown) => void) => Engine): void {
    const errors: unknown[] = [];
    const checked = make((error) => errors.push(error));
    for (const input of oddInputs) {
      const answer = checked.ask(input);
      expect(['answered', 'no-answer']).toContain(answer.kind);
      expect(answer.question.length).toBeLessThanOrEqual(input.length);
    }
    expect(errors.map(String)).toEqual([]);
  }

  it('answers any input without an error inside, whatever the input', () => {
    expectNoInternalError((onError) => createEngine(engine.corpus, { onError }));
  });

  it('(the check above fails on a broken stand-in: an engine that throws inside ask)', () => {
    const broken = (onError: (error: unknown) => void) =>
      createEngine(engine.corpus, {
        onError,
        trace: () => {
          throw new Error('broken stand-in');
        },
      });
    expect(() => expectNoInternalError(broken)).toThrow(/broken stand-in/);
  });
});

describe('deal cards and autocomplete', () => {
  it('finds deals by alias for autocomplete, at most the limit', () => {
    expect(engine.findDeals('jwcc', 25)[0]?.id).toBe('us-dod-jwcc-2022');
    expect(engine.findDeals('', 25)).toHaveLength(25);
    expect(engine.findDeals('cloud', 5)).toHaveLength(5);
  });

  it('builds a cited card with related deals', () => {
    const card = engine.dealCard('us-dod-jwcc-2022', 'fr');
    expect(card?.title).toMatch(/JWCC/);
    expect(card?.statements.length).toBeGreaterThan(0);
    expect(card?.citations.length).toBeGreaterThan(0);
    expect(card?.related.map((r) => r.id)).toContain('us-dod-jedi-microsoft-2019');
    expect(engine.dealCard('no-such-deal')).toBeUndefined();
  });
});

describe('on a small fixture corpus', () => {
  it('answers from an invented deal, with its French text for French questions', async () => {
    const small = await engineOn(fixtureDir('good'));
    const answer = answered(small.ask('Combien vaut le contrat du fisc atlante avec Example Cloud ?'));
    expect(answer.statements[0]?.text).toBe(
      "Le contrat du fisc atlante avec Example Cloud vaut 5 millions d'ATL.",
    );
    expect(renderAnswerText(answer)).toMatch(
      /^Le contrat du fisc atlante avec Example Cloud vaut 5 millions d'ATL\. \[1\]\[2\]/,
    );
  });
});

describe('on a corpus of hundreds of deals', () => {
  // 300 copies of a fixture deal; 80 of them mention "orbital" (a "wide" word: more deals than 50, fewer
  // than the 30% that makes a word common); one, Zephyrion, also has a fact with it.
  async function largeCorpus(): Promise<Corpus> {
    const loaded = await loadCorpus(fixtureDir('good'));
    if (!loaded.ok) throw new Error('the good fixture does not load');
    const template = loaded.corpus.deals.find((deal) => deal.id === 'atlantis-cloud-2024') as Deal;
    const copy = (i: number, name: string, orbital: boolean): Deal => {
      const deal = structuredClone(template);
      deal.id = `deal-${i}`;
      deal.title = `${name} picks Example Cloud`;
      deal.title_fr = `${name} choisit Example Cloud`;
      deal.aliases = [name];
      deal.customers = [name];
      deal.related = [];
      deal.facts = deal.facts.map((fact) => ({ ...fact, id: `${fact.id}-${i}` }));
      if (orbital)
        deal.facts.push({
          id: `orbital-${i}`,
          text: `${name} keeps its orbital survey data with Example Cloud.`,
          text_fr: `${name} confie ses relevés orbitaux à Example Cloud.`,
          sources: ['s1'],
        });
      return deal;
    };
    const deals = Array.from({ length: 300 }, (_, i) => copy(i, `Agency${i}x`, i < 80));
    deals.push(copy(300, 'Zephyrion', true));
    const factCount = deals.reduce((sum, deal) => sum + deal.facts.length, 0);
    return { ...loaded.corpus, deals, factCount };
  }

  it('looks up a wide word in the deals a name points at, and answers with the fact that has it', async () => {
    const traces: AskTrace[] = [];
    const large = createEngine(await largeCorpus(), {
      trace: (trace) => {
        if ('weights' in trace) traces.push(trace);
      },
    });
    const answer = answered(large.ask('Zephyrion orbital data?'));
    expect(answer.deals[0]?.id).toBe('deal-300');
    expect(answer.statements[0]?.factId).toBe('orbital-300');
    // "orbital" was not searched (80 deals have it) but found in Zephyrion's deal by the look-up.
    expect(traces.at(-1)?.searched).toEqual(['zephyrion']);
    expect(traces.at(-1)?.deals[0]?.matched).toContain('orbital');

    // Without a narrower word, wide words are searched.
    large.ask('orbital survey?');
    expect(traces.at(-1)?.searched).toEqual(['orbital', 'survey']);
    // A word the index knows only through a synonym ("selected" → "picks") says nothing of how narrow it
    // is: the wide words are still searched.
    large.ask('selected orbital survey?');
    expect(traces.at(-1)?.searched).toEqual(expect.arrayContaining(['orbital', 'survey']));
  });
});
