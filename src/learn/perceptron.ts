/**
 * A structured averaged perceptron (Collins 2002) over BIO labels with
 * first-order Viterbi decoding. Hand-written because no maintained npm
 * package offers a small, dependency-free sequence tagger in TypeScript; it is
 * about a hundred lines and the whole learning algorithm is:
 *
 *   for each sentence: decode with the current weights; where the best
 *   sequence differs from the gold one, add 1 to the gold features and
 *   transitions and subtract 1 from the predicted ones.
 *
 * The final weights are the average over all updates (the lazy-timestamp
 * trick: `avg = w - acc / c`), which is what makes a perceptron generalise.
 * Decoding costs (features + labels) x labels per token.
 */
export const TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export const LABELS: readonly string[] = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
const L = LABELS.length;

/** `allowed[prev * L + cur]`; prev = L is the sentence start. `I-X` only after `B-X` or `I-X`. */
const ALLOWED = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = LABELS[c];
      if (!cur.startsWith('I-')) a[p * L + c] = 1;
      else if (p < L && LABELS[p] !== 'O' && LABELS[p].slice(2) === cur.slice(2)) a[p * L + c] = 1;
    }
  }
  return a;
})();

/** Weights: `emission[feature * L + label]`, `transition[prev * L + label]` (prev = L: start). */
export interface Weights {
  readonly emission: Float32Array | Float64Array;
  readonly transition: Float32Array | Float64Array;
}

/** Best label sequence for a sentence given each token's feature ids (ids < 0 are unknown features). */
export function viterbi(w: Weights, feats: readonly Int32Array[]): Int32Array {
  const n = feats.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const em = new Float64Array(L);
  for (let t = 0; t < n; t++) {
    em.fill(0);
    for (const f of feats[t]) {
      if (f < 0) continue;
      const base = f * L;
      for (let l = 0; l < L; l++) em[l] += w.emission[base + l];
    }
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      if (t === 0) {
        if (ALLOWED[L * L + c]) best = w.transition[L * L + c];
      } else {
        for (let p = 0; p < L; p++) {
          if (!ALLOWED[p * L + c]) continue;
          const s = score[(t - 1) * L + p] + w.transition[p * L + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[t * L + c] = best + em[c];
      back[t * L + c] = arg;
    }
  }
  let best = -Infinity;
  for (let c = 0; c < L; c++) {
    if (score[(n - 1) * L + c] > best) {
      best = score[(n - 1) * L + c];
      out[n - 1] = c;
    }
  }
  for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]];
  return out;
}

export interface TrainingSentence {
  readonly features: readonly Int32Array[];
  readonly labels: Int32Array;
}

/** Deterministic PRNG (mulberry32) for the shuffling between epochs. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(sentences: readonly TrainingSentence[], featureCount: number, opts: { epochs: number; seed?: number; onEpoch?: (epoch: number, errors: number) => void }): Weights {
  const w: Weights = { emission: new Float64Array(featureCount * L), transition: new Float64Array((L + 1) * L) };
  const accE = new Float64Array(featureCount * L);
  const accT = new Float64Array((L + 1) * L);
  let c = 1;
  const order = sentences.map((_, i) => i);
  const random = rng(opts.seed ?? 1);
  const bump = (feats: Int32Array, label: number, d: number) => {
    for (const f of feats) {
      w.emission[f * L + label] += d;
      accE[f * L + label] += c * d;
    }
  };
  const bumpT = (prev: number, label: number, d: number) => {
    w.transition[prev * L + label] += d;
    accT[prev * L + label] += c * d;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const k of order) {
      const s = sentences[k];
      const pred = viterbi(w, s.features);
      let wrong = false;
      for (let t = 0; t < pred.length; t++) {
        const g = s.labels[t];
        const p = pred[t];
        const gPrev = t === 0 ? L : s.labels[t - 1];
        const pPrev = t === 0 ? L : pred[t - 1];
        if (g !== p) {
          wrong = true;
          bump(s.features[t], g, 1);
          bump(s.features[t], p, -1);
        }
        if (g !== p || gPrev !== pPrev) {
          bumpT(gPrev, g, 1);
          bumpT(pPrev, p, -1);
        }
      }
      if (wrong) errors++;
      c++;
    }
    opts.onEpoch?.(epoch + 1, errors);
  }
  const emission = new Float32Array(featureCount * L);
  for (let i = 0; i < emission.length; i++) emission[i] = w.emission[i] - accE[i] / c;
  const transition = new Float32Array((L + 1) * L);
  for (let i = 0; i < transition.length; i++) transition[i] = w.transition[i] - accT[i] / c;
  return { emission, transition };
}
