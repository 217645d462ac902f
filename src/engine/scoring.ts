// Every weight of the engine's decisions, named, with its default and why. MiniSearch's
// `defaultBM25params` is the model: one object, documented field by field, that a caller may override
// in part (`createEngine(corpus, { scoring: { … } })`) and that tuning changes in one place.
// The defaults were calibrated on test/golden/golden.yaml and test/golden/shapes.yaml; the held-out sets
// (holdout.yaml, holdout-shapes.yaml) were never tuned on.

export interface Scoring {
  // ------------------------------------------------------------------ which deal (rank-deals.ts)
  /** Weight of a word matched only fuzzily ("celing" → "ceiling") against an exact match. Default 0.7. */
  fuzzyMatch: number;
  /** Share of an unknown lowercase word's weight, as if that share of deals used it: phrasing, not a gap. Default 0.1. */
  unknownWordShare: number;
  /**
   * Weight of a word of a remark after the question mark that asks nothing ("…? this is my nightmare for
   * our hospitals"): it says why the question is asked, not which deal. Words of the sentences before the
   * question proper and of examples given ("e.g. in a Stockholm region") weigh the same, unless they name a
   * deal, a place or a nationality. Default 0.25.
   */
  remarkWeight: number;
  /** Weight of a deal's second-best matching fact in its BM25 score (the best counts 1). Default 0.3. */
  secondHit: number;
  /** Rank per multi-word alias written out in the question ("Project Nimbus"), at most two. Default 0.3. */
  phraseBonus: number;
  /** Rank share of the deal's BM25 score, relative to the best deal's (coverage decides, BM25 breaks ties). Default 0.7. */
  bm25Share: number;
  /** Floor of the factor that scales a deal's rank by the share of the question's names it has. Default 0.5. */
  namesFloor: number;
  /** Rank added to a deal whose own one-word alias the question uses ("JEDI" → JEDI, not JWCC). Default 0.15. */
  exactAliasBonus: number;
  /**
   * Rank added to a deal whose own title has a name the question writes ("Bleu" → Bleu, not Microsoft's
   * commitments that list Bleu among partner clouds), when at most `titleDealsMax` deals' titles have it.
   * Default 0.15 and 3.
   */
  titleBonus: number;
  titleDealsMax: number;
  /** Deals within this rank of the best, among the first `tieChecked`, get `tieBonus` if a fact has what is asked. Default 0.2. */
  tieMargin: number;
  /** Default 8. */
  tieChecked: number;
  /** Default 0.1. */
  tieBonus: number;
  /**
   * …and `tieBonus` twice more when that fact is one the question's words found, at least this share of their
   * weight ("à quelle date l'ANSSI a accepté le dossier de Bleu ?": Bleu's dated fact has every word; the
   * SecNumCloud entry's milestone fact has no date). Default 0.8.
   */
  tieFactShare: number;
  /**
   * A deal dated in the one year a question claims an event in ("agreed in 2025") comes first when the
   * question's names are all among its names and it ranks at least this share of the best. Default 0.6.
   */
  yearSwitchShare: number;
  /**
   * The second deal comes first when it covers at least this much more of the question than the best, more
   * of it with its names, and ranks at least `coverageSwitchShare` of the best: a provider's pairing ranked
   * the best ("why did AWS win the EU Commission's EUR 180m sovereign cloud tender?" ranks a Swiss AWS
   * framework first). Default 0.3.
   */
  coverageSwitchGap: number;
  /** See `coverageSwitchGap`. Default 0.8. */
  coverageSwitchShare: number;
  /** …and when the second deal covers at least this share of the question. Default 0.7. */
  coverageSwitchCoverage: number;
  /**
   * When the best deal is not in the place a question names, a deal that is, covering more of the question
   * and ranking at least this share of the best, comes first. Default 0.6.
   */
  placeSwitchShare: number;
  /**
   * A deal ranking at least this share of the best, that has every provider a question names as a party
   * and whose title writes more of the question's names, comes first (the provider's own contract over an
   * entry that tells of it too). Default 0.75.
   */
  providerSwitchShare: number;
  /**
   * A deal ranking at least this share of the best, covering more of the question and naming more of its
   * names in its own title, is taken first (a deal's own entry over a list that mentions it). Default 0.95.
   */
  titleTieShare: number;
  /**
   * A deal ranking at least `titleTieShare` of the best, matching every word the best matched and more,
   * both named by a name of theirs written out, with a coverage ahead by at least this much, is taken first
   * (the successor entry that tells the detail asked, over the entry the question's names point at).
   * Default 0.1.
   */
  supersetLead: number;
  /**
   * Of one subject's two entries, both named, the second ranking at least this share of the first comes
   * first when only it has a fact carrying the amount asked that names the provider asked ("How much did
   * France pay Microsoft for the Health Data Hub?": the successor's entry tells it). Default 0.75.
   */
  askedAmountShare: number;
  /**
   * Of two deals each named by an own name, a lower one ranking at least this share of the first comes
   * first when only it has a fact naming both and telling what is asked ("le président de l'UGAP devant la
   * commission d'enquête du Sénat…": the UGAP entry). Default 0.5.
   */
  bothNamedShare: number;
  /** Deals in which a question's common words are looked up (the best by their rarer words). Default 12. */
  commonChecked: number;

