// Seeded synthetic corpora built from the real one: synthetic deal i copies real deal (i mod 64) and replaces
// its proper nouns (customers, providers, jurisdiction, aliases, capitalised names in facts) with generated
// names, keeping every other word. The term-frequency profile thus stays close to the real corpus: the same
// vocabulary and sentence shapes, a few names shared by many deals (big providers, countries) and most names
// rare (agencies, programmes, people).
import type { Corpus, Deal, Fact } from '../src/index.js';
import { hashString, Rng } from './random.js';

/** A word as the generator sees it: a letter, then letters or digits ("C2E", "pCloudBw", "États"). */
const WORD = /\p{L}[\p{L}\p{N}]*/gu;
/** Capitalised words that are not names: months, days, currency codes (the engine spots amounts by them), titles. */
const NOT_NAMES = new Set(
  [
    'january february march april may june july august september october november december',
    'monday tuesday wednesday thursday friday saturday sunday',
    'usd eur gbp chf jpy inr sar aud cad dkk',
    'ceo pdg ai ia ict iaas paas saas ltd gmbh inc plc llc',
  ]
    .join(' ')
    .split(' '),
);

/** How a name is shared among deals: countries and providers recur, `shared` names too, `own` names do not. */
type Role = 'country' | 'company' | 'shared' | 'own';

/** Lowercase without accents, like the engine's folding (kept local: the core does not export it). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function isAcronym(token: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(token) && (token.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * What identifies a name across its forms: an acronym as written, a word by its first six folded letters
 * ("Australia", "Australie" and "Australian" are one name).
 */
