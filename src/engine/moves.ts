import { isStopword } from './normalize.js';

/**
 * A move from one thing to another ("from Microsoft Office to LibreOffice", "replace Office 365 with
 * LibreOffice", "remplacer Word par OnlyOffice"), as the significant words of each side. `from` is empty
 * when only the destination is said ("switch back to Microsoft").
 */
export interface Move {
  from: readonly string[];
  to: readonly string[];
}

// One side of a move: one to five words of folded, spaced text.
const SIDE = '((?:[a-z0-9-]+ ){0,4}?[a-z0-9-]+)';
const LONG_SIDE = '((?:[a-z0-9-]+ ){0,4}[a-z0-9-]+)';
/** Moves whose source comes first: "from A to B", "replace A with B", "drop A for B", "remplacer A par B". */
const FORWARD: readonly RegExp[] = [
  new RegExp(`\\bfrom ${SIDE} (?:back )?(?:to|onto|into|for) ${LONG_SIDE}`, 'g'),
  new RegExp(
    `\\b(?:replac\\w*|swap\\w*|switch\\w*|exchang\\w*|trad\\w*|substitut\\w*) ${SIDE} (?:with|by|for) ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:drop\\w*|ditch\\w*|dump\\w*|abandon\\w*|leav\\w*|left|quit\\w*|phas\\w* out|mov\\w* (?:away )?from|mov\\w* off) ${SIDE} (?:for|in favou?r of|to|and (?:go|went|return\\w*) (?:back )?to) ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(`\\bremplac\\w* ${SIDE} par ${LONG_SIDE}`, 'g'),
  new RegExp(
    `\\b(?:abandonn\\w*|quitt\\w*|lach\\w*|delaiss\\w*) (?:de |d )?${SIDE} (?:pour|au profit d[eu]|a|au|vers) ${LONG_SIDE}`,
    'g',
  ),
  // "Passer de A à B"; in "migrer A vers B" A is what moves, not where from.
  new RegExp(
    `\\b(?:passe\\w*|migr(?!ation)\\w*|bascul\\w*) (?:de|d) ${SIDE} (?:pour|au profit d[eu]|a|au|vers) ${LONG_SIDE}`,
    'g',
  ),
];
/** Moves whose destination comes first: "B in place of A", "OnlyOffice à la place de Word". */
const BACKWARD: readonly RegExp[] = [
  // "move to Azure from Scaleway".
  new RegExp(
    `\\b(?:mov\\w*|switch\\w*|migrat\\w*) (?:(?!(?:from|to|onto)\\b)[a-z0-9-]+ ){0,3}?(?:to|onto) ${SIDE} from ${LONG_SIDE}`,
    'g',
  ),
  // "chose Scaleway, a French provider, to replace Microsoft Azure", "a retenu Scaleway pour remplacer Azure",
  // "choisi Scaleway comme futur hébergeur … à la place de Microsoft Azure".
  new RegExp(
    `\\b(?:chose|choose|chosen|picked|selected|choisi\\w*|retenu\\w*) ((?:[a-z0-9-]+ )?[a-z0-9-]+)(?: [a-z0-9-]+){0,12}? (?:to replace|to take over from|to succeed|pour remplacer|pour succeder a|pour prendre le relais d[eu]?|taking the place of|in place of|a la place d[eu]?) ${LONG_SIDE}`,
    'g',
  ),
  // "ChapsVision had been selected to take over from Palantir", "avait été retenue pour remplacer Palantir".
  new RegExp(
    `\\b${SIDE} (?:had been|has been|have been|was|were|is|avait ete|avaient ete|a ete|ont ete|est|sont) (?:selected|chosen|picked|retenue?s?|choisie?s?) (?:to replace|to take over from|to succeed|pour remplacer|pour succeder a|pour prendre le relais d[eu]?) ${LONG_SIDE}`,
    'g',
  ),
  // "Scaleway would become the host of the SNDS, taking the place of Microsoft Azure".
  new RegExp(
    `\\b([a-z0-9-]+) would (?:become|be) (?:[a-z0-9-]+ ){1,12}?taking the place of ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(
    `\\b${SIDE} (?:in place of|instead of|rather than|a la place d[eu]?|au lieu d[eu]?|en remplacement d[eu]?) ${LONG_SIDE}`,
    'g',
  ),
];
/**
 * Moves with only a destination: "go back to Microsoft", "revenir à Microsoft Office", "passée sur
 * Microsoft 365", "switched its staff over to Google Workspace".
 */
const RETURN: readonly RegExp[] = [
  // "Migré toute son admin vers Microsoft 365": a few words of what moves before where to.
  new RegExp(
    `\\b(?:passe\\w*|bascul\\w*|migr(?!ation)\\w*) (?:(?!(?:de|d)\\b)[a-z0-9-]+ ){0,4}?(?:sur|sous|vers|chez) ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:switch\\w*|mov\\w*|migrat\\w*) (?:(?!(?:from|off|away|back)\\b)[a-z0-9-]+ ){0,3}?(?:over )?(?:to|onto) ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:go\\w*|went|switch\\w*|mov\\w*|return\\w*|revert\\w*|came|come|coming) back to ${LONG_SIDE}`,
    'g',
  ),
  new RegExp(
    `\\b(?:revenir|revien\\w*|revenu\\w*|retour\\w*|retourn\\w*) (?:a|au|aux|vers) ${LONG_SIDE}`,
    'g',
  ),
];

/** Words too common to tell two sides apart ("cloud", "software"). */
const GENERIC: ReadonlySet<string> = new Set(
  'cloud clouds software logiciel logiciels suite products produits services service tools outils solution solutions'.split(
    ' ',
  ),
);

// "…moved, and onto what platform?": a side that is a question word asks where, it claims nothing.
const ASKED_SIDE = /^(?:what|which|whom|where|quel|quels|quelle|quelles|quoi|ou)\b/;

const significant = (side: string): string[] =>
  ASKED_SIDE.test(side)
    ? []
    : side.split(' ').filter((w) => w.length > 2 && !isStopword(w) && !GENERIC.has(w));

// A cheap first look: most texts have none of the words a move needs.
const MAY_MOVE =
  /from|replac|swap|switch|exchang|trad|substitut|drop|ditch|dump|abandon|leav|left|quit|phas|mov|remplac|lach|delaiss|passe|migr|bascul|place of|instead|rather|lieu|back|reven|retour/;

/** The moves folded, spaced text states. */
export function movesIn(spaced: string): Move[] {
  if (!MAY_MOVE.test(spaced)) return [];
  const moves: Move[] = [];
  for (const re of FORWARD)
    for (const m of spaced.matchAll(re))
      moves.push({ from: significant(m[1] as string), to: significant(m[2] as string) });
  for (const re of BACKWARD)
    for (const m of spaced.matchAll(re))
      moves.push({ from: significant(m[2] as string), to: significant(m[1] as string) });
  for (const re of RETURN)
    for (const m of spaced.matchAll(re)) moves.push({ from: [], to: significant(m[1] as string) });
  return moves.filter((m) => m.to.length > 0);
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((w) => b.includes(w));

/**
 * The first of `texts` (folded, spaced) that records a move the other way round from one the question
 * claims ("went back from LibreOffice to Microsoft Office" where a fact moves from Microsoft Office to
 * LibreOffice), when none records the claimed destination; -1 when there is none.
 */
export function reversedMove(question: string, texts: readonly string[]): number {
  const claimed = movesIn(question);
  if (claimed.length === 0) return -1;
  const recorded = texts.map(movesIn);
  for (const move of claimed) {
    // Some fact moves to the claimed destination: the claim may well be true.
    if (recorded.some((moves) => moves.some((m) => overlaps(m.to, move.to)))) continue;
    const at = recorded.findIndex((moves) =>
      moves.some((m) => overlaps(m.from, move.to) && (move.from.length === 0 || overlaps(m.to, move.from))),
    );
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * The first of `texts` that records a move away from what a question's move leaves, to another
 * destination than the one claimed ("chose Athea to replace Palantir" where a fact has ChapsVision
 * selected to replace Palantir), when none records the claimed destination and `known` says the claimed
 * one is a name the texts use otherwise (a candidate); -1 when there is none.
 */
export function otherDestination(
  question: string,
  texts: readonly string[],
  known: (word: string) => boolean,
): number {
  const claimed = movesIn(question).filter((m) => m.from.length > 0 && m.to.some(known));
  if (claimed.length === 0) return -1;
  const recorded = texts.map(movesIn);
  for (const move of claimed) {
    if (recorded.some((moves) => moves.some((m) => overlaps(m.to, move.to)))) continue;
    const at = recorded.findIndex((moves) =>
      moves.some((m) => overlaps(m.from, move.from) && !overlaps(m.to, move.from)),
    );
    if (at >= 0) return at;
  }
  return -1;
}
