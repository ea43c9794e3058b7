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
    if (c >= 128) return LETTER.test(s);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** has a lower-case letter ('Baku', 'iPod'; not 'ARNOLD PALMER', '42') */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return LOWER.test(s);
    if (c >= 97 && c <= 122) return true;
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
    if (c >= 128) return WORD.test(s);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** without its accents and other combining marks ('Ramírez' -> 'Ramirez'; 'ł', 'ə' have none to lose) */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** By UTF-16 code unit: 0 not known yet, 1 a letter (`\p{L}`), 2 not one. */
const LETTER_UNITS = new Uint8Array(0x10000);

/**
 * Whether a UTF-16 code unit is a letter, as `/\p{L}/u` tests the one-unit string (a lone surrogate is none; NaN,
 * past the text's end, none).
 */
export function isLetterUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
  if (!(unit < 0x10000)) return false;
  let known = LETTER_UNITS[unit];
  if (known === 0) LETTER_UNITS[unit] = known = /\p{L}/u.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/**
 * How many letters `s` has, as `(s.match(/\p{L}/gu) ?? []).length` counts them, without making that array: a loop
 * over the code units, or the regex for a string with a surrogate (a letter above U+FFFF is one). The clean stage
 * counts the letters of every line that is not ASCII: over the lines of an 8.8 MB two-byte text, 162-195 ms against
 * 1,086-1,170 for the regex's array of single letters (even without the `u` flag).
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
