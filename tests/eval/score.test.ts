import { describe, expect, it } from 'vitest';
import { Scorer, prf } from '../../src/eval/score.js';
import type { Chunk } from '../../src/eval/conll.js';

const c = (start: number, end: number, type: string): Chunk => ({ start, end, type });

describe('Scorer: exact span + type, micro-averaged', () => {
  it.each([
    // [gold, predicted, expected overall [correct, predicted, gold]]
    [[c(0, 2, 'PER')], [c(0, 2, 'PER')], [1, 1, 1]],
    [[c(0, 2, 'PER')], [c(0, 1, 'PER')], [0, 1, 1]], // partial span: wrong
    [[c(0, 2, 'PER')], [c(0, 2, 'ORG')], [0, 1, 1]], // wrong type: wrong
    [[c(0, 1, 'MISC')], [], [0, 0, 0]], // MISC is not scored on the gold side
    [[], [c(0, 1, 'MISC')], [0, 0, 0]], // nor on the predicted side
    [[c(0, 1, 'LOC'), c(3, 5, 'ORG')], [c(0, 1, 'LOC'), c(3, 4, 'ORG'), c(6, 7, 'PER')], [1, 3, 2]],
  ])('%#', (gold, predicted, [correct, pred, g]) => {
    const s = new Scorer(['PER', 'LOC', 'ORG']);
    s.add(gold, predicted);
    expect(s.total()).toEqual({ correct, predicted: pred, gold: g });
  });

  it('computes P/R/F1 by hand: 3 correct of 4 predicted, 6 gold', () => {
    // P = 75, R = 50, F1 = 2 * .75 * .5 / 1.25 = 60
    const r = prf({ correct: 3, predicted: 4, gold: 6 });
    expect(r.precision).toBeCloseTo(75);
    expect(r.recall).toBeCloseTo(50);
    expect(r.f1).toBeCloseTo(60);
  });

  it('gives 0, not NaN, when nothing is predicted', () => {
    expect(prf({ correct: 0, predicted: 0, gold: 5 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('micro-averages over sentences and keeps per-type counts, and lists the errors', () => {
    const s = new Scorer(['PER', 'LOC', 'ORG']);
    s.add([c(0, 2, 'PER')], [c(0, 2, 'PER')]);
    const errs = s.add([c(1, 2, 'LOC')], [c(1, 2, 'ORG')]);
    expect(errs).toEqual({ falsePositives: [c(1, 2, 'ORG')], falseNegatives: [c(1, 2, 'LOC')] });
    expect(s.byType.get('PER')).toEqual({ correct: 1, predicted: 1, gold: 1 });
    expect(s.byType.get('LOC')).toEqual({ correct: 0, predicted: 0, gold: 1 });
    expect(s.byType.get('ORG')).toEqual({ correct: 0, predicted: 1, gold: 0 });
    expect(prf(s.total()).f1).toBeCloseTo(50); // 1 of 2 predicted, 1 of 2 gold
  });
});
