import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/stages/clean.js';
import { Reporter } from '../../../src/diagnostics/diagnostic.js';
import { decodeLenient, goldMainText, meanScores, scoreBags } from '../../../src/stages/clean/score.js';

/*
 * Quality guard on a sample of the boilerplate-dev corpus (third-party data,
 * read at run time from ../shared, never committed). The full measurement is
 * `npm run eval:clean` (docs/CLEANING.md); this runs every 10th page so a
 * change that breaks the classifier shows up in `npm test`. The bounds sit a
 * few points under the measured sample means (P 0.856, F1 0.830 when written; P 0.884, F1 0.849 after the breadcrumb step).
 */
const DIR = join(import.meta.dirname, '../../../../shared/data/corpora/boilerplate-dev');
const present = existsSync(join(DIR, 'text')) && existsSync(join(DIR, 'gold'));

describe.skipIf(!present)('clean on a boilerplate-dev sample (skipped: ../shared/data/corpora/boilerplate-dev is absent)', () => {
  it('keeps the main text and little else', () => {
    const files = readdirSync(join(DIR, 'text')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).filter((_, i) => i % 10 === 0);
    const scores = files.map((f) => {
      const text = decodeLenient(readFileSync(join(DIR, 'text', f))).text;
      const gold = goldMainText(decodeLenient(readFileSync(join(DIR, 'gold', f))).text);
      return scoreBags(clean({ id: f, path: f, text, encoding: 'utf-8', bytes: text.length }, { report: new Reporter() }).clean, gold);
    });
    const m = meanScores(scores);
    console.log(`boilerplate-dev sample of ${scores.length}: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)}`);
    expect(m.f1).toBeGreaterThan(0.78);
    expect(m.precision).toBeGreaterThan(0.82);
  }, 60_000);
});
