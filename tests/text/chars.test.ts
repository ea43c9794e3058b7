import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countLetters, isLetterUnit, singleSpaced } from '../../src/text/chars.js';

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
