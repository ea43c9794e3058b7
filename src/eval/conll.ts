/**
 * CoNLL-2003 column format: one token per line (`word POS chunk NER`; only the
 * first and last columns are used, so `word NER` files work too), a blank line
 * between sentences, `-DOCSTART-` lines between documents. NER tags may be
 * IOB1 (`B-` only where two entities of one type touch) or IOB2 (`B-` at every
 * entity start); `chunksOf` reads both the way conlleval does.
 */
export interface ConllToken {
  readonly word: string;
  /** the columns between word and NER tag (POS, chunk), kept for writing predictions */
  readonly middle: readonly string[];
  readonly tag: string;
}

export interface ConllDocument {
  /** 0-based position in the file */
  readonly index: number;
  readonly sentences: readonly (readonly ConllToken[])[];
}

/** A chunk: token indices within a sentence, half-open, and its type (`PER`). */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  /** for predicted chunks: how the pipeline found it */
  readonly source?: string;
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllToken[][][] = [];
  let doc: ConllToken[][] | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length === 0) return;
    if (!doc) docs.push((doc = []));
    doc.push(sentence);
    sentence = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      docs.push((doc = []));
      continue;
    }
    const tag = cols.length >= 2 ? cols[cols.length - 1] : 'O';
    sentence.push({ word: cols[0], middle: cols.slice(1, -1), tag });
  }
  endSentence();
  return docs.filter((d) => d.length > 0).map((sentences, index) => ({ index, sentences }));
}

const typeOf = (tag: string) => (tag === 'O' || tag.length < 3 ? '' : tag.slice(2));
const prefixOf = (tag: string) => (tag === 'O' ? 'O' : tag[0]);

/**
 * Chunks of a tag sequence, conlleval's rules: a chunk starts at `B-`/`S-`, at
 * `I-`/`E-` after `O` or after a different type; it ends before `O`, before a
 * `B-`/`S-`, after `E-`/`S-`, or where the type changes. So IOB1 `I-PER I-PER
 * B-PER` is two chunks, and IOB2 `B-PER I-PER` is one.
 */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const p = prefixOf(tag);
    const t = typeOf(tag);
    const prevP = i > 0 ? prefixOf(tags[i - 1]) : 'O';
    // end of the open chunk before token i
    if (start >= 0 && (p === 'O' || p === 'B' || p === 'S' || t !== type || prevP === 'E' || prevP === 'S')) {
      out.push({ start, end: i, type });
      start = -1;
    }
    if (p !== 'O' && start < 0) {
      start = i;
      type = t;
    }
  }
  return out;
}

/** IOB2 tags for chunks over `length` tokens. */
export function chunksToTags(chunks: readonly Chunk[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const c of chunks) for (let i = c.start; i < c.end; i++) tags[i] = `${i === c.start ? 'B' : 'I'}-${c.type}`;
  return tags;
}
