import { describe, expect, it } from 'vitest';
import { lastBenchCode, median, summariseRounds } from '../../scripts/cost-rounds.js';

describe('npm run cost: its arithmetic (scripts/cost-rounds.ts)', () => {
  it('takes the code the last bench measured from the generated head of BENCHMARKS.md, not from the notes below it', () => {
    const md = '<!-- bench:start -->\n# Benchmarks\n\nMeasured by `npm run bench -- --label abc1234` on 2026-12-07, code: abc1234. No test asserts a time.\n<!-- bench:end -->\n\n- at code: def5678 a session measured ...\n';
    expect(lastBenchCode(md)).toBe('abc1234');
    // a head that names no code: none, even when the notes do
    expect(lastBenchCode('<!-- bench:start -->\nMeasured on 2026-12-07.\n<!-- bench:end -->\ncode: def5678\n')).toBeUndefined();
    expect(lastBenchCode('Measured by `npm run bench` on 2026-12-07, code: 0123abcd9.')).toBe('0123abcd9');
  });

  it('gives each round its own ratio, working tree over base, and their median', () => {
    const s = summariseRounds([
      { base: 10, head: 12 },
      { base: 20, head: 22 },
      { base: 8, head: 12 },
    ]);
    expect(s.ratios).toEqual([1.2, 1.1, 1.5]);
    expect(s.median).toBeCloseTo(1.2, 10);
    expect(s.mean).toBeCloseTo((1.2 + 1.1 + 1.5) / 3, 10);
    expect([s.min, s.max]).toEqual([1.1, 1.5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => summariseRounds([])).toThrow(/no rounds/);
  });
});
