import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name`, a sibling of the module whose URL is `base` (its `import.meta.url`).
 * Under tsx (vitest, the dev scripts) a tiny bootstrap registers tsx's loader inside the thread before importing
 * `name`.ts (a `--import tsx` execArgv is not applied to a worker's entry module on Node 20); compiled JavaScript
 * (`npm run pipeline`, dist/) starts `name`.js directly.
 */
export function startThread(base: string, name: string, options: WorkerOptions = {}): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), options);
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL(`./${name}.ts`, base).href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${entry}); });`, { ...options, eval: true });
}
