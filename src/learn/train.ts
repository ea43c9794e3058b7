import { Reporter } from '../diagnostics/diagnostic.js';
import type { Resources } from '../pipeline.js';
import { GazetteerMatcher } from '../gazetteer/matcher.js';
import type { SplitDocument } from '../model/document.js';
import { splitSentences } from '../stages/split-sentences.js';
import { confirmAcronyms, matchGazetteers } from '../stages/tag-entities.js';
import { findNames } from '../stages/find-names.js';
import { chunksOf, type ConllDocument } from '../eval/conll.js';
import { conllCleanDocument, rebuildText } from '../eval/documents.js';
import { trainingGazetteer } from '../eval/train-gazetteer.js';
import { documentFeatures } from './features.js';
import { LABELS, train, type TrainingSentence } from './perceptron.js';
import { NameModel, lexiconEntries, prune } from './model.js';

/**
 * Training a name model on CoNLL-format data. Every document goes through
 * the pipeline's own split stage (wink-nlp tokens and POS tags, the same ones
 * the model sees at run time), and the gold labels are mapped onto those
 * tokens by character span.
 *
 * The model's name lexicon (`lex=` features) is the training data's names.
 * Seen on their own documents those features would be always right, and the
 * model would learn to trust them blindly; so each document gets the lexicon
 * built from the *other* folds (jackknifing), which is what unseen text looks
 * like: some names known, many not.
 */
export interface TrainOptions {
  readonly epochs: number;
  readonly folds: number;
  readonly log?: (line: string) => void;
}

/** Gold labels (indices into LABELS) of each token of a split document, from the CoNLL tags. */
export function goldLabels(doc: ConllDocument, split: SplitDocument, spans: ReturnType<typeof rebuildText>['spans']): Int32Array[] {
  const chunkAt = new Int32Array(split.clean.length).fill(-1);
  const types: string[] = [];
  doc.sentences.forEach((s, si) => {
    for (const c of chunksOf(s.map((t) => t.tag))) {
      const id = types.length;
      types.push(c.type);
      chunkAt.fill(id, spans[si][c.start].start, spans[si][c.end - 1].end);
    }
  });
  return split.sentences.map((s) => {
    const out = new Int32Array(s.tokenEnd - s.tokenStart);
    let prev = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const id = chunkAt[split.tokens[i].start];
      const label = id < 0 ? 'O' : `${id === prev ? 'I' : 'B'}-${types[id]}`;
      const li = LABELS.indexOf(label);
      out[i - s.tokenStart] = li < 0 ? 0 : li;
      prev = id;
    }
    return out;
  });
}

export function trainModel(docs: readonly ConllDocument[], res: Resources, opts: TrainOptions): NameModel {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const foldLexicons: GazetteerMatcher[] = [];
  for (let k = 0; k < opts.folds; k++) {
    foldLexicons.push(new GazetteerMatcher(trainingGazetteer(docs.filter((d) => d.index % opts.folds !== k), 0)));
  }
  const featureIds = new Map<string, number>();
  const sentences: TrainingSentence[] = [];
  const report = new Reporter();
  for (const doc of docs) {
    const rebuilt = rebuildText(doc);
    const split = splitSentences(conllCleanDocument(doc, rebuilt), { report, tagging: 'contextual' });
    const gazetteer = confirmAcronyms(matchGazetteers(split, res.matcher, res.lexicons), split, res.lexicons);
    const rules = findNames(split, res.lexicons);
    const lexicon = matchGazetteers(split, foldLexicons[doc.index % opts.folds]);
    const feats = documentFeatures(split, { gazetteer, rules, lexicon });
    const labels = goldLabels(doc, split, rebuilt.spans);
    feats.forEach((sentence, si) => {
      const features = sentence.map((fs) =>
        Int32Array.from(fs, (f) => {
          let id = featureIds.get(f);
          if (id === undefined) featureIds.set(f, (id = featureIds.size));
          return id;
        }),
      );
      if (features.length) sentences.push({ features, labels: labels[si] });
    });
  }
  log(`prepared ${sentences.length} sentences, ${featureIds.size} features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const weights = train(sentences, featureIds.size, {
    epochs: opts.epochs,
    onEpoch: (e, errors) => log(`epoch ${e}: ${errors} sentences wrong (${((performance.now() - t1) / 1000).toFixed(1)} s)`),
  });
  const pruned = prune(featureIds, weights);
  log(`kept ${pruned.featureIds.size} of ${featureIds.size} features`);
  const lexicon = trainingGazetteer(docs, 0).map((e) => [e.name, e.type] as const);
  return new NameModel(pruned.featureIds, pruned.weights, lexiconEntries(lexicon), `${docs.length} documents, ${sentences.length} sentences, ${opts.epochs} epochs`);
}
