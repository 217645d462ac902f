import { describe, expect, it } from 'vitest';
import { detectLang, fold, isStopword, stems, synonymsOf, tokenize } from '../../src/engine/normalize.js';
import { selfSentences, understand } from '../../src/engine/understand.js';

describe('normalise', () => {
  it('folds case and accents, including letters NFKD leaves alone', () => {
    expect(fold('Données ÉTAT Helsingør Straße œuvre')).toBe('donnees etat helsingor strasse oeuvre');
  });

  it('tokenises words and numbers, drops thousands separators and splits elisions', () => {
    expect(tokenize(fold("L'armée a 2,800 postes et 1.8 Md€, soit 40% d'AWS"))).toEqual([
      'l',
      'armee',
      'a',
      '2800',
      'postes',
      'et',
      '1.8',
      'md',
      'soit',
      '40%',
      'd',
      'aws',
    ]);
  });

  it('knows stopwords of both languages but keeps EU and US', () => {
    for (const word of ['the', 'which', 'le', 'quel', 'combien', 'l'])
      expect(isStopword(word), word).toBe(true);
    for (const word of ['eu', 'us', 'cloud', 'aws']) expect(isStopword(word), word).toBe(false);
  });

  it('stems in both languages and knows synonyms both ways', () => {
    expect(stems('agencies')).toContain('agenc');
    expect(stems('renseignements')).toContain('renseign');
    expect(synonymsOf('replace')).toContain('succeeds');
    expect(synonymsOf('succeeds')).toContain('replace');
    expect(synonymsOf('paye')).toContain('paid');
    expect(synonymsOf('verse')).toContain('paid');
    // "pays" (French for country) is no payment.
    expect(synonymsOf('pays')).not.toContain('paid');
    expect(synonymsOf('derailed')).toContain('shelved');
    expect(synonymsOf('struck')).toContain('invalidated');
    expect(synonymsOf('amazon')).toContain('aws');
    expect(synonymsOf('zzz')).toEqual([]);
  });
});

