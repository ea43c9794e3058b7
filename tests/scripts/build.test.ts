import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

// scripts/build.mjs compiles src/ to plain JavaScript: what `npm run pipeline` runs (node dist/cli.js).
// Built into a folder of its own inside the project (so the packages in node_modules resolve), not dist/.
const OUT = `.build-test-${process.pid}`;
const outDir = join(ROOT, OUT);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** files under `dir` (paths relative to it) ending in `ext`, without it */
const files = (dir: string, ext: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1, ext ? -ext.length : undefined))
    .sort();

describe('scripts/build.mjs', () => {
  it('compiles every source file, and the built CLI writes the same bytes as the TypeScript sources run through tsx', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', OUT], { cwd: ROOT, stdio: 'pipe' });
    expect(files(outDir, '.js')).toEqual(files(join(ROOT, 'src'), '.ts').filter((f) => !f.endsWith('.d')));
    // no temporary folder left beside it
    expect(readdirSync(ROOT).filter((f) => f.startsWith(`${OUT}.tmp`))).toEqual([]);

    const built = mkdtempSync(join(tmpdir(), 'ne-build-'));
    // two worker threads: the built code starts dist/workers/worker.js itself, without tsx
    const summary = execFileSync(process.execPath, [join(outDir, 'cli.js'), '-i', join(ROOT, 'input'), '-o', built, '--workers', '2', '--no-cache', '--progress', 'none'], { cwd: ROOT, encoding: 'utf8' });
    expect(summary).toMatch(/^5 documents \(0 failed\).* 2 workers/m);
    const viaTsx = runCli(['-i', join(ROOT, 'input'), '--workers', '0', '--no-cache', '-q']).out;
    const outputs = files(viaTsx, '');
    expect(outputs).toContain('mentions.csv');
    expect(files(built, '')).toEqual(outputs);
    for (const f of outputs) expect(readFileSync(join(built, f)).equals(readFileSync(join(viaTsx, f))), f).toBe(true);
  }, 120_000);
});
