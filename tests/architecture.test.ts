import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const NLP = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'chrono-node'];

/**
 * The modules a source file loads at start-up: its static imports that are not
 * type-only, followed through src/ (dynamic `import()` is not followed).
 * Returns the src files reached and the packages they import.
 */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)';/gm)) {
      if (m[1]) continue; // `import type` / `export type`: erased
      const spec = m[2];
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.split('/')[0]);
    }
  };
  visit(join(ROOT, entry));
  return { files, packages };
}

describe('what the main thread loads', () => {
  it('the CLI and the runner load no NLP library (the worker threads do, through src/process.ts)', () => {
    for (const entry of ['src/cli.ts', 'src/pipeline.ts', 'src/workers/pool.ts']) {
      const { files, packages } = staticGraph(entry);
      expect(NLP.filter((p) => packages.has(p)), `${entry} reaches ${[...files].map((f) => relative(ROOT, f)).join(', ')}`).toEqual([]);
    }
    // the same walk does find them from the processing side, so the check above can fail; but not
    // compromise, whose word lists come with the shared gazetteers (src/nlp/compromise.ts loads it on demand)
    const worker = staticGraph('src/workers/worker.ts');
    expect(NLP.filter((p) => worker.packages.has(p))).toEqual(NLP.filter((p) => p !== 'compromise'));
    expect(staticGraph('src/workers/in-process.ts').packages.has('wink-nlp')).toBe(true);
  });
});
