import type { Deal, DealKind } from '../corpus/schema.js';
import type { Lang } from './answer.js';
import { COUNTRY_NAMES, COUNTRY_WORDS } from './countries.js';
import {
  ALTERNATIVE_WORDS,
  CAPITALS,
  CAPITALS_OF_HOSTS,
  COMPANY_NAMES,
  COMPARE_NAMED,
  DEAL_WITH,
  GOING_WITH,
  HELD_LIST,
  HOW_TO,
  INCLUDING_WORDS,
  KIND_WORDS,
  LIST_WORDS,
  ONE_DEAL_ASKED,
  OPINION,
  OTHER_LANGUAGE_WORDS,
  OTHER_ROLE_WORDS,
  OVERVIEW_VAGUE,
  PAIRING_WORDS,
  PLACES,
  PREDICTION,
  PRODUCT_WORDS,
  PROVIDER_BY_WORD,
  PROVIDER_NAME_WORDS,
  READ_IN_NAME,
  SECTOR_WORDS,
  SET_ASIDE_NAME,
  SHAPE_PATTERNS,
  WEAK_PAIRING_WORDS,
  WIN_WORDS,
  YES_NO_OPENING,
} from './lexicon.js';
import { movesIn } from './moves.js';
import { fold, isQuestionWord, stems, tokenize } from './normalize.js';
import { demonymCountry, REMARK, type Understanding } from './understand.js';

// The question plan: besides its words and intent, what a question constrains (a provider, a place, a
// year, a kind of deal) resolved against the deals' structured fields, and the shape of answer it asks
// for (one deal, a comparison, a list, a timeline, a count).

/** The shape of answer a question asks for. */
export type PlanShape = 'single' | 'compare' | 'list' | 'timeline' | 'count';

/** A place a question names, and the jurisdiction words it matches. */
export interface PlacePlan {
  word: string;
  matches: readonly string[];
  en: string;
  fr: string;
}

/** A year constraint: an exact year, or a range (from inclusive, to exclusive). */
export interface YearPlan {
  exact: number[];
  from?: number;
  to?: number;
}

export interface QuestionPlan {
  shape: PlanShape;
  /** Canonical keys of the providers the question names ("aws", "oracle"), with the word it used. */
  /** Providers named; `left` when the question speaks of leaving it ("moving off Microsoft"). */
  providers: Array<{ key: string; word: string; display: string; left?: boolean }>;
  places: PlacePlan[];
  /** Places the question sets outside the list ("outside the US", "hors UE"): their deals are left out. */
  placesOut: PlacePlan[];
  years: YearPlan;
  /** "latest", "most recent", "quoi de neuf": newest first, a few. */
  latest: boolean;
  kinds: DealKind[];
  /** Sectors named ("spy agencies", "health"): a listed deal carries one of the tags, or the word in its names. */
  sectors: Array<{ word: string; tags: readonly string[]; technology?: true; tagsOnly?: true }>;
  /** Content words that are none of the above nor list words: they must be among a listed deal's names. */
  rest: string[];
  /** The rest's names are offered as alternatives ("G42 or its Core42 unit", "G42 (incl core42)"): any will do. */
  restEither: boolean;
  /**
   * Words of the rest naming a timeline's ends ("…in date order, from the first hyperscalers to the first
   * Japanese provider"): a deal of the timeline has one of them at least.
   */
  ends: string[];
  /** Whether the question asks for a list as such ("list", "which deals", "how many deals", "timeline"). */
  explicit: boolean;
  /** Whether the question claims a provider is a party ("chose", "signed with"), not another role. */
  pairs: boolean;
  /** Whether it asks for an overview in so many words ("what has India done…?"), whatever else it says. */
  overviewStrong: boolean;
  /** Whether it asks how to operate a cloud account or product (support, not deals). */
  howTo: boolean;
  /** Whether it speaks of replacing one party by another ("dumped Microsoft Office for LibreOffice"). */
  replaces: boolean;
  /**
   * A list only because "what happened" names a place or year ("what happened in 2021?"): a deal's own
   * name in the question makes it that deal's question ("what happened with the Latombe case in the EU?").
   */
  onlyHappened: boolean;
  /** Whether the timeline was asked only as the order of deals named ("in what order did A and B come?"). */
  orderAsked: boolean;
  /**
   * The year a story is told from ("from Azure in 2019 until…"), read as a start: one of the deals listed must
   * be of that year, else the year is a claim to check ("from its 2017 launch").
   */
  storyFrom?: number;
  /** Whether it asks for every deal its names point at ("what do you have on India?"). */
  overview: boolean;
  /** Whether it claims the pairing with a verb ("chose", "signed"), not only "with" or "deal". */
  claims: boolean;
  /** Whether it asks about another role of a provider ("protested", "lost"). */
  otherRole: boolean;
  /** Whether it asks what a provider won: rulings and laws are then no match. */
  won: boolean;
  /** Whether it asks who chose a provider ("which countries picked Google?"): rulings and laws no match either. */
  chosen: boolean;
  /** A request for a judgement (non-goal). */
  opinion: boolean;
  /** A forecast asked: the year it reaches ("…adopted before 2028?"), infinite for "who will win…?". */
  forecast?: number;
  /** Written in a language other than English or French. */
  otherLanguage: boolean;
}

/** What the plan reads of each deal, computed once. */
export interface DealFacets {
  providerKeys: readonly string[];
  /** Folded jurisdiction, single spaces. */
  jurisdiction: string;
  year: number;
  tags: readonly string[];
}

const placeByWord = new Map<string, (typeof PLACES)[number]>();
for (const place of PLACES) for (const word of place.words) placeByWord.set(word, place);
const sectorByWord = new Map<string, (typeof SECTOR_WORDS)[number]>();
for (const sector of SECTOR_WORDS) for (const word of sector.words) sectorByWord.set(word, sector);
/** Whether a word names a sector a list may be narrowed to ("spy", "military", "santé"). */
export const isSectorWord = (word: string): boolean => sectorByWord.has(word);
const kindByWord = new Map<string, DealKind>();
for (const [kind, words] of Object.entries(KIND_WORDS))
  for (const word of words) kindByWord.set(word, kind as DealKind);

/** A timeline's ends (folded, spaced): "from the first hyperscalers to the first Japanese provider". */
const TIMELINE_ENDS =
  / (?:from|depuis) ((?:[a-z0-9-]+ ){1,8}?)(?:to|until|till|through|up to|jusqu a|jusqu au|jusqu aux) ((?:[a-z0-9-]+ ?){1,8})$/;

