import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UNIT_LETTER, UNIT_LOWER, UNIT_MARK, UNIT_NUMBER, UNIT_SPACE, UNIT_UPPER, countLetters, hasLetter, hasLower, hasSurrogate, hasWord, isLetterUnit, singleSpaced, unitFlags } from '../../src/text/chars.js';

describe('singleSpaced', () => {
  it.each([
    ['Richard von\nWeizsaecker', 'Richard von Weizsaecker'],
    ['Jose\r\nSarney', 'Jose Sarney'],
    ['Quorvex \n  Motors\tCorp', 'Quorvex Motors Corp'],
    ['Ilham Aliyev', 'Ilham Aliyev'],
    ['Aliyev', 'Aliyev'],
  ])('%j -> %j', (s, want) => {
    expect(singleSpaced(s)).toBe(want);
  });

  it('gives the string itself when it has only single spaces, and never two white-space characters in a row', () => {
    const plain = 'Ilham Aliyev';
    expect(singleSpaced(plain)).toBe(plain);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '\n', '\t', '\u00a0', 'é'), { maxLength: 20 }), (chars) => {
        const s = chars.join('');
        const out = singleSpaced(s);
        expect(out).not.toMatch(/\s\s|[^\S ]/);
        expect(out).toBe(s.replace(/\s+/g, ' '));
      }),
    );
  });
});

describe('isLetterUnit', () => {
  it('answers as /\\p{L}/u does for the one-unit string, for every UTF-16 code unit, and no for past the end', () => {
    const wrong: number[] = [];
    // twice: the second time from the table the first filled
    for (let round = 0; round < 2; round++) {
      for (let unit = 0; unit < 0x10000; unit++) if (isLetterUnit(unit) !== /\p{L}/u.test(String.fromCharCode(unit))) wrong.push(unit);
    }
    expect(wrong).toEqual([]);
    expect(['A', 'z', 'é', 'Ə', 'ş', 'Ж', '中'].map((c) => isLetterUnit(c.charCodeAt(0)))).toEqual([true, true, true, true, true, true, true]);
    expect([' ', '.', '-', '1', '\u0301', '\ud835'].map((c) => isLetterUnit(c.charCodeAt(0)))).toEqual([false, false, false, false, false, false]);
    expect(isLetterUnit('Baku'.charCodeAt(4))).toBe(false);
  });
});

describe('unitFlags', () => {
  it('gives the classes /\\p{L}/u, /\\p{Lu}/u, /\\p{M}/u, /\\p{N}/u, /\\s/ and /\\p{Ll}/u find in the one-unit string, for every UTF-16 code unit', () => {
    const classes: [number, RegExp][] = [[UNIT_LETTER, /\p{L}/u], [UNIT_UPPER, /\p{Lu}/u], [UNIT_MARK, /\p{M}/u], [UNIT_NUMBER, /\p{N}/u], [UNIT_SPACE, /\s/], [UNIT_LOWER, /\p{Ll}/u]];
    const wrong: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let unit = 0; unit < 0x10000; unit++) {
        const c = String.fromCharCode(unit);
        const want = classes.reduce((f, [bit, re]) => f | (re.test(c) ? bit : 0), 0);
        if (unitFlags(unit) !== want) wrong.push(unit);
      }
    }
    expect(wrong).toEqual([]);
    expect([unitFlags('É'.charCodeAt(0)), unitFlags('\u0301'.charCodeAt(0)), unitFlags('\u00a0'.charCodeAt(0)), unitFlags('٣'.charCodeAt(0))]).toEqual([UNIT_LETTER | UNIT_UPPER, UNIT_MARK, UNIT_SPACE, UNIT_NUMBER]);
    expect(unitFlags('é'.charCodeAt(0))).toBe(UNIT_LETTER | UNIT_LOWER);
    expect(unitFlags(NaN)).toBe(0);
  });
});

describe('hasLetter, hasWord, hasLower, hasSurrogate', () => {
  it('property: as /\\p{L}/u, /[\\p{L}\\p{N}]/u, /\\p{Ll}/u and /[\\ud800-\\udfff]/ find', () => {
    const piece = fc.constantFrom('a', 'Z', '1', ' ', '“', '”', '—', 'é', 'É', 'Ж', 'ж', '٣', '½', '\u0301', '😀', '𝐀', '𝐚', '\ud835', '.', '’');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        expect(hasLetter(s)).toBe(/\p{L}/u.test(s));
        expect(hasWord(s)).toBe(/[\p{L}\p{N}]/u.test(s));
        expect(hasLower(s)).toBe(/\p{Ll}/u.test(s));
        expect(hasSurrogate(s)).toBe(/[\ud800-\udfff]/.test(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('countLetters', () => {
  it('counts as /\\p{L}/gu does, a letter above U+FFFF as one', () => {
    expect(countLetters('Baku, 2020 — Əli’s')).toBe(8);
    expect(countLetters('\ud835\udc00b')).toBe(2);
    expect(countLetters('')).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Ə', '中', '1', ' ', '’', '\u0301', '\ud835\udc00', '\ud800', '\udc00', 'ſ'), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        expect(countLetters(s)).toBe((s.match(/\p{L}/gu) ?? []).length);
      }),
    );
  });
});
