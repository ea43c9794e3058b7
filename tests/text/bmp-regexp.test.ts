import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BmpRegExp, bmpSource } from '../../src/text/bmp-regexp.js';
// the modules whose expressions are BmpRegExps, so that `BmpRegExp.made` holds them
import '../../src/stages/clean/lines.js';
import '../../src/stages/clean/classify.js';
import '../../src/stages/clean/metadata.js';
import '../../src/stages/clean/phrases.js';
import '../../src/stages/tag-entities.js';

/** every match of `re` in `text` as [index, ...groups] (one for an expression without g) */
function matches(re: RegExp, text: string): unknown[] {
  if (!re.global) {
    const m = re.exec(text);
    return m ? [[m.index, ...m]] : [];
  }
  return [...text.matchAll(re)].map((m) => [m.index, ...m]);
}

// characters of news text, one-byte and two-byte, with the edges of the classes: letters of every case (ǅ a
// title-case one), marks, digits of other scripts, curly quotes, dashes, white space of several kinds
const CHARS = [...'aZ9 .,:;!?-\'"()&\tÉéßµªº²¼×÷ ǅƏəŞşЖжΩω中文ـ٣۳\u0301\u0903’‘“”…–—€\u00a0\u2009\u3000\n\r\ufeffſ\u212akKsS©»•'];
const piece = fc.oneof(
  fc.constantFrom(...CHARS),
  fc.constantFrom('Exton, Pa.', 'He left. Then', 'REUTERS:', 'in 1990." Then', ' Mr. Aliyev, Azerb.', 'Read more', 'Subscribe to our newsletter', 'All Rights Reserved', 'Tags:', '© 2020', 'Share on Facebook'),
);
const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

describe('BmpRegExp', () => {
  it('is used by the clean and tag stages (the modules imported above made some)', () => {
    expect(BmpRegExp.made.length).toBeGreaterThanOrEqual(6);
  });

  it('each matches what its original matches, whichever expression `on` picks (texts without surrogates: the twin, unless an i pattern meets ſ or K)', () => {
    for (const r of BmpRegExp.made) {
      expect(r.bmp.flags).toBe(r.unicode.flags.replace('u', ''));
      fc.assert(
        fc.property(text, (t) => {
          expect(matches(r.on(t), t)).toEqual(matches(r.unicode, t));
          if (!/[ſ\u212a]/.test(t)) expect(r.on(t)).toBe(r.bmp);
        }),
        { numRuns: 1_000 },
      );
    }
  });

  it('runs the original on a text with a surrogate, the twin on others', () => {
    const r = new BmpRegExp(/\p{Lu}/gu);
    expect(r.on('Baku ’ Ə')).toBe(r.bmp);
    expect(r.on('Baku \ud835\udc00')).toBe(r.unicode);
    // (the original matches 𝐀, MATHEMATICAL BOLD CAPITAL A, which the twin cannot)
    expect(matches(r.on('x\ud835\udc00'), 'x\ud835\udc00')).toEqual([[1, '\ud835\udc00']]);
  });

  it('writes \\p and \\P out as BMP classes, inside and outside a class, and \\u{…} as \\uXXXX', () => {
    const re = (s: string) => new RegExp(bmpSource(s));
    expect(re('^\\p{Lu}+$').test('ƏŞЖ')).toBe(true);
    expect(re('^\\p{Lu}+$').test('Əş')).toBe(false);
    expect(re('^[^\\p{L}\\p{N} ]+$').test('’—…')).toBe(true);
    expect(re('^[^\\p{L}\\p{N} ]+$').test('’a')).toBe(false);
    expect(re('^\\P{L}$').test('٣')).toBe(true);
    expect(re('^[\\P{L}x]+$').test('x٣x')).toBe(true);
    expect(re('^\\u{2019}\\u{41}$').test('’A')).toBe(true);
    // escapes that need no u flag are kept
    expect(bmpSource('\\.\\[\\]\\\\[\\]x]')).toBe('\\.\\[\\]\\\\[\\]x]');
  });

  it('refuses what its twin could not match the same way', () => {
    expect(() => new BmpRegExp(/a/)).toThrow(/needs the u flag/);
    expect(() => new BmpRegExp(/\p{Lu}/iu)).toThrow(/with the i flag/);
    expect(() => new BmpRegExp(/café/iu)).toThrow(/with the i flag/);
    expect(() => new BmpRegExp(/caf\u00e9/iu)).toThrow(/with the i flag/);
    expect(() => bmpSource('\\u{1F600}')).toThrow(/above U\+FFFF/);
  });

  it('with the i flag, runs the original on a text with ſ or the Kelvin sign, which match s and k only with u', () => {
    const r = new BmpRegExp(/\bsubscribe\b|[k]m/iu);
    expect(r.on('Subscribe — now')).toBe(r.bmp);
    expect(r.bmp.flags).toBe('i');
    for (const t of ['ſubscribe', '5 \u212am', 'SUBſCRIBE']) {
      expect(r.on(t)).toBe(r.unicode);
      expect(r.on(t).test(t)).toBe(true);
      expect(r.bmp.test(t)).toBe(false);
    }
    // caseless characters above U+007F are allowed: '©', '»'
    expect(new BmpRegExp(/^(?:©|»)\s*more/iu).on('» More').test('» More')).toBe(true);
  });

  it('ſ and the Kelvin sign are the only code units that an ASCII letter or \\w matches differently with and without u under i', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const pairs = [...letters.map((x) => [new RegExp(`^${x}$`, 'iu'), new RegExp(`^${x}$`, 'i')]), [/^\w$/iu, /^\w$/i]];
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const c = String.fromCharCode(unit);
      if (pairs.some(([u, plain]) => u.test(c) !== plain.test(c))) differ.push(unit);
    }
    expect(differ).toEqual([0x017f, 0x212a]);
  });
});