/** Words before where something is ("in", "at", "à"): a capital after them is a town. */
const LOCATING_WORDS: ReadonlySet<string> = new Set('in at near a au en pres based located'.split(' '));
/** Nouns of providers a nationality may qualify ("US clouds", "American hyperscalers"). */
const PROVIDER_NOUNS: ReadonlySet<string> = new Set(
  'cloud clouds provider providers hyperscaler hyperscalers vendor vendors tech giants companies firms software fournisseurs hyperscaleurs entreprises'.split(
    ' ',
  ),
);
/** French nouns of providers a nationality follows ("clouds américains", "géants américains"). */
const FRENCH_PROVIDER_NOUNS: ReadonlySet<string> = new Set(
  'cloud clouds fournisseur fournisseurs hyperscaleur hyperscaleurs geants entreprises acteurs prestataires editeurs'.split(
    ' ',
  ),
);
/** The European Union in a word (folded). */
const EU_WORDS: ReadonlySet<string> = new Set(['eu', 'ue', 'european', 'europeenne', 'europeennes']);
/** "decision(s)", "décision(s)" (folded). */
const DECISION = /^decisions?$/;
/** Bodies whose decisions are rulings: courts, regulators, data protection authorities. */
const RULING_BODIES: ReadonlySet<string> = new Set(
  'court courts cour cours tribunal tribunals judge judges juge juges regulator regulators regulatory regulateur regulateurs authority authorities autorite autorites dpa dpas cnil edps cepd dsk datatilsynet supervisor supervisors watchdog watchdogs conseil gao cjeu cjue protection ruled ruling'.split(
    ' ',
  ),
);

/**
 * "every UK deal", "all the 2024 contracts", "every UK public sector contract": one to four words between the
 * quantifier and the deal noun.
 */
const EVERY_OF =
  /\b(?:every |all (?:the |of the )?)((?:[a-z0-9-]+ ){1,4}?)(?:deals?|contracts?|tenders?|rulings?|investments?|partnerships?|accords?|contrats?)\b/u;

/** Others asked for beside the names given ("bundeswehr, nato, who else?", "…, qui d'autre ?"). */
const OTHERS_ASKED = /\b(?:who else|what else|anyone else|and others|qui d autre|et d autres)\b/u;

/** Words qualifying deals that narrow nothing ("every single deal", "every UK public sector contract"). */
const EVERY_QUALIFIERS: ReadonlySet<string> = new Set(
  'single public sector government cloud sovereign federal national'.split(' '),
);

/** Winning a dispute, not a deal ("won its protest", "winning the JEDI lawsuit", "gagné son recours"). */
const WON_DISPUTE =
  /\b(?:win|wins|won|winning|gagne\w*|remporte\w*) (?:(?:the|its|their|his|her|a|an|this|that|son|sa|leur|le|la) )?(?:[a-z0-9-]+ )?(?:lawsuit|lawsuits|case|cases|appeal|appeals|protest|protests|suit|dispute|proces|recours|litige)\b/u;
const WIN_FORMS: ReadonlySet<string> = new Set(
  'win wins won winning gagne gagner gagnent remporte remporter remportent'.split(' '),
);

// Each pairing word's stems: "décrocher", "running", "partnering" claim as "décroche", "run", "partner" do.
const WEAK_STEMS = new Set([...WEAK_PAIRING_WORDS].flatMap((w) => stems(w)));
const PAIRING_STEMS: ReadonlySet<string> = new Set(
  [...PAIRING_WORDS]
    .filter((w) => !WEAK_PAIRING_WORDS.has(w))
    .flatMap((w) => stems(w))
    .filter((s) => !WEAK_STEMS.has(s)),
);
// Verb forms only: "replacement" or "providers" claim nothing.
const VERB_FORM = /(?:ing|ed|er|ir|re|ent|e|ee|es|ees|is|it)$/u;

/** Whether a folded word claims a pairing, as written or by its stem (in English or French). */
export function isPairingWord(word: string): boolean {
  return (
    PAIRING_WORDS.has(word) ||
    (word.length > 3 &&
      VERB_FORM.test(word) &&
      !word.endsWith('ment') &&
      stems(word).some((s) => PAIRING_STEMS.has(s)))
  );
}

/**
 * The place words of a jurisdiction: "United Kingdom (England)" → united kingdom england. A remark in
 * brackets that is not a place ("Global (first customers in Europe)", "Europe (Airbus group)") and what
 * follows a semicolon are left out: their words would pass for places.
 */
export function placeWordsOf(jurisdiction: string): string[] {
  const main = jurisdiction.split(';')[0] ?? '';
  // A remark in lower case is no place, but for the place it names after "in" ("Global (first customers
  // in Europe)": a deal in Europe too).
  const kept = main.replace(/\(([^)]*)\)/g, (_, inner: string) =>
    /(?:^|\s)(?!(?:and|by|of|the|in)\b)\p{Ll}/u.test(inner)
      ? ` ${/\bin ((?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)/u.exec(inner)?.[1] ?? ''} `
      : ` ${inner} `,
  );
  return tokenize(fold(kept));
}

/** The facets of a deal the plan filters on. */
export function facetsOf(deal: Deal): DealFacets {
  const keys = new Set<string>();
  for (const provider of deal.providers) {
    const tokens = tokenize(fold(provider));
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      // "T-Systems" folds to two tokens.
      const word = token === 't' && tokens[i + 1] === 'systems' ? 't-systems' : token;
      const found = PROVIDER_BY_WORD.get(word);
      if (found) keys.add(found.key);
    }
  }
  return {
    providerKeys: [...keys],
    jurisdiction: placeWordsOf(deal.jurisdiction).join(' '),
    year: Number(deal.date.slice(0, 4)),
    tags: deal.tags,
  };
}

/** Whether a deal's jurisdiction is one of the place's. */
export function inPlace(facets: DealFacets, place: PlacePlan): boolean {
  const j = ` ${facets.jurisdiction} `;
  return place.matches.some((m) => j.includes(` ${m} `));
}

/** Whether a deal's year fits the question's years. */
export function inYears(facets: DealFacets, years: YearPlan): boolean {
  if (years.exact.length > 0 && !years.exact.includes(facets.year)) return false;
  if (years.from !== undefined && facets.year < years.from) return false;
  if (years.to !== undefined && facets.year >= years.to) return false;
  return true;
}

export function hasYears(years: YearPlan): boolean {
  return years.exact.length > 0 || years.from !== undefined || years.to !== undefined;
}

/** "Both France and Germany", "entre la France et l'Allemagne": the places together, not either. */
const BOTH = /\b(both|together|jointly|between|entre|a la fois|ensemble|conjointement)\b/u;

/** Words before a name that set it aside ("not Google", "sauf AWS"). */
const EXCLUDING: ReadonlySet<string> = new Set('not except excluding besides sauf hors excepte'.split(' '));
/** Words setting a place outside a list: "outside the US", "en dehors des États-Unis", "hors UE". */
const OUTSIDE: ReadonlySet<string> = new Set(
  'outside except excluding besides beyond sauf hors excepte dehors'.split(' '),
);

/** A name followed by what describes it: "from" and a place, or words in brackets. (Not the French "d'":
 * "Conseil d'État" is one name.) */
