/**
 * Seconds spent in each stage in this thread, summed over documents, when
 * `measureStages(true)` was called (the benchmark's per-stage breakdown); off
 * by default.
 */
export const stageSeconds: Record<string, number> = {};

/** Whether stage times are being summed (read for every document: a field, not a call). */
export const timing = { on: false };

export function measureStages(on: boolean): void {
  timing.on = on;
}

/** Adds the time since `since` to `stage`; returns now, the start of the next stage. */
export function lap(stage: string, since: number): number {
  const now = performance.now();
  stageSeconds[stage] = (stageSeconds[stage] ?? 0) + (now - since) / 1000;
  return now;
}