function keyOf(token: string): string {
  if (isAcronym(token)) return `A:${token}`;
  const folded = foldText(token);
  return folded.length >= 6 ? folded.slice(0, 6) : folded;
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every free text of a deal (not ids, tags, dates or sources). */
function textsOf(deal: Deal): string[] {
  return [
    deal.title,
    deal.title_fr,
    deal.jurisdiction,
    ...deal.customers,
    ...deal.providers,
    ...deal.aliases,
    ...deal.facts.flatMap((fact) => [fact.text, fact.text_fr]),
  ];
}

/** A name of a template, to replace; `shape` is `word` or an acronym pattern such as `A9A` for "C2E". */
interface NamePiece {
  token: string;
  key: string;
  folded: string;
  role: Role;
  shape: string;
}

/** A text cut into literal runs and names, once per template, so each copy is a cheap concatenation. */
type Pieces = Array<string | NamePiece>;

interface Template {
  deal: Deal;
  title: Pieces;
  titleFr: Pieces;
  jurisdiction: Pieces;
  customers: Pieces[];
  providers: Pieces[];
  aliases: Pieces[];
  facts: Array<{ text: Pieces; textFr: Pieces }>;
}

/** What the generator learnt from the real corpus. */
interface Model {
  templates: Template[];
  /** Folded words the corpus uses in lowercase: generated names must not be one of them. */
  vocabulary: Set<string>;
}

function analyse(real: Corpus): Model {
  const vocabulary = new Set<string>();
  for (const deal of real.deals)
    for (const text of textsOf(deal))
      for (const token of words(text)) if (token === token.toLowerCase()) vocabulary.add(foldText(token));
  const isName = (token: string) =>
    token.length >= 2 &&
    /\p{Lu}/u.test(token) &&
    !vocabulary.has(foldText(token)) &&
    !NOT_NAMES.has(foldText(token));

  const dealsOfKey = new Map<string, number>();
  const countries = new Set<string>();
  const companies = new Set<string>();
  for (const deal of real.deals) {
    const keys = new Set<string>();
    for (const text of textsOf(deal))
      for (const token of words(text)) if (isName(token)) keys.add(keyOf(token));
    for (const key of keys) dealsOfKey.set(key, (dealsOfKey.get(key) ?? 0) + 1);
    for (const token of words(deal.jurisdiction)) if (isName(token)) countries.add(keyOf(token));
    for (const provider of deal.providers)
      for (const token of words(provider)) if (isName(token)) companies.add(keyOf(token));
  }
  const roles = new Map<string, Role>();
  for (const [key, count] of dealsOfKey) {
    roles.set(
      key,
      countries.has(key) ? 'country' : companies.has(key) ? 'company' : count >= 3 ? 'shared' : 'own',
    );
  }

  const compile = (text: string): Pieces => {
    const pieces: Pieces = [];
    let literal = '';
    let at = 0;
    for (const match of text.matchAll(WORD)) {
      const token = match[0];
      if (!isName(token)) continue;
      literal += text.slice(at, match.index);
      if (literal !== '') pieces.push(literal);
      literal = '';
      const key = keyOf(token);
      pieces.push({
        token,
        key,
        folded: foldText(token),
        role: roles.get(key) ?? 'own',
        shape: isAcronym(token) ? token.replace(/\p{N}/gu, '9').replace(/\p{Lu}/gu, 'A') : 'word',
      });
      at = match.index + token.length;
    }
    literal += text.slice(at);
    if (literal !== '') pieces.push(literal);
    return pieces;
  };
  const templates = real.deals.map((deal) => ({
    deal,
    title: compile(deal.title),
    titleFr: compile(deal.title_fr),
    jurisdiction: compile(deal.jurisdiction),
    customers: deal.customers.map(compile),
    providers: deal.providers.map(compile),
    aliases: deal.aliases.map(compile),
    facts: deal.facts.map((fact) => ({ text: compile(fact.text), textFr: compile(fact.text_fr) })),
  }));
  return { templates, vocabulary };
}

const ONSETS = 'b br d dr f g gr h j k kr l m n p pr r s st t tr v z ch sh th'.split(' ');
const VOWELS = 'a e i o u a e o ia ei ou au'.split(' ');
const CODAS = 'n r l s m k x t'.split(' ');
const COUNTRY_ENDINGS = ['ia', 'a', 'land', 'istan', 'or', 'ene'];
const COMPANY_ENDINGS = ['', '', '', 'ix', 'ora', 'tek', 'soft', 'net'];
const PROGRAMME_SHAPES = ['{W}', 'Project {W}', '{W} Cloud', '{W} {W}', 'cloud {w}', '{W} programme'];

/** Generates pronounceable names and acronyms that are no word of the corpus. */
class NameMaker {
  readonly #vocabulary: ReadonlySet<string>;

  constructor(vocabulary: ReadonlySet<string>) {
    this.#vocabulary = vocabulary;
  }

  word(rng: Rng, syllables: number, ending = ''): string {
    for (let attempt = 0; ; attempt++) {
      let word = '';
      for (let s = 0; s < syllables; s++)
        word += (s === 0 && rng.chance(0.15) ? '' : rng.pick(ONSETS)) + rng.pick(VOWELS);
      if (ending === '' && rng.chance(0.5)) word += rng.pick(CODAS);
      // "Lili" + "ia" → "Lilia", not "Liliia".
      word = /[aeiou]$/.test(word) && /^[aeiou]/.test(ending) ? word.slice(0, -1) + ending : word + ending;
      if (attempt < 20 && (word.length < 4 || this.#vocabulary.has(word))) continue;
      return word.charAt(0).toUpperCase() + word.slice(1);
    }
  }

  /** A name shaped like `original`: an acronym with digits where it has them, or a word of about its length. */
  like(original: string, rng: Rng, role: Role): string {
    if (isAcronym(original)) {
      for (let attempt = 0; ; attempt++) {
        let acronym = '';
        for (const char of original)
          acronym += /\p{N}/u.test(char) ? String(rng.int(10)) : String.fromCharCode(65 + rng.int(26));
        if (attempt < 20 && this.#vocabulary.has(acronym.toLowerCase())) continue;
        return acronym;
      }
    }
    const syllables = Math.min(4, Math.max(2, Math.round(original.length / 3)));
    if (role === 'country') return this.word(rng, Math.min(syllables, 3), rng.pick(COUNTRY_ENDINGS));
    if (role === 'company') return this.word(rng, Math.min(syllables, 3), rng.pick(COMPANY_ENDINGS));
    return this.word(rng, syllables);
  }

  programme(rng: Rng): string {
    return rng
      .pick(PROGRAMME_SHAPES)
      .replace(/\{W\}/g, () => this.word(rng, 2 + rng.int(2)))
      .replace('{w}', () => this.word(rng, 2 + rng.int(2)).toLowerCase());
  }
}

/** Names shared among synthetic deals, drawn with a Zipf law from a pool per role and shape. */
class Pools {
  readonly #seed: number;
  readonly #maker: NameMaker;
  readonly #sizes: Record<Exclude<Role, 'own'>, number>;
  readonly #pools = new Map<string, string[]>();

  constructor(seed: number, dealCount: number, maker: NameMaker) {
    this.#seed = seed;
    this.#maker = maker;
    const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
    this.#sizes = {
      country: clamp(dealCount / 4, 20, 195),
      company: clamp(dealCount / 10, 20, 2000),
      shared: clamp(dealCount / 5, 20, 5000),
    };
  }

  pick(piece: NamePiece & { role: Exclude<Role, 'own'> }, rng: Rng): string {
    const { role, shape } = piece;
    const key = `${role}|${shape}`;
    let pool = this.#pools.get(key);
    if (!pool) {
      pool = [];
      this.#pools.set(key, pool);
    }
    const rank = rng.zipf(this.#sizes[role]);
    while (pool.length <= rank) {
      const poolRng = new Rng(hashString(`${this.#seed}|${key}|${pool.length}`));
      pool.push(this.#maker.like(piece.token, poolRng, role));
    }
    return pool[rank] as string;
  }
}

/** Synthetic deal ids: `syn<i>-<template id>`, unique, valid slugs, and telling which real deal they copy. */
function dealIdOf(i: number, templates: readonly Template[]): string {
  return `syn${i}-${(templates[i % templates.length] as Template).deal.id}`;
}

function makeDeal(i: number, model: Model, pools: Pools, maker: NameMaker, seed: number): Deal {
  const template = model.templates[i % model.templates.length] as Template;
  const rng = new Rng(hashString(`${seed}|deal|${i}`));
  const chosen = new Map<string, string>();
  const used = new Set<string>();
  const foldedNames = new Map<string, string>();
  const nameFor = (piece: NamePiece): string => {
    let name = chosen.get(piece.key);
    if (name === undefined) {
      const { role } = piece;
      // Two names of one deal (AWS and Microsoft) should not become the same pooled name.
      for (let attempt = 0; name === undefined || (used.has(name) && attempt < 8); attempt++)
        name = role === 'own' ? maker.like(piece.token, rng, role) : pools.pick({ ...piece, role }, rng);
      chosen.set(piece.key, name);
      used.add(name);
    }
    if (!foldedNames.has(piece.folded)) foldedNames.set(piece.folded, foldText(name));
    return name;
  };
  // Joined, not concatenated: a joined string is flat, like a text read from YAML, where `+=` makes a rope
  // that its first reader flattens, a copy of every text (about 18 MB at 100k facts) that the bench then
  // charged to whichever was built first (the engine), and not to the baseline built after it.
  const render = (pieces: Pieces): string =>
    pieces.map((piece) => (typeof piece === 'string' ? piece : nameFor(piece))).join('');

  const id = dealIdOf(i, model.templates);
  // An alias made of common words only ("cloud de confiance") would be shared by every copy: rename it.
  const aliases = template.aliases.map((pieces) =>
    pieces.some((piece) => typeof piece !== 'string') ? render(pieces) : maker.programme(rng),
  );
  const facts: Fact[] = template.deal.facts.map((fact, f) => ({
    ...fact,
    id: `syn${i}-${fact.id}`,
    text: render(template.facts[f]?.text ?? []),
    text_fr: render(template.facts[f]?.textFr ?? []),
    sources: [...fact.sources],
  }));
  const deal: Deal = {
    ...template.deal,
    id,
    title: render(template.title),
    title_fr: render(template.titleFr),
    jurisdiction: render(template.jurisdiction),
    customers: template.customers.map(render),
    providers: template.providers.map(render),
    aliases,
    facts,
    sources: template.deal.sources.map((source) => ({ ...source })),
    tags: template.deal.tags.map((tag) =>
      tag
        .split('-')
        .map((part) => foldedNames.get(part)?.replace(/[^a-z0-9]+/g, '') || part)
        .join('-'),
    ),
    related: [],
  };
  return deal;
}

/**
 * A synthetic corpus of exactly `factCount` facts (about 6.5 per deal, as in the real corpus), seeded:
 * the same arguments give the same corpus.
 */
export function syntheticCorpus(real: Corpus, factCount: number, seed: number): Corpus {
  const model = analyse(real);
  const perDeal = real.factCount / Math.max(1, real.deals.length);
  const maker = new NameMaker(model.vocabulary);
  const pools = new Pools(seed, Math.ceil(factCount / perDeal), maker);
  const deals: Deal[] = [];
  let facts = 0;
  for (let i = 0; facts < factCount; i++) {
    const deal = makeDeal(i, model, pools, maker, seed);
    if (facts + deal.facts.length > factCount) deal.facts = deal.facts.slice(0, factCount - facts);
    facts += deal.facts.length;
    deals.push(deal);
  }
  // Related deals: the copies of the template's related deals made in the same round of 64.
  const templateIndex = new Map(model.templates.map((template, t) => [template.deal.id, t]));
  deals.forEach((deal, i) => {
    const round = i - (i % model.templates.length);
    const template = (model.templates[i % model.templates.length] as Template).deal;
    deal.related = template.related.flatMap((relatedId) => {
      const t = templateIndex.get(relatedId);
      const j = t === undefined ? -1 : round + t;
      return j >= 0 && j < deals.length ? [dealIdOf(j, model.templates)] : [];
    });
  });
  return {
    dir: `(synthetic, ${factCount} facts, seed ${seed})`,
    deals,
    version: `synthetic-${factCount}-${seed}`,
    reviewedUntil: real.reviewedUntil,
    factCount: facts,
    sourceCount: deals.reduce((sum, deal) => sum + deal.sources.length, 0),
  };
}