describe('understand', () => {
  it('reads a country typed in lower case as a name, in both languages', () => {
    expect(understand('how much did mexico pay huawei?', 'en').capitalised.has('mexico')).toBe(true);
    expect(understand('le mexique a choisi huawei ?', 'fr').capitalised.has('mexique')).toBe(true);
    // Country names that are mostly common words are not.
    expect(understand('turkey recipes', 'en').capitalised.has('turkey')).toBe(false);
  });

  it('reads shorthand for several words, and chat fillers as no words', () => {
    expect(understand('the FY2025 target', 'en').tokens).toEqual(['the', 'fiscal', '2025', 'target']);
    expect(understand("ils l'avaient promis pour le T1", 'fr').tokens.slice(-2)).toEqual([
      'premier',
      'trimestre',
    ]);
    expect(understand('tbh ngl who won jedi', 'en').terms).toEqual(['won', 'jedi']);
  });

  it('reads a plural acronym as a common noun, not a name', () => {
    const understood = understand('What share of German federal PCs run Microsoft Office, per PwC?', 'en');
    expect(understood.capitalised.has('pcs')).toBe(false);
    expect(understood.capitalised.has('pwc')).toBe(true);
    expect(understand('which state DPAs disagreed with the DSK?', 'en').capitalised.has('dpas')).toBe(false);
  });

  it('reads chat shorthand as the word it stands for, and what it asks for', () => {
    expect(understand('how many ppl signed the petition?', 'en').terms).toContain('people');
    expect(understand('whats the catch with s3ns', 'en')).toMatchObject({ intent: 'criticism', asks: true });
    expect(understand('did jedi ever happen', 'en').intent).toBe('status');
    expect(understand('pkoi le gouv a choisi Bleu', 'fr')).toMatchObject({ intent: 'reason' });
    expect(understand('is the data privacy framework still valid', 'en').intent).toBe('status');
    // What became of it, in French.
    expect(understand("qu'est-il advenu de Schrems II ?", 'fr').intent).toBe('status');
    expect(understand("qu'est devenu le projet Gaia-X ?", 'fr').intent).toBe('status');
    // "Combien <subject> … de <noun>" counts; "combien le contrat X", "combien … valait" ask for an amount.
    expect(understand("combien l'armée autrichienne a-t-elle migré de postes ?", 'fr').intent).toBe('count');
    expect(understand('combien le contrat JEDI valait-il ?', 'fr').intent).toBe('value');
    // "Que reproche-t-on à X ?" asks for the criticism; the verb is no term.
    expect(understand('que reproche-t-on à S3NS ?', 'fr')).toMatchObject({
      intent: 'criticism',
      terms: ['s3ns'],
    });
    // "Is X dead?" asks where it stands; "dead" names nothing of X.
    expect(understand('is Gaia-X dead?', 'en')).toMatchObject({ intent: 'status', terms: ['gaia', 'x'] });
    expect(understand('Gaia-X est-il mort ?', 'fr')).toMatchObject({
      intent: 'status',
      terms: ['gaia', 'x'],
    });
    // Hurried question words; filler that names nothing.
    expect(understand('whn did the cloud act become law', 'en').intent).toBe('date');
    // "cost" asks for the value, like "worth": it is no term either.
    expect(understand('how much would the whole eurostack thing cost', 'en').terms).toEqual(['eurostack']);
    expect(understand('has airbus picked a provider yet for its cloud', 'en').intent).toBe('status');
    expect(understand('what deadline did helsingor get', 'en').intent).toBe('date');
    // "everyone" is no one in particular; "mad about" asks for the criticism.
    expect(understand('why is everyone mad about the health data hub', 'en').terms).not.toContain('everyone');
  });

  it('knows the kind of party a "which…?" question asks for, in both languages', () => {
    expect([...understand('Which vendors are on the C2E contract?', 'en').answerKind]).toEqual(['vendors']);
    expect([...understand('Quels fournisseurs le Japon a-t-il retenus ?', 'en').answerKind]).toEqual([
      'fournisseurs',
    ]);
    expect([...understand('Which cloud providers won JWCC?', 'en').answerKind]).toEqual(['providers']);
    expect(understand('How much is JWCC worth?', 'en').answerKind.size).toBe(0);
    // An adjective before the noun; a place word after it does not make it a "where" question.
    expect(understand("which greek banks said they'd use microsoft's new region?", 'en')).toMatchObject({
      intent: 'parties',
      answerKind: new Set(['banks']),
    });
  });

  it('tells a question that asks something from a bare name', () => {
    expect(understand('Par quoi Lyon remplace-t-elle Office ?', 'en').asks).toBe(true);
    expect(understand('What is Bleu?', 'en').asks).toBe(true);
    expect(understand('JWCC ceiling', 'en').asks).toBe(false);
    // "ou" (or) and "que" (that) also join clauses: they do not make a question.
    expect(understand('Bleu ou Delos', 'en').asks).toBe(false);
  });

  it('tells French from English, and falls back on the context language for a tie', () => {
    expect(understand('Combien vaut le contrat ?', 'en').lang).toBe('fr');
    expect(understand('How much is the deal worth?', 'fr').lang).toBe('en');
    // A German name's umlaut is no French accent.
    expect(understand('stackit lübbenau data centre cost', 'en').lang).toBe('en');
    expect(detectLang('jwcc', ['jwcc'], 'fr')).toBe('fr');
    expect(
      detectLang('psn actionnaires', ['psn', 'actionnaires'], 'en', (t) =>
        t === 'actionnaires' ? 'fr' : undefined,
      ),
    ).toBe('fr');
    // Function words decide when they do not tie: words only one language's texts use are then not read.
    expect(
      detectLang(
        'who signed the Bundeswehr cloud',
        ['who', 'signed', 'the', 'bundeswehr', 'cloud'],
        'fr',
        () => 'fr',
      ),
    ).toBe('en');
  });

  it.each([
    ['How much is the GCHQ deal worth?', 'value'],
    ['Combien vaut le contrat JEDI ?', 'value'],
    ['How many facts?', 'count'],
    ['combien le contrat palantir ?', 'value'],
    ['Combien de pays ont signé ?', 'count'],
    ["Combien d'agences peuvent l'utiliser ?", 'count'],
    ['Combien il y a de fournisseurs ?', 'count'],
    ['Combien compte-t-il de partenaires ?', 'count'],
    ['Which cloud providers won JWCC?', 'parties'],
    ['What cloud deal did Lyon sign?', 'general'],
    ['When was JEDI awarded?', 'date'],
    ['Quand le contrat a-t-il été signé ?', 'date'],
    ['Who runs Delos Cloud?', 'parties'],
    ['Qui a gagné le contrat ?', 'parties'],
    ['Why did Lyon leave Microsoft?', 'reason'],
    ['Pourquoi la CNIL a-t-elle interdit Google ?', 'reason'],
    ['Was the move basically a cost cutting exercise or was there another motive?', 'reason'],
    ['why was oracle shut out of JWCC when aws, google and microsoft all got contracts?', 'reason'],
    ["when did cispe first go to the eu commission complaining about microsoft's licensing", 'date'],
    ["Quel jour a été signé l'accord d'ambassade de données ?", 'date'],
    ['who from element trashed the nato google cloud deal', 'criticism'],
    ['How did the minister justify dropping Office 365?', 'reason'],
    ['What actually pushed the court to drop Microsoft Office?', 'reason'],
    ["Qu'est-ce qui a poussé la Cour à quitter Microsoft ?", 'reason'],
    ["What's the beef people had with the Oracle award?", 'criticism'],
    ['Which deals involve Oracle?', 'list'],
    ['Quels contrats en France ?', 'list'],
    ['How long does a qualification last?', 'duration'],
    ['what stake does TIM hold in the PSN?', 'count'],
    ['whats estonia paying for its data embassy in luxembourg?', 'value'],
    ['where are the data centres that britain is paying amazon to leave?', 'location'],
    ["leonardo's stake in polo strategico nazionale?", 'count'],
    ['What is openDesk?', 'definition'],
    ["Qu'est-ce que le projet Nimbus ?", 'definition'],
    ['En quoi consiste Microsoft Sovereign Cloud ?', 'definition'],
  ])('%s → %s', (question, intent) => {
    expect(understand(question, 'en').intent).toBe(intent);
  });

  it('drops a list trailing off and hearsay ("incl … etc", "lu quelque part")', () => {
    expect(
      understand('gaia-x let in new members in spring 2021 incl amazon google etc', 'en').terms,
    ).not.toContain('etc');
    expect(understand("j'ai lu 24% quelque part", 'fr').terms).not.toContain('quelque');
  });

  it('drops the words that only ask for a date ("what date", "which day")', () => {
    expect(understand('what date did the cloud act actually become law', 'en').terms).not.toContain('date');
    expect(understand('what day did the commission unveil it?', 'en').terms).not.toContain('day');
  });

  it('reads a remark after the question mark, asking nothing, as a remark', () => {
    const understood = understand(
      'the korean govt datacentre fire, how much data was lost? this is my nightmare for our hospitals',
      'en',
    );
    expect([...(understood.remark ?? [])]).toEqual(['nightmare', 'hospitals']);
    // A second question is no remark, nor is a word the question proper also uses.
    expect(understand('who runs Bleu? and who owns it?', 'en').remark).toBeUndefined();
    expect(understand('when did bleu launch? bleu matters a lot', 'en').remark).toEqual(
      new Set(['matters', 'lot']),
    );
    // A question too short to name anything, or a remark with a name in it, says what is asked about.
    expect(understand('when was it awarded? talking about the HMRC contract', 'en').remark).toBeUndefined();
    expect(
      understand('when did bleu launch? it is about Bleu the joint venture', 'en').remark,
    ).toBeUndefined();
  });

  it('reads the sentences before a question that names something as its preamble', () => {
    const understood = understand(
      "We're setting award criteria weightings and I'd like a peer reference. In the Swiss federal Public Clouds Bund tender, how much weight did contract terms get?",
      'en',
    );
    expect([...(understood.preamble ?? [])]).toEqual(
      expect.arrayContaining(['setting', 'award', 'criteria', 'weightings', 'peer', 'reference']),
    );
    expect(understood.preamble?.has('tender')).toBe(false);
    // Nor is an ellipsis a sentence's end.
    expect(
      understand('lyon quitte microsoft... pour passer sur Google Workspace ?', 'fr').preamble,
    ).toBeUndefined();
  });

  it('reads a word opening a sentence as capitalised for that alone', () => {
    const understood = understand(
      'Our lawyer asked about it. Quick check: does the CLOUD Act cover it?',
      'en',
    );
    expect(understood.capitalised.has('cloud')).toBe(true);
    expect(understood.capitalised.has('our')).toBe(false);
    expect(understood.capitalised.has('check')).toBe(false);
  });

  it('drops a title before a name ("Mrs Dweck", "Monsieur Séguret")', () => {
    expect(understand('when did the ministry of Mrs Dweck sign with Serpro?', 'en').terms).not.toContain(
      'mrs',
    );
    expect(understand('qu a dit Monsieur Séguret ?', 'fr').terms).not.toContain('monsieur');
  });

  it('reads a closing sign-off as a remark, names and all', () => {
    const understood = understand('How much is the Home Office AWS contract? Regards, John Smith', 'en');
    expect([...(understood.remark ?? [])]).toEqual(expect.arrayContaining(['regards', 'john', 'smith']));
  });

  it('reads a sentence about the asker as naming no one ("Je suis à Marseille.", "We use OVHcloud today.")', () => {
    expect(
      understand('Je suis à Marseille. Quel fournisseur héberge le HDH ?', 'fr').capitalised,
    ).not.toContain('marseille');
    expect(selfSentences('Which provider hosts the HDH? We use OVHcloud today.')).toEqual([
      ' We use OVHcloud today.',
    ]);
    expect(selfSentences('I know MI5 chose Oracle. Why?')).toEqual([]);
    expect(selfSentences("I'm sure AWS won. When?")).toEqual([]);
  });

  it('reads German procurement words and trade abbreviations as the words the corpus writes', () => {
    expect(
      understand('What was the Kostendach of the Public Clouds Bund Ausschreibung?', 'en').terms,
    ).toEqual(expect.arrayContaining(['ceiling', 'tender']));
    expect(understand('max notice period a CSP can impose? EU HQ?', 'en').terms).toEqual(
      expect.arrayContaining(['provider', 'headquarters']),
    );
  });

  it('reads a closing "after…" clause of a "when" question as what the answer comes after', () => {
    const understood = understand("when did the nsa redo the pick after gao upheld msft's protest", 'en');
    expect([...(understood.anchor ?? [])]).toEqual(['gao', 'upheld', 'msft', 'protest']);
  });

  it('reads "a eu" before an article as the verb, not the EU', () => {
    expect(understand('s3ns a eu la snc 3.2 quand finalement ?', 'fr').terms).not.toContain('eu');
    expect(understand('is there a eu deal with aws?', 'en').terms).toContain('eu');
  });

  it('keeps content words only, and remembers which were written as names', () => {
    const understood = understand('What did the Bundeswehr sign with Google in 2025?', 'en');
    expect(understood.terms).toEqual(['bundeswehr', 'sign', 'google', '2025']);
    expect([...understood.capitalised]).toEqual(['bundeswehr', 'google']);
    expect(understood.numbers).toEqual(['2025']);
  });
});