  // ------------------------------------------------------------------ answer or abstain (decide.ts)
  /** Share of deals a word may be used by and still anchor the deal as a rare word (two in one fact). Default 0.12. */
  specificShare: number;
  /** Share of deals a name may be used by and still anchor the deal. Default 0.35. */
  namedShare: number;
  /**
   * A country with at most this many deals names them when the question asks for what their facts carry
   * ("Which provider did Singapore choose?"); a country with more is context only. Default 2.
   */
  placeNamesDeals: number;
  /** Rank lead over the next deal that makes the best one clearly meant (with two subject words). Default 0.6. */
  dominanceMargin: number;
  /** Coverage at which a deal leading by `wellCoveredLead` is meant, even without a name (four subject words). Default 0.8. */
  wellCovered: number;
  /** Default 0.3. */
  wellCoveredLead: number;
  /** How much lower the coverage threshold is when every name asked about is among the deal's names. Default 0.2. */
  namedRelief: number;
  /**
   * Coverage at which a word of the deal's own title (a rare one) points at it without a name or an alias
   * ("why did the commission split its sovereign cloud award four ways?"). Default 0.8.
   */
  titleAnchorCoverage: number;
  /** Coverage a deal needs to be offered as a suggestion with a no-answer. Default 0.25. */
  suggestionCoverage: number;
  /** Coverage lead another deal needs over the conversation's deal to switch to it in a follow-up. Default 0.2. */
  followUpSwitch: number;
  /** Coverage of the conversation's deal under which a follow-up does not stay on it. Default 0.3. */
  followUpKeep: number;
  /** Coverage a second deal needs to be answered alongside the first ("X and Y"). Default 0.3. */
  secondDealCoverage: number;
  /** Weight a name must have to tell two deals apart for a two-deal answer. Default 2. */
  secondDealName: number;

  // ------------------------------------------------------------------ which facts (rank-facts.ts)
  /** Weight of a fact's share of the question's words (its own text). Default 2. */
  factText: number;
  /** Weight of the fact's BM25 score, relative to the deal's best. Default 0.3. */
  factBm25: number;
  /** How much a word naming the deal counts in choosing one of its facts. Default 0.3. */
  nameInFact: number;
  /** The same for "why", "who criticised" and "where" questions, where the topic decides. Default 0.1. */
  nameInTopicalFact: number;
  /** How much a fact's share of the words damps its intent fit (the words single it out already). Default 0.6. */
  fitDamping: number;
  /** Added to a fact that has a figure of the question ("1.8" in "1.8bn"). Default 0.4. */
  figureMatch: number;
  /** Added to a fact giving a number of the very thing a "how many X" question counts ("about 90 services"). Default 0.5. */
  countedNoun: number;
  /**
   * Taken off a fact that names a provider the question does not name more often than any it does, when
   * it names another of the deal's ("the Google part of OChK's deal" is not in its Microsoft facts).
   * Default 0.5.
   */
  providerMatch: number;
  /** Taken off per position in the entry: ties go to the earlier fact. Default 0.03. */
  positionPenalty: number;
  /**
   * Taken off a fact dated no later than the one a lead clause points at ("after all the protest drama,
   * when…": what came after the protest, not the award before it). Default 0.8.
   */
  beforeAnchor: number;
  /** A fact is shown if its score is at least this share of the best one's. Default 0.6. */
  keepShare: number;
  /** Bonus of the deal's summary (first fact) for "What is X?" or a bare "X". Default 1. */
  summaryBonus: number;
  /** Bonus of the summary when the question asks something but names only the deal. Default 0.3. */
  summaryBonusAsked: number;
  /** Bonus of the summary for any other broad question. Default 0.1. */
  summaryBonusBroad: number;

