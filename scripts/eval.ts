/**
 * npm run eval -- --gold FILE [--train FILE] [--predictions OUT] [--errors OUT] [--model MODEL] [--gazetteers DIR]
 *
 * Scores the pipeline's tagging stages against CoNLL-2003 gold data: exact
 * span + type, micro-averaged, like conlleval, for PER/LOC/ORG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadResources } from '../src/process.js';
import { GazetteerMatcher } from '../src/gazetteer/matcher.js';
import { parseConll } from '../src/eval/conll.js';
import { evaluate, type ErrorLine } from '../src/eval/evaluate.js';
import { formatScores } from '../src/eval/score.js';
import { trainingGazetteer } from '../src/eval/train-gazetteer.js';
import { NameModel } from '../src/learn/model.js';

// commander, as the CLI and eval:clean: --help, and a clear error for an unknown option or a missing value
const values = new Command('npm run eval --')
  .description('score the tagging stages against CoNLL-2003 gold data: exact span + type, micro-averaged like conlleval, for PER/LOC/ORG')
  .requiredOption('--gold <file>', 'CoNLL-2003 file to score against (eng.testa, eng.train, ...)')
  .option('--train <file>', "a CoNLL-2003 file whose names are added to the gazetteers for this run only (an upper bound: what knowing the training data's names gives)")
  .option('--predictions <out>', 'write the predicted tags, one token a line (conlleval input)')
  .option('--errors <out>', 'write every false positive and false negative, with its rule and sentence')
  .option('--model <model>', 'a trained name model (npm run train), used with the rules and gazetteers')
  .option('--gazetteers <dir>', 'gazetteer folder', 'gazetteers')
  .option('--limit <n>', 'score only the first N documents')
  .parse()
  .opts<{ gold: string; train?: string; predictions?: string; errors?: string; model?: string; gazetteers: string; limit?: string }>();

const t0 = performance.now();
let res: ReturnType<typeof loadResources> = loadResources(values.gazetteers);
let gazetteerNote = `shipped gazetteers (${res.gazetteers.entries.length} entries)`;
if (values.train) {
  const train = parseConll(readFileSync(values.train, 'utf8'));
  const extra = trainingGazetteer(train, res.gazetteers.files.length);
  res = { ...res, matcher: new GazetteerMatcher([...res.gazetteers.entries, ...extra]) };
  gazetteerNote += ` + ${extra.length} names from ${values.train} (this run only)`;
}
let docs = parseConll(readFileSync(values.gold, 'utf8'));
if (values.limit) docs = docs.slice(0, Number(values.limit));
const errors: ErrorLine[] | undefined = values.errors ? [] : undefined;
const predictions: string[] | undefined = values.predictions ? [] : undefined;
const t1 = performance.now();
const model = values.model ? NameModel.load(values.model) : undefined;
const scorer = evaluate(docs, res, { errors, predictions, model });
const t2 = performance.now();
const tokens = docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0);

process.stdout.write(
  `gold: ${values.gold} (${docs.length} documents, ${tokens} tokens)\n` +
    `resources: ${gazetteerNote}${values.model ? `, model ${values.model}` : ''}\n` +
    `scoring: exact span + type, micro-averaged (conlleval); PER/LOC/ORG = our person/place/organization.\n` +
    `MISC (gold) and norp (ours) are left out on both sides.\n\n` +
    formatScores(scorer) +
    `\n\ntime: ${((t1 - t0) / 1000).toFixed(1)} s loading, ${((t2 - t1) / 1000).toFixed(1)} s tagging (${Math.round(tokens / ((t2 - t1) / 1000))} tokens/s)\n`,
);
if (errors && values.errors) {
  writeFileSync(values.errors, errors.map((e) => `${e.kind}\t${e.type}\t${e.text}\t${e.source}\tdoc ${e.document}\t${e.sentence}`).join('\n') + '\n');
}
if (predictions && values.predictions) writeFileSync(values.predictions, predictions.join('\n') + '\n');
