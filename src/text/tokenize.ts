/**
 * The matching tokenizer: words are maximal runs of letters, combining marks
 * and digits (Unicode-aware, so `Əliyev`, `İlham`, `Ünal` are single words);
 * every other non-space character is a token of its own. Gazetteer aliases and
 * document text go through the same function, which is what makes a token trie
 * exact: `Aliyev's` -> `Aliyev` `'` `s`, `Nagorno-Karabakh` -> `Nagorno` `-` `Karabakh`.
 *
 * Hand-written rather than reusing wink-nlp's tokens because it must tokenise
 * 200k+ aliases at load time (wink would cost seconds there) and because the
 * trie needs the exact same segmentation on both sides.
 */
import { isHyphen } from './chars.js';

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export interface MatchToken {
  /** span relative to the tokenised string */
  readonly start: number;
  readonly end: number;
  /** the token as written */
  readonly text: string;
  /** the key used in the trie: apostrophes and hyphens unified */
  readonly key: string;
  /** true for a hyphen joined to both neighbours without spaces (`Nagorno-Karabakh`) */
  readonly joiner: boolean;
}

const APOSTROPHES = /[’‘ʼ`´]/g;
const SPACE = /\s/;

export function tokenKey(token: string): string {
  // most tokens have no apostrophe: skip the regex replace (and its copy) for them
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4) return token.replace(APOSTROPHES, "'");
  }
  return token;
}

/** TOKEN_RE anchored at `lastIndex` (for the characters the ASCII scan below leaves to it) */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The tokens of `text[offset, end)`. What TOKEN_RE's global search gives (the
 * test below), with a hand-written scan of ASCII text: it runs over every
 * sentence of every document, and exec + match arrays per token were most of
 * its cost. A word reaching a non-ASCII character, and any non-ASCII
 * character, is left to the regex (TOKEN_AT) at that position.
 */
export function tokenize(text: string, offset = 0, end = text.length): MatchToken[] {
  const out: MatchToken[] = [];
  const n = text.length;
  let i = offset;
  // like the regex, an offset inside a surrogate pair starts at the pair
  if (i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j: number; // the token's end before clipping to `end`
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    } else if (c < 128 && !isAsciiWordChar(c)) j = i + 1; // punctuation: a token of its own
    else {
      j = i;
      if (c < 128) while (j < n && isAsciiWordChar(text.charCodeAt(j))) j++;
      if (j === i || (j < n && text.charCodeAt(j) >= 128)) {
        // a non-ASCII character at or after the start: the regex decides
        TOKEN_AT.lastIndex = i;
        const m = TOKEN_AT.exec(text);
        if (m === null) {
          i++; // a non-ASCII space
          continue;
        }
        j = i + m[0].length;
      }
    }
    const start = i;
    const tokEnd = Math.min(j, end);
    const t = text.slice(start, tokEnd);
    // (a hyphen alone: `isHyphen`'s comparisons, not a regex run on every punctuation mark)
    const joiner = isHyphen(t) && start > offset && tokEnd < end && !SPACE.test(text[start - 1]) && !SPACE.test(text[tokEnd]);
    out.push({ start, end: tokEnd, text: t, key: tokenKey(t), joiner });
    i = j;
  }
  return out;
}

/**
 * Keys of an alias for the trie: joiners (attached hyphens) are left out, so
 * `Nagorno-Karabakh` and `Nagorno Karabakh` share one key.
 */
export function aliasKeys(alias: string): string[] {
  return tokenize(alias.normalize('NFC'))
    .filter((t) => !t.joiner)
    .map((t) => t.key);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** ALL-CAPS word: at least two letters and no lower-case letter (`BAKU`, `OSCE`). */
export function isAllCaps(token: string): boolean {
  let letters = 0;
  // ASCII fast path ('BAKU', 'Baku'); any other character goes through the Unicode classes below
  let i = 0;
  for (; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  if (i === token.length) return letters >= 2;
  for (const ch of token.slice(i)) {
    if (LOWER.test(ch)) return false;
    if (LETTER.test(ch)) letters++;
  }
  return letters >= 2;
}

/**
 * A copy of `s` that keeps no larger string alive. V8 makes a slice of 13+
 * characters a view of its parent, so a `doc.clean.slice(…)` kept as a cache
 * key would keep that whole document in memory; caches that outlive a
 * document store such strings through this. (Concatenating makes a string of
 * two parts; slicing that flattens it into a new string first.)
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/**
 * `s` as a one-byte string when every character of it is Latin-1 (else `s`).
 * V8 keeps a slice in its parent's representation: a cell sliced from a
 * gazetteer row that holds one character beyond Latin-1 anywhere (an alias in
 * another script) is two bytes a character, `iso:JP` included, and so is every
 * string it is joined into. Entity ids and names go into every row of their
 * documents, so the formatted rows of half the documents were two-byte
 * strings: twice the bytes to build, to send to the main thread, to keep
 * there and to encode as UTF-8 (the mention rows of 951 of 2,000 documents of
 * the 5 MB bench corpus, whose texts are all one-byte; 31 after).
 */
export function oneByte(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}

/** Starts with an upper-case or title-case letter. */
export function isCapitalized(token: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(token);
}