const APPOSITION =
  /\b\p{Lu}[\p{L}\p{N}-]*\s+from\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)|\b\p{Lu}[\p{L}\p{N}-]*\s*\(((?:the|a|an|le|la|l'|un|une) [^)]*)\)|\b\p{Lu}[\p{L}\p{N}-]*,\s+((?:the|a|an|le|la|l'|l’|un|une)\s?[^,.?!]{1,60}),|\b(?:the|le|la|l'|l’)\s?(\p{L}+)\s+(?=\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:appear|appara|shows? up|figure)|[^\p{L}]*$|\s*[?,]))|\b\p{Lu}[\p{L}\p{N}-]*,\s+((?:the|a|an|le|la|l'|l’|un|une)\s?\p{Ll}[^,.?!]{0,59})(?=\s*[?!]|\s*$)/gu;

/** Reads the plan of an understood question. `raw` is the question as typed. */
export function planQuestion(understood: Understanding, raw: string): QuestionPlan {
  const spaced = understood.tokens.join(' ');
  const tokens = understood.tokens;
  const providers: QuestionPlan['providers'] = [];
  const places: PlacePlan[] = [];
  const kinds = new Set<DealKind>();
  let decisionsAsked = false;
  let euDecisions = false;
  const sectors: QuestionPlan['sectors'] = [];
  // Words joined by a slash ("govs / armies", "governments/armies"): alternatives.
  const slashedWords = new Map<string, string>();
  for (const m of fold(raw).matchAll(/([\p{L}\p{N}-]+)\s*\/\s*([\p{L}\p{N}-]+)/gu)) {
    slashedWords.set(m[1] as string, m[2] as string);
    slashedWords.set(m[2] as string, m[1] as string);
  }
  const used = new Set<string>();
  // "moved from Microsoft Office to LibreOffice": what a move starts from is being left.
  const leftWords = new Set(movesIn(spaced).flatMap((m) => m.from));
  // "G42 from Abu Dhabi", "G42 (the Emirati AI company)", "G42, le groupe d'Abu Dhabi ?": a place describing a
  // name just before it says who is meant, not where the deals are.
  const describedBy = (m: RegExpMatchArray): string[] => {
    // ("le belge Proximus", "the Belgian Proximus": a nationality just before a name.)
    if (m[4] !== undefined) {
      const word = fold(m[4]);
      return placeByWord.has(word) || demonymCountry(word) !== undefined ? [word] : [];
    }
    // ("Tous les accords où apparaît G42, le groupe d'Abu Dhabi ?": closing the question, in a list only.)
    if (m[5] !== undefined)
      return SHAPE_PATTERNS.list.test(spaced) || SHAPE_PATTERNS.overviewStrong.test(spaced)
        ? tokenize(fold(m[5]))
        : [];
    return tokenize(fold(m[1] ?? m[2] ?? m[3] ?? ''));
  };
  const describing = new Set([...raw.matchAll(APPOSITION)].flatMap(describedBy));
  const setAside = setAsideNames(raw);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const word = token === 't' && tokens[i + 1] === 'systems' ? 't-systems' : token;
    // "MS Office", "ms teams": Microsoft's short name before one of its products, or typed in capitals ("MS").
    const provider =
      word === 'ms' && (MS_PRODUCTS.has(tokens[i + 1] ?? '') || /\bMS\b/u.test(raw))
        ? PROVIDER_BY_WORD.get('microsoft')
        : PROVIDER_BY_WORD.get(word);
    // "…on Microsoft 365 itself (not Google)", "the German alternative to M365": a provider set aside is no
    // constraint.
    // "S3NS, la coentreprise Thales-Google, …": a provider describing a name between commas narrows nothing.
    if (provider && (EXCLUDING.has(tokens[i - 1] ?? '') || setAside.has(word) || describing.has(word))) {
      used.add(token);
      continue;
    }
    if (provider && !providers.some((p) => p.key === provider.key)) {
      // "from MS Office to…": the move's side keeps the product's word, not the two-letter "ms".
      const left =
        LEAVING.test(tokens.slice(Math.max(0, i - 4), i).join(' ')) ||
        leftWords.has(word) ||
        (word === 'ms' && leftWords.has(tokens[i + 1] ?? ''));
      providers.push({ key: provider.key, word, display: provider.display, ...(left ? { left } : {}) });
      used.add(token);
      // "T-Systems" is two tokens: its "systems" names no subject.
      if (word === 't-systems') used.add('systems');
    }
    // "us" is a pronoun too: only "US" written in capitals names the country.
    // "…Abu Dhabi and Riyadh included": a capital standing for its country is that place.
    // (Not where something is: "the ICC in the Hague", "la CPI à La Haye".)
    const located = tokens.slice(Math.max(0, i - 2), i).some((w) => LOCATING_WORDS.has(w));
    const place =
      placeByWord.get(word) ??
      (CAPITALS_OF_HOSTS.has(word) || located ? undefined : placeByWord.get(CAPITALS.get(word) ?? ''));
    // "Latin America", "South America": no word of the United States.
    const otherAmerica =
      (word === 'america' || word === 'american') &&
      ['latin', 'south', 'central'].includes(tokens[i - 1] ?? '');
    if (
      place &&
      !otherAmerica &&
      !describing.has(word) &&
      // …or "us" before a word of government ("the us defence + intel contracts", "us gov").
      (word !== 'us' || /\bUS\b/.test(raw) || US_BEFORE.test(tokens[i + 1] ?? '')) &&
      !places.some((p) => p.en === place.en)
    ) {
      places.push({ word, matches: place.matches, en: place.en, fr: place.fr });
      used.add(token);
    }
    if (word === 'royaume' && tokens[i + 1] === 'uni') used.add('uni');
    const kind = kindByWord.get(word);
    // "every deal or policy", "any law or deal": a kind offered beside a word that names none narrows
    // nothing ("contracts or partnerships" keeps both).
    const offered = ALTERNATIVE_WORDS.has(tokens[i - 1] ?? '')
      ? tokens[i - 2]
      : ALTERNATIVE_WORDS.has(tokens[i + 1] ?? '')
        ? tokens[i + 2]
        : undefined;
    const besideNone = offered !== undefined && !kindByWord.has(offered);
    if (DECISION.test(word) && !besideNone && !describing.has(word)) {
      decisionsAsked = true;
      // "EU decisions", "decisions in the EU", "les décisions de l'UE".
      if (tokens.slice(Math.max(0, i - 2), i + 4).some((w) => EU_WORDS.has(w))) euDecisions = true;
    }
    // "joint venture" is a partnership; "joint-use stuff" is no kind of deal.
    if (
      kind &&
      !besideNone &&
      !describing.has(word) &&
      (word !== 'joint' || /^ventures?$/.test(tokens[i + 1] ?? ''))
    )
      kinds.add(kind);
    const sector = sectorByWord.get(word);
    // "Which governments or armies…": one of alternatives narrows nothing ("fire or ransomware", two words
    // of one sector, narrow to it).
    const other = ALTERNATIVE_WORDS.has(tokens[i - 1] ?? '')
      ? tokens[i - 2]
      : ALTERNATIVE_WORDS.has(tokens[i + 1] ?? '')
        ? tokens[i + 2]
        : undefined;
    // ("which govs / armies…": a slash offers alternatives too.)
    // (A sector beside another, "fire or ransomware", "defence / intelligence", narrows to either.)
    const alternative =
      ([tokens[i - 1], tokens[i + 1]].some((w) => ALTERNATIVE_WORDS.has(w ?? '')) &&
        (sector === undefined || !sectorByWord.has(other ?? ''))) ||
      (sector !== undefined && GENERIC_BODIES.has(slashedWords.get(word) ?? ''));
    // ("Palantir has been pitching to Nordic health regions. Which public bodies…?": a sentence before the
    // question tells its context; it narrows nothing.)
    if (
      sector &&
      !alternative &&
      !understood.preamble?.has(word) &&
      !sectors.some((s) => s.tags === sector.tags)
    ) {
      sectors.push({
        word,
        tags: sector.tags,
        ...(sector.technology ? { technology: true as const } : {}),
        ...(sector.tagsOnly ? { tagsOnly: true as const } : {}),
      });
    }
    // "What did Germany do on open source?", "logiciel libre": open-source deals, a sector in two words.
    const twoWords = `${word} ${tokens[i + 1] ?? ''}`;
    if (OPEN_SOURCE_WORDS.has(twoWords) && !alternative && !sectors.some((s) => s.word === 'open source')) {
      sectors.push({ word: 'open source', tags: ['open-source'] });
      used.add(word);
      used.add(tokens[i + 1] as string);
    }
  }
  // "regulator decisions", "décisions de la CNIL", "which decisions are there?": decisions are rulings when
  // the question names a ruling body, or no place ("Japan's Government Cloud decisions", "the Dutch
  // government's decisions" are the deals there).
  // ("EU decisions": the Court's rulings and the Commission's decisions.)
  if (decisionsAsked && (tokens.some((w) => RULING_BODIES.has(w)) || places.length === 0 || euDecisions))
    kinds.add('ruling');
  if (euDecisions) kinds.add('regulation');
  // "United Kingdom", "United States", "European Union" written out.
  for (const [phrase, en] of [
    ['united kingdom', 'the United Kingdom'],
    ['united states', 'the United States'],
    ['royaume uni', 'the United Kingdom'],
    ['etats unis', 'the United States'],
    ['pays bas', 'the Netherlands'],
    ['middle east', 'the Middle East'],
    ['south america', 'Latin America'],
    ['amerique du sud', 'Latin America'],
    ['amerique latine', 'Latin America'],
    ['latin america', 'Latin America'],
    ['latin american', 'Latin America'],
    ['moyen orient', 'the Middle East'],
    ['united arab emirates', 'the United Arab Emirates'],
    ['emirats arabes unis', 'the United Arab Emirates'],
  ] as const) {
    if (` ${spaced} `.includes(` ${phrase} `) && !places.some((p) => p.en === en)) {
      const place = PLACES.find((p) => p.en === en);
      if (place) places.push({ word: phrase, matches: place.matches, en: place.en, fr: place.fr });
    }
    if (` ${spaced} `.includes(` ${phrase} `)) for (const w of phrase.split(' ')) used.add(w);
  }
  // "…in Kenya and the UAE": two or more countries are places, any of which a listed deal may be in. One
  // country alone stays a name among the others (its deals are found by their names).
  const countries: Array<{ words: string[]; name: { match: string; en: string; fr: string } }> = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      // "the Kenyan government": a country's adjective is the country.
      const adjectiveOf = n === 1 ? demonymCountry(words[0] as string) : undefined;
      const name = words.length === n ? COUNTRY_NAMES.get(adjectiveOf ?? words.join(' ')) : undefined;
      if (!name || words.some((w) => used.has(w))) continue;
      // "Fastweb et Aruba": a company's name before a country's (the island of Aruba).
      if (n === 1 && COMPANY_NAMES.has(words[0] as string)) continue;
      if (!countries.some((c) => c.name.match === name.match)) countries.push({ words, name });
      i += n - 1;
      break;
    }
  }
  // "Deals in the UAE", "quels dossiers concernent le Canada ?": one country with words asking for deals
  // is the place they are in, not a name among the others.
  // "Qu'est-ce que tu as sur les Émirats arabes unis ?": an overview asks for its deals too.
  const dealsAsked =
    DEAL_NOUNS.test(spaced) ||
    SHAPE_PATTERNS.list.test(spaced) ||
    SHAPE_PATTERNS.count.test(spaced) ||
    SHAPE_PATTERNS.overviewStrong.test(spaced) ||
    // "Il se passe quoi côté Luxembourg ?": what happens there is its deals.
    SHAPE_PATTERNS.happened.test(spaced);
  if (
    (countries.length + places.length >= 2 && !BOTH.test(fold(raw))) ||
    (countries.length === 1 && places.length === 0 && dealsAsked)
  )
    for (const { words, name } of countries) {
      places.push({ word: words.join(' '), matches: [name.match], en: name.en, fr: name.fr });
      for (const w of words) used.add(w);
    }
  const read = readYears(spaced);
  // "…the Health Data Hub story: from Azure in 2019 until the switch to Scaleway": a year the story starts
  // from, before "until", is its start, not its only year.
  const only = read.exact.length === 1 ? read.exact[0] : undefined;
  const storyFrom =
    only !== undefined &&
    read.from === undefined &&
    read.to === undefined &&
    new RegExp(
      `\\b(?:from|de|depuis|since) (?:[a-z0-9-]+ ){0,5}${only}\\b(?: [a-z0-9-]+){0,12}? (?:until|till|up to|to|jusqu|a)\\b`,
    ).test(withoutClosingRemark(raw, spaced))
      ? only
      : undefined;
  const years: YearPlan = storyFrom !== undefined ? { exact: [], from: storyFrom } : read;
  // "…, latest count?", "le dernier chiffre": the latest figure of one deal, not its newest deals.
  const latest =
    SHAPE_PATTERNS.latest.test(spaced) &&
    !/\b(?:latest|most recent|dernier|derniere|derniers) (?:count|counts|figure|figures|number|numbers|estimate|tally|data|update|chiffre|chiffres|decompte|estimation|bilan)\b/.test(
      spaced,
    );
  // "quels services de renseignement en dehors des États-Unis…", "every deal outside the EU": a place set
  // outside the list (its deals are left out), not one it is narrowed to.
  const placesOut: PlacePlan[] = [];
  for (const place of [...places]) {
    const at = tokens.indexOf(place.word.split(' ')[0] as string);
    if (at >= 0 && tokens.slice(Math.max(0, at - 3), at).some((w) => OUTSIDE.has(w))) {
      places.splice(places.indexOf(place), 1);
      placesOut.push(place);
    }
  }
  // "What has The Hague done to reduce dependence on US clouds?": beside another place, a nationality of
  // providers ("US clouds", "American hyperscalers") says whose clouds, not where the deals are.
  // Whether the word at `conjunction` joins `place` to another place the question names, at `other`.
  const joinedToPlace = (place: PlacePlan, conjunction: number, other: number) =>
    ['and', 'or', 'et', 'ou'].includes(tokens[conjunction] ?? '') &&
    places.some((p) => p !== place && p.word.split(' ').includes(tokens[other] ?? ''));
  if (places.length > 1)
    for (const place of [...places]) {
      const at = tokens.indexOf(place.word.split(' ').at(-1) as string);
      // (Not the "US CLOUD Act".)
      if (
        places.length > 1 &&
        at >= 0 &&
        // (Nor "Spanish and Portuguese cloud policies": places joined, then a kind of deal after the noun.)
        ((PROVIDER_NOUNS.has(tokens[at + 1] ?? '') &&
          tokens[at + 2] !== 'act' &&
          !(
            (kindByWord.has(tokens[at + 2] ?? '') || DEAL_NOUNS.test(tokens[at + 2] ?? '')) &&
            joinedToPlace(place, at - 1, at - 2)
          )) ||
          // ("clouds américains": the French adjective after its noun; not "politiques cloud espagnoles et
          // portugaises", places joined.)
          (FRENCH_PROVIDER_NOUNS.has(tokens[at - 1] ?? '') && !joinedToPlace(place, at + 1, at + 2)))
      )
        places.splice(places.indexOf(place), 1);
    }
  let shape: PlanShape = 'single';
  let orderAsked = false;
  // "…how many data centres were planned? c'est pour comparer avec nos exigences": a closing remark that
  // asks nothing compares nothing of the corpus.
  // A comparison asked without the word ("between A and B, which one…") compares deals named, not two
  // providers, places or years ("Between Microsoft and Google, which one won the NATO deal?", "France and
  // Germany: what are the differences…?", "between 2021 and 2023, which one…").
  // ("…discount was what %, boss wants to compare to our state pricing": compared with the asker's own.)
  const compareCue = withoutClosingRemark(raw, spaced).replace(COMPARED_WITH_OWN, ' ');
  if (
    SHAPE_PATTERNS.compare.test(compareCue) ||
    (COMPARE_NAMED.test(compareCue) && comparesNamedDeals(compareCue, understood.capitalised))
  )
    shape = 'compare';
  // ("Given the whole JEDI saga, why did…?": the story is what the question stands on, not what it asks.)
  // ("Quels dossiers français datent de 2021 ? Je prépare une chronologie…": a remark closing the question
  // says what the list is for, not its shape.)
  else if (
    SHAPE_PATTERNS.timeline.test(compareCue) &&
    !asksWhenOf(raw) &&
    !STORY_THEN_ASKS.test(spaced) &&
    !GIVEN_LEAD.test(fold(raw))
  )
    shape = 'timeline';
  // "How did the Japanese Government Cloud develop over time, from the first hyperscaler selection to the
  // first domestic provider?": told over time between two ends (not "how did the policy evolve over time?",
  // one deal's story).
  else if (/\b(?:over time|au fil du temps)\b/.test(spaced) && TIMELINE_ENDS.test(spaced)) shape = 'timeline';
  // ("in which order did things go from the end of Privacy Shield to the Data Privacy Framework?": from one
  // end to the other.)
  else if (
    SHAPE_PATTERNS.order.test(spaced) &&
    /,|;|\s(?:and|et|&|then|puis|or|ou)\s|\bfrom\s.+\sto\s/iu.test(raw)
  ) {
    shape = 'timeline';
    // (Not "put the deals of this story in date order, Abu Dhabi and Kenya included": deals ordered.)
    orderAsked = !DEAL_NOUNS.test(spaced);
  }
  // "Set out in date order the Dutch government cloud matters recorded": a place's deals, by date (not "in
  // what order did Denmark switch its staff?", one deal's steps).
  else if (
    SHAPE_PATTERNS.order.test(spaced) &&
    (places.length > 0 || providers.length > 0) &&
    DEAL_NOUNS.test(spaced)
  )
    shape = 'timeline';
  else if (SHAPE_PATTERNS.count.test(spaced)) shape = 'count';
  const constrained = places.length > 0 || providers.length > 0 || kinds.size > 0 || hasYears(years);
  // "every UK deal (home office, hmrc, mod, etc)": examples in brackets beside a constraint narrow nothing.
  // So are names listed before "who else?" beside a sector ("air-gapped cloud deals - bundeswehr, nato, who else?").
  // (Or listed after a colon: "defence customers of google cloud: ministries, armies, NATO".)
  // The items listed after the first comma or dash, each as its words ("…deals - bundeswehr, nato, who else?").
  const listedItems = raw
    .split(/,|\s[-–—]\s/u)
    .slice(1)
    .map((item) => tokenize(fold(item)));
  const listed = /:([^:?]*,[^:?]*)\??\s*$/u.exec(raw)?.[1];
  const afterColon =
    shape === 'single' &&
    listed !== undefined &&
    listed.split(/,|\band\b|\bet\b/u).every((item) => tokenize(fold(item)).length <= 3)
      ? listed
      : undefined;
  const bracketed = constrained
    ? new Set(
        tokenize(
          fold(
            [...[...raw.matchAll(/\(([^)]*)\)/gu)].map((m) => m[1]), afterColon ?? '']
              .filter((text) => !tokenize(fold(text ?? '')).some(isQuestionWord))
              .join(' '),
          ),
        ),
      )
    : sectors.length > 0 && OTHERS_ASKED.test(spaced)
      ? new Set(listedItems.filter((words) => words.length === 1).flat())
      : new Set<string>();
  // (…and a sector among them, "spooks", narrows nothing either.)
  const sectorsKept = sectors.filter((s) => !bracketed.has(s.word));
  const rest = understood.terms.filter(
    (term) =>
      !used.has(term) &&
      !LIST_WORDS.has(term) &&
      !kindByWord.has(term) &&
      !DECISION.test(term) &&
      !/^\p{N}/u.test(term) &&
      !placeByWord.has(term) &&
      !PROVIDER_BY_WORD.has(term) &&
      !bracketed.has(term) &&
      // ("fire or ransomware": the second word of the sector kept says no more than the first.)
      !sectorsKept.some((s) => s.tags === sectorByWord.get(term)?.tags && s.word !== term) &&
      !describing.has(term) &&
      // "(the country, not the Court)", "as an alternative to M365": a name set aside narrows nothing.
      !setAside.has(term) &&
      // "…in here? trying to size their footprint": a remark after the question asks nothing more.
      !understood.remark?.has(term),
  );
  const restAt = rest.map((t) => understood.tokens.indexOf(t)).sort((a, b) => a - b);
  const span = shape === 'timeline' ? TIMELINE_ENDS.exec(spaced) : null;
  const ends = span === null ? [] : rest.filter((t) => `${span[1]} ${span[2]}`.split(' ').includes(t));
  // "…every us defence / intel cloud contract - cia, nsa, pentagon, the lot": names listed between commas,
  // each a whole item, are examples of what is asked; any of them will do.
  const listedAlone = listedItems.filter(
    (words) => words.length === 1 && rest.includes(words[0] as string),
  ).length;
  const restEither =
    listedAlone >= 2 ||
    restAt.some(
      (at, i) =>
        i > 0 &&
        understood.tokens
          .slice((restAt[i - 1] as number) + 1, at)
          .some((w) => ALTERNATIVE_WORDS.has(w) || INCLUDING_WORDS.has(w)),
    );
  // "every UK deal you've got", "all the german contracts": a place, a year or a kind between "every"/"all
  // the" and the deal noun; not a yes/no question ("is every UK deal with a US provider?").
  const everyOf = EVERY_OF.exec(spaced);
  const everyPlaced =
    everyOf !== null &&
    !YES_NO_OPENING.test(spaced) &&
    (everyOf[1] ?? '')
      .trim()
      .split(' ')
      .every(
        (w) =>
          placeByWord.has(w) ||
          COUNTRY_WORDS.has(w) ||
          demonymCountry(w) !== undefined ||
          /^\d{4}$/u.test(w) ||
          kindByWord.has(w) ||
          PROVIDER_BY_WORD.has(w) ||
          isSectorWord(w) ||
          EVERY_QUALIFIERS.has(w),
      );
  const explicitList =
    SHAPE_PATTERNS.list.test(spaced) || everyPlaced || (constrained && HELD_LIST.test(spaced));
  // "What happened in 2021?" lists; "What happened to Altmaier at the Gaia-X launch?" asks about one deal.
  // "What's been going on in Canada?": a country named is a constraint too.
  const countryNamed = rest.some((t) => COUNTRY_WORDS.has(t));
  const happened =
    SHAPE_PATTERNS.happened.test(spaced) &&
    (constrained || countryNamed) &&
    rest.every((t) => !understood.capitalised.has(t) || COUNTRY_WORDS.has(t));
  const listAsked =
    (understood.intent === 'list' && DEAL_NOUNS.test(spaced)) ||
    // "Which data centres were hit by a fire or ransomware?": things of a sector asked in the plural.
    (sectors.length > 0 && PLURAL_WHICH.test(spaced)) ||
    explicitList ||
    (latest && constrained) ||
    // "politiques cloud espagnoles et portugaises": a kind of deal in two places or more is their deals.
    // ("Politiques cloud canadiennes": one place, when nothing else is said.)
    (places.length >= 1 &&
      kinds.size > 0 &&
      understood.intent !== 'reason' &&
      rest.filter((t) => !OVERVIEW_VAGUE.has(t)).length <= (places.length >= 2 ? 2 : 0)) ||
    // Terse: "deals in 2026", "contrats Google 2024" — deals, constraints, and no name of its own ("why
    // did the Swiss government go with Google for its contracts?" asks about one deal).
    (constrained &&
      understood.intent !== 'reason' &&
      DEAL_NOUNS.test(spaced) &&
      // "Was the EU sovereign cloud tender awarded to AWS?" asks yes or no of one deal.
      !ONE_DEAL_ASKED.test(spaced) &&
      rest.every((t) => !understood.capitalised.has(t)) &&
      // "google a contesté son éviction des contrats de la Confédération ?" says more than deals.
      rest.filter((t) => !OVERVIEW_VAGUE.has(t)).length <= 2);
  const onlyHappened = shape === 'single' && happened && !listAsked;
  if (shape === 'single' && (listAsked || happened)) shape = 'list';
  // "Did AWS win its JEDI lawsuit?": winning a case, a protest or an appeal claims no pairing.
  const wonDispute = WON_DISPUTE.test(spaced);
  const words = new Set(tokens.filter((t) => !(wonDispute && WIN_FORMS.has(t))));
  const opinion = OPINION.test(spaced) && asksOpinion(raw);
  const overviewStrong = SHAPE_PATTERNS.overviewStrong.test(spaced);
  // "Why did the MoD's cloud go to AWS?": going to a provider, not to court.
  const goneTo = tokens.some(
    (t, i) => GOING.has(t) && tokens[i + 1] === 'to' && PROVIDER_BY_WORD.has(tokens[i + 2] ?? ''),
  );
  return {
    shape,
    providers,
    places,
    years,
    latest,
    kinds: [...kinds],
    sectors: sectorsKept,
    rest,
    restEither,
    ends,
    placesOut,
    explicit: shape === 'count' || shape === 'timeline' || explicitList,
    overview: SHAPE_PATTERNS.overview.test(spaced) || DEAL_NOUNS.test(spaced) || overviewStrong,
    overviewStrong,
    replaces: REPLACING.test(spaced),
    onlyHappened,
    orderAsked,
    ...(storyFrom !== undefined ? { storyFrom } : {}),
    howTo: HOW_TO.test(spaced),
    pairs: [...words].some(isPairingWord) || GOING_WITH.test(spaced) || goneTo,
    claims:
      [...words].some((w) => isPairingWord(w) && !WEAK_PAIRING_WORDS.has(w)) ||
      GOING_WITH.test(spaced) ||
      goneTo ||
      DEAL_WITH.test(spaced),
    // "Le GAO a donné raison à Microsoft": sided with, as a protester.
    // "…if Fastweb-Aruba had the best offer": a bid ranked, by a bidder.
    otherRole:
      [...words].some((w) => OTHER_ROLE_WORDS.has(w)) ||
      /\bdonn\w* raison\b/.test(spaced) ||
      RANKED_BID.test(spaced),
    won: [...words].some((w) => WIN_WORDS.has(w)),
    chosen: [...words].some((w) => CHOSEN_WORDS.has(w)),
    opinion,
    ...forecastOf(spaced),
    otherLanguage: isOtherLanguage(tokens),
  };
}

