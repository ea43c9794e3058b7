/**
 * npm run train -- --data FILE.conll --out MODEL [--epochs N] [--folds K] [--gazetteers DIR]
 *
 * Trains the averaged-perceptron name tagger on CoNLL-format data. A model
 * trained on CoNLL-2003 is research-only, like the data: never commit it
 * (`models/` is git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../src/process.js';
import { parseConll } from '../src/eval/conll.js';
import { trainModel } from '../src/learn/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    folds: { type: 'string', default: '5' },
    gazetteers: { type: 'string', default: 'gazetteers' },
  },
});
if (!values.data || !values.out) {
  process.stderr.write('usage: npm run train -- --data FILE.conll --out MODEL [--epochs N] [--folds K] [--gazetteers DIR]\n');
  process.exit(2);
}
const t0 = performance.now();
const res = loadResources(values.gazetteers!);
const docs = parseConll(readFileSync(values.data, 'utf8'));
const model = trainModel(docs, res, { epochs: Number(values.epochs), folds: Number(values.folds), log: (l) => process.stdout.write(l + '\n') });
mkdirSync(dirname(values.out), { recursive: true });
model.save(values.out);
process.stdout.write(`wrote ${values.out} (${model.featureIds.size} features, ${model.lexicon.length} lexicon names) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
