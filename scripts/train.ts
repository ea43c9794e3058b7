/**
 * npm run train -- --data FILE.conll --out MODEL [--epochs N] [--folds K] [--gazetteers DIR]
 *
 * Trains the averaged-perceptron name tagger on CoNLL-format data. A model
 * trained on CoNLL-2003 is research-only, like the data: never commit it
 * (`models/` is git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { loadResources } from '../src/process.js';
import { parseConll } from '../src/eval/conll.js';
import { trainModel } from '../src/learn/train.js';

// commander, as the CLI and eval:clean: --help, and a clear error for an unknown option or a missing value
const values = new Command('npm run train --')
  .description("train the averaged-perceptron name model (the pipeline's --model) on CoNLL-format data; research-only when trained on CoNLL-2003, like the data")
  .requiredOption('--data <file>', 'CoNLL-2003 training file (eng.train)')
  .requiredOption('--out <model>', 'where to write the model')
  .option('--epochs <n>', 'training epochs', '12')
  .option('--folds <k>', "folds of the training data's name lexicon: each document sees the names of the other folds (jackknifing)", '5')
  .option('--gazetteers <dir>', 'gazetteer folder', 'gazetteers')
  .parse()
  .opts<{ data: string; out: string; epochs: string; folds: string; gazetteers: string }>();
const t0 = performance.now();
const res = loadResources(values.gazetteers);
const docs = parseConll(readFileSync(values.data, 'utf8'));
const model = trainModel(docs, res, { epochs: Number(values.epochs), folds: Number(values.folds), log: (l) => process.stdout.write(l + '\n') });
mkdirSync(dirname(values.out), { recursive: true });
model.save(values.out);
process.stdout.write(`wrote ${values.out} (${model.featureIds.size} features, ${model.lexicon.length} lexicon names) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