/** Bodies of any sector ("which govs / armies…": either will do, so the sector narrows nothing). */
const GENERIC_BODIES: ReadonlySet<string> = new Set(
  'gov govs government governments gouvernement gouvernements administration administrations state states etat etats country countries pays organisations organizations bodies organismes'.split(
    ' ',
  ),
);

/** Things asked for in the plural ("which data centres were…", "quelles armées ont…"). */
const PLURAL_WHICH =
  /\b(?:which|what|quels|quelles|any) (?:[a-z-]+ ){0,2}?(?:centres|centers|centres de donnees|datacenters|datacentres|projects|projets|deployments|governments|gouvernements|countries|pays|militaries|armies|armees|agencies|agences|organi[sz]ations|bodies|organismes|customers|clients|institutions|hospitals|hopitaux|schools|ecoles|cases|affaires|incidents|authorities|autorites|regulators|services secrets|spy agencies|ministries|ministeres|administrations|municipalities|communes|states|etats)(?: [a-z-]+){0,4}? (?:were|are|have|had|did|do|got|ont|sont|se sont|use|uses|utilisent|[a-z]{3,}ed)\b/;

/** Going somewhere, before "to" and a provider's name. */
const GOING: ReadonlySet<string> = new Set('go goes going gone went'.split(' '));

