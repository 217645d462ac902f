// Seeded benchmark questions drawn from a corpus's own deals: English and French templates filled with a
// deal's aliases, parties and fact wording, 10% with a typo, 10% off-topic.
import type { Corpus, Deal, Lang } from '../src/index.js';
import { Rng } from './random.js';

/** What a question asks; `golden` for the hand-written golden set. */
export type QuestionKind =
  | 'value'
  | 'date'
  | 'who'
  | 'what'
  | 'fact'
  | 'count'
  | 'list'
  | 'off-topic'
  | 'golden';

export interface Question {
  text: string;
  kind: QuestionKind;
  lang: Lang;
  /** Whether a letter was dropped, swapped or doubled in one of its words. */
  typo: boolean;
  /** The deal the question was drawn from (none for off-topic and golden questions). */
  dealId?: string;
}

/** The group a question's timings are reported under: its kind, or `typo` for misspelt ones. */
export function groupOf(question: Question): string {
  return question.typo ? 'typo' : question.kind;
}

type Templates = Record<Exclude<QuestionKind, 'off-topic' | 'golden'>, readonly string[]>;

// {A} an alias of the deal, {C} a customer (or an alias), {P} a provider (or an alias), {W} a few words of a
// fact, {w} one long word of a fact.
const EN: Templates = {
  value: [
    'How much is {A} worth?',
    'How much did {C} pay for {A}?',
    'What is the value of the {A} deal?',
    'How much money is involved in {A}?',
  ],
  date: [
    'When was {A} signed?',
    'When did {C} announce {A}?',
    'What year did {A} start?',
    'When did {A} begin?',
  ],
  who: [
    'Who provides {A}?',
    'Who is behind {A}?',
    'Who won the {A} contract?',
    'Who are the partners of {A}?',
    'Who is {P} working with on {A}?',
  ],
  what: ['What is {A}?', 'What is {A} about?', 'Tell me about {A}', '{A}?'],
  fact: ['Is it true that {W}?', 'What about {A} and {W}?', '{W}?', 'Did {A} really {W}?'],
  count: ['How many {w} does {A} involve?', 'How many {w} in {A}?'],
  // Cross-deal shapes: lists by provider or year, a timeline, a comparison.
  list: [
    'Which deals did {P} win?',
    'What happened in {Y}?',
    'Timeline of the {P} deals',
    'Compare {A} and {A}',
  ],
};

const FR: Templates = {
  value: [
    'Combien vaut {A} ?',
    'Quel est le montant de {A} ?',
    'Combien a coûté {A} ?',
    'Quelle est la valeur du contrat {A} ?',
  ],
  date: [
    'Quand {A} a-t-il été signé ?',
    'En quelle année {A} a-t-il commencé ?',
    'Quand {C} a-t-il annoncé {A} ?',
    'Depuis quand {A} existe-t-il ?',
  ],
  who: [
    'Qui fournit {A} ?',
    'Qui est derrière {A} ?',
    'Qui a remporté le contrat {A} ?',
    'Avec qui {P} travaille-t-il sur {A} ?',
  ],
  what: ["Qu'est-ce que {A} ?", "C'est quoi {A} ?", 'Parle-moi de {A}', '{A} ?'],
  fact: ['Est-ce vrai que {W} ?', 'Que dire de {A} et {W} ?', '{W} ?'],
  count: ['Combien de {w} pour {A} ?', 'Combien de {w} dans {A} ?'],
  list: [
    'Quels contrats {P} a-t-il remportés ?',
    'Qu’est-ce qui s’est passé en {Y} ?',
    'Comparer {A} et {A}',
  ],
};

const KIND_WEIGHTS: ReadonlyArray<[keyof Templates, number]> = [
  ['value', 2],
  ['date', 2],
  ['who', 2],
  ['what', 2],
  ['fact', 3],
  ['count', 1],
  ['list', 1],
];

const CITIES = ['Paris', 'London', 'Lyon', 'Berlin', 'Madrid', 'Montreal', 'Tokyo', 'Rome', 'Lisbon', 'Oslo'];
const DISHES = ['a chocolate cake', 'pancakes', 'lasagna', 'a sourdough bread', 'guacamole', 'risotto'];
const PLATS = ['un gâteau au chocolat', 'des crêpes', 'une ratatouille', 'une quiche lorraine', 'un risotto'];
const SPORTS = ['football', 'rugby', 'tennis', 'basketball', 'cricket', 'handball'];
const OFF_TOPIC_EN = [
  "What's the weather like in {city} tomorrow?",
  'Will it rain in {city} this weekend?',
  'How do I make {dish}?',
  "What's a good recipe for {dish}?",
  'Who won the {sport} world cup in {year}?',
  'What time does the {sport} final start tonight?',
  'How many calories are in {dish}?',
  'Best hiking trails near {city}?',
  'How tall is the tallest building in {city}?',
  'Can you recommend a good movie for tonight?',
];
const OFF_TOPIC_FR = [
  'Quel temps fera-t-il à {city} demain ?',
  'Est-ce qu’il va pleuvoir à {city} ce week-end ?',
  'Comment faire {plat} ?',
  'Quelle est la recette de {plat} ?',
  'Qui a gagné la coupe du monde de {sport} en {year} ?',
  'À quelle heure commence le match de {sport} ce soir ?',
  'Quel film regarder ce soir ?',
  'Où manger une bonne pizza à {city} ?',
];

