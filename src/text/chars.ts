// Per-token character tests with an ASCII fast path (they run for every token of every
// document, in the wink adapter, the tag stage and the name finder); a token with any other character goes to
// the Unicode regex, so the results are those of the regex.

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const WORD = /[\p{L}\p{N}]/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

/** starts with an upper- or title-case letter ('Baku', 'Élysée'; not 'de', "'s", '42') */
export function isCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(s);
}

/** has a letter ('Baku', 'x1'; not '--', '42') */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      // (a curly quote or a dash, most non-ASCII tokens of web text: the table, not the regex)
      if (c >= 0xd800 && c <= 0xdfff) return LETTER.test(s);
      if (isLetterUnit(c)) return true;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** has a lower-case letter ('Baku', 'iPod'; not 'ARNOLD PALMER', '42') */
/** a hyphen token: '-', '‐', '‑' */
export const isHyphen = (s: string): boolean => s.length === 1 && (s === '-' || s === '‐' || s === '‑');
/** a joining token inside a name: a hyphen or an apostrophe ('Nagorno-Karabakh', "O'Neill") */
export const isJoiner = (s: string): boolean => s.length === 1 && (s === '-' || s === '‐' || s === '‑' || s === "'" || s === '’');

export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      if (c >= 0xd800 && c <= 0xdfff) return LOWER.test(s);
      if (unitFlags(c) & UNIT_LOWER) return true;
    } else if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** one word of at most six capitals (and digits, '&'), an acronym as an entity's name: 'FIFA', 'ICO', 'AT&T' */
export const isAcronymName = (s: string) => ACRONYM_NAME.test(s);
const ACRONYM_NAME = /^[\p{Lu}\d&]{1,6}$/u;

/**
 * `s` with each run of white space as one space: a name broken over two lines by a hard-wrapped text
 * ('Jose\nSarney' in a Reuters story) written as a name, not a spreadsheet cell of two lines. `s` itself
 * when it has no other white space than single spaces.
 *
 *   singleSpaced('Richard von\nWeizsaecker') = 'Richard von Weizsaecker'
 */
export const singleSpaced = (s: string): string => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);

/** has a letter or digit */
export function hasWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      if (c >= 0xd800 && c <= 0xdfff) return WORD.test(s);
      if (unitFlags(c) & (UNIT_LETTER | UNIT_NUMBER)) return true;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** without its accents and other combining marks ('Ramírez' -> 'Ramirez'; 'ł', 'ə' have none to lose) */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** `unitFlags` bits: what a UTF-16 code unit is, as `/\p{L}/u`, `/\p{Lu}/u`, `/\p{M}/u`, `/\p{N}/u`, `/\s/`, `/\p{Ll}/u` test the one-unit string. */
export const UNIT_LETTER = 1;
export const UNIT_UPPER = 2;
export const UNIT_MARK = 4;
export const UNIT_NUMBER = 8;
export const UNIT_SPACE = 16;
export const UNIT_LOWER = 32;
const UNIT_KNOWN = 128;
/** By UTF-16 code unit: its `unitFlags`, with UNIT_KNOWN once computed (0: not yet). */
const UNIT_FLAGS = new Uint8Array(0x10000);

/**
 * The classes of a UTF-16 code unit (UNIT_LETTER | UNIT_UPPER | ...), each as its regex tests the one-unit string
 * (a lone surrogate is in none of them; NaN, past a text's end, none): a table filled as units are first seen, so
 * that a loop over a text's code units can do what those regexes' matches do without the `u` flag's cost on a
 * two-byte string (docs/ARCHITECTURE.md, "Hot code"). A character above U+FFFF (two units) is the caller's to
 * leave to the regex.
 */
export function unitFlags(unit: number): number {
  if (!(unit < 0x10000)) return 0;
  let f = UNIT_FLAGS[unit];
  if (f === 0) {
    const c = String.fromCharCode(unit);
    f = UNIT_KNOWN | (/\p{L}/u.test(c) ? UNIT_LETTER : 0) | (/\p{Lu}/u.test(c) ? UNIT_UPPER : 0) | (/\p{M}/u.test(c) ? UNIT_MARK : 0) | (/\p{N}/u.test(c) ? UNIT_NUMBER : 0) | (/\s/.test(c) ? UNIT_SPACE : 0) | (/\p{Ll}/u.test(c) ? UNIT_LOWER : 0);
    UNIT_FLAGS[unit] = f;
  }
  return f & ~UNIT_KNOWN;
}

/**
 * Whether a UTF-16 code unit is a letter, as `/\p{L}/u` tests the one-unit string (a lone surrogate is none; NaN,
 * past the text's end, none).
 */
export function isLetterUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  return (unitFlags(unit) & UNIT_LETTER) !== 0;
}

/** a surrogate: a character above U+FFFF, or half of one (what `BmpRegExp.on` tests too) */
export const SURROGATE = /[\ud800-\udfff]/;

/**
 * Whether `s` has a surrogate. The expression, not a loop over the code units: over the 109,356 lines of the 10 MB
 * bench corpus set typographically, 18-35 ms against 47-66 for a loop.
 */
export const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/**
 * How many letters `s` has, as `(s.match(/\p{L}/gu) ?? []).length` counts them, without making that array: a loop
 * over the code units, or the regex for a string with a surrogate (a letter above U+FFFF is one): over the lines of
 * an 8.8 MB two-byte text, 162-195 ms against 1,086-1,170 for the regex's array of single letters (even without the
 * `u` flag). (The clean stage counts a line's letters in its own pass over the code units now, `countLine`; it calls
 * this for a line with a surrogate only.)
 */
export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return (s.match(/\p{L}/gu) ?? []).length;
    if (isLetterUnit(unit)) n++;
  }
  return n;
}