/** Microsoft's products after its short name "MS". */
const MS_PRODUCTS: ReadonlySet<string> = new Set(
  'office teams 365 azure word excel exchange outlook windows'.split(' '),
);

/** Words after a lower-case "us" that make it the United States ("us defence", "us government"). */
const US_BEFORE =
  /^(?:defen[cs]e|military|army|navy|air|intel|intelligence|government|gov|govt|federal|feds|agencies|agency|department|dod|pentagon|cloud|contracts?|deals?|spy)$/;

// Words just before a provider saying it is being left ("moving off Microsoft", "replacing Microsoft
// Office", "au lieu d'AWS"); the one it is replaced by comes after "with", "by", "par".
const LEAVING =
  /\b(?:off|away from|mov\w* of|leav\w*|left|quit\w*|dump\w*|drop\w*|ditch\w*|swap\w*|troqu\w*|abandon\w*|replac\w*|remplac\w*|instead of|rather than|exit\w*|quitt\w*|lach\w*|sortir de|sort de|au lieu d|au lieu de|plutot que)(?: t (?:il|elle|ils|elles))?(?: (?:its|their|the|le|la|les|de|d|l))?$/;

// Replacing one party by another: the one left is no party of the new deal.
const REPLACING =
  /\b(?:dump\w*|drop\w*|ditch\w*|replac\w*|abandon\w*|switch\w*|leav\w*|left|quit\w*|instead|remplac\w*|quitt\w*|lach\w*|au profit)\b/;

