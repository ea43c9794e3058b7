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

/** Prose after a test's sentences: the cleaner keeps a short text as an article. */
export const PROSE = ' The results were published on Monday, a day later than most analysts had expected.';

/** [type, entity id] of the mentions written `name` in a text run through every stage (shipped gazetteers) */
export const typesAndIds = (text: string, name: string) =>
  run(text)
    .mentions.filter((m) => m.text === name)
    .map((m) => [m.type, m.entityId]);
