import { describe, expect, it } from 'vitest';
import { WEAK_PAIRING_WORDS } from '../../src/engine/lexicon.js';
import { movesIn, otherDestination, reversedMove } from '../../src/engine/moves.js';
import { fold, tokenize } from '../../src/engine/normalize.js';
import { isPairingWord } from '../../src/engine/plan.js';

const spaced = (text: string) => tokenize(fold(text)).join(' ');

describe('movesIn', () => {
  it.each([
    [
      'moved 16,000 workstations from Microsoft Office to LibreOffice',
      ['microsoft', 'office'],
      ['libreoffice'],
    ],
    [
      'began replacing Microsoft Office 365 with the open-source LibreOffice',
      ['microsoft', 'office', '365'],
      ['libreoffice'],
    ],
    ['dropping LibreOffice for Office 365', ['libreoffice'], ['office', '365']],
    [
      'OnlyOffice with Nextcloud in place of Microsoft Office',
      ['microsoft', 'office'],
      ['onlyoffice', 'nextcloud'],
    ],
    ['la Ville remplace Microsoft Office par OnlyOffice', ['microsoft', 'office'], ['onlyoffice']],
    ['pourquoi le ministère est revenu à Microsoft Office', [], ['microsoft', 'office']],
    ["l'armée est passée sur Microsoft 365", [], ['microsoft', '365']],
    // Chosen to replace; moved to B from A.
    [
      'the Health Data Hub chose Scaleway, a French cloud provider, to replace Microsoft Azure',
      ['microsoft', 'azure'],
      ['scaleway'],
    ],
    ['did the Health Data Hub move to Azure from Scaleway', ['scaleway'], ['azure']],
    // Chosen to take over, in the passive.
    [
      'the French firm ChapsVision had been selected to take over from Palantir',
      ['palantir'],
      ['french', 'firm', 'chapsvision'],
    ],
    [
      "l'entreprise ChapsVision avait été retenue pour remplacer Palantir",
      ['palantir'],
      ['entreprise', 'chapsvision'],
    ],
    // What moves before where to is no origin; "passer de A à B" has one.
    ['le Land a migré toute son administration vers Microsoft 365', [], ['microsoft', '365']],
    ['Lyon est passée de Microsoft Office à OnlyOffice', ['microsoft', 'office'], ['onlyoffice']],
    ['Lyon switched its staff over to Google Workspace', [], ['google', 'workspace']],
  ])('reads "%s" as a move from %j to %j', (text, from, to) => {
    const moves = movesIn(spaced(text));
    expect(
      moves.some(
        (m) =>
          from.every((w) => m.from.includes(w)) &&
          (from.length > 0 || m.from.length === 0) &&
          to.every((w) => m.to.includes(w)),
      ),
    ).toBe(true);
  });

  it('finds no move in a sentence without one', () => {
    expect(movesIn(spaced('The contract runs for ten years and is worth EUR 50m'))).toEqual([]);
    // "migration" is a noun: "la migration de fin 2026, Scaleway a finalement…" moves nothing.
    expect(movesIn(spaced('après la migration de fin 2026, Scaleway a finalement été choisi'))).toEqual([]);
  });

  it('reads a destination asked for as no claim ("moved, and onto what platform?")', () => {
    expect(movesIn(spaced('how many mailboxes got moved, and onto what platform?'))).toEqual([]);
    expect(movesIn(spaced('ils ont migré leurs boîtes vers quelle messagerie ?'))).toEqual([]);
  });
});

describe('reversedMove', () => {
  const facts = [
    spaced('In 2025 the army finished moving its workstations from Microsoft Office to LibreOffice.'),
  ];

  it('finds the fact that records a claimed move the other way round', () => {
    expect(
      reversedMove(spaced('why did the army go back from LibreOffice to Microsoft Office?'), facts),
    ).toBe(0);
  });

  it('finds the fact left behind by a move claimed to its source', () => {
    expect(reversedMove(spaced("l'armée est passée sur Microsoft 365 en 2025 ?"), facts)).toBe(0);
  });

  it('finds nothing when the claim goes the way the fact does', () => {
    expect(reversedMove(spaced('why did the army switch from Microsoft Office to LibreOffice?'), facts)).toBe(
      -1,
    );
  });

  it('finds nothing when some fact also records the claimed destination', () => {
    const both = [
      ...facts,
      spaced('Staff might temporarily switch back to Microsoft Office if the pilot fails.'),
    ];
    expect(reversedMove(spaced('why did the army go back from LibreOffice to Microsoft Office?'), both)).toBe(
      -1,
    );
  });
});

describe('pairing verbs in any form', () => {
  it.each(['winning', 'running', 'decrocher', 'decrochent', 'hosted', 'signed'])(
    '"%s" claims a pairing',
    (word) => {
      expect(isPairingWord(word)).toBe(true);
    },
  );

  it.each(['replacement', 'providers', 'provider', 'deals', 'winner', 'with'])('"%s" claims none', (word) => {
    expect(isPairingWord(word) && !WEAK_PAIRING_WORDS.has(word)).toBe(false);
  });
});

describe('otherDestination', () => {
  const texts = [
    spaced('Three candidates were left: Athea, ChapsVision and Blueway.'),
    spaced('The French firm ChapsVision had been selected to take over from Palantir.'),
  ];
  const known = (word: string) => texts.some((t) => ` ${t} `.includes(` ${word} `));
  it('finds the fact with another destination for a move a question claims to a name the texts know', () => {
    expect(otherDestination(spaced('why did the DGSI choose Athea to replace Palantir'), texts, known)).toBe(
      1,
    );
  });
  it('finds none for the recorded destination, nor for a destination the texts never write', () => {
    expect(
      otherDestination(spaced('why did the DGSI choose ChapsVision to replace Palantir'), texts, known),
    ).toBe(-1);
    expect(otherDestination(spaced('why did the DGSI choose Sopra to replace Palantir'), texts, known)).toBe(
      -1,
    );
  });
});