// "Which countries…?" asks for a detail of a deal; "which deals…?" for deals.
/** Verbs of choosing a provider ("picked", "went with", "a choisi"). */
const CHOSEN_WORDS: ReadonlySet<string> = new Set(
  'pick picked picks chose choose chooses chosen select selected selects hired contracted choisi choisit choisissent retenu retenue selectionne selectionnee'.split(
    ' ',
  ),
);

const DEAL_NOUNS =
  /\b(?:deals|contracts|agreements|arrangements|matters|partnerships|rulings|regulations|initiatives|laws|tenders|cases|entries|files|projects|projets|investments|investissements|announcements|annonces|certifications|schemes|labels|appels d offres|contrats|accords|partenariats|decisions|reglements|lois|dossiers|fiches|marches publics|marches)\b/;

/**
 * A forecast asked (see {@link PREDICTION}), with the year it reaches: who will win something (no year), or a
 * future outcome by a year. The engine declines it when the year is after anything its corpus records.
 */
function forecastOf(spaced: string): { forecast?: number } {
  if (PREDICTION.whoWins.test(spaced)) return { forecast: Number.POSITIVE_INFINITY };
  const bound = PREDICTION.bound.exec(spaced);
  if (bound === null || !PREDICTION.future.test(spaced) || PREDICTION.when.test(spaced)) return {};
  return { forecast: Number((bound[0].match(/20\d\d/u) as RegExpMatchArray)[0]) };
}

