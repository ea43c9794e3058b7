import { Reporter } from '../diagnostics/diagnostic.js';
import type { Resources } from '../pipeline.js';
import { splitSentences } from '../stages/split-sentences.js';
import { tagEntities } from '../stages/tag-entities.js';
import { resolve, type ResolvedDocument } from '../stages/resolve.js';
import { chunksOf, chunksToTags, type Chunk, type ConllDocument } from './conll.js';
import { CONLL_TYPE, conllCleanDocument, rebuildText, spansToChunks, type RebuiltDocument, type TypedSpan } from './documents.js';
import { Scorer } from './score.js';
import type { NameModel } from '../learn/model.js';

/** The scored CoNLL types; MISC is left out on both sides (we have no such type). */
export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;

export interface DocumentResult {
  readonly doc: ConllDocument;
  readonly rebuilt: RebuiltDocument;
  readonly resolved: ResolvedDocument;
  /** per sentence */
  readonly gold: readonly Chunk[][];
  readonly predicted: readonly Chunk[][];
}

/**
 * Runs the pipeline's stages on one CoNLL document (clean is skipped, see
 * `conllCleanDocument`) and maps the mentions back onto the CoNLL tokens.
 */
export function runConllDocument(doc: ConllDocument, res: Resources, model?: NameModel): DocumentResult {
  const rebuilt = rebuildText(doc);
  const cleaned = conllCleanDocument(doc, rebuilt);
  const report = new Reporter();
  report.stage = 'split';
  const split = splitSentences(cleaned, { report, tagging: model ? 'contextual' : 'lexical' });
  report.stage = 'tag';
  const tagged = tagEntities(split, { report, matcher: res.matcher, lexicons: res.lexicons, model });
  report.stage = 'resolve';
  const resolved = resolve(tagged, { report, roles: res.roles, names: res.lexicons });
  const spans: TypedSpan[] = [];
  for (const m of resolved.mentions) {
    const type = CONLL_TYPE[m.type];
    if (type) spans.push({ start: m.start, end: m.end, type, source: m.source });
  }
  const predicted = spansToChunks(rebuilt, spans);
  const gold = doc.sentences.map((s) => chunksOf(s.map((t) => t.tag)));
  return { doc, rebuilt, resolved, gold, predicted };
}

export interface ErrorLine {
  readonly kind: 'FP' | 'FN';
  readonly type: string;
  readonly text: string;
  /** for false positives: how the pipeline found it */
  readonly source: string;
  readonly document: number;
  readonly sentence: string;
}

/** Scores documents; collects errors and prediction lines on request. */
export function evaluate(docs: readonly ConllDocument[], res: Resources, opts: { errors?: ErrorLine[]; predictions?: string[]; model?: NameModel } = {}): Scorer {
  const scorer = new Scorer(SCORED_TYPES);
  for (const doc of docs) {
    const r = runConllDocument(doc, res, opts.model);
    if (opts.predictions) opts.predictions.push('-DOCSTART- -X- -X- O O', '');
    doc.sentences.forEach((s, si) => {
      const { falsePositives, falseNegatives } = scorer.add(r.gold[si], r.predicted[si]);
      if (opts.errors) {
        const sentence = s.map((t) => t.word).join(' ');
        const words = (c: Chunk) => s.slice(c.start, c.end).map((t) => t.word).join(' ');
        for (const c of falsePositives) opts.errors.push({ kind: 'FP', type: c.type, text: words(c), source: c.source ?? '', document: doc.index, sentence });
        for (const c of falseNegatives) opts.errors.push({ kind: 'FN', type: c.type, text: words(c), source: '', document: doc.index, sentence });
      }
      if (opts.predictions) {
        const pred = chunksToTags(r.predicted[si], s.length);
        s.forEach((t, i) => opts.predictions!.push([t.word, ...t.middle, t.tag, pred[i]].join(' ')));
        opts.predictions.push('');
      }
    });
  }
  return scorer;
}
