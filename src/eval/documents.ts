import type { CleanDocument, KeptBlock, Zone } from '../model/document.js';
import type { EntityType } from '../model/entity.js';
import { OffsetMap } from '../model/offset-map.js';
import type { Span } from '../model/span.js';
import type { Chunk, ConllDocument } from './conll.js';

/**
 * Token mapping between CoNLL tokens and pipeline text. A CoNLL document is
 * rebuilt as text, tokens joined by one space, one sentence per line, and
 * every token keeps its character span; mentions found in that text are
 * mapped back onto the tokens they touch.
 */
export interface RebuiltDocument {
  readonly text: string;
  /** per sentence, per token: the token's span in `text` */
  readonly spans: readonly (readonly Span[])[];
  /** per sentence: the span of its line */
  readonly lines: readonly Span[];
}

export function rebuildText(doc: ConllDocument): RebuiltDocument {
  const parts: string[] = [];
  const spans: Span[][] = [];
  const lines: Span[] = [];
  let pos = 0;
  doc.sentences.forEach((sentence, si) => {
    if (si > 0) {
      parts.push('\n');
      pos += 1;
    }
    const lineStart = pos;
    const s: Span[] = [];
    sentence.forEach((t, ti) => {
      if (ti > 0) {
        parts.push(' ');
        pos += 1;
      }
      parts.push(t.word);
      s.push({ start: pos, end: pos + t.word.length });
      pos += t.word.length;
    });
    spans.push(s);
    lines.push({ start: lineStart, end: pos });
  });
  return { text: parts.join(''), spans, lines };
}

// 'LONDON 1996-08-30', 'BAKU , Azerbaijan , Dec. 28': a short line ending in a date
const DATELINE = /^[^\n]{0,60}\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;

/**
 * The clean-stage output for a rebuilt CoNLL document. CoNLL text is already
 * clean (no page boilerplate), so cleaning is skipped: the text maps to itself
 * and each sentence line is one block, so no sentence ever spans two lines.
 * The first line is the title, short date lines are metadata (a dateline).
 */
export function conllCleanDocument(doc: ConllDocument, rebuilt: RebuiltDocument, id = `conll-${doc.index}`): CleanDocument {
  const blocks: KeptBlock[] = rebuilt.lines.map((span, i) => {
    const line = rebuilt.text.slice(span.start, span.end);
    const zone: Zone = i === 0 ? 'title' : DATELINE.test(line) ? 'meta' : 'body';
    return { span, clean: span, zone };
  });
  return {
    id,
    path: `${id}.conll`,
    text: rebuilt.text,
    encoding: 'utf-8',
    bytes: Buffer.byteLength(rebuilt.text),
    clean: rebuilt.text,
    toSource: OffsetMap.identity(rebuilt.text.length),
    metadata: { title: null, date: null, outlet: null, dateline: null },
    blocks,
    dropped: [],
  };
}

/** Our types in CoNLL terms; `norp` has no CoNLL counterpart here (MISC is not scored). */
export const CONLL_TYPE: Readonly<Record<EntityType, string | null>> = { person: 'PER', place: 'LOC', organization: 'ORG', norp: null };

export interface TypedSpan extends Span {
  readonly type: string;
  /** how the span was found (`rule:first-name`), carried into the chunk for error listings */
  readonly source?: string;
}

/**
 * Maps text spans onto the tokens of each sentence: a span covers every token
 * it overlaps (a mention that cuts a token, `U.S.-based` -> `U.S.`, takes the
 * whole token). Spans are taken in order; a token already covered keeps its
 * first span. Returns the chunks of each sentence.
 */
export function spansToChunks(rebuilt: RebuiltDocument, spans: readonly TypedSpan[]): Chunk[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Chunk[][] = rebuilt.spans.map(() => []);
  let si = 0;
  for (const m of sorted) {
    while (si < rebuilt.lines.length && rebuilt.lines[si].end <= m.start) si++;
    if (si >= rebuilt.lines.length) break;
    // a span may run over a line break only by a bug elsewhere; it is clipped to its first line
    const toks = rebuilt.spans[si];
    let a = -1;
    let b = -1;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].start < m.end && m.start < toks[i].end) {
        if (a < 0) a = i;
        b = i + 1;
      }
    }
    if (a < 0) continue;
    const chunks = out[si];
    const last = chunks[chunks.length - 1];
    if (last && last.end > a) {
      if (last.end >= b) continue;
      a = last.end;
    }
    chunks.push(m.source === undefined ? { start: a, end: b, type: m.type } : { start: a, end: b, type: m.type, source: m.source });
  }
  return out;
}
