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

/**
 * wink-nlp learns: every out-of-vocabulary word it meets is added to the
 * instance's lexeme table, and its tokenizer then keeps any chunk found in
 * that table whole. So `Sony's` after `not Sony's,` in an earlier document
 * stays one token, where a fresh instance splits it into `Sony` `'s`: the
 * tokens (and so the mentions) of a document would depend on which documents
 * came before it — on file order, worker count, shards and the cache.
 *
 * The fix, at the one place the tables are consulted (the tokenizer's and the
 * cache's `hash[text]` reads): before each document, the words and word
 * features learned by the documents before it are deleted from the hashes
 * (`forget`). Every document then sees the shipped vocabulary plus what it
 * taught itself, as a fresh instance would; a value learned before is simply
 * added again, under a new index (the lists keep the old entries, so indices
 * stay valid). (The first version hid them behind a Proxy on the hash; a trap
 * on every token lookup cost ~0.3 s per 5 MB.) The lists still grow, so the
 * instance is rebuilt after LEARNED_LIMIT learned words or when a feature
 * field is half full (every ~450 articles of English news, for the prefixes),
 * which changes nothing in the output and costs ~3 ms (see `core()` below).
 * (tests/nlp/wink.test.ts)
 *
 * The word list, and wink's table of the learned words' features with it,
 * grows by ~50 entries per article until the rebuild: 200k keeps that under
 * ~50 MB per thread (1M let a worker's large-object space double).
 */
const LEARNED_LIMIT = 200_000;

let learnedLimit = LEARNED_LIMIT;
/** for tests: rebuild after this many learned entries (default LEARNED_LIMIT) */
export function setLearnedLimit(n = LEARNED_LIMIT): void {
  learnedLimit = n;
}

/** a table wink adds values to as it meets them: the shipped ones are list[0, intrinsicSize) */
type Learned = { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex?: number };
type Core = { features: Record<(typeof LEARNED)[number], Learned> };
/**
 * What wink learns: words (`lexeme`) and three word features it packs as
 * indices into bit fields (2-letter prefixes, 3-letter suffixes, shapes). A
 * feature field has a fixed size (prefixes: 8,191, of which the model uses
 * 1,279) and wink does not check it (the check is commented out in its
 * cache.js): past it an index spills into the next field, and the word's
 * features, so its POS tag, come out wrong. The instance is rebuilt once a
 * field has used half of its free room (4,096 Cyrillic letter pairs do that:
 * tests/nlp/wink.test.ts).
 */
const LEARNED = ['lexeme', 'prefix', 'suffix', 'shape'] as const;
const PACKED = ['prefix', 'suffix', 'shape'] as const;
/** the model's tables, decoded once (see `forgetfulModel.core`) */
let tables: Core | undefined;
/** per table: entries below this index are shipped or already deleted from the hash */
const forgotten: Record<string, number> = {};
let rebuilds = 0;
/** for tests: how many times the instance was built */
export const instancesBuilt = () => rebuilds;

function mustRebuild(c: Core): boolean {
  const lx = c.features.lexeme;
  if (lx.list.length - lx.intrinsicSize > learnedLimit) return true;
  return PACKED.some((k) => {
    const x = c.features[k];
    return x.list.length - x.intrinsicSize > (x.maxIndex! - x.intrinsicSize) / 2;
  });
}

/**
 * Deletes from the hashes the values learned since the last call (each was
 * learned once per document, so its hash entry points to it): the next
 * document is read as by a fresh instance. Forgetting the learned feature
 * values as well as the words matters: with only the words forgotten, one
 * document's sentence boundaries came out differently after an unusual
 * history (docs/BENCHMARKS.md).
 */
function forget(c: Core): void {
  for (const k of LEARNED) {
    const { hash, list } = c.features[k];
    for (let i = forgotten[k]; i < list.length; i++) if (hash[list[i]] === i) delete hash[list[i]];
    forgotten[k] = list.length;
  }
}

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
 *
 * `core()` decodes the model (~50 ms) only once: a rebuild forgets what the
 * previous instance learned, cuts the learned tables back to the shipped
 * entries and hands the same tables to the new instance (which starts its
 * own table of learned words' features, so indices restart cleanly): ~3 ms
 * instead of ~50. wink reads the rest of the core model without changing it.
 */
let metaCER: unknown;
const forgetfulModel = {
  ...(model as object),
  metaCER(): unknown {
    return (metaCER ??= (model as unknown as { metaCER(): unknown }).metaCER());
  },
  core(): Core {
    if (!tables) tables = (model as unknown as { core(): Core }).core();
    else {
      forget(tables);
      for (const k of LEARNED) {
        const t = tables.features[k];
        t.list.length = t.intrinsicSize;
        t.index = t.intrinsicSize;
      }
    }
    for (const k of LEARNED) forgotten[k] = tables.features[k].intrinsicSize;
    rebuilds++;
    return tables;
  },
};

function instance(): WinkInstance {
  if (nlp && tables && mustRebuild(tables)) nlp = undefined;
  // sbd + pos only: no NER/negation/sentiment work we do not use
  nlp ??= winkNLP(forgetfulModel as unknown as typeof model, ['sbd', 'pos']);
  return nlp;
}

export function analyse(text: string): WinkAnalysis {
  const w = instance();
  if (tables) forget(tables);
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
