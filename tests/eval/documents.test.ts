import { describe, expect, it } from 'vitest';
import { parseConll } from '../../src/eval/conll.js';
import { conllCleanDocument, rebuildText, spansToChunks } from '../../src/eval/documents.js';

const doc = parseConll('-DOCSTART- -X- O O\n\nEU O\nrejects O\nU.S.-based O\nplan O\n\nLONDON I-LOC\n1996-08-30 O\n')[0];

describe('rebuildText: tokens joined by spaces, one sentence per line', () => {
  it('keeps every token span', () => {
    const r = rebuildText(doc);
    expect(r.text).toBe('EU rejects U.S.-based plan\nLONDON 1996-08-30');
    for (const [si, s] of doc.sentences.entries()) s.forEach((t, ti) => expect(r.text.slice(r.spans[si][ti].start, r.spans[si][ti].end)).toBe(t.word));
    expect(r.lines).toEqual([{ start: 0, end: 26 }, { start: 27, end: 44 }]);
  });

  it('makes one block per line: title first, a dateline is metadata', () => {
    const r = rebuildText(doc);
    expect(conllCleanDocument(doc, r).blocks.map((b) => b.zone)).toEqual(['title', 'meta']);
  });
});

describe('spansToChunks: text spans back onto tokens', () => {
  const r = rebuildText(doc);
  it.each([
    // [span [start, end, type], expected chunks per sentence as start-end-type]
    [[0, 2, 'ORG'], [['0-1-ORG'], []]], // exact token
    [[11, 15, 'LOC'], [['2-3-LOC'], []]], // 'U.S.' cuts the token 'U.S.-based': the whole token
    [[3, 15, 'ORG'], [['1-3-ORG'], []]], // two tokens
    [[27, 33, 'LOC'], [[], ['0-1-LOC']]], // second line
    [[2, 3, 'PER'], [[], []]], // only the space between tokens: nothing
  ])('%j', ([start, end, type], expected) => {
    const chunks = spansToChunks(r, [{ start: start as number, end: end as number, type: type as string }]);
    expect(chunks.map((cs) => cs.map((c) => `${c.start}-${c.end}-${c.type}`))).toEqual(expected);
  });

  it('keeps the first of two spans touching one token', () => {
    const chunks = spansToChunks(r, [{ start: 3, end: 15, type: 'ORG' }, { start: 11, end: 26, type: 'LOC' }]);
    expect(chunks[0].map((c) => `${c.start}-${c.end}-${c.type}`)).toEqual(['1-3-ORG', '3-4-LOC']);
  });
});
