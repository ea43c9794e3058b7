import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partId, textParts } from '../../src/input/parts.js';

/** The parts' texts, from their starts. */
const texts = (text: string, maxChars: number) => {
  const parts = textParts(text, maxChars);
  return parts.map((p, i) => text.slice(p.start, i + 1 < parts.length ? parts[i + 1].start : text.length));
};

describe('textParts', () => {
  it('cuts after the last blank line of the second half of each part, so that the next opens on a paragraph', () => {
    expect(texts('aaaa\n\nbbbb\n\ncc', 8)).toEqual(['aaaa\n\n', 'bbbb\n\ncc']);
    // the blank line may hold spaces and carriage returns, and the white space after it goes with it
    expect(texts('aaaaaaa\r\n \r\n  bbbbbbb', 16)).toEqual(['aaaaaaa\r\n \r\n  ', 'bbbbbbb']);
    // a blank line in the first half is not used: it would make a part of a few characters
    expect(texts('a\n\nbbbbb cc', 10)).toEqual(['a\n\nbbbbb ', 'cc']);
  });

  it('falls back to a line break, then white space, then the limit, never halving a surrogate pair', () => {
    expect(texts('aaaaa\nbbbbb cc', 8)).toEqual(['aaaaa\n', 'bbbbb cc']);
    expect(texts('aaaaa bbbbbbbb', 8)).toEqual(['aaaaa ', 'bbbbbbbb']);
    expect(texts('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(texts('abc😀def', 4)).toEqual(['abc', '😀de', 'f']);
  });

  it('gives each part its 1-based index, the count, its start and its first line in the whole text', () => {
    const text = 'one\ntwo\n\nthree\nfour\n\nfive six seven';
    expect(textParts(text, 12)).toEqual([
      { index: 1, count: 4, start: 0, line: 1 },
      { index: 2, count: 4, start: 9, line: 4 },
      { index: 3, count: 4, start: 21, line: 7 },
      { index: 4, count: 4, start: 30, line: 7 },
    ]);
    expect(textParts('short', 10)).toEqual([{ index: 1, count: 1, start: 0, line: 1 }]);
    expect(textParts('', 10)).toEqual([{ index: 1, count: 1, start: 0, line: 1 }]);
    expect(() => textParts('x', 1)).toThrow(/maxChars must be at least 2/);
  });

  it('property: the parts are the whole text in order, none longer than maxChars, lines counted from the start', () => {
    const piece = fc.constantFrom('word ', 'Baku ', '\n', '\n\n', '\r\n\r\n', ' \n \n', '😀', 'é', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }).map((a) => a.join('')), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const parts = textParts(text, max);
        const got = texts(text, max);
        expect(got.join('')).toBe(text);
        for (const [i, t] of got.entries()) {
          expect(t.length).toBeLessThanOrEqual(max);
          expect(t.length > 0 || text === '').toBe(true);
          expect(parts[i].line).toBe(text.slice(0, parts[i].start).split('\n').length);
          // no part starts on the second half of a surrogate pair
          expect(/^[\uDC00-\uDFFF]/.test(t)).toBe(false);
        }
      }),
    );
  });

  it('names a part by the file id', () => expect(partId('archive/2020-10', 3)).toBe('archive/2020-10#part-3'));
});
