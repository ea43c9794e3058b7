import type { TextPart } from '../input/parts.js';
import type { SourceMap } from './offset-map.js';
import type { Span } from './span.js';

/** Where a kept block sits in the article. */
export type Zone = 'title' | 'meta' | 'body' | 'caption';

export interface DocumentMetadata {
  readonly title: string | null;
  /** publication date, ISO 8601 (`2020-12-28`, or with time when the source gives one) */
  readonly date: string | null;
  /** the outlet or news agency the article names as its source */
  readonly outlet: string | null;
  /** e.g. `BAKU, Azerbaijan, Dec.28` */
  readonly dateline: string | null;
}

/** A block (paragraph or line) of the original text, kept or dropped by cleaning. */
export interface Block {
  /** span in the original text, trailing newline excluded */
  readonly span: Span;
  readonly zone: Zone | 'dropped';
  /** why it was dropped (or what metadata it carried) */
  readonly reason?: string;
}

export interface KeptBlock {
  /** span in the original text */
  readonly span: Span;
  /** span in the clean text */
  readonly clean: Span;
  readonly zone: Zone;
}

export interface DroppedBlock {
  readonly span: Span;
  readonly reason: string;
  /** the dropped text, normalised, for auditing */
  readonly text: string;
}

/** Output of `read`: the decoded file. */
export interface SourceDocument {
  readonly id: string;
  /** path relative to the input directory, `/`-separated */
  readonly path: string;
  /** decoded original text; every reported span indexes into this */
  readonly text: string;
  readonly encoding: string;
  readonly bytes: number;
  /** `html`: a web page's markup (`.html`, `.htm`), read for its visible text (src/stages/clean/html.ts); absent: plain text */
  readonly format?: 'html';
  /** a part of a longer text file (src/input/parts.ts): `text` is the part, which the cleaner reads as a part (`clean`) */
  readonly part?: TextPart;
}

/** Output of `clean`. */
export interface CleanDocument extends SourceDocument {
  /** normalised text of the kept blocks, separated by blank lines */
  readonly clean: string;
  readonly toSource: SourceMap;
  readonly metadata: DocumentMetadata;
  readonly blocks: readonly KeptBlock[];
  readonly dropped: readonly DroppedBlock[];
}

/** A token of the clean text (from wink-nlp). */
export interface Token {
  /** clean-text span */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * Universal POS tag from wink-nlp: its tagger's (`Tagging` 'contextual',
   * with a trained model), or a capitalised word's lexicon tag and '' for
   * other tokens ('lexical', the default: src/nlp/wink.ts)
   */
  readonly pos: string;
}

export interface Sentence {
  readonly index: number;
  /** clean-text span */
  readonly start: number;
  readonly end: number;
  /** original-text span */
  readonly source: Span;
  /** tokens of this sentence: indices into `SplitDocument.tokens`, half-open */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly zone: Zone;
}

/** Output of `split`. */
export interface SplitDocument extends CleanDocument {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/**
 * A processed document's status, as documents.json gives it: `failed` (its diagnostics say why), `ok`, or
 * `skipped`: read and left unprocessed on purpose (--english-only and another language), no mentions, yet no
 * failure either.
 */
export function documentStatus(p: { readonly doc: unknown; readonly failed: boolean }): 'ok' | 'failed' | 'skipped' {
  return p.failed ? 'failed' : p.doc ? 'ok' : 'skipped';
}
