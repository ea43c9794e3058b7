import { describe, expect, it, vi } from 'vitest';
import * as chars from '../../src/text/chars.js';
import { run } from '../helpers-docs.js';

// (counts the calls of `singleSpaced`, which `relinkCaps` and `firmOfPrefix` make per mention they read)
vi.mock('../../src/text/chars.js', async (actual) => {
  const a = await actual<typeof import('../../src/text/chars.js')>();
  return { ...a, singleSpaced: vi.fn(a.singleSpaced) };
});

const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const word = (i: number) => `Q${L[i % 26]}${L[Math.floor(i / 26) % 26]}orv`;
/** a page of `n` firms with a legal form and `n` firms in capitals that open none of them */
const page = (n: number) =>
  'QUIMBAR GROUP <QMB> BUYS STAKES\n\n' +
  Array.from({ length: n }, (_, i) => `${word(i)} Holdings Inc said it sold ${word(i)} shares to ${word(i + 7)} Partners Corp.`).join(' ') +
  ' ' +
  Array.from({ length: n }, (_, i) => `${word(i + 40).toUpperCase()} said it would sell its ${word(i + 3)} unit.`).join(' ');

describe("resolve: a headline's firm in capitals linked to a body's firm it opens (firmOfPrefix), at a cost", () => {
  it('reads the mentions once per document, not once per mention in capitals', () => {
    const calls = (n: number) => {
      const spy = vi.mocked(chars.singleSpaced);
      run(page(n));
      spy.mockClear();
      run(page(n));
      return spy.mock.calls.length;
    };
    // (a few calls per mention, the stages' own: 120 firms with a legal form and 120 in capitals gave some 3,900 calls;
    // a loop over the mentions per mention in capitals, 21,000)
    expect(calls(120)).toBeLessThan(120 * 60);
  });
});