/**
 * Whether the judgement words are in what is asked. "WildandStormy, aka the best codename in govtech lol.
 * When did the NSA re-award it?" asks for a fact: the judgement is a remark before the question, of no option.
 * A question without a question mark asks in all it says.
 */
function asksOpinion(raw: string): boolean {
  if (!raw.includes('?')) return true;
  const sentences = raw.match(/[^.!?]+[.!?]*/gu) ?? [];
  const firstQuestion = sentences.findIndex((sentence) => sentence.trimEnd().endsWith('?'));
  return sentences.some((sentence, at) => {
    const words = tokenize(fold(sentence)).join(' ');
    // Only a sentence before the question may be a remark ("WildandStormy, aka the best codename in govtech
    // lol."); after it, "the best one pls", "Recommend the safest option." ask for the judgement.
    // "Tell me which is best. Bleu or S3NS?": a request opens as one; "your position", "yes or no" speak
    // to sovbot.
    const asks =
      at >= firstQuestion ||
      sentence.trimEnd().endsWith('?') ||
      ASKING_OPENING.test(words) ||
      ADDRESSED.test(words);
    // …and only a judgement of something that is no option ("the best codename"): "The best provider for
    // NATO.", "Most trustworthy provider…", "Good idea or bad idea." ask one all the same.
    // "…had the better discount, so how did TIM win?", "…did not have the best offer": a ranking the
    // question reports (a bid scored best), not one it asks sovbot for.
    // ("To the best of your knowledge, what was…": a hedge, no judgement asked; nor "ballpark is fine but
    // exact is better", how precise the answer should be.)
    const judged = words
      .replace(REPORTED_RANKING, ' ')
      .replace(
        /\b(?:exact|exactly|precise|detail|details|sooner|faster|quicker|shorter|more|a source|sources) (?:is|are|would be|s) (?:even )?better\b|\bthe more (?:[a-z]+ )?the better\b/g,
        ' ',
      )
      .replace(
        /\bto the best of (?:my|your|our|his|her|their) (?:knowledge|recollection|understanding|ability)\b/g,
        ' ',
      );
    return OPINION.test(judged) && (asks || OPINION.test(judged.replace(PRAISED_NON_OPTION, ' ')));
  });
}

/** A bid ranked against others: "the best offer", "a higher discount", "la meilleure offre". */
const RANKED_BID =
  /\b(?:best|better|higher|highest|lower|lowest|cheaper|cheapest|winning|meilleure?s?|plus basse?) (?:offer|offers|bid|bids|discount|discounts|price|offre|offres|remise|rabais|prix)\b/;

/**
 * A ranking told as what someone had or made: "had the better discount", "submitted the best bid". Not asked
 * of whom ("Which provider had the best offer?" asks sovbot to rank).
 */
const REPORTED_RANKING =
  /(?<!\b(?:who|qui|which [a-z0-9-]+|what [a-z0-9-]+|quel [a-z0-9-]+|quelle [a-z0-9-]+|lequel|laquelle) )\b(?:had|(?:not|didn t|didnt) have|offered|submitted|made|gave|got|scored|placed|avait|avaient|a fait|a propose|a offert|proposait)\s+(?:the |a |la |le |une |un )?(?:better|best|worst|worse|meilleure?s?|pire)\s+(?:offer|offers|bid|bids|price|prices|discount|discounts|score|scores|rating|ranking|tender|proposal|offre|offres|prix|remise|rabais|note|proposition)\b/g;

/**
 * Whether the sides of a comparison asked without the word are deals named: "between S3NS (Thales-Google)
 * and Bleu", not "between Google Cloud and AWS" (providers), "France and Germany" (places) or "between 2021
 * and 2023" (years).
 */
function comparesNamedDeals(spaced: string, capitalised: ReadonlySet<string>): boolean {
  const between = /^between (.+?) and (.+?) (?:which|what|who)\b/.exec(spaced);
  const sides = between
    ? [between[1] as string, between[2] as string]
    : [(/^(.+?) (?:what|which)\b/.exec(spaced)?.[1] ?? spaced) as string];
  const naming = (word: string) =>
    capitalised.has(word) &&
    !PROVIDER_BY_WORD.has(word) &&
    !PROVIDER_NAME_WORDS.has(word) &&
    !PRODUCT_WORDS.has(word) &&
    !placeByWord.has(word) &&
    !COUNTRY_WORDS.has(word) &&
    !/^\d/.test(word);
  return sides.every((side) => side.split(' ').some(naming));
}
/** "best codename", "better quote": a superlative of something that is no option to choose between. */
const PRAISED_NON_OPTION =
  /\b(?:best|better|worst|meilleure?s?|pire)\s+(?!(?:one|ones|option|options|choice|choices|pick|bet|provider|providers|cloud|clouds|vendor|vendors|deal|deals|solution|solutions|partner|partners|host|hosts|offer|offers|fournisseur|fournisseurs|choix|offre|offres|solution|solutions|hebergeur|hebergeurs)\b)[a-z0-9-]+/g;

