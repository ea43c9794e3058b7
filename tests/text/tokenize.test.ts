import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aliasKeys, detach, isAllCaps, oneByte, tokenize } from '../../src/text/tokenize.js';
import { isOneByte } from '../helpers.js';

/** the definition tokenize implements (words of letters, marks, digits; any other non-space character alone), by a global regex search */
function reference(text: string, offset: number, end: number): [number, number, string][] {
  const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  re.lastIndex = offset;
  const out: [number, number, string][] = [];
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const e = Math.min(m.index + m[0].length, end);
    out.push([m.index, e, text.slice(m.index, e)]);
  }
  return out;
}
const PIECES = ['a', 'Z', '7', 'Baku', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '-', '‐', "'", '’', '.', ',', 'é', 'e\u0301', 'Ə', 'İ', '٣', '中文', '😀', '\ud800', '\udc00', 'x\u0301y', '$', '€'];

describe('tokenize', () => {
  it.each([
    ["Aliyev's", ['Aliyev', "'", 's']],
    ['Aliyev’s', ['Aliyev', "'", 's']], // curly apostrophe unified in keys
    ['Nagorno-Karabakh', ['Nagorno', '-', 'Karabakh']],
    ['İlham Əliyev', ['İlham', 'Əliyev']], // Unicode letters stay inside words
    ['Ünal, U.S.', ['Ünal', ',', 'U', '.', 'S', '.']],
    ['e\u0301te', ['e\u0301te']], // combining marks are part of the word
  ])('%s -> %j', (text, keys) => {
    expect(tokenize(text).map((t) => t.key)).toEqual(keys);
  });

  it('gives the tokens of the regex definition on any text and range (ASCII scan, non-ASCII by the regex)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const offset = a % (text.length + 1);
        const end = offset + (b % (text.length - offset + 1));
        expect(tokenize(text, offset, end).map((t) => [t.start, t.end, t.text])).toEqual(reference(text, offset, end));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('marks attached hyphens as joiners, spaced dashes not', () => {
    expect(tokenize('Nagorno-Karabakh').map((t) => t.joiner)).toEqual([false, true, false]);
    expect(tokenize('Baku - Moscow').map((t) => t.joiner)).toEqual([false, false, false]);
  });

  it.each([
    ['Nagorno-Karabakh', ['Nagorno', 'Karabakh']],
    ['Nagorno Karabakh', ['Nagorno', 'Karabakh']],
    ['OSCE Minsk Group', ['OSCE', 'Minsk', 'Group']],
  ])('alias keys of %s', (alias, keys) => {
    expect(aliasKeys(alias)).toEqual(keys);
  });

  it.each([
    ['BAKU', true],
    ['OSCE', true],
    ['Baku', false],
    ['A', false],
    ['ƏLİYEV', true],
  ])('isAllCaps(%s) = %s', (t, want) => {
    expect(isAllCaps(t)).toBe(want);
  });

  it.each([
    ['Baku'],
    ['Rustam Muradov of the Azerbaijani army'.slice(0, 14)],
    ['a lone surrogate \ud800 and a pair 😀 stay as they are'],
  ])('detach(%j) is an equal string', (s) => {
    expect(detach(s)).toBe(s);
  });
});

describe('oneByte', () => {
  it('gives an equal string, one-byte whenever every character is Latin-1', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', 'ß', 'ÿ', ' ', '’', 'Ş', '日'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), fc.nat(8), (s, cut) => {
        // a slice of a two-byte parent is two-byte even when its own characters are all Latin-1
        const parent = '日' + s;
        const slice = parent.slice(1 + Math.min(cut, s.length));
        const out = oneByte(slice);
        expect(out).toBe(slice);
        expect(isOneByte(out)).toBe([...slice].every((c) => c.charCodeAt(0) <= 0xff));
      }),
    );
  });

  it('makes the cell of a two-byte row one-byte (`iso:JP` beside an alias in Japanese)', () => {
    const row = 'iso:JP\tJapan\t日本';
    const id = row.slice(0, 6);
    expect([isOneByte(id), isOneByte(oneByte(id))]).toEqual([false, true]);
  });
});
