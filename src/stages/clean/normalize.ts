import { OffsetMapBuilder, type OffsetMap } from '../../model/offset-map.js';

/**
 * Step 1 of cleaning: character-level normalisation with an offset map back to
 * the original text.
 *
 *  - `\r\n` and `\r` -> `\n`; U+2028/U+2029 -> `\n`
 *  - no-break and other odd spaces (U+00A0, U+2000..U+200A, U+202F, U+3000, tab, …) -> ` `
 *  - zero-width and invisible characters (U+200B, U+FEFF, soft hyphen, LRM/RLM) -> removed
 *  - C0/C1 control characters other than `\n` -> ` ` (they would split tokens anyway)
 *  - Unicode NFC, cluster by cluster (`e` + U+0301 -> `é`), only when the text is not NFC already
 *
 * The text is never lower-cased or otherwise rewritten, so offsets stay exact.
 */
// one character class (the line separators, odd spaces, invisible and control characters above): one test per position
const SPECIAL = /\r\n?|[\u2028\u2029\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u200B\u200E\u200F\u2060\uFEFF\u00AD\x00-\x08\x0E-\x1F\x7F-\x9F]/g;
const SPECIAL_OR_CLUSTER = new RegExp(`${SPECIAL.source}|[^\\x00-\\x7F]\\p{M}*|[\\x00-\\x7F]\\p{M}+`, 'gu');

function replacementFor(s: string): string | undefined {
  const c = s.charCodeAt(0);
  if (c === 0x0d || c === 0x2028 || c === 0x2029) return '\n';
  if (c === 0x200b || c === 0x200e || c === 0x200f || c === 0x2060 || c === 0xfeff || c === 0xad) return '';
  if (s.length === 1 && (c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)) return ' ';
  if (s.length === 1 && (c < 0x20 || (c >= 0x7f && c <= 0x9f)) && c !== 0x0a) return ' ';
  return undefined;
}

export function normalizeText(original: string): { text: string; map: OffsetMap } {
  const b = new OffsetMapBuilder();
  const isNfc = original.normalize('NFC') === original;
  const re = isNfc ? new RegExp(SPECIAL.source, 'g') : new RegExp(SPECIAL_OR_CLUSTER.source, 'gu');
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original)) !== null) {
    const s = m[0];
    let rep = replacementFor(s);
    if (rep === undefined) {
      const n = s.normalize('NFC');
      if (n === s) continue;
      rep = n;
    }
    b.copy(original, last, m.index - last);
    if (rep.length > 0) b.replace(rep, m.index, s.length);
    last = m.index + s.length;
  }
  b.copy(original, last, original.length - last);
  return b.build();
}
