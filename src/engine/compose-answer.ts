import type { Deal, DealValue } from '../corpus/schema.js';
import type { Answered, AnswerRow, AnswerShape, Citation, DealRef, Lang, Statement } from './answer.js';
import type { DealRow, FactRow } from './fact-features.js';

/** One item of an answer: a fact (by position in the fact table), its text or a replacement, or a deal row. */
export interface ChosenFact {
  factId: number;
  /** Text replacing the fact's own (a correction sentence). */
  text?: string;
  /** Make this item the deal's row: its text is then the row sentence, cited by the fact's sources. */
  row?: boolean;
}

/** What an answer is made of: facts chosen by the engine, and how to present them. */
export interface AnswerParts {
  question: string;
  lang: Lang;
  heading: string;
  chosen: readonly ChosenFact[];
  dealRefs: DealRef[];
  confidence: number;
  shape?: AnswerShape;
  /** For a list: how many deals matched. */
  matched?: number;
}

/**
 * Turns chosen facts into an answer: one statement per fact, in the asker's language, each backed by
 * numbered citations (at most `maxSources` per fact; a source shared by two statements gets one number).
 * A row item also yields an {@link AnswerRow} and a statement that reads the row as a sentence, so a
 * formatter that only knows statements still shows every row, cited.
 */
export function composeAnswer(
  tables: { facts: readonly FactRow[]; deals: readonly DealRow[]; maxSources: number },
  parts: AnswerParts,
): Answered {
  const { question, lang, heading, chosen, dealRefs, confidence } = parts;
  const citations: Citation[] = [];
  const rows: AnswerRow[] = [];
  const numberOf = new Map<string, number>();
  const statements: Statement[] = chosen.map(({ factId, text, row: asRow }) => {
    const row = tables.facts[factId] as FactRow;
    const deal = (tables.deals[row.deal] as DealRow).deal;
    const cited: number[] = [];
    for (const sourceId of row.fact.sources.slice(0, tables.maxSources)) {
      const key = `${deal.id}/${sourceId}`;
      let n = numberOf.get(key);
      if (n === undefined) {
        const source = deal.sources.find((s) => s.id === sourceId);
        if (!source) continue;
        n = citations.length + 1;
        numberOf.set(key, n);
        citations.push({
          n,
          dealId: deal.id,
          factId: row.fact.id,
          publisher: source.publisher,
          title: source.title,
          url: source.url,
          date: source.date,
        });
      }
      cited.push(n);
    }
    if (asRow) {
      rows.push(rowOf(deal, lang, row.fact.id, cited));
      return { text: rowSentence(deal, lang), dealId: deal.id, factId: row.fact.id, citations: cited };
    }
    return {
      text:
        text ??
        withAsOf(
          lang === 'fr' ? row.fact.text_fr : row.fact.text,
          // A text that dates itself ("no outcome is recorded as of December 2026") needs no second date.
          STATES_AS_OF.test(row.fact.text) ? undefined : row.fact.asOf,
          lang,
        ),
      dealId: deal.id,
      factId: row.fact.id,
      citations: cited,
    };
  });
  return {
    kind: 'answered',
    question,
    lang,
    heading,
    shape: parts.shape ?? 'single',
    rows,
    ...(parts.matched === undefined ? {} : { matched: parts.matched }),
    statements,
    citations,
    deals: dealRefs,
    confidence: round(confidence),
  };
}

const MONTHS_EN =
  'January February March April May June July August September October November December'.split(' ');
const MONTHS_FR =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/** "2021-10" → "October 2021" / "octobre 2021"; "2021" stays. */
export function monthYear(date: string, lang: Lang): string {
  const [year, month] = date.split('-');
  if (month === undefined) return year ?? date;
  const name = (lang === 'fr' ? MONTHS_FR : MONTHS_EN)[Number(month) - 1];
  return name === undefined ? (year ?? date) : `${name} ${year}`;
}

/**
 * A figure that may change is dated: "…, as of March 2025." The fact's own text is kept; the date is
 * added only when the text does not already state it.
 */
/** An English fact text that says as of when it holds ("… is recorded as of December 2026"). */
export const STATES_AS_OF =
  /\bas of (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}\b/;

