import type { Lang } from './answer.js';
import { AMBIGUOUS_COUNTRY_WORDS, COUNTRY_NAMES, COUNTRY_WORDS } from './countries.js';
import { INTENT_PATTERNS, INTENTS, type Intent, PARTY_QUESTION, PROVIDING_QUESTION } from './intents.js';
import { CAPITALS, PLACES } from './lexicon.js';
import { detectLang, fold, isQuestionWord, isStopword, tokenize } from './normalize.js';

export type { Intent };

export interface Understanding {
  lang: Lang;
  intent: Intent;
  /** Folded content words, stopwords and question words removed, in order, without repeats. */
  terms: string[];
  /** Every folded token of the question, stopwords included, in order (for multi-word aliases). */
  tokens: string[];
  /** Content words written with a capital letter (names), folded. */
  capitalised: Set<string>;
  /** Numbers and years in the question ("2021", "9bn"). */
  numbers: string[];
  /**
   * Words naming the kind of answer wanted ("vendors" in "which vendors…?"): they can point at a deal, but
   * a fact that merely repeats them is no answer.
   */
  answerKind: Set<string>;
  /**
   * Words of a lead clause setting the time ("after all the protest drama, when did…"): they say what the
   * answer comes after, not what it is, so a fact that merely repeats them is no answer.
   */
  anchor?: Set<string>;
  /**
   * Words of an aside describing what the question names ("qui préside G42, la boîte d'Abou Dhabi où
   * Microsoft a investi 1,5 milliard ?"): they say which deal, not which fact.
   */
  aside?: Set<string>;
  /**
   * Words of a remark after the question mark that asks nothing ("…how much data was lost? this is my
   * nightmare for our hospitals"): they say why it is asked, not what.
   */
  remark?: Set<string>;
  /**
   * Words of sentences before the question's own that it does not use, not written in capitals ("We're a
   * kommune writing our first tender. How long a contract is Airbus planning?"): why it is asked. They weigh
   * as a remark's in choosing the deal, but for names of deals, places and nationalities, and count for
   * everything else.
   */
  preamble?: Set<string>;
  /**
   * Words of examples given ("…, e.g. in a Frankfurt or Stockholm region?"): they weigh as a remark's,
   * but for names of deals, and are no strangers to the deal.
   */
  examples?: Set<string>;
  /**
   * Sentences about the asker, as written ("Je suis à Marseille.", "We use OVHcloud today."): they name no one
   * asked about and claim nothing (see `selfSentences`).
   */
  self?: readonly string[];
  /** The noun after "which"/"quel" ("ministers" in "which ministers…?"): a detail the entry may lack. */
  askedNoun?: string;
  /** Whether the question has a question word ("what", "par quoi"); "JWCC?" or "Bleu" has none. */
  asks: boolean;
}

// Only after "which"/"quel": after "what" comes a verb as often as a noun ("what happened").
/** Every word of a place the lexicon knows ("german", "britannique"). */
const PLACE_ADJECTIVES: ReadonlySet<string> = new Set(PLACES.flatMap((p) => p.words));
const ASKED_NOUN =
  /^(?:and |et )?(?:which|quel|quels|quelle|quelles|how many|combien de|combien d) ([a-z]{3,})\b/;
// Nouns after "which" that ask which deal, not for a detail of it.
const GENERIC_NOUNS = new Set(
  'deal deals contract contracts agreement agreements cloud clouds year years months weeks days annees ans mois semaines jours date company companies vendor vendors provider providers country countries accord accords contrat contrats pays annee entreprise entreprises fournisseur fournisseurs kind type sort member members state states nations etats'.split(
    ' ',
  ),
);