  // ------------------------------------------------------------------ confidence (see docs/engine.md)
  /** Raw score of a one-deal answer = coverage × (confidenceBase + (1 − confidenceBase) × margin). Default 0.6. */
  confidenceBase: number;
  /**
   * Raw one-deal score → calibrated confidence, as [raw, share right] points joined by straight lines.
   * Measured on the held-out sets (holdout.yaml, holdout-shapes.yaml; 2026-12-04, 64 deals): raw 0.4–0.6
   * was right 75% of the time, 0.6–0.7 93%, 0.7 and over 98–100%. Default
   * [[0, 0.5], [0.5, 0.75], [0.65, 0.9], [0.8, 0.97], [1, 0.98]].
   */
  calibration: ReadonlyArray<readonly [number, number]>;
  /** Confidence of a list built from the deals' structured fields (held-out lists: 92% right). Default 0.92. */
  listConfidence: number;
  /** Confidence of a comparison of named deals (held-out: 5 of 5 right; kept below lists). Default 0.9. */
  compareConfidence: number;
  /**
   * A comparison whose sides name no deal in full compares the two best-ranked deals, each typing a name of its
   * own, when the second's rank is at least this share of the first's (the UK agencies' AWS deal against the
   * ASD's cloud ranked 0.38 of it). Default 0.3.
   */
  comparedShare: number;
  /**
   * A deal whose own name opens the question ("NumSpot, launched by Orange and Capgemini…") has what the
   * question claims checked first when it ranks at least this share of the best deal (NumSpot ranked 0.73 of
   * Bleu there). Default 0.5.
   */
  openingSubjectShare: number;
  /** Confidence of a premise correction (held-out: 8 of 8 right). Default 0.9. */
  correctionConfidence: number;
  /** Highest confidence of an answer saying the entry has no such detail. Default 0.6. */
  missingDetailConfidence: number;
  /**
   * A no-answer's figure is the nearest deal's coverage times this: it makes no claim, so it stays below
   * the lowest confidence an answer carries (0.5). Default 0.3.
   */
  noAnswerConfidence: number;
}

/** The defaults; see each field. */
export const defaultScoring: Readonly<Scoring> = {
  fuzzyMatch: 0.7,
  unknownWordShare: 0.1,
  remarkWeight: 0.25,
  secondHit: 0.3,
  phraseBonus: 0.3,
  bm25Share: 0.7,
  namesFloor: 0.5,
  exactAliasBonus: 0.15,
  titleBonus: 0.15,
  titleDealsMax: 3,
  tieMargin: 0.2,
  tieChecked: 8,
  tieBonus: 0.1,
  tieFactShare: 0.8,
  commonChecked: 12,
  yearSwitchShare: 0.6,
  coverageSwitchGap: 0.3,
  coverageSwitchShare: 0.8,
  coverageSwitchCoverage: 0.7,
  placeSwitchShare: 0.6,
  providerSwitchShare: 0.75,
  titleTieShare: 0.95,
  supersetLead: 0.1,
  askedAmountShare: 0.75,
  bothNamedShare: 0.5,
  specificShare: 0.12,
  namedShare: 0.35,
  placeNamesDeals: 2,
  dominanceMargin: 0.6,
  wellCovered: 0.8,
  wellCoveredLead: 0.3,
  namedRelief: 0.2,
  titleAnchorCoverage: 0.8,
  suggestionCoverage: 0.25,
  followUpSwitch: 0.2,
  followUpKeep: 0.3,
  secondDealCoverage: 0.3,
  secondDealName: 2,
  factText: 2,
  factBm25: 0.3,
  nameInFact: 0.3,
  nameInTopicalFact: 0.1,
  fitDamping: 0.6,
  figureMatch: 0.4,
  countedNoun: 0.5,
  providerMatch: 0.5,
  positionPenalty: 0.03,
  beforeAnchor: 0.8,
  keepShare: 0.6,
  summaryBonus: 1,
  summaryBonusAsked: 0.3,
  summaryBonusBroad: 0.1,
  confidenceBase: 0.6,
  calibration: [
    [0, 0.5],
    [0.5, 0.75],
    [0.65, 0.9],
    [0.8, 0.97],
    [1, 0.98],
  ],
  listConfidence: 0.92,
  compareConfidence: 0.9,
  comparedShare: 0.3,
  openingSubjectShare: 0.5,
  correctionConfidence: 0.9,
  missingDetailConfidence: 0.6,
  noAnswerConfidence: 0.3,
};
