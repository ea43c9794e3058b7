import type { EntityType, MentionSource } from './entity.js';
import type { GazetteerEntry } from '../gazetteer/types.js';

/**
 * A possible mention before overlap resolution. Spans are in the clean text.
 * `type` is null for a name the finder could not type (`Aliyev` alone): the
 * resolve stage may still link it to a person by coreference.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly type: EntityType | null;
  /** gazetteer entries with this alias, best first (empty for rule-found names) */
  readonly entries: readonly GazetteerEntry[];
  /** canonical name for rule-found names */
  readonly name: string;
  readonly source: MentionSource;
  readonly confidence: number;
  /** lower wins overlap ties: gazetteer files by order, then rules */
  readonly priority: number;
  /** a title or rank that stood right before the name */
  readonly role: string | null;
  /**
   * the name a rule-found name's minted id is made of, when not `name`: a person's without middle initials
   * (`person:donald-trump` for 'Donald J. Trump': stages/middle-initials.ts)
   */
  readonly idName?: string;
  /** the country of a rule-found name's minted entity, where a rule gave it (a government body's: stages/country-bodies.ts) */
  readonly country?: string;
}
