import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LABELS, train, viterbi, type TrainingSentence } from '../../src/learn/perceptron.js';
import { NameModel, lexiconEntries, prune } from '../../src/learn/model.js';
import { shortShape, wordShape } from '../../src/learn/features.js';

const L = LABELS.length;
const lab = (l: string) => LABELS.indexOf(l);

describe('viterbi', () => {
  it('never puts I-X after O or after another type, whatever the weights say', () => {
    // one feature (id 0) that strongly prefers I-PER everywhere
    const emission = new Float32Array(L);
    emission[lab('I-PER')] = 10;
    emission[lab('B-PER')] = 1;
    const out = viterbi({ emission, transition: new Float32Array((L + 1) * L) }, [Int32Array.of(0), Int32Array.of(0), Int32Array.of(0)]);
    expect([...out].map((i) => LABELS[i])).toEqual(['B-PER', 'I-PER', 'I-PER']);
  });

  it('ignores unknown features (id -1)', () => {
    const out = viterbi({ emission: new Float32Array(L), transition: new Float32Array((L + 1) * L) }, [Int32Array.of(-1)]);
    expect(LABELS[out[0]]).toBe('O');
  });
});

describe('train: the averaged perceptron learns a separable toy task', () => {
  // features: 0 = capitalised, 1 = follows a capitalised word, 2 = lower-case word
  const S = (tags: string[], feats: number[][]): TrainingSentence => ({ features: feats.map((f) => Int32Array.from(f)), labels: Int32Array.from(tags.map(lab)) });
  const data = [
    S(['B-PER', 'I-PER', 'O'], [[0], [0, 1], [2]]),
    S(['O', 'B-PER', 'I-PER'], [[2], [0], [0, 1]]),
    S(['O', 'O', 'B-PER'], [[2], [2], [0]]),
    S(['O', 'B-PER', 'O'], [[2], [0], [2]]),
    S(['O', 'O', 'O'], [[2], [2], [2]]),
  ];
  it.each([
    // [features per token, expected labels]
    [[[2], [0], [0, 1], [2]], ['O', 'B-PER', 'I-PER', 'O']],
    [[[0], [2], [2]], ['B-PER', 'O', 'O']], // a combination not seen in training
  ])('%j', (feats, expected) => {
    const w = train(data, 3, { epochs: 5 });
    expect([...viterbi(w, feats.map((f) => Int32Array.from(f)))].map((i) => LABELS[i])).toEqual(expected);
  });

  it('is deterministic: same data and seed, same weights', () => {
    expect(train(data, 3, { epochs: 3, seed: 7 }).emission).toEqual(train(data, 3, { epochs: 3, seed: 7 }).emission);
  });
});

describe('NameModel files', () => {
  it('save then load keeps features, weights (float32) and lexicon; pruning drops all-zero features', () => {
    const emission = new Float32Array(3 * L);
    emission[0 * L + lab('B-PER')] = 1.5;
    emission[2 * L + lab('B-LOC')] = -0.25;
    const { featureIds, weights } = prune(new Map([['w=Anna', 0], ['w=unused', 1], ['sh=Xx', 2]]), { emission, transition: new Float32Array((L + 1) * L) });
    expect([...featureIds.keys()]).toEqual(['w=Anna', 'sh=Xx']);
    const path = join(mkdtempSync(join(tmpdir(), 'ne-model-')), 'm.model');
    new NameModel(featureIds, weights, lexiconEntries([['Oslo', 'place']]), 'toy').save(path);
    const back = NameModel.load(path);
    expect([...back.featureIds]).toEqual([['w=Anna', 0], ['sh=Xx', 1]]);
    expect(back.weights.emission[lab('B-PER')]).toBe(1.5);
    expect(back.weights.emission[L + lab('B-LOC')]).toBe(-0.25);
    expect(back.lexicon.map((e) => [e.name, e.type])).toEqual([['Oslo', 'place']]);
  });

  it('refuses a file that is not a model', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ne-model-')), 'bad.model');
    writeFileSync(path, 'hello');
    expect(() => NameModel.load(path)).toThrow(/not a model file/);
  });
});

describe('word shapes', () => {
  it.each([
    ['Simmons', 'Xxxxx', 'Xx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-30', 'dddd-dd-dd', 'd-d-d'],
    ['McGrath', 'XxXxxxx', 'XxXx'],
    ['Əliyev', 'Xxxxx', 'Xx'],
  ])('%s', (w, long, short) => {
    expect(wordShape(w)).toBe(long);
    expect(shortShape(w)).toBe(short);
  });
});
