/**
 * A half-open span `[start, end)` in UTF-16 code units (JavaScript string
 * indices). Unless a field says otherwise, spans point into a document's
 * *original* decoded text, so `original.slice(start, end)` is the surface text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const spanLength = (s: Span): number => s.end - s.start;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