/** Reads a question: its language, what it asks for, and its content words. */
export function understand(
  question: string,
  fallbackLang: Lang,
  vocabulary?: (token: string) => Lang | undefined,
  /** Whether the corpus writes a word. */
  known?: (token: string) => boolean,
): Understanding {
  const folded = shorthandRead(fold(question));
  // "how many ppl…", "govt systems", "pkoi": chat shorthand read as the word it stands for.
  // "…, didn't it?", "…, n'est-ce pas ?": a tag asks the claim be confirmed; its "not" denies nothing.
  const raw = withoutTag(tokenize(folded));
  // "can u list…", "how many r there": single letters read as words only within a sentence ("J U" stays
  // letters).
  const sentence = raw.length > 3;
  const tokens = raw.map(
    (token, at) =>
      CHAT_SHORTHAND.get(token) ??
      (sentence ? SENTENCE_SHORTHAND.get(token) : undefined) ??
      // "won't": the negation, not the verb "won".
      (token === 'won' && raw[at + 1] === 't' ? 'wont' : undefined) ??
      // "S3NS a eu la qualif quand ?": "eu" after "avoir" is its participle ("had"), not the EU.
      (token === 'eu' &&
      HAD_BEFORE.has(raw[at - 1] ?? '') &&
      raw[at + 1] !== undefined &&
      FRENCH_AFTER_HAD.has(raw[at + 1] as string)
        ? 'avoir'
        : undefined) ??
      // "in Jan 2026", "15 Jan": the month ("Jan" alone may be a name).
      (token === 'jan' && (/^\d/u.test(raw[at + 1] ?? '') || /^\d/u.test(raw[at - 1] ?? ''))
        ? 'january'
        : undefined) ??
      // "y did estonia pick luxembourg": "why", typed short, opening a question.
      (sentence && at === 0 && token === 'y' && WHY_AUXILIARIES.has(raw[1] ?? '') ? 'why' : undefined) ??
      // "How much has Ottawa spent…?", "quand Berne a prolongé…": a capital standing for its government,
      // unless it is where something is ("in Ottawa").
      // The corpus's own word for it, when it writes one, finds the deals that use it.
      (PLACE_BEFORE.has(raw[at - 1] ?? '') || (known?.(token) ?? false) ? undefined : CAPITALS.get(token)) ??
      token,
  );
  // "…exact date pls? mon promoteur est très strict": the question's own words choose the language of the
  // answer, when they tell; a closing remark in the other language does not.
  // "…? en français svp", "réponse en français", "it's for an English newsletter": a language asked for.
  const whole = detectLang(question, tokens, fallbackLang, vocabulary);
  const closingRemark = REMARK.exec(question);
  const asked = closingRemark?.[1];
  // (Only in a closing remark: "stored in French data centres?" asks nothing of the language.)
  const remarkText = fold(closingRemark?.[2] ?? '');
  const requested = ASKED_FRENCH.test(remarkText) ? 'fr' : ASKED_ENGLISH.test(remarkText) ? 'en' : undefined;
  const lang =
    requested ??
    (asked === undefined ? whole : detectLang(asked, tokenize(shorthandRead(fold(asked))), whole));
  const spaced = tokens.join(' ');
  let intent: Intent = 'general';
  // "When the UK MoD signed its Google deal, which other providers was it using?": a clause setting the
  // time before the question asks nothing; the question after it says what is asked.
  const setting = SETTING_CLAUSE.exec(folded);
  const asking = setting === null ? spaced : tokenize(folded.slice(setting[0].length)).join(' ');
  for (const [candidate, pattern] of INTENT_PATTERNS) {
    if (pattern.test(asking)) {
      intent = candidate;
      break;
    }
  }

  const capitalised = new Set<string>();
  const matches = [...question.matchAll(/\p{L}[\p{L}\p{N}-]*/gu)];
  const words = matches.map((m) => m[0]);
  // "…the US CLOUD Act. Quick check: does…": a word opening a sentence is capitalised for that alone.
  const opening = (i: number) => {
    let at = (matches[i]?.index ?? 0) - 1;
    while (at >= 0 && /\s/u.test(question[at] as string)) at--;
    return i === 0 || (at < (matches[i]?.index ?? 0) - 1 && '.!?'.includes(question[at] ?? ''));
  };
  // A terse question ("GCHQ", "bleu?") is a name typed alone: its words count as names, as does a first
  // word written like an acronym ("GCHQ said…", "MI5").
  const terse = words.filter((w) => !isStopword(fold(w))).length === 1 && !tokens.some(isQuestionWord);
  words.forEach((word, i) => {
    // "PCs", "DPAs": an acronym made plural is a common noun, no one's name.
    if (/^\p{Lu}{2,}s$/u.test(word)) return;
    // "Member States", "États membres": the EU's countries, written with capitals, name no one.
    if (
      MEMBER_STATES.test(`${word} ${words[i + 1] ?? ''}`) ||
      MEMBER_STATES.test(`${words[i - 1] ?? ''} ${word}`)
    )
      return;
    // "d'AWS", "l'ANSSI": the elided article is a word of its own here, so the name stays capitalised.
    if (
      (!opening(i) && /^\p{Lu}/u.test(word)) ||
      terse ||
      /^\p{Lu}[\p{L}\p{N}]*(?:\p{Lu}|\p{N})/u.test(word)
    ) {
      for (const token of tokenize(fold(word).replace(GATE, '$1')))
        if (!isStopword(token)) capitalised.add(token);
    }
  });
  // A country is a name however it is typed ("how much did mexico pay…"), and so is its adjective when
  // the corpus never writes it ("the malaysian government", "vietnamien").
  for (const token of tokens)
    if (COUNTRY_WORDS.has(token) || (!(known?.(token) ?? true) && isDemonym(token))) capitalised.add(token);
  // "did turkey sign a cloud deal with huawei?": beside words of deals, "turkey" is the country.
  if (tokens.some((t) => DEAL_CONTEXT.has(t)))
    for (const token of tokens) if (AMBIGUOUS_COUNTRY_WORDS.has(token)) capitalised.add(token);
  // "Je suis à Marseille. Quel fournisseur…?", "…? We use OVHcloud today.": the asker's own town, firm or
  // provider names no one the question is about (a country or a nationality still places it).
  const self = selfSentences(question);
  if (self.length > 0) {
    const rest = new Set(tokenize(fold(self.reduce((text, s) => text.replace(s, ' '), question))));
    // A name the corpus knows, before the question, may be what is asked about ("I work for the MoD. Which
    // provider…?"); after it, it is a remark.
    const mark = question.lastIndexOf('?');
    const closing = self.filter((sentence) => mark >= 0 && question.indexOf(sentence) > mark);
    for (const sentence of self)
      for (const token of tokenize(fold(sentence)))
        if (
          !rest.has(token) &&
          !COUNTRY_WORDS.has(token) &&
          !isDemonym(token) &&
          (closing.includes(sentence) || !(known?.(token) ?? false))
        )
          capitalised.delete(token);
  }

  const terms: string[] = [];
  // "Who provides X?": the verb asks for the providers, like an ask word; it names nothing of X.
  const providing = intent === 'parties' ? PROVIDING_QUESTION.exec(spaced)?.[1] : undefined;
  const seen = new Set<string>(providing === undefined ? [] : [providing]);
  for (const token of tokens) {
    if (isStopword(token) || seen.has(token)) continue;
    // "How long does X last?": those words ask for a duration, they are not about X.
    // "How long does X last?", "how much was X worth?", "en quoi consiste X ?": those words ask for the
    // kind of detail, they are not about X.
    if (INTENTS[intent].askWords.has(token)) continue;
    seen.add(token);
    terms.push(token);
  }
  // "Regulation 2018/1725", "(EU) 2016/679": a year in a legal reference's number dates nothing asked.
  const referenced = new Set(
    [...question.matchAll(/\b((?:19|20)\d{2})\/\d+|\b\d+\/((?:19|20)\d{2})\b/gu)].map((m) => m[1] ?? m[2]),
  );
  const numbers = terms.filter((term) => /^\p{N}/u.test(term) && !referenced.has(term));
  const answerKind = new Set<string>();
  const kind = intent === 'parties' ? PARTY_QUESTION.exec(spaced)?.[1] : undefined;
  if (kind !== undefined) answerKind.add(kind);
  if (providing !== undefined) answerKind.add(providing);
  // "Which ministers…?", "quels ministres… ?": the noun names the detail asked for.
  // "Which Greek banks…?": a place's adjective before the noun is not what is asked.
  const first = ASKED_NOUN.exec(spaced)?.[1];
  const noun =
    first !== undefined && (COUNTRY_WORDS.has(first) || PLACE_ADJECTIVES.has(first))
      ? tokens[tokens.indexOf(first) + 1]
      : first;
  const askedNoun = noun !== undefined && !isStopword(noun) && !GENERIC_NOUNS.has(noun) ? noun : undefined;
  const asks = tokens.some(isQuestionWord);
  // The clause's words as the question reads them (chat shorthand rewritten), by their place among the tokens.
  const wordsOf = (match: RegExpExecArray | null, group: number) => {
    const text = match?.[group];
    if (match === null || text === undefined) return undefined;
    const start = tokenize(folded.slice(0, match.index + match[0].indexOf(text))).length;
    const clause = tokens.slice(start, start + tokenize(text).length);
    return new Set(clause.filter((t) => terms.includes(t)));
  };
  const anchor = wordsOf(AFTER_CLAUSE.exec(folded), 1) ?? wordsOf(TRAILING_AFTER.exec(folded), 1);
  const aside = wordsOf(ASIDE.exec(folded), 0);
  const remarkMatch = REMARK.exec(folded);
  const remarked = wordsOf(remarkMatch, 2);
  // Only words the question proper does not also use.
  const before = remarkMatch === null ? [] : tokenize(remarkMatch[1] as string);
  // "…outside the United States, e.g. in a Frankfurt or Stockholm region?": examples given, but words the
  // question uses before them.
  const examples = EXAMPLES.exec(tokens.join(' '));
  const earlier = examples === null ? [] : examples.input.slice(0, examples.index).split(' ');
  const given =
    examples === null
      ? []
      : (examples[1] as string).split(' ').filter((t) => terms.includes(t) && !earlier.includes(t));
  // Not "when was it awarded? talking about the HMRC contract": a question too short to name anything, or
  // a remark with a name in it, says what is asked about; unless it signs off ("…? Regards, John Smith",
  // "…? I'm writing for The Register"): names and all.
  const remarkWords = tokenize(remarkMatch?.[2] ?? '');
  const signedOff = SIGN_OFF.test(remarkWords.join(' ')) || PURPOSE.test(remarkWords.join(' '));
  const remark =
    remarked === undefined ||
    remarkWords.some(isQuestionWord) ||
    before.filter((t) => terms.includes(t)).length < 2 ||
    (!signedOff && [...remarked].some((t) => capitalised.has(t)))
      ? trailingPurpose(folded, terms)
      : new Set([...remarked].filter((t) => !before.includes(t)));
  // "We're a kommune writing our first tender. How long a contract is Airbus planning?": sentences before the
  // question's own say why it is asked; their words, but names, weigh as a remark's.
  const preamble = preambleWords(folded, terms, capitalised);
  return {
    lang,
    intent,
    terms,
    tokens,
    capitalised,
    numbers,
    answerKind,
    asks,
    ...(askedNoun ? { askedNoun } : {}),
    // (The whole question, "After GAO upheld the protest, what happened next?", when it asks what came after.)
    ...(anchor !== undefined && anchor.size > 0 && (anchor.size < terms.length || intent === 'after')
      ? { anchor }
      : {}),
    ...(aside !== undefined && aside.size > 0 && aside.size < terms.length ? { aside } : {}),
    ...(remark !== undefined && remark.size > 0 && remark.size < terms.length ? { remark } : {}),
    ...(given.length > 0 && given.length < terms.length ? { examples: new Set(given) } : {}),
    ...(preamble !== undefined && preamble.size < terms.length ? { preamble } : {}),
    ...(self.length > 0 ? { self } : {}),
  };
}

