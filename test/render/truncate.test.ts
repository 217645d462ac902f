import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/index.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (text: string) => [...graphemes.segment(text)].map((s) => s.segment);

// Text made of what breaks naive cutting: flags (two regional indicators), ZWJ families, skin tones,
// combining accents, astral letters, and plain ASCII.
const piece = fc.constantFrom('a', 'é', 'e\u0301', '🇫🇷', '🇩🇪', '👍🏽', '👨‍👩‍👧', '𝔸', ' ', '—', 'z');
const hostile = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

describe('truncate', () => {
  it('never exceeds the limit, never splits a grapheme, and keeps short text whole', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 0, max: 120 }), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) {
          expect(cut).toBe(text);
          return;
        }
        expect(cut === '' || cut.endsWith('…')).toBe(true);
        // What is kept is whole graphemes of the original, in order: no lone surrogate, no half flag.
        const kept = cut.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(clusters(text).slice(0, clusters(kept).length).join('')).toBe(kept);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut)).toBe(
          false,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts before a flag that would not fit rather than in its middle (the Discord /deal failure)', () => {
    const name = `${'z'.repeat(94)}🇫🇷🇫🇷🇫🇷`;
    const cut = truncate(name, 100);
    expect(cut).toBe(`${'z'.repeat(94)}🇫🇷…`);
  });
});
