import type { Chunk } from './conll.js';

/**
 * Exact-match chunk scoring, micro-averaged, as conlleval computes it: a
 * predicted chunk is correct when a gold chunk has the same start, end and
 * type. Precision = correct / predicted, recall = correct / gold, F1 their
 * harmonic mean, overall (over the scored types) and per type.
 */
export interface TypeCounts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export class Scorer {
  readonly byType = new Map<string, TypeCounts>();

  /** `types`: the chunk types that count; chunks of other types are ignored on both sides. */
  constructor(readonly types: readonly string[]) {
    for (const t of types) this.byType.set(t, { correct: 0, predicted: 0, gold: 0 });
  }

  /** Adds one sentence; returns the false positives and false negatives. */
  add(gold: readonly Chunk[], predicted: readonly Chunk[]): { falsePositives: Chunk[]; falseNegatives: Chunk[] } {
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const g = gold.filter((c) => this.byType.has(c.type));
    const p = predicted.filter((c) => this.byType.has(c.type));
    const goldKeys = new Set(g.map(key));
    const predKeys = new Set(p.map(key));
    for (const c of g) this.byType.get(c.type)!.gold++;
    for (const c of p) {
      const t = this.byType.get(c.type)!;
      t.predicted++;
      if (goldKeys.has(key(c))) t.correct++;
    }
    return { falsePositives: p.filter((c) => !goldKeys.has(key(c))), falseNegatives: g.filter((c) => !predKeys.has(key(c))) };
  }

  total(): TypeCounts {
    const t = { correct: 0, predicted: 0, gold: 0 };
    for (const c of this.byType.values()) {
      t.correct += c.correct;
      t.predicted += c.predicted;
      t.gold += c.gold;
    }
    return t;
  }
}

export function prf(c: TypeCounts): Prf {
  const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const recall = c.gold === 0 ? 0 : c.correct / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: precision * 100, recall: recall * 100, f1: f1 * 100 };
}

/** A conlleval-like table. */
export function formatScores(scorer: Scorer): string {
  const row = (label: string, c: TypeCounts) => {
    const s = prf(c);
    return `${label.padEnd(8)} precision ${s.precision.toFixed(2).padStart(6)}%  recall ${s.recall.toFixed(2).padStart(6)}%  F1 ${s.f1.toFixed(2).padStart(6)}   (${c.correct} correct, ${c.predicted} predicted, ${c.gold} gold)`;
  };
  return [row('overall', scorer.total()), ...[...scorer.byType].map(([t, c]) => row(t, c))].join('\n');
}
