import { Reporter } from '../src/diagnostics/diagnostic.js';
import type { Resources } from '../src/pipeline.js';
import { loadResources, processDocument } from '../src/process.js';
import { ROOT } from './helpers.js';
import { join } from 'node:path';

let shipped: Resources | undefined;
/** The shipped gazetteers, loaded once per test file. */
export function shippedResources(): Resources {
  shipped ??= loadResources(join(ROOT, 'gazetteers'));
  return shipped;
}

/** Runs every stage on an in-memory text. */
export function run(text: string, res: Resources = shippedResources()) {
  const report = new Reporter();
  const p = processDocument({ id: 'doc', path: 'doc.txt', text, encoding: 'utf-8', bytes: text.length }, res, report);
  if (!p.doc) throw new Error(p.diagnostics.map((d) => d.message).join('\n'));
  return p.doc;
}
