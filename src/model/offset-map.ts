import type { Span } from './span.js';

/**
 * Maps positions in a derived ("clean") text back to the original text.
 *
 * Cleaning copies most of the original verbatim, replaces a few characters
 * (CRLF -> LF, NBSP -> space, NFC composition) and leaves whole blocks out.
 * The map is a list of pieces, each either a verbatim copy (positions inside
 * map one to one) or a replacement (positions inside collapse onto the
 * replaced original range). Pieces are kept sorted by their clean start, so a
 * lookup is a binary search: O(log pieces), a few bytes per piece, which keeps
 * memory proportional to the number of edits rather than the text length.
 */
interface Piece {
  /** start in the clean text */
  readonly cleanStart: number;
  readonly cleanLength: number;
  /** start in the original text */
  readonly origStart: number;
  readonly origLength: number;
  /** true when the clean text equals the original slice (one-to-one mapping) */
  readonly verbatim: boolean;
}

export class OffsetMap implements SourceMap {
  private constructor(
    private readonly pieces: readonly Piece[],
    readonly cleanLength: number,
  ) {}

  /** Identity map for a text that cleaning did not change. */
  static identity(length: number): OffsetMap {
    return new OffsetMap([{ cleanStart: 0, cleanLength: length, origStart: 0, origLength: length, verbatim: true }], length);
  }

  static builder(): OffsetMapBuilder {
    return new OffsetMapBuilder();
  }

  /** @internal used by the builder */
  static fromPieces(pieces: Piece[], cleanLength: number): OffsetMap {
    return new OffsetMap(pieces, cleanLength);
  }

  private pieceAt(pos: number): Piece | undefined {
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].cleanStart <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : ps[found];
  }

  /**
   * Original position of a clean *start* position (the first character of a span).
   * Inside a replacement, a start maps to the start of the replaced range.
   */
  toOriginalStart(pos: number): number {
    const p = this.pieceAt(pos);
    if (!p) return 0;
    const rel = pos - p.cleanStart;
    if (p.verbatim) return p.origStart + Math.min(rel, p.origLength);
    return rel >= p.cleanLength ? p.origStart + p.origLength : p.origStart;
  }

  /**
   * Original position of a clean *end* position (one past the last character).
   * Inside a replacement, an end maps to the end of the replaced range.
   */
  toOriginalEnd(pos: number): number {
    if (pos <= 0) return this.toOriginalStart(0);
    // the end belongs to the piece holding the last character (pos - 1)
    const p = this.pieceAt(pos - 1);
    if (!p) return 0;
    const rel = pos - p.cleanStart;
    if (p.verbatim) return p.origStart + Math.min(rel, p.origLength);
    return p.origStart + p.origLength;
  }

  /** Maps a clean span to the smallest original span that covers it. */
  toOriginal(span: Span): Span {
    const start = this.toOriginalStart(span.start);
    if (span.end <= span.start) return { start, end: start };
    return { start, end: Math.max(start, this.toOriginalEnd(span.end)) };
  }
}

export class OffsetMapBuilder {
  private readonly pieces: Piece[] = [];
  private text = '';
  private parts: string[] = [];
  private length = 0;

  /** Appends `original.slice(origStart, origStart + length)` verbatim. */
  copy(original: string, origStart: number, length: number): this {
    if (length <= 0) return this;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.verbatim && last.origStart + last.origLength === origStart && last.cleanStart + last.cleanLength === this.length) {
      this.pieces[this.pieces.length - 1] = { ...last, cleanLength: last.cleanLength + length, origLength: last.origLength + length };
    } else {
      this.pieces.push({ cleanStart: this.length, cleanLength: length, origStart, origLength: length, verbatim: true });
    }
    this.parts.push(original.slice(origStart, origStart + length));
    this.length += length;
    return this;
  }

  /**
   * Appends `replacement` standing for the original range
   * `[origStart, origStart + origLength)`. An empty original range marks
   * synthetic text (e.g. a block separator) anchored at `origStart`.
   */
  replace(replacement: string, origStart: number, origLength: number): this {
    if (replacement.length === 0) return this;
    this.pieces.push({ cleanStart: this.length, cleanLength: replacement.length, origStart, origLength, verbatim: false });
    this.parts.push(replacement);
    this.length += replacement.length;
    return this;
  }

  get cleanLength(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    this.text = this.parts.join('');
    return { text: this.text, map: OffsetMap.fromPieces(this.pieces.slice(), this.length) };
  }
}

/** Anything that maps clean positions back to original positions. */
export interface SourceMap {
  toOriginalStart(pos: number): number;
  toOriginalEnd(pos: number): number;
  toOriginal(span: Span): Span;
}

/** `outer` maps text C to text B, `inner` maps B to the original A: the composition maps C to A. */
export class ComposedMap implements SourceMap {
  constructor(
    private readonly outer: SourceMap,
    private readonly inner: SourceMap,
  ) {}
  toOriginalStart(pos: number): number {
    return this.inner.toOriginalStart(this.outer.toOriginalStart(pos));
  }
  toOriginalEnd(pos: number): number {
    return this.inner.toOriginalEnd(this.outer.toOriginalEnd(pos));
  }
  toOriginal(span: Span): Span {
    const start = this.toOriginalStart(span.start);
    if (span.end <= span.start) return { start, end: start };
    return { start, end: Math.max(start, this.toOriginalEnd(span.end)) };
  }
}

/**
 * The map of a slice of a text that starts at `by` in it: position p of the slice is p + by of the text. With
 * `ComposedMap`, a section of a clean text (src/stages/sections.ts) maps back to the original as the whole does.
 */
export class ShiftedMap implements SourceMap {
  constructor(private readonly by: number) {}
  toOriginalStart(pos: number): number {
    return pos + this.by;
  }
  toOriginalEnd(pos: number): number {
    return pos + this.by;
  }
  toOriginal(span: Span): Span {
    return { start: span.start + this.by, end: span.end + this.by };
  }
}
