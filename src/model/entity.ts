/**
 * Entity kinds. `person`, `place`, `organization` are the named-entity types;
 * `norp` (nationalities, religious or political groups: "Azerbaijani",
 * "Armenian") is kept apart so demonyms never count as place mentions, and is
 * linked to its country through `Entity.country`.
 */
export type EntityType = 'person' | 'place' | 'organization' | 'norp';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'norp'];

/** How a mention was found. */
export type MentionSource =
  | `gazetteer:${string}`
  | `rule:${string}`
  | 'coreference'
  | `compromise:${string}`
  | `model:${string}`;

export interface EntityMetadata {
  /** ISO 3166-1 alpha-2 code of the country the entity belongs to, or the id of the country entity */
  readonly country?: string;
  readonly wikidata?: string;
  readonly geonames?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly population?: number;
  readonly description?: string;
}

export interface Entity extends EntityMetadata {
  /** stable id: from the gazetteer (`iso:AZ`, `Q…`) or minted (`person:rustam-muradov`) */
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** An entity's name and type, as the entity table gives them (what the co-occurrence table names its pairs by). */
export type EntityName = Pick<Entity, 'name' | 'type'>;

export interface Mention {
  /** original-text span */
  readonly start: number;
  readonly end: number;
  /** `original.slice(start, end)` */
  readonly text: string;
  readonly sentence: number;
  readonly type: EntityType;
  readonly entityId: string;
  readonly name: string;
  /** title or rank in front of the name ("Colonel General"), not part of the name */
  readonly role: string | null;
  readonly source: MentionSource;
  readonly confidence: number;
}
