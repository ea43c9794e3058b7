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
let lexemes: { hash: Record<string, number>; list: string[]; intrinsicSize: number } | undefined;

/**
 * wink-nlp learns: every out-of-vocabulary word it meets is added to the
 * instance's lexeme table, and its tokenizer then keeps any chunk found in
 * that table whole. So `Sony's` after `not Sony's,` in an earlier document
 * stays one token, where a fresh instance splits it into `Sony` `'s`: the
 * tokens (and so the mentions) of a document would depend on which documents
 * came before it — on file order, worker count, shards and the cache.
 *
 * The fix, at the one place the table is consulted (the tokenizer's and the
 * cache's `hash[text]` reads): before each document, the words learned by the
 * documents before it are deleted from the lexeme hash (`forget`). Every
 * document then sees the shipped vocabulary plus what it taught itself,
 * exactly as a fresh instance would; a word learned before is simply added
 * again, under a new index (the list keeps the old entries, so indices stay
 * valid). (The first version hid them behind a Proxy on the hash; a trap on
 * every token lookup cost ~0.3 s per 5 MB.) The list still grows, so the
 * instance is rebuilt (65 ms) after LEARNED_LIMIT learned entries, which
 * changes nothing in the output. (tests/nlp/wink.test.ts)
 *
 * The list, and wink's table of the learned words' features with it, grows by
 * ~50 entries per article until the rebuild: 200k keeps that under ~50 MB per
 * thread (1M let a worker's large-object space double). Rebuilds are safe only
 * with the `metaCER` fix below; the growth once blamed on a variant of this
 * forgetting (entries set to undefined, docs/BENCHMARKS.md) was that bug,
 * whose cost grows with the number of rebuilds, not with the variant.
 */
const LEARNED_LIMIT = 200_000;

let learnedLimit = LEARNED_LIMIT;
/** for tests: rebuild after this many learned entries (default LEARNED_LIMIT) */
export function setLearnedLimit(n = LEARNED_LIMIT): void {
  learnedLimit = n;
}

type Lexemes = { hash: Record<string, number>; list: string[]; intrinsicSize: number };
/** a feature wink learns values of and packs as an index into a bit field of at most `maxIndex` */
type PackedFeature = { list: unknown[]; intrinsicSize: number; maxIndex: number };
type Core = { features: { lexeme: Lexemes } & Partial<Record<(typeof PACKED)[number], PackedFeature>> };
/**
 * Word features wink learns new values of (2-letter prefixes, 3-letter
 * suffixes, shapes) and packs as indices into bit fields: the prefix field
 * holds 8,191, of which the model uses 1,279. wink does not check the limit
 * (the check is commented out in its cache.js): past it an index spills into
 * the next field and the word's features, so its POS tag, come out wrong.
 * These values are never forgotten between documents (only lexemes are), so
 * a long run in a script the model has not seen (Cyrillic names: 64 letters,
 * 4,096 pairs) could reach the limit; the instance is rebuilt once any of
 * them has used half of its free room. English news stays far below it
 * (+1,282 prefixes over the 19,082 documents of the 20 MB bench corpus).
 */
const PACKED = ['prefix', 'suffix', 'shape'] as const;
let features: Core['features'] | undefined;
let rebuilds = 0;
/** for tests: how many times the instance was built */
export const instancesBuilt = () => rebuilds;

function halfFull(f: Core['features']): boolean {
  return PACKED.some((k) => {
    const x = f[k];
    return x !== undefined && x.list.length - x.intrinsicSize > (x.maxIndex - x.intrinsicSize) / 2;
  });
}
/** list entries below this index are learned words already deleted from the hash (or the shipped vocabulary) */
let forgotten = 0;
/**
 * wink-eng-lite-web-model 1.8.1's `metaCER()` (load-cer-meta-model.js) does
 * `machines = JSON.stringify(machines)` on a module-level variable: every
 * instance created after the first one stringifies the previous string again,
 * so the string grows (its backslashes double) with each instance, until
 * `Invalid string length`. Rebuilding the instance every LEARNED_LIMIT learned
 * words made a long run slow down and grow past ~340,000 articles (worker
 * time in JSON.stringify, RSS to 2.7 GB: the "leak" of the 1 GB runs in
 * docs/BENCHMARKS.md). The first call's value (a proper JSON string; we never
 * use custom entities anyway) is kept and handed to every instance.
 */
let metaCER: unknown;
const forgetfulModel = {
  ...(model as object),
  metaCER(): unknown {
    return (metaCER ??= (model as unknown as { metaCER(): unknown }).metaCER());
  },
  core(): Core {
    const m = (model as unknown as { core(): Core }).core();
    lexemes = m.features.lexeme;
    features = m.features;
    rebuilds++;
    forgotten = lexemes.intrinsicSize;
    return m;
  },
};

/** deletes from the hash the words learned since the last call: each was learned once per document, so its hash entry points to it */
function forget(lx: Lexemes): void {
  const { hash, list } = lx;
  for (let i = forgotten; i < list.length; i++) delete hash[list[i]];
  forgotten = list.length;
}

function instance(): WinkInstance {
  if (nlp && lexemes && (lexemes.list.length - lexemes.intrinsicSize > learnedLimit || (features && halfFull(features)))) nlp = undefined;
  // sbd + pos only: no NER/negation/sentiment work we do not use
  nlp ??= winkNLP(forgetfulModel as unknown as typeof model, ['sbd', 'pos']);
  return nlp;
}

export function analyse(text: string): WinkAnalysis {
  const w = instance();
  if (lexemes) forget(lexemes);
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