// Tags after a claim, as folded tokens (none ends another, so the order does not matter).
const TAGS: ReadonlyArray<readonly string[]> = [
  'n est ce pas',
  'didn t it',
  'didn t they',
  'doesn t it',
  'don t they',
  'isn t it',
  'wasn t it',
  'aren t they',
  'weren t they',
  'hasn t it',
  'haven t they',
  'won t it',
  'didnt it',
  'didnt they',
  'doesnt it',
  'isnt it',
  'wasnt it',
  'arent they',
  'werent they',
  'hasnt it',
  'pas vrai',
  'c est ca',
  'right',
  'non',
].map((tag) => tag.split(' '));

/** The tokens without a closing tag ("…, didn't it", "…, non"), when something comes before it. */
function withoutTag(tokens: string[]): string[] {
  for (const tag of TAGS) {
    const start = tokens.length - tag.length;
    if (start > 2 && tag.every((word, i) => tokens[start + i] === word)) return tokens.slice(0, start);
  }
  // "SAP is leading it too, isn't it, on top of…": an English tag ("isn't it", "didn't they") in the middle.
  for (const tag of TAGS) {
    if (!ENGLISH_TAG_ENDS.has(tag[tag.length - 1] as string)) continue;
    for (let start = 3; start + tag.length < tokens.length; start++)
      if (tag.every((word, i) => tokens[start + i] === word))
        return [...tokens.slice(0, start), ...tokens.slice(start + tag.length)];
  }
  return tokens;
}
/** The last words of English tags ("…, isn't it", "…, didn't they"). */
const ENGLISH_TAG_ENDS: ReadonlySet<string> = new Set(['it', 'they']);