/** A fact's words, without punctuation around them. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** A run of 3 to 6 words of one of the deal's facts, as someone paraphrasing it would type. */
function factWords(deal: Deal, lang: Lang, rng: Rng): string {
  const fact = rng.pick(deal.facts);
  const words = wordsOf(lang === 'fr' ? fact.text_fr : fact.text);
  const length = Math.min(words.length, 3 + rng.int(4));
  const start = rng.int(Math.max(1, words.length - length + 1));
  const run = words.slice(start, start + length);
  // Nobody ends a question on "of the": trim short words at the ends.
  while (run.length > 2 && (run.at(-1)?.length ?? 0) <= 3) run.pop();
  while (run.length > 2 && (run[0]?.length ?? 0) <= 3) run.shift();
  return run.join(' ');
}

function longWord(deal: Deal, lang: Lang, rng: Rng): string {
  const fact = rng.pick(deal.facts);
  const words = wordsOf(lang === 'fr' ? fact.text_fr : fact.text).filter((w) => /^\p{Ll}{5,}$/u.test(w));
  // Something countable: a plural when the fact has one.
  const plurals = words.filter((w) => w.endsWith('s'));
  if (plurals.length > 0) return rng.pick(plurals);
  return words.length > 0 ? rng.pick(words) : lang === 'fr' ? 'fournisseurs' : 'providers';
}

function fill(template: string, deal: Deal, lang: Lang, rng: Rng): string {
  const alias = () => rng.pick(deal.aliases);
  // Parties as people name them: long descriptions ("all providers of … serving EU customers") are skipped.
  const party = (names: readonly string[]) => {
    const short = names.filter((name) => name.length <= 40);
    return short.length > 0 ? rng.pick(short) : alias();
  };
  return template
    .replace('{A}', alias)
    .replace('{A}', alias)
    .replace('{Y}', () => deal.date.slice(0, 4))
    .replace('{C}', () => party(deal.customers))
    .replace('{P}', () => party(deal.providers))
    .replace('{W}', () => factWords(deal, lang, rng))
    .replace('{w}', () => longWord(deal, lang, rng));
}

/** Drops, swaps or doubles one letter of a word of 6 letters or more; undefined when there is none. */
export function addTypo(text: string, rng: Rng): string | undefined {
  const words = [...text.matchAll(/\p{L}{6,}/gu)];
  if (words.length === 0) return undefined;
  const match = rng.pick(words);
  const word = match[0];
  const at = 1 + rng.int(word.length - 2);
  const edit = rng.int(3);
  const typo =
    edit === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : edit === 1
        ? word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)
        : word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  if (typo === word) return undefined;
  return text.slice(0, match.index) + typo + text.slice(match.index + word.length);
}

function offTopic(rng: Rng): Question {
  const lang: Lang = rng.chance(0.6) ? 'en' : 'fr';
  const text = rng
    .pick(lang === 'en' ? OFF_TOPIC_EN : OFF_TOPIC_FR)
    .replace('{city}', () => rng.pick(CITIES))
    .replace('{dish}', () => rng.pick(DISHES))
    .replace('{plat}', () => rng.pick(PLATS))
    .replace('{sport}', () => rng.pick(SPORTS))
    .replace('{year}', () => String(1990 + rng.int(35)));
  return { text, kind: 'off-topic', lang, typo: false };
}

function onTopic(deals: readonly Deal[], rng: Rng): Question {
  const deal = rng.pick(deals);
  const lang: Lang = rng.chance(0.6) ? 'en' : 'fr';
  const total = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.int(total);
  let kind: keyof Templates = 'what';
  for (const [k, w] of KIND_WEIGHTS) {
    if (roll < w) {
      kind = k;
      break;
    }
    roll -= w;
  }
  const template = rng.pick((lang === 'en' ? EN : FR)[kind]);
  return { text: fill(template, deal, lang, rng), kind, lang, typo: false, dealId: deal.id };
}

/**
 * `count` questions about the corpus's deals, seeded: 10% off-topic, 10% with a typo, the rest clean;
 * about 60% English and 40% French.
 */
export function generateQuestions(corpus: Corpus, count: number, seed: number): Question[] {
  const rng = new Rng(`questions|${seed}|${corpus.version}`);
  const offTopicCount = Math.round(count / 10);
  const typoCount = Math.round(count / 10);
  const questions: Question[] = [];
  for (let i = 0; i < offTopicCount; i++) questions.push(offTopic(rng));
  while (questions.length < offTopicCount + typoCount) {
    const question = onTopic(corpus.deals, rng);
    const text = addTypo(question.text, rng);
    if (text !== undefined) questions.push({ ...question, text, typo: true });
  }
  while (questions.length < count) questions.push(onTopic(corpus.deals, rng));
  return rng.shuffle(questions);
}
