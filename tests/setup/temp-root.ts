import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest global setup: the temporary folders the tests make (outputs, copies
 * of the corpus, broken gazetteers: a hundred and more per run) all go under
 * one folder for the run, removed when it ends. TMPDIR is set before the test
 * workers start, so their `os.tmpdir()`, and the CLI processes they spawn,
 * use it. (Before, every `npm test` left them in the system temp folder.)
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'news-entities-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
