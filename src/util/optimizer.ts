import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget for a run: how much bytecode a function executes
 * between the checks that decide whether to compile it with TurboFan, V8's
 * optimising compiler. Node 20's V8 (11.3) uses 67,584; a run uses nine times
 * that.
 *
 * Why. A batch runs the same code over and over, on a main thread and one
 * isolate per worker, and each isolate compiles its own optimised code, on
 * V8's background threads, which share the cores with the workers. With the
 * default, functions are optimised before their type feedback has settled:
 * 20 MB bench corpus, 2 workers, the background threads' CPU (compiling and
 * the garbage collector's helpers, from /proc) was 11.2-12.0 s against
 * 6.2-9.4 s with a larger budget, and 262 of the 363 deoptimisations traced
 * (`--trace-deopt`) were `wrong map` or `Insufficient type feedback`: code
 * thrown away, to be compiled again (1,463 compiles in all). With this
 * budget the same run compiled 884 times and deoptimised 198 times (1,443
 * and 318 with the default, in a run next to it). Two rounds of four
 * budgets, per thread CPU s (workers together / main / background):
 *
 *   67,584 (default)   19.7 17.5 / 8.6 7.6 / 12.0 11.2   wall 22.7 20.3 s
 *   270,336            17.8 18.7 / 7.7 7.9 /  8.9  9.4   wall 19.4 20.2 s
 *   589,824            18.6 19.5 / 7.6 8.0 /  8.2  8.3   wall 19.4 20.3 s
 *   2,359,296          20.5 21.4 / 8.3 8.7 /  6.5  6.2   wall 20.0 20.7 s
 *
 * At 35x the workers themselves slowed down (more of their work runs
 * unoptimised), so 589,824. The 100 MB figures are in docs/BENCHMARKS.md.
 *
 * A flag of the user's (`node --interrupt-budget=N`, or in NODE_OPTIONS) wins.
 * V8 flags are process-wide: set before the workers start, it applies to
 * them too.
 */
export const INTERRUPT_BUDGET = 589_824;

/** The flag to set, or undefined when the user's command line or NODE_OPTIONS already sets one. Pure. */
export function interruptBudgetFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((a) => /^--interrupt[-_]budget(=|$)/.test(a));
  return given ? undefined : `--interrupt-budget=${INTERRUPT_BUDGET}`;
}

let tuned = false;

/** Sets the run's interrupt budget (once per process; see INTERRUPT_BUDGET). Call before starting workers. */
export function tuneOptimizer(): void {
  if (tuned) return;
  tuned = true;
  const flag = interruptBudgetFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}
