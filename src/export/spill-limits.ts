import { DEFAULTS } from '../config.js';
import { rowsInMemory } from '../util/spill.js';
import { CANDIDATE_ROW_BYTES } from './candidates.js';
import { PAIR_ROW_BYTES } from './cooccurrence.js';
import { ENTITY_ROW_BYTES } from './rows.js';

/** How many rows each aggregated table holds before it spills to runs on disk (util/spill.ts). */
export interface SpillLimits {
  readonly entities: number;
  readonly pairs: number;
  readonly candidates: number;
}

/**
 * The tables' limits at a memory budget (`--memory-budget`, default
 * DEFAULTS.memoryBudgetMb): each table holds TABLE_MEMORY_SHARE of it
 * (`rowsInMemory`), by its measured cost of a row.
 *
 *   spillLimits(900) = { entities: 25,505, pairs: 134,816, candidates: 31,457 }
 */
export function spillLimits(memoryBudgetMb: number = DEFAULTS.memoryBudgetMb): SpillLimits {
  return {
    entities: rowsInMemory(memoryBudgetMb, ENTITY_ROW_BYTES),
    pairs: rowsInMemory(memoryBudgetMb, PAIR_ROW_BYTES),
    candidates: rowsInMemory(memoryBudgetMb, CANDIDATE_ROW_BYTES),
  };
}
