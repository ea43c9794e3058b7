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
const HYPHENS = /^[-‐‑]$/;
const SPACE = /\s/;

export function tokenKey(token: string): string {
  // most tokens have no apostrophe: skip the regex replace (and its copy) for them
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x60 || c === 0xb4) return token.replace(APOSTROPHES, "'");
  }
  return token;
}

export function tokenize(text: string, offset = 0, end = text.length): MatchToken[] {
  const out: MatchToken[] = [];
  TOKEN_RE.lastIndex = offset;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= end) break;
    const tokEnd = Math.min(start + m[0].length, end);
    const t = text.slice(start, tokEnd);
    const joiner = t.length === 1 && HYPHENS.test(t) && start > offset && tokEnd < end && !SPACE.test(text[start - 1]) && !SPACE.test(text[tokEnd]);
    out.push({ start, end: tokEnd, text: t, key: tokenKey(t), joiner });
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

/** Starts with an upper-case or title-case letter. */
export function isCapitalized(token: string): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(token);
}