// ", la boîte d'Abou Dhabi où Microsoft a investi…", ", the Abu Dhabi firm that Microsoft backed": an aside
// naming something by what is known of it, after a comma and up to the end or the next comma.
const ASIDE =
  /,\s*(?:la|le|l|les|the|a|an|cette|ce|cet|ces|that|this)\s(?:[^\s,?;:\u2013\u2014]+\s){1,6}?(?:ou|qui|que|qu|where|which|that|dont|whose)\s[^,?;:\u2013\u2014]*/;

/** Forms of "avoir" before its participle "eu" ("a eu", "ont eu", "aurait eu"). */
const HAD_BEFORE: ReadonlySet<string> = new Set(
  'a ont avait avaient aurait auraient ai as avons avez aura auront'.split(' '),
);
/** Words after "a eu" that make it the verb ("a eu la qualif", "ont eu des problèmes"), not "a EU deal". */
const FRENCH_AFTER_HAD: ReadonlySet<string> = new Set(
  'la le les l un une des du de d sa son ses leur leurs lieu raison tort acces ce cette quoi combien'.split(
    ' ',
  ),
);

/**
 * The words of the sentences before a question's own ("…going 'sovereign'. How long a contract…?") that the
 * question does not use and that are not written in capitals (the deals' names among them keep their weight:
 * see scoreDeals); undefined when there is no such sentence or the question proper has fewer than two words
 * of its own.
 */
