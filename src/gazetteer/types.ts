import type { Entity } from '../model/entity.js';

export interface GazetteerEntry extends Entity {
  /** file the entry came from, relative to the gazetteer directory (`places.tsv`) */
  readonly file: string;
  readonly line: number;
  /** match case-insensitively (per-entry opt-out of the case-sensitive default) */
  readonly caseInsensitive: boolean;
  /**
   * The name is also a common word (`Trend`): it is not matched as the first
   * word of a sentence unless the sentence is only that name.
   */
  readonly commonWord: boolean;
  /** lower number wins ties between entries sharing an alias */
  readonly priority: number;
}

export interface GazetteerProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}
