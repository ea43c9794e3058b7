/**
 * Compiles src/ (TypeScript) to dist/ as plain ES modules with esbuild: one
 * .js file per .ts file, same layout, no bundling, so `import.meta.url` and
 * the worker thread's entry (dist/workers/worker.js) stay where the code
 * expects them. Takes well under a second; `npm run pipeline` runs it first
 * (the `prepipeline` script), then `node dist/cli.js`.
 *
 * Why not run src/ through tsx, as the tests do: tsx compiles each module when
 * a thread imports it, in every worker thread again, with a module-loader
 * thread per thread, and with esbuild's `keepNames` (a defineProperty call on
 * every closure the code creates). Against this build, on the 20 MB bench
 * corpus with 2 workers (alternating three times): wall 22.5-22.8 -> 21.5-22.1 s,
 * peak RSS 750-778 -> 649-671 MB; the first document done 3.1 -> 2.2-2.3 s
 * after start.
 *
 *   node scripts/build.mjs [--outdir DIR]   (DIR relative to the project; default dist)
 *
 * The output is written to a temporary folder, then renamed into place, so a
 * run never sees half a build.
 */
import { build } from 'esbuild';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = join(ROOT, values.outdir);
const tmp = `${outdir}.tmp-${process.pid}`;
const src = join(ROOT, 'src');
const entryPoints = readdirSync(src, { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .sort()
  .map((f) => join(src, f));

try {
  await build({
    entryPoints,
    outdir: tmp,
    outbase: src,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild 0.28 rewrites a regex literal with \p{...} outside a character class (`/\p{L}/u`) into
    // `new RegExp("\\p{L}", "u")`, built again at every evaluation; Node 20 supports them as literals
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  rmSync(outdir, { recursive: true, force: true });
  renameSync(tmp, outdir);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