function preambleWords(
  folded: string,
  terms: readonly string[],
  capitalised: ReadonlySet<string>,
): Set<string> | undefined {
  const mark = folded.indexOf('?');
  if (mark < 0) return undefined;
  let start = -1;
  for (const match of folded.slice(0, mark).matchAll(SENTENCE_END)) start = match.index + match[0].length;
  // "For my feature on Asian government clouds: when…": a lead-in saying what the answer is for.
  const colon = folded.slice(0, mark).indexOf(':');
  if (start < 0 && colon > 0 && PURPOSE.test(tokenize(folded.slice(0, colon)).join(' '))) start = colon + 1;
  if (start < 0) return undefined;
  const own = tokenize(folded.slice(start, mark));
  if (own.filter((t) => terms.includes(t)).length < 2) return undefined;
  const words = tokenize(folded.slice(0, start)).filter(
    (t) => terms.includes(t) && !own.includes(t) && !capitalised.has(t),
  );
  return words.length === 0 ? undefined : new Set(words);
}
/** The end of a sentence: a full stop or an exclamation mark before a space. */
const SENTENCE_END = /(?<![.!])[.!]\s+/g;

/**
 * The sentences of a question that tell about the asker ("Je suis à Marseille.", "We use OVHcloud today.",
 * "Our team runs Nextcloud."): a first-person sentence, not itself a question, saying who or where the asker
 * is or what they use, and believing, knowing or reporting nothing ("I know MI5 chose Oracle." is a claim).
 * As written, so that they can be cut from the question; none when the question has nothing else.
 */
export function selfSentences(question: string): string[] {
  const sentences = question.match(/[^.!?]+[.!?]*/gu) ?? [];
  if (sentences.length < 2) return [];
  return sentences.filter((sentence) => {
    if (sentence.trimEnd().endsWith('?')) return false;
    const spaced = tokenize(fold(sentence)).join(' ');
    // (Not "I'm at the Home Office, which signed with Microsoft", "we're the Bundeswehr and we picked AWS": a
    // clause after it may claim something.)
    return (SELF.test(spaced) || OUR_OWN.test(spaced)) && !BELIEVING.test(spaced) && !CLAUSE.test(spaced);
  });
}
/**
 * "I'm based in Marseille", "we're a kommune of 60k people", "I work for a ministry", "we use OVHcloud", "je
 * suis à Marseille", "nous utilisons…", "j'habite…": the asker placing themselves, not "I'm curious why…".
 */
const SELF =
  /^(?:so |hi |hello |bonjour |salut )?(?:(?:i|we) (?:m|am|are|re) (?:based |located )?(?:in|at|from|with|a|an|the)|(?:i|we) (?:work\w*|live|teach|study) (?:for|at|in|on|with)|(?:i|we) (?:use|run|buy|host) |(?:je|nous|on) (?:suis|sommes|est|travaill\w+|habit\w+|bosse\w*|enseign\w+) (?:a|au|aux|en|dans|chez|pour|de|du|un|une|l)|j (?:habite|enseigne|etudie|bosse|travaille) |(?:nous|on) (?:utilis\w+|heberg\w+) )/;
/** "Our team uses…", "my company runs…", "notre équipe utilise…". */
const OUR_OWN =
  /^(?:our|my|notre|nos|mon|ma|mes)\s(?:\S+\s){1,2}(?:is|are|uses|use|runs|run|utilise\w*|est|sont)\b/;
/** Words joining a clause that may claim something ("which signed", "and we picked", "qui a choisi"). */
const CLAUSE = /\b(?:which|that|who|whose|where|and|but|so|because|qui|que|qu|dont|ou|et|mais|car|donc)\b/;
/** Words of a belief, a certainty or hearsay: a sentence with one claims something. */
const BELIEVING =
  /\b(?:think|thought|believe\w*|sure|certain|convinced|confident|aware|told|heard|hear|read|know|knew|guess|assum\w+|understand|understood|reckon|learn\w*|saw|see|noticed|pense|pensais|crois|croyais|sur|sure|certaine?|convaincu\w*|persuade\w*|sais|savais|lu|entendu|dit|appris|vu|suppose)\b/;

/** A closing remark, or a lead-in before a colon, saying what the answer is for ("is for a speech in
 * Strasbourg", "the MEP wants to quote it in ITRE", "c'est pour un article", "For my feature on…:"): its names
 * are the occasion's, not the question's. */
/** What an answer is said to be for ("for a footnote", "pour un article"), as regular-expression alternatives. */
const PURPOSE_NOUNS =
  'speech|article|piece|report|briefing|note|memo|footnote|slide|presentation|podcast|column|story|file|dossier|feature|thesis|lecture|class|course|hearing|newsletter|blog|paper|episode';
