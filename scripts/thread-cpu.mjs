/**
 * Per-thread CPU time of this process, for the benchmark (scripts/bench-run.mjs): Node 20 has no
 * per-thread CPU call (process.threadCpuUsage is Node 23) and names every thread `node`, so the
 * times come from /proc and the threads are told apart by when they appeared.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux unless the kernel says otherwise) */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) of each thread of this process so far, by thread id, from
 * /proc/self/task/<tid>/stat (fields 14 and 15); an empty map where there is no /proc.
 */
export function threadCpu() {
  const out = new Map();
  let tids;
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const t of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(t, (Number(f[11]) + Number(f[12])) / TICKS);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/**
 * The run's CPU seconds split by thread: this main thread; the worker threads (the `workers`
 * busiest of the threads that appeared during the run: each worker is one thread; libuv's pool
 * threads, also started lazily, do little); the rest (V8's platform threads: garbage-collector
 * helpers, the optimising compiler; libuv's pool: file writes) as the process total minus those two.
 * `seen`: each thread's CPU s (the highest sample: a thread's entry vanishes when it exits);
 * `before`: the threads there before the run; `total`: the process's CPU s. Undefined without /proc.
 */
export function threadSplit(seen, before, mainTid, workers, total) {
  const main = seen.get(mainTid);
  if (main === undefined) return undefined;
  const fresh = [...seen].filter(([t]) => !before.has(t)).map(([, c]) => c).sort((a, b) => b - a);
  const w = fresh.slice(0, workers).reduce((a, b) => a + b, 0);
  return { main, workers: w, other: Math.max(0, total - main - w) };
}