/** Words speaking to sovbot ("your position", "votre avis", "yes or no"). */
const ADDRESSED = /\b(?:you|your|u|vous|votre|tu|ton|toi|yes or no|oui ou non)\b/;

/** A sentence that opens as a question or a request does ("which is best.", "tell me which is best"). */
const ASKING_OPENING =
  /^(?:which|what|who|how|should|shall|would|could|can|is|are|was|were|do|does|did|will|has|have|quel\w*|lequel|laquelle|est ce|faut il|dois je|devrions|devrait on|doit on|tell|give|recommend|name|pick|choose|i want|i need|need|want|dites|dis|donne\w*|recommande\w*|conseille\w*)\b/;

/**
 * Names a question sets aside, which narrow no list: "an alternative to M365", "(the country, not the
 * Court)". Not a provider ("an alternative to Google Workspace" still speaks of Google), nor a name denied
 * outside brackets ("Did Microsoft pay OVHcloud, not CISPE?" is about CISPE).
 */
export function setAsideNames(raw: string): Set<string> {
  const brackets = [...raw.matchAll(/\([^)]*\)/gu)].map((m) => [m.index, m.index + m[0].length]);
  const names = new Set<string>();
  for (const m of raw.matchAll(SET_ASIDE_NAME)) {
    const words = tokenize(fold(m[1] ?? ''));
    // (A provider is passed over, not set aside, but as what something is the alternative to: "the German
    // alternative to M365".)
    if (PROVIDER_BY_WORD.has(words[0] ?? '') && !/^alternative/iu.test(m[0])) continue;
    const bracketed = brackets.some(([from, to]) => m.index > (from as number) && m.index < (to as number));
    if (/^alternative/iu.test(m[0]) || bracketed) for (const w of words) names.add(w);
  }
  for (const m of raw.matchAll(READ_IN_NAME)) for (const w of tokenize(fold(m[1] ?? ''))) names.add(w);
  return names;
}

function readYears(spaced: string): YearPlan {
  const years: YearPlan = { exact: [] };
  const between =
    /\b(?:between|entre|from|de) ((?:19|20)\d{2}) (?:and|et|to|a|until|through) ((?:19|20)\d{2})\b/.exec(
      spaced,
    );
  if (between) {
    years.from = Number(between[1]);
    years.to = Number(between[2]) + 1;
    return years;
  }
  for (const match of spaced.matchAll(
    /\b(?:(since|from|after|depuis|apres|before|avant|until|jusqu a|prior to) )?((?:19|20)\d{2})( on| onwards?)?\b/g,
  )) {
    const year = Number(match[2]);
    const cue = match[1];
    // "deals from 2024" are dated 2024; "from 2024 on" is a start.
    if (cue === undefined || (cue === 'from' && match[3] === undefined)) years.exact.push(year);
    else if (cue === 'after' || cue === 'apres') years.from = year + 1;
    else if (cue === 'since' || cue === 'from' || cue === 'depuis') years.from = year;
    else years.to = year;
  }
  return years;
}

/** Whether a question is written in another language: several of its function words, few of ours. */
function isOtherLanguage(tokens: readonly string[]): boolean {
  let other = 0;
  for (const token of tokens) if (OTHER_LANGUAGE_WORDS.has(token)) other += 1;
  if (other < 2) return false;
  let ours = 0;
  for (const token of tokens) if (OURS.has(token)) ours += 1;
  return other > ours;
}

// English and French function words that the other languages above do not share.
const OURS = new Set(
  'the is are was were what which who when where why how did does do of for with and to in on by it this that le la les des du un une est sont quel quels quelle quelles qui quand combien pourquoi comment avec pour dans sur et au aux ce cette ces'.split(
    ' ',
  ),
);

/** The language word for an answer heading ("in France" / "en France"). */
export function placeLabel(place: PlacePlan, lang: Lang): string {
  return lang === 'fr' ? place.fr : `in ${place.en}`;
}

/** The question's folded words without a closing remark after its last "?" that asks nothing. */
function withoutClosingRemark(raw: string, spaced: string): string {
  const match = REMARK.exec(raw);
  if (match === null) return spaced;
  const tail = tokenize(fold(match[2] as string));
  // "…? compare", "…? side by side pls": a short closing request is the question's own, and so is one
  // naming what to compare with ("…? I want to compare it with the HMRC AWS deal").
  const words = (match[2] as string).match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
  const named = words.some((w, i) => (i > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}{2,}/u.test(w));
  return tail.some(isQuestionWord) || tail.length <= 3 || named
    ? spaced
    : tokenize(fold(match[1] as string)).join(' ');
}

/** A comparison with the asker's own ("to compare with our pricing", "pour comparer avec nos tarifs"). */
const COMPARED_WITH_OWN =
  /\b(?:compare|compared|comparing|comparer|comparaison|benchmark\w*)(?: (?:[a-z0-9-]+ ){0,8}?| )(?:to|with|against|avec|a|aux?) (?:our|my|nos|notre|mon|ma|mes)\b(?! own\b| propres?\b)/;
/** Open source in two words ("open source", "logiciel(s) libre(s)"). */
const OPEN_SOURCE_WORDS: ReadonlySet<string> = new Set(['open source', 'logiciel libre', 'logiciels libres']);
/** A lead-in the question stands on, then a comma ("Given the whole JEDI saga, …", "Compte tenu de …, "). */
const GIVEN_LEAD = /^\s*(?:given|considering|in light of|vu|compte tenu d\w*|etant donne)\b[^,?]*,\s*\S/;
/**
 * "l'histoire de la localisation des données en Inde, Mastercard s'est fait bloquer quand ?", "OVH IPO story,
 * the part after the fire: how much did the insurers pay?": a story named as the topic, then one detail
 * asked of it.
 */
const STORY_THEN_ASKS =
  /(?<!\b(?:whole|entire|full|complete|toute) )\b(?:story|saga|l histoire d\w*)\b(?! of how\b)(?: (?!(?:from|since|depuis|until|jusqu)\b)[a-z0-9-]+){0,25} (?!(?:it|they|ils|elle|il) (?:started|began|begun|commence\w*))(?:when|quand|how much|how many|combien|what date|quelle date|which year|en quelle annee)\b/;

/**
 * "After the CMA board opened SMS probes…, what's the timeline for conduct requirements?": the schedule of
 * something, asked after a clause that gives the subject, is a question about that subject. Not when
 * "what's the timeline for…" opens the question ("what's the timeline for AWS deals?" asks for a timeline).
 */
function asksWhenOf(raw: string): boolean {
  return /[,;:.!?)\u2013\u2014-]\s+(?:so |and )?(?:what'?s|what\u2019s|whats|what is) the (?:expected |likely |planned )?timelines? (?:for|on)\b/i.test(
    raw,
  );
}