const PURPOSE_NOUNS_FR =
  'discours|article|rapport|note|dossier|expose|presentation|podcast|chronique|memoire|these|cours';
const PURPOSE = new RegExp(
  String.raw`^(?:(?:it |this |that )?(?:is|s) for|its for|(?:i |we )?need (?:it|this|that|them) for|for (?:a|an|my|our|the) (?:${PURPOSE_NOUNS})|(?:the|my|our) (?:mep|mp|senator|deputy|boss|minister|editor|client|team|chief|director|head|manager|colleague|cio|cto|ciso|dg|dsi|ceo|pm) (?:(?:wants|needs|asked|asks) (?:to|it|this|that|me|us)|(?!(?:is|was|s|has|had|did|does|wants|want|needs|need|asks|asked|compares|compare|says|said|thinks|thought)\b)[a-z]+)\b|(?:(?:au|a la|chez nous|ici|chez|dans) (?:[a-z]+ ){0,3})?(?:on|nous) (?:veut|voulons|voudrait|voudrions|aimerait|aimerions|souhaite|souhaitons|cherche|cherchons|prepare|preparons|doit|devons|revise|revisons|compare|comparons)|asking for (?:a|my) |(?:i|we) (?:want|wanted|would like|d like|wish|need|am trying|m trying|are trying|re trying) to (?:understand|learn|draw|see) |(?:we|i) (?:re|are|am|m) (?:preparing|writing|drafting|working on|updating|reviewing our|reviewing my)|(?:our|my) (?:[a-z0-9-]+ ){0,2}(?:plan|review|project|policy|strategy|tender|rfp|report|memo|briefing) (?:is|are)|c est pour|(?:j en ai|on en a) besoin pour|pour (?:un|une|mon|ma|notre|nos) (?:${PURPOSE_NOUNS_FR}))\b`,
);

/**
 * "need the case number for schrems 2 for a footnote": what the answer is for, closing the question; its
 * words ask nothing (those the question uses before it excepted).
 */
function trailingPurpose(folded: string, terms: readonly string[]): Set<string> | undefined {
  const match = TRAILING_PURPOSE.exec(folded);
  if (match === null) return undefined;
  const before = tokenize(folded.slice(0, match.index));
  const words = tokenize(match[0]).filter((t) => terms.includes(t) && !before.includes(t));
  return words.length === 0 ? undefined : new Set(words);
}
const TRAILING_PURPOSE = new RegExp(
  String.raw`\b(?:for (?:a|an|my|our|the) (?:${PURPOSE_NOUNS})|pour (?:un|une|mon|ma|notre|nos) (?:${PURPOSE_NOUNS_FR}))\b[^?.!]{0,40}[?.!]?\s*$`,
  'u',
);

/** A closing remark that signs off: thanks, regards, who is asking. */
const SIGN_OFF =
  /^(?:regards|best regards|kind regards|best|cheers|thanks|thank you|thx|many thanks|merci|cordialement|bien a vous|bonne journee|i m writing for|i am writing for|writing for|je travaille pour|je suis journaliste)\b/;

/** Examples given ("e.g. in a Frankfurt or Stockholm region", "par exemple à Stockholm"), to the end. */
const EXAMPLES = /\b(?:e g|eg|for example|for instance|par exemple|such as) ((?:[a-z0-9-]+ ?){1,8})$/;

/** A question, then a remark after its last question mark ("…? this is my nightmare for our hospitals"). */
export const REMARK = /^([\s\S]*\?)\s+([^?]*[\p{L}\p{N}][^?]*)$/u;

// "After all the protest drama, when did…", "après la panne, combien…": a clause before the question proper.
const AFTER_CLAUSE =
  /^(?:so |and |ok |et |bon )?(?:after|apres) ([^,?;]+?)(?:,|\s(?=(?:when|what|who|why|how|which|did|does|has|quand|qui|pourquoi|comment|quel\w*|combien|est ce)\b))/;

// "When did the NSA redo the pick after GAO upheld Microsoft's protest?": the clause closing a question that
// opens with "when"/"quand".
const TRAILING_AFTER = /^(?:so |and |ok )?(?:when|quand)\b[^,?;]* (?:after|apres) ([^,?;]+?)\s*\??\s*$/;

/** Words of deals: beside them, a country name that mostly means something else is the country. */
const DEAL_CONTEXT: ReadonlySet<string> = new Set(
  'cloud deal deals contract contracts sign signed government sovereign sovereignty data accord contrat gouvernement souverain'.split(
    ' ',
  ),
);

