import { rename, rm } from 'node:fs/promises';

/**
 * The steps that put a run's outputs in place (renames of the finished
 * temporary files, removals of what they replace), queued while the outputs
 * are written and done together once every output is finished, in the order
 * queued.
 *
 * Why. Each output is written to a `*.tmp` file; renamed as soon as it was
 * finished, the tables went into place one after the other over the whole
 * time after the last document (seconds to minutes on a large corpus: the
 * entity and pair tables are sorted and written then, the report built), so a
 * run killed or interrupted then left this run's mentions.csv beside the last
 * run's entities.csv. Queued, they are renamed within milliseconds of each
 * other, after the last output is complete, and a run stopped before that
 * leaves every earlier table as it was.
 *
 *   const p = new Publication();
 *   await mentions.commit(p);   // mentions.csv.tmp finished, its rename queued
 *   await entities.commit(p);
 *   await p.run();              // both renamed, one after the other
 */
export class Publication {
  private readonly steps: (() => Promise<void>)[] = [];

  /** Queues the rename of `from` (a finished temporary file or folder) to `to`. */
  rename(from: string, to: string): void {
    this.steps.push(() => rename(from, to));
  }

  /** Queues the removal of `path` (a file or a folder; nothing if absent). */
  remove(path: string): void {
    this.steps.push(() => rm(path, { recursive: true, force: true }));
  }

  /** Queues a step of another kind (removals found only then: `removeOtherVariants`). */
  later(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** Runs the queued steps in order (once: they are dropped as they run). */
  async run(): Promise<void> {
    for (let step = this.steps.shift(); step; step = this.steps.shift()) await step();
  }
}

/**
 * `commit` of a writer given a publication or none: with one, `queue` only queues its steps there; with none
 * (a writer used on its own: tests, the report of `eval`), they run at once, as before.
 */
export async function publishWith(publication: Publication | undefined, queue: (p: Publication) => void): Promise<void> {
  const p = publication ?? new Publication();
  queue(p);
  if (!publication) await p.run();
}
