/**
 * The only file that imports wink-nlp. It turns text into tokens with
 * character offsets, Universal POS tags and sentence spans.
 *
 * wink-nlp does not expose character offsets, so they are recovered by
 * locating each token's value in the text from a running cursor (wink keeps
 * token values verbatim; `precedingSpaces` is the fallback if it ever does not).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface WinkToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: string;
}

export interface WinkAnalysis {
  readonly tokens: WinkToken[];
  /** sentences as half-open token index ranges */
  readonly sentences: { readonly tokenStart: number; readonly tokenEnd: number }[];
}

type WinkInstance = ReturnType<typeof winkNLP>;
let nlp: WinkInstance | undefined;

function instance(): WinkInstance {
  // sbd + pos only: no NER/negation/sentiment work we do not use
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

export function analyse(text: string): WinkAnalysis {
  const w = instance();
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // whitespace-only tokens (wink emits some for line breaks) are dropped;
  // `keep` maps wink token indices to ours for the sentence ranges
  const tokens: WinkToken[] = [];
  const ours = new Int32Array(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const v = values[i];
    const verbatim = text.startsWith(v, cursor + spaces[i].length);
    let at = verbatim ? cursor + spaces[i].length : text.indexOf(v, cursor);
    if (at < 0 || at - cursor > spaces[i].length + 64) at = cursor + spaces[i].length;
    const end = Math.min(text.length, at + v.length);
    cursor = end;
    if (v.trim() === '') continue;
    // found verbatim at the cursor: the value is the text there (no copy per token)
    tokens.push({ start: at, end, text: verbatim ? v : text.slice(at, end), pos: pos[i] });
  }
  ours[values.length] = tokens.length;
  const sentences: { tokenStart: number; tokenEnd: number }[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const tokenStart = ours[a];
    const tokenEnd = ours[b + 1];
    if (tokenEnd > tokenStart) sentences.push({ tokenStart, tokenEnd });
  });
  return { tokens, sentences };
}
