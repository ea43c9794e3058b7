import { SURROGATE } from './chars.js';
/**
 * A regular expression with the `u` flag and its twin without it, for texts that hold no surrogate (no
 * character above U+FFFF: nearly every news text).
 *
 * Why. V8 runs a `u` regular expression over a two-byte string (one that holds any character above U+00FF:
 * a curly quote, a dash, a euro sign, so most web news: 318 of the 373 FakeNewsNet articles, 1,233 of the
 * 1,381 boilerplate-dev pages) slower than over a one-byte string, by how much depending on the pattern: over
 * the same 8.8 MB text, `/\p{Lu}/gu` 3.7 times, `AFTER_PLACE` (stages/tag-entities.ts) 20 times. The same
 * expression without the flag, its `\p{…}` classes written out as the BMP code units they hold (the twin), won
 * most of that back for the clean stage's sentence count of a line (over that text's lines, two-byte: 445-464 ms
 * with `u`, 26-32 ms for the twin, 24-31 ms with `u` over the text read as one-byte) but only a third of it for
 * `AFTER_PLACE`, whose leading lookbehind and class are tried at every character. docs/BENCHMARKS.md,
 * forty-seventh session.
 *
 * The twin matches what the original matches in a text without surrogates: there every character is one
 * code unit, so a class of code units is the class of characters, and the other escapes (`\s`, `\w`, `\b`,
 * `\d`, `.`) mean the same with and without `u`. A text with a surrogate gets the original. With the `i` flag,
 * letters match their other case by Unicode's case folding with `u` and by `toUpperCase` without it: the two
 * agree on every ASCII letter except that with `u` 'ſ' (U+017F) is an 's' and the Kelvin sign (U+212A) a 'k'
 * (a test checks every code unit), so an `i` pattern may have a twin when it holds no `\p{…}` and no cased
 * character above U+007F, and a text with either of those two characters gets the original too.
 *
 * Written by hand: regexpu-core (Babel's) rewrites a `u` expression for engines without the flag, but
 * keeps characters above U+FFFF matchable with surrogate-pair alternatives, which made the rewritten
 * sentence count no faster (392-416 ms against 447-466) and a pattern with a lookbehind four times slower.
 *
 * Use the twin with `match`, `replace`, `test` or an `exec` loop: `matchAll` and `split` copy the expression they
 * are given, and a twin's long source (its classes: 4,300-29,451 characters for the twins the stages make,
 * `AFTER_PLACE`'s the longest) made each copy of that one cost ~0.07 ms, about what the search of a news article costs.
 *
 *   const SENTENCE_END = new BmpRegExp(/\p{Ll}[.!?]/gu);
 *   line.match(SENTENCE_END.on(line))   // the twin, /[\u0061-\u007a\u00b5\u00df-\u00f6…][.!?]/g, unless the line has a surrogate
 */
export class BmpRegExp {
  /** every one made, in the order made (the tests check each twin against its original) */
  static readonly made: BmpRegExp[] = [];
  private twin?: RegExp;
  /** what makes a text take the original */
  private readonly notForTwin: RegExp;

  constructor(readonly unicode: RegExp) {
    const { flags, source } = unicode;
    if (!flags.includes('u') || flags.includes('v')) throw new Error(`BmpRegExp needs the u flag and not v: /${source}/${flags}`);
    if (flags.includes('i') && !foldsAlike(source)) throw new Error(`BmpRegExp: with the i flag, the pattern may hold no \\p{…} and no cased character above U+007F: /${source}/${flags}`);
    this.notForTwin = flags.includes('i') ? SURROGATE_OR_FOLDED : SURROGATE;
    BmpRegExp.made.push(this);
  }

  /** The twin, without the `u` flag (made on first use: a class not made before takes ~7 ms). */
  get bmp(): RegExp {
    return (this.twin ??= new RegExp(bmpSource(this.unicode.source), this.unicode.flags.replace('u', '')));
  }

  /** The expression to run on `text`: the twin when `text` holds no surrogate (nor, with `i`, 'ſ' or 'K'), else the original. */
  on(text: string): RegExp {
    return this.notForTwin.test(text) ? this.unicode : this.bmp;
  }
}

/** with the i flag: a surrogate, or a character that case-folds to an ASCII letter with `u` only ('ſ', the Kelvin sign) */
const SURROGATE_OR_FOLDED = /[\ud800-\udfff\u017f\u212a]/;

/** Whether an `i` pattern matches the same letters with and without `u`: no `\p{…}`, no cased character above U+007F (written or escaped). */
function foldsAlike(source: string): boolean {
  if (/\\[pP]\{/.test(source)) return false;
  const caseless = (c: string) => c.toLowerCase() === c && c.toUpperCase() === c;
  for (const m of source.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|[^\x00-\x7f]/g)) {
    const escaped = m[1] ?? m[2];
    const c = escaped ? String.fromCodePoint(parseInt(escaped, 16)) : m[0];
    if (c.codePointAt(0)! > 0x7f && !caseless(c)) return false;
  }
  return true;
}

/** A `\p{…}` / `\P{…}` escape's BMP code units as class ranges, by escape. */
const classes = new Map<string, string>();

/** `\u0041` */
const unit = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;

/** The code units 0000-FFFF whose one-unit string `escape` (`\p{Lu}`, `\P{L}`) matches, as the ranges of a class. */
function classOf(escape: string): string {
  let ranges = classes.get(escape);
  if (ranges !== undefined) return ranges;
  const test = new RegExp(`^${escape}$`, 'u');
  ranges = '';
  let from = -1;
  for (let u = 0; u <= 0x10000; u++) {
    const hit = u < 0x10000 && test.test(String.fromCharCode(u));
    if (hit && from < 0) from = u;
    else if (!hit && from >= 0) {
      ranges += from === u - 1 ? unit(from) : `${unit(from)}-${unit(u - 1)}`;
      from = -1;
    }
  }
  classes.set(escape, ranges);
  return ranges;
}

/**
 * A `u` pattern's source without what needs the flag: each `\p{…}` and `\P{…}` as its BMP code units (inside
 * a class, its ranges; outside, a class of them), each `\u{…}` as `\uXXXX` (one above U+FFFF is refused).
 *
 *   bmpSource('[^\\p{L} ]\\p{Lu}')  // '[^\\u0041-\\u005a\\u0061-…  ][\\u0041-\\u005a…]'
 */
export function bmpSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        const body = source.slice(i + 3, close);
        if (next === 'u') {
          const cp = parseInt(body, 16);
          if (!(cp <= 0xffff)) throw new Error(`BmpRegExp: \\u{${body}} is above U+FFFF in /${source}/`);
          out += unit(cp);
        } else {
          const ranges = classOf(source.slice(i, close + 1));
          out += inClass ? ranges : `[${ranges}]`;
        }
        i = close;
        continue;
      }
      out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}