function withAsOf(text: string, asOf: string | undefined, lang: Lang): string {
  if (asOf === undefined) return text;
  const label = monthYear(asOf, lang);
  if (text.includes(label) || fold(text).includes(fold(label))) return text;
  const body = text.replace(/[.\s]+$/, '');
  return lang === 'fr' ? `${body} (en ${label}).` : `${body} (as of ${label}).`;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const BASIS_FR: Record<string, string> = {
  estimate: 'estimation',
  ceiling: 'plafond',
  official: 'chiffre officiel',
  reported: 'chiffre rapporté',
  minimum: 'minimum',
  undisclosed: 'non divulgué',
};
export const STATUS_FR: Record<string, string> = {
  announced: 'annoncé',
  proposed: 'proposé',
  awarded: 'attribué',
  signed: 'signé',
  live: 'en service',
  'in-force': 'en vigueur',
  ongoing: 'en cours',
  completed: 'achevé',
  cancelled: 'annulé',
  superseded: 'remplacé',
  suspended: 'suspendu',
  challenged: 'contesté',
};

/** Party names without their parenthesised detail, three at most. */
function shortNames(names: readonly string[]): string {
  const short = names.map((name) => name.replace(/\s*\([^)]*\)/g, '').trim()).filter((n) => n !== '');
  return short.length > 3 ? `${short.slice(0, 3).join(', ')}…` : short.join(', ');
}

const undisclosedWords = /\b(?:not disclosed|undisclosed)\b|\bnon divulgu/i;

/** The amount in the answer's language; an entry without `amount_fr` shows its English one. */
export function amountIn(value: Pick<DealValue, 'amount' | 'amount_fr'>, lang: Lang): string {
  return lang === 'fr' ? (value.amount_fr ?? value.amount) : value.amount;
}

/** A deal's customers or providers in the answer's language; an entry without the French list shows its English one. */
export function partiesIn(
  deal: Pick<Deal, 'customers' | 'customers_fr' | 'providers' | 'providers_fr'>,
  side: 'customers' | 'providers',
  lang: Lang,
): string[] {
  return lang === 'fr' ? (deal[`${side}_fr`] ?? deal[side]) : deal[side];
}

function rowOf(deal: Deal, lang: Lang, factId: string, citations: number[]): AnswerRow {
  return {
    dealId: deal.id,
    title: lang === 'fr' ? deal.title_fr : deal.title,
    date: deal.date,
    kind: deal.kind,
    customers: partiesIn(deal, 'customers', lang),
    providers: partiesIn(deal, 'providers', lang),
    ...(deal.value ? { value: { amount: amountIn(deal.value, lang), basis: deal.value.basis } } : {}),
    ...(deal.status ? { status: deal.status } : {}),
    factId,
    citations,
  };
}

/** A row's parts in the asker's language, as the row sentence and every platform's row layout show them. */
export interface RowFields {
  /** "October 2021" / "octobre 2021" (a bare year stays). */
  date: string;
  /** "customers with providers", short names, or whichever side the entry names; empty when neither. */
  parties: string;
  /** "amount (basis)", the basis in the asker's language. */
  value?: string;
  /** The status in the asker's language. */
  status?: string;
}

/** The parts of a deal's row, from the entry's structured fields (a row's parties are in its language already). */
export function rowFields(
  deal:
    | Pick<Deal, 'date' | 'customers' | 'customers_fr' | 'providers' | 'providers_fr' | 'value' | 'status'>
    | AnswerRow,
  lang: Lang,
): RowFields {
  const customers = shortNames(partiesIn(deal, 'customers', lang));
  const providers = shortNames(partiesIn(deal, 'providers', lang));
  const withWord = lang === 'fr' ? 'avec' : 'with';
  const parties = customers && providers ? `${customers} ${withWord} ${providers}` : customers || providers;
  const fields: RowFields = { date: monthYear(deal.date, lang), parties };
  if (deal.value) {
    const basis = lang === 'fr' ? (BASIS_FR[deal.value.basis] ?? deal.value.basis) : deal.value.basis;
    const amount = amountIn(deal.value, lang);
    // "not disclosed (undisclosed)", "non divulgué (non divulgué)": the amount already says the basis.
    // "up to USD 10bn (ceiling)": nor when it already names the basis ("ceiling", "plafond").
    const saysBasis =
      (deal.value.basis === 'undisclosed' && undisclosedWords.test(amount)) ||
      fold(amount).includes(fold(basis));
    fields.value = saysBasis ? amount : `${amount} (${basis})`;
  }
  if (deal.status) fields.status = lang === 'fr' ? (STATUS_FR[deal.status] ?? deal.status) : deal.status;
  return fields;
}

/** A deal's row as one sentence: "Title (October 2021): customers with providers; value (basis); status." */
export function rowSentence(deal: Deal, lang: Lang): string {
  const title = lang === 'fr' ? deal.title_fr : deal.title;
  const { date, parties, value, status } = rowFields(deal, lang);
  const parts = [parties, value, status].filter((part): part is string => part !== undefined && part !== '');
  const sep = lang === 'fr' ? ' ; ' : '; ';
  const colon = lang === 'fr' ? ' : ' : ': ';
  // "…remplacer Microsoft Azure (avril 2026)": a title that ends with its date is not dated twice.
  const dated = fold(title).endsWith(`(${fold(date)})`) ? title : `${title} (${date})`;
  return `${dated}${parts.length > 0 ? `${colon}${parts.join(sep)}` : ''}.`;
}

/** Two decimals, for scores shown to people. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