/** Endings of a country's adjective ("Malaysian", "Vietnamese", "vietnamien", "japonais"). */
const DEMONYM_ENDINGS = [
  'n',
  'an',
  'ian',
  'ese',
  'ien',
  'ienne',
  'iens',
  'iennes',
  'ais',
  'aise',
  'ois',
  'oise',
  'i',
];

/** The country a folded word is the adjective of ("kenyan" → "kenya"): its name with a demonym's ending. */
export function demonymCountry(token: string): string | undefined {
  const irregular = IRREGULAR_DEMONYMS.get(token);
  if (irregular !== undefined)
    return COUNTRY_WORDS.has(irregular) || COUNTRY_NAMES.has(irregular) ? irregular : undefined;
  if (token.length < 6) return undefined;
  for (const ending of DEMONYM_ENDINGS) {
    if (!token.endsWith(ending)) continue;
    const base = token.slice(0, -ending.length);
    const name = [base, `${base}a`, `${base}e`, `${base}o`, `${base}ia`].find((n) => COUNTRY_WORDS.has(n));
    if (name !== undefined) return name;
  }
  return undefined;
}
/** Adjectives of countries that no ending rule finds ("Finnish", "norvégien", "Greek"). */
const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['finnish', 'finland'],
  ['finnois', 'finlande'],
  ['finlandais', 'finlande'],
  ['norwegian', 'norway'],
  ['norvegien', 'norvege'],
  ['norvegienne', 'norvege'],
  ['swedish', 'sweden'],
  ['suedois', 'suede'],
  ['suedoise', 'suede'],
  ['icelandic', 'iceland'],
  ['islandais', 'islande'],
  ['greek', 'greece'],
  ['grec', 'grece'],
  ['grecque', 'grece'],
  ['hungarian', 'hungary'],
  ['hongrois', 'hongrie'],
  ['peruvian', 'peru'],
  ['thai', 'thailand'],
  ['filipino', 'philippines'],
  ['turkish', 'turkey'],
  ['turc', 'turquie'],
  ['turque', 'turquie'],
  ['portuguese', 'portugal'],
  ['portugais', 'portugal'],
  ['portugaise', 'portugal'],
  ['portugaises', 'portugal'],
  ['luxembourgish', 'luxembourg'],
  ['luxembourgeois', 'luxembourg'],
  ['luxembourgeoise', 'luxembourg'],
  ['luxembourgeoises', 'luxembourg'],
  ['czech', 'czechia'],
  ['tcheque', 'czechia'],
  ['tcheques', 'czechia'],
  ['slovak', 'slovakia'],
  ['slovaque', 'slovaquie'],
  ['slovaques', 'slovaquie'],
  ['marocain', 'maroc'],
  ['marocaine', 'maroc'],
  ['marocains', 'maroc'],
  ['marocaines', 'maroc'],
  ['mexicain', 'mexique'],
  ['mexicaine', 'mexique'],
  // A several-word country's adjective is the country's full name.
  ['korean', 'south korea'],
  ['coreen', 'coree du sud'],
  ['coreenne', 'coree du sud'],
  ['coreens', 'coree du sud'],
  ['coreennes', 'coree du sud'],
]);
const isDemonym = (token: string) => demonymCountry(token) !== undefined;

/** Words before a place ("in Ottawa", "à Berne"): a capital there is a town, not a government. */
const PLACE_BEFORE: ReadonlySet<string> = new Set('in at near to from a au en de pres vers'.split(' '));

/** What follows "y" when it stands for "why" ("y did…", "y is…"). */
const WHY_AUXILIARIES: ReadonlySet<string> = new Set(
  'did do does is was are were would has have had cant wont didnt doesnt isnt'.split(' '),
);
const SENTENCE_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['r', 'are'],
  ['u', 'you'],
  ['ur', 'your'],
]);
/** A request for an answer in French or in English, in a closing remark. */
const ASKED_FRENCH = /\b(?:en francais|in french)\b/;
const ASKED_ENGLISH =
  /\b(?:in english|en anglais|for an english|english (?:newsletter|article|version|readers|audience|speakers))\b/;
/** The EU's countries written with capitals ("Member States", "États membres"). */
const MEMBER_STATES = /^(?:Member States?|[ÉE]tats? [Mm]embres?)$/u;
/** A clause setting the time, then a comma and the question proper ("When X signed Y, which…"). */
const SETTING_CLAUSE =
  /^\s*(?:when|while|once|lorsque|quand|alors que)\b[^,?]{8,}?,\s*(?=(?:which|what|who|how|why|where|did|does|do|was|were|is|are|has|have|quel|quelle|quels|quelles|qui|comment|pourquoi|combien)\b)/;
/** A scandal's name: a deal's name and "-gate". */
const GATE = /\b([a-z0-9]{2,})-gate\b/g;
/**
 * Shorthand for several words: "FY2025" is the corpus's "fiscal 2025", "l'AO" its "appel d'offres", "T1"
 * its "premier trimestre".
 */
