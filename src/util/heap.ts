import { setFlagsFromString } from 'node:v8';

/**
 * Heap growth allowed after each full garbage collection, in percent of the
 * live heap: the least (most collecting, least memory) and the most the
 * controller below sets.
 */
export const MIN_HEAP_GROWING_PERCENT = 20;
export const MAX_HEAP_GROWING_PERCENT = 100;

/** How often the controller looks at the process's memory. */
const INTERVAL_MS = 200;

/**
 * The heap growth for a process at `rss` bytes with a memory budget of
 * `budget` bytes (0: none): each heap may grow by the fraction of the budget
 * still free, `budget / rss - 1`, between MIN_ and MAX_HEAP_GROWING_PERCENT.
 * Every isolate's next limit is then its live heap times (1 + growth), and
 * the live heaps together are less than the RSS, so their limits together
 * stay under the budget (but at the floor, which a run near or over its
 * budget is held at). Pure.
 *
 *   growthFor(300 MB, 900 MB) = 100   (capped: 200% would be free)
 *   growthFor(600 MB, 900 MB) = 50
 *   growthFor(800 MB, 900 MB) = 20    (13% free: the floor)
 */
export function growthFor(rss: number, budget: number): number {
  if (!(budget > 0) || !(rss > 0)) return MIN_HEAP_GROWING_PERCENT;
  const free = Math.round(100 * (budget / rss - 1));
  return Math.max(MIN_HEAP_GROWING_PERCENT, Math.min(MAX_HEAP_GROWING_PERCENT, free));
}

/** What the controller reads and sets: the process's own (`processHooks`), or a test's fakes. */
export interface HeapHooks {
  readonly rss: () => number;
  readonly setGrowth: (percent: number) => void;
}

const processHooks: HeapHooks = {
  rss: () => process.memoryUsage.rss(),
  // a flag V8 reads at every full collection, so setting it at run time works (unlike
  // --max-old-space-size, which only applies at start-up); V8 flags are process-wide, so the
  // worker threads' heaps follow it too
  setGrowth: (percent) => setFlagsFromString(`--heap-growing-percent=${percent}`),
};

export interface HeapController {
  /** the budget in MB (0: none, the floor always) */
  setBudget(mb: number): void;
  stop(): void;
}

/** A controller of its own (tests); `tuneGarbageCollection` runs the process's one. */
export function startHeapController(budgetMb: number, hooks: HeapHooks): HeapController {
  let budget = budgetMb * 1024 * 1024;
  let current = -1;
  const step = () => {
    const percent = growthFor(hooks.rss(), budget);
    if (percent !== current) hooks.setGrowth((current = percent));
  };
  step();
  const timer = setInterval(step, INTERVAL_MS).unref();
  return {
    setBudget(mb) {
      budget = mb * 1024 * 1024;
      step();
    },
    stop: () => clearInterval(timer),
  };
}

let processController: HeapController | undefined;

/**
 * Makes V8 collect garbage as often as the memory budget asks, and no more.
 *
 * By default V8 lets a heap grow to about twice (up to four times) its live
 * size before a full collection. Every thread allocates a document's worth
 * of garbage at a time, so the heaps climbed to 2-3 times what they hold: on
 * the 20 MB bench corpus with one worker, peak RSS 1,040 MB by default and
 * 636 MB with 20% growth. A fixed 20% (the setting until 2026-12-01) kept
 * memory flat, but made the collector mark the live heaps five times as
 * often as 100% does, and the work grows with the corpus: 100 MB, one
 * worker, two runs each: 104-108 CPU s against 89-93 at 100%
 * (`--trace-gc`: 80 + 75 full collections in the main thread and the
 * worker against 19 + 19).
 *
 * So the growth follows the memory still free under a budget (`growthFor`),
 * looked at every INTERVAL_MS: a run far below it collects rarely, and one
 * near it as tightly as before. 100 MB bench corpus, built code, budget 0
 * (the old fixed 20%) against the default 900 (docs/BENCHMARKS.md): 2
 * workers 62.9 / 59.1 → 53.4 / 55.7 s at 695-699 → 707-709 MB peak (two
 * rounds); 1 worker 81.2 → 73.3 s at 475 → 549 MB. It is a soft limit: a run whose
 * live data needs more than the budget goes on, collecting at the floor.
 *
 * Process-wide and started once (unref'd: it never keeps the process alive);
 * a later call only changes the budget.
 */
export function tuneGarbageCollection(budgetMb: number): void {
  if (processController) processController.setBudget(budgetMb);
  else processController = startHeapController(budgetMb, processHooks);
}
