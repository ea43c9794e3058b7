import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import type { SplitDocument } from '../model/document.js';
import type { Candidate } from '../model/candidate.js';
import type { EntityType } from '../model/entity.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { GazetteerMatcher } from '../gazetteer/matcher.js';
import { matchGazetteers } from '../stages/tag-entities.js';
import { slug } from '../stages/find-names.js';
import { documentFeatures, type FeatureEvidence } from './features.js';
import { LABELS, viterbi, type Weights } from './perceptron.js';

export const MODEL_FORMAT = 'news-entities/perceptron@1';
const L = LABELS.length;
const OUR_TYPE: Readonly<Record<string, EntityType | undefined>> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** What a model file holds (gzipped JSON). */
interface ModelFile {
  format: string;
  labels: string[];
  features: string[];
  /** base64 of a little-endian Float32Array, features x labels */
  emission: string;
  transition: number[];
  /** the names of the training data with their types: the `lex=` features */
  lexicon: [string, EntityType][];
  note: string;
}

/**
 * A trained name tagger: averaged-perceptron weights plus the name lexicon of
 * its training data. `candidates` turns its predictions into tag-stage
 * candidates; the gazetteer and rule candidates it receives are its input
 * features and, where it agrees with a gazetteer on span and type, the source
 * of the entity id.
 */
export class NameModel {
  readonly lexiconMatcher: GazetteerMatcher | undefined;

  constructor(
    readonly featureIds: ReadonlyMap<string, number>,
    readonly weights: Weights,
    readonly lexicon: readonly GazetteerEntry[],
    readonly note = '',
  ) {
    this.lexiconMatcher = lexicon.length ? new GazetteerMatcher(lexicon) : undefined;
  }

  /** Predicted labels (indices into LABELS) per sentence. */
  predict(doc: SplitDocument, ev: Omit<FeatureEvidence, 'lexicon'>): Int32Array[] {
    const lexicon = this.lexiconMatcher ? matchGazetteers(doc, this.lexiconMatcher) : [];
    const feats = documentFeatures(doc, { ...ev, lexicon });
    return feats.map((sentence) => viterbi(this.weights, sentence.map((f) => Int32Array.from(f, (x) => this.featureIds.get(x) ?? -1))));
  }

  /**
   * Candidates for the resolve stage: one per predicted PER/LOC/ORG span.
   * A gazetteer candidate with the same span and type is kept instead (it
   * carries the entry id); gazetteer `norp` candidates outside predicted spans
   * are kept (the model's MISC is not one of our types). Other rule and
   * gazetteer candidates were the model's evidence and are dropped.
   */
  candidates(doc: SplitDocument, gazetteer: readonly Candidate[], rules: readonly Candidate[]): Candidate[] {
    const labels = this.predict(doc, { gazetteer, rules });
    const out: Candidate[] = [];
    const spans: [number, number][] = [];
    doc.sentences.forEach((s, si) => {
      const seq = labels[si];
      for (let k = 0; k < seq.length; ) {
        const label = LABELS[seq[k]];
        if (label === 'O') {
          k++;
          continue;
        }
        const type = label.slice(2);
        let e = k + 1;
        while (e < seq.length && LABELS[seq[e]] === `I-${type}`) e++;
        const start = doc.tokens[s.tokenStart + k].start;
        const end = doc.tokens[s.tokenStart + e - 1].end;
        k = e;
        spans.push([start, end]);
        const ours = OUR_TYPE[type];
        if (!ours) continue;
        const agreeing = gazetteer.find((g) => g.start === start && g.end === end && g.type === ours);
        if (agreeing) {
          out.push(agreeing);
          continue;
        }
        const name = doc.clean.slice(start, end);
        out.push({ start, end, sentence: s.index, type: ours, entries: [], name, source: 'model:perceptron', confidence: 0.75, priority: 500, role: null });
      }
    });
    for (const g of gazetteer) {
      if (g.type === 'norp' && !spans.some(([a, b]) => g.start < b && a < g.end)) out.push(g);
    }
    return out;
  }

  save(path: string): void {
    const features = [...this.featureIds.keys()];
    const emission = new Float32Array(this.weights.emission);
    const file: ModelFile = {
      format: MODEL_FORMAT,
      labels: [...LABELS],
      features,
      emission: Buffer.from(emission.buffer, emission.byteOffset, emission.byteLength).toString('base64'),
      transition: [...this.weights.transition],
      lexicon: this.lexicon.map((e) => [e.name, e.type]),
      note: this.note,
    };
    writeFileSync(path, gzipSync(JSON.stringify(file)));
  }

  static load(path: string): NameModel {
    let file: ModelFile;
    try {
      file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as ModelFile;
    } catch (e) {
      throw new Error(`${path}: not a model file written by npm run train (${(e as Error).message})`);
    }
    if (file.format !== MODEL_FORMAT || file.labels.join() !== LABELS.join()) throw new Error(`${path}: model format ${file.format} is not ${MODEL_FORMAT}; retrain with npm run train`);
    const buf = Buffer.from(file.emission, 'base64');
    const emission = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    if (emission.length !== file.features.length * L) throw new Error(`${path}: weights and features disagree in size`);
    const featureIds = new Map(file.features.map((f, i) => [f, i]));
    return new NameModel(featureIds, { emission, transition: Float32Array.from(file.transition) }, lexiconEntries(file.lexicon), file.note);
  }
}

/** Gazetteer entries for a model lexicon (`[name, type]` pairs); ids are internal to the model. */
export function lexiconEntries(names: readonly (readonly [string, EntityType])[]): GazetteerEntry[] {
  return names.map(([name, type], i) => ({
    id: `lexicon:${i}:${slug(name)}`,
    name,
    type,
    aliases: [],
    file: 'model-lexicon',
    line: i + 1,
    caseInsensitive: false,
    commonWord: false,
    priority: 0,
    tier: 'generated',
  }));
}

/** Drops features whose weights are all (near) zero: they cannot change a decision. */
export function prune(featureIds: ReadonlyMap<string, number>, w: Weights, epsilon = 1e-4): { featureIds: Map<string, number>; weights: Weights } {
  const keep: [string, number][] = [];
  for (const [f, id] of featureIds) {
    for (let l = 0; l < L; l++) {
      if (Math.abs(w.emission[id * L + l]) > epsilon) {
        keep.push([f, id]);
        break;
      }
    }
  }
  const emission = new Float32Array(keep.length * L);
  const ids = new Map<string, number>();
  keep.forEach(([f, old], i) => {
    ids.set(f, i);
    for (let l = 0; l < L; l++) emission[i * L + l] = w.emission[old * L + l];
  });
  return { featureIds: ids, weights: { emission, transition: Float32Array.from(w.transition) } };
}