const PHRASE_SHORTHAND: ReadonlyArray<readonly [RegExp, string]> = [
  // "the Five Eyes' agencies": the intelligence alliance (no entry names it).
  [/\bfive eyes\b/g, 'intelligence usa uk canada australia zealand'],
  // "the MoD deal w/ AWS", "w/o a tender": with, without.
  [/\bw\/o(?=\s|$)/g, 'without'],
  [/\bw\/(?=\s*[a-z0-9])/g, 'with '],
  // "big red": Oracle's nickname.
  [/\bbig red\b/g, 'oracle'],
  // "the aws euro sovereign cloud": European, not the currency.
  [/\beuro (sovereign|cloud|clouds|data|tender|champions?)\b/g, 'european $1'],
  [/\bfy ?(\d{4})\b/g, 'fiscal $1'],
  [/\bfy ?(\d{2})\b/g, 'fiscal 20$1'],
  // "promis pour le T1": a quarter, as the French text writes it.
  [/\bt1\b/g, 'premier trimestre'],
  [/\bt2\b/g, 'deuxieme trimestre'],
  [/\bt3\b/g, 'troisieme trimestre'],
  [/\bt4\b/g, 'quatrieme trimestre'],
  [/\b(?<=(?:l|un|les|des|cet|d) ?['’ ]? ?)aos?\b/g, "appel d'offres"],
  // "DigiD-gate": a scandal named after its deal is that deal.
  [GATE, '$1'],
  // "jwcc est. completion date": the English abbreviation of "estimated", not the French "est" (not "c'est.").
  [/(?<!\b(?:c|n|qu|s)['’ ])\best\. (?=[a-z])/g, 'estimated '],
  // "where does Delos Cloud pop up?": shows up.
  [/\b(?:pops?|popped|popping|crops?|cropped|cropping) up\b/g, 'shows up'],
];
/** Folded text with its shorthand for several words read out ("fy25" → "fiscal 2025"). */
function shorthandRead(folded: string): string {
  return PHRASE_SHORTHAND.reduce((text, [pattern, words]) => text.replace(pattern, words), folded);
}
/** Chat shorthand for a whole word, English and French (folded). */
const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  // "whats the catch", "hows it going", "whos behind": the question word, its apostrophe dropped.
  ['whats', 'what'],
  ['hows', 'how'],
  ['whos', 'who'],
  ['wheres', 'where'],
  ['whens', 'when'],
  // Question words typed in a hurry.
  ['whn', 'when'],
  ['wen', 'when'],
  ['wht', 'what'],
  ['wat', 'what'],
  ['hw', 'how'],
  ['ppl', 'people'],
  // "ballpark TCV": a total contract value is the deal's value.
  ['tcv', 'value'],
  ['reqs', 'requirements'],
  ['req', 'requirement'],
  ['commish', 'commissioner'],
  // Trade abbreviations: "a CSP" is a cloud service provider, "EU HQ" headquarters.
  ['csp', 'provider'],
  ['csps', 'providers'],
  ['hq', 'headquarters'],
  ['hqs', 'headquarters'],
  // German procurement words in an English or French question ("the KI-Cloud Ausschreibung", "the Kostendach").
  ['einstufung', 'classification'],
  ['rahmenvertrag', 'framework'],
  ['vergabe', 'award'],
  ['ausschreibung', 'tender'],
  ['ausschreibungen', 'tenders'],
  ['kostendach', 'ceiling'],
  ['rahmenvertrage', 'frameworks'],
  ['zuschlag', 'award'],
  ['behorden', 'authorities'],
  ['behorde', 'authority'],
  // Quebec French: "les ententes", "l'infonuagique gouvernementale".
  ['ententes', 'accords'],
  ['infonuagique', 'cloud'],
  ['infonuagiques', 'cloud'],
  ['boite', 'entreprise'],
  ['boites', 'entreprises'],
  ['dcs', 'datacentres'],
  ['dc', 'datacentre'],
  ['govt', 'government'],
  ['gov', 'government'],
  ['gvt', 'government'],
  ['govts', 'governments'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['thru', 'through'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['gouv', 'gouvernement'],
  ['bcp', 'beaucoup'],
  ['pr', 'pour'],
  ['koi', 'quoi'],
  ['pkoi', 'pourquoi'],
  ['pq', 'pourquoi'],
  ['pk', 'pourquoi'],
  ['qd', 'quand'],
  // Tickers and short names people type for providers and places.
  ['amzn', 'amazon'],
  ['goog', 'google'],
  ['ksa', 'saudi'],
  // "t-sys": T-Systems.
  ['sys', 'systems'],
]);
