/**
 * Matches of an expression that no letter or digit touches, found without compiling the expression with
 * `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` around it (the name finder builds one expression per headline's words,
 * and those two classes cost ~0.5-4 ms a compile against ~20 us for the words alone, by a helper's timing under load:
 * seventy-seventh session).
 * Hand-written because no library asks a regular expression's assertions apart from it.
 */
/**
 * The assertions `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])` as expressions of their own (sticky: asked at one index), in
 * the flags of the expressions whose matches they bound: `nextAlone`.
 */
export interface Edges {
  readonly before: RegExp;
  readonly after: RegExp;
}
/** `Edges` of an expression with the flags `iu` (the name finder's `wordsIn`'s; under `i` the class holds what folds into it too: U+0345) */
export const WORDS_EDGES: Edges = { before: /(?<![\p{L}\p{N}])/iuy, after: /(?![\p{L}\p{N}])/iuy };
/** `Edges` of an expression with the flag `u` */
export const NAME_EDGES: Edges = { before: /(?<![\p{L}\p{N}])/uy, after: /(?![\p{L}\p{N}])/uy };

/**
 * The next match of `re` (flags `g` and `u`, and `i` with `WORDS_EDGES`) in `text` from its `lastIndex` that no letter
 * or digit touches, or null: what `(?<![\p{L}\p{N}])` + `re.source` + `(?![\p{L}\p{N}])` in `re`'s flags finds there, its
 * `lastIndex` left as that expression's (at the match's end). Every match of `re` is tried in order, each start one
 * code point after the last refused one's, as the expression tries them; where `re` matches at an index, its end there
 * is the one end it can have (a name, or words and `\s+` between them, no word after one opening with a space: the
 * name finder's `wordsIn`), so the assertion after it is asked of the end the expression would ask it of. The bounded
 * expression is not compiled: its `\p{L}` classes cost ~0.5 ms a compile, and each headline's words are a new
 * expression (the name finder's `namedByTail`). tests/text/alone.test.ts checks it against the bounded expression.
 * ('Zorvex Corp' in 'Zorvex Corp's rating'; not in 'Zorvex Corporation', nor 'AZorvex Corp')
 */
export function nextAlone(re: RegExp, text: string, edges: Edges): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    edges.before.lastIndex = m.index;
    edges.after.lastIndex = end;
    if (edges.before.test(text) && edges.after.test(text)) {
      re.lastIndex = end;
      return m;
    }
    re.lastIndex = m.index + (isSurrogatePair(text, m.index) ? 2 : 1);
  }
  return null;
}
/** whether a high surrogate and a low one stand at `i` of `s`: one code point of two code units */
function isSurrogatePair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
