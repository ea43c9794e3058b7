/**
 * The arithmetic of `npm run cost` (scripts/cost.ts), apart from its processes so that tests can read it.
 */

/** the middle value (the mean of the two middle ones for an even count) */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

/**
 * The commit the last benchmark measured, from docs/BENCHMARKS.md's generated head ('Measured by `npm run bench --
 * --label f244f33` ... code: f244f33.'): what `npm run cost` compares against by default, so that a session's rules are
 * timed against the last bench, not only against the session's start (the seventy-sixth session found thirteen
 * sessions of "a few percent" each, which compounded to 65%). Undefined when the file names no code.
 */
export function lastBenchCode(markdown: string): string | undefined {
  const end = markdown.indexOf('<!-- bench:end -->');
  const head = end < 0 ? markdown : markdown.slice(0, end);
  return /\bcode: ([0-9a-f]{7,40})\b/.exec(head)?.[1];
}

/** one alternating round: the base's seconds and the working tree's */
export interface Round {
  readonly base: number;
  readonly head: number;
}

/** The rounds' ratios (working tree / base, each round's own) and their median, mean and range. */
export function summariseRounds(rounds: readonly Round[]): { ratios: number[]; median: number; mean: number; min: number; max: number } {
  if (rounds.length === 0) throw new Error('cost: no rounds to summarise');
  const ratios = rounds.map((r) => r.head / r.base);
  return { ratios, median: median(ratios), mean: ratios.reduce((a, b) => a + b, 0) / ratios.length, min: Math.min(...ratios), max: Math.max(...ratios) };
}
