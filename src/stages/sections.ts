import type { CleanDocument, KeptBlock, Sentence } from '../model/document.js';
import type { Entity, Mention } from '../model/entity.js';
import { ComposedMap, ShiftedMap } from '../model/offset-map.js';
import { textParts } from '../input/parts.js';
import type { ExportedDocument, ResolvedDocument } from './resolve.js';

/**
 * A cleaned text longer than any article (a web page of many stories: the cleaner needs the page whole, so it
 * is not cut into parts as a long `.txt` is, src/input/parts.ts) goes through the later stages (split, tag,
 * resolve) in sections, one after another, and comes out as one document. Why: those stages' working memory
 * grows with the text (a 9.6 MB page of 4,111 BBC stories, 8.9 million clean characters: wink-nlp's tokens
 * and sentences ~210 MB of heap kept to the end, 0.8 GB of RSS while splitting, 1.2-1.3 GB at the run's peak);
 * a section's is a section's. What it costs, as parts do: names are resolved within a section (an 'Aliyev'
 * linked to an 'Ilham Aliyev' of its own section only).
 *
 * Written by hand: cutting a document with its offset map and blocks, and joining the results, is this
 * pipeline's own data model.
 */

/** One section of a cleaned document: a cleaned document of its own, `start` characters into the whole's clean text. */
export interface Section {
  readonly start: number;
  readonly doc: CleanDocument;
}

/**
 * The sections of `doc`, each at most `maxChars` characters of its clean text (cut as `textParts` cuts: after a
 * blank line, so between blocks, where there is one in the section's second half). A section's clean text is its
 * slice of the whole's, its map the whole's shifted, its blocks the whole's within it (a block cut by a section's
 * end is cut in two, each part mapped on its own); the rest is the whole's.
 *
 *   sectionsOf(doc with clean 'aaaa\n\nbbbb\n\ncc', 8) -> sections 'aaaa\n\n' (start 0) and 'bbbb\n\ncc' (start 6)
 */
export function sectionsOf(doc: CleanDocument, maxChars: number): Section[] {
  const parts = textParts(doc.clean, maxChars);
  const sections: Section[] = [];
  let b = 0;
  for (let k = 0; k < parts.length; k++) {
    const start = parts[k].start;
    const end = k + 1 < parts.length ? parts[k + 1].start : doc.clean.length;
    const blocks: KeptBlock[] = [];
    while (b < doc.blocks.length && doc.blocks[b].clean.end <= start) b++;
    for (let i = b; i < doc.blocks.length && doc.blocks[i].clean.start < end; i++) {
      const block = doc.blocks[i];
      const a = Math.max(block.clean.start, start);
      const z = Math.min(block.clean.end, end);
      if (z <= a) continue;
      const whole = a === block.clean.start && z === block.clean.end;
      blocks.push({ span: whole ? block.span : doc.toSource.toOriginal({ start: a, end: z }), clean: { start: a - start, end: z - start }, zone: block.zone });
    }
    const toSource = start === 0 ? doc.toSource : new ComposedMap(new ShiftedMap(start), doc.toSource);
    sections.push({ start, doc: { ...doc, clean: doc.clean.slice(start, end), toSource, blocks } });
  }
  return sections;
}

/** What `joinSections` keeps of a section's resolved document (its tokens and candidates go as soon as it is resolved). */
export interface ResolvedSection {
  readonly start: number;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly entities: ReadonlyMap<string, Entity>;
  /** how many tokens the section had */
  readonly tokens: number;
}

/** A section's resolved document as `joinSections` keeps it. */
export const resolvedSection = (start: number, d: ResolvedDocument): ResolvedSection => ({ start, sentences: d.sentences, mentions: d.mentions, entities: d.entities, tokens: d.tokens.length });

/**
 * The whole document of its resolved sections, in order: their sentences numbered on from the section before
 * (clean offsets and token indices too, as if over the whole clean text and its tokens), their mentions (already
 * in the original text's offsets) pointing at those sentences, their entities together (an id found in several
 * sections is one entity: the first section's).
 */
export function joinSections(doc: CleanDocument, sections: readonly ResolvedSection[]): ExportedDocument {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  let tokens = 0;
  for (const s of sections) {
    const before = sentences.length;
    for (const x of s.sentences) sentences.push({ ...x, index: x.index + before, start: x.start + s.start, end: x.end + s.start, tokenStart: x.tokenStart + tokens, tokenEnd: x.tokenEnd + tokens });
    for (const m of s.mentions) mentions.push(before === 0 ? m : { ...m, sentence: m.sentence + before });
    for (const [id, e] of s.entities) if (!entities.has(id)) entities.set(id, e);
    tokens += s.tokens;
  }
  return { ...doc, sentences, mentions, entities };
}
