import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ENTITY_TYPES, type EntityType } from '../model/entity.js';
import type { GazetteerEntry, GazetteerProblem } from './types.js';

/**
 * Gazetteer files: every `*.tsv` in the gazetteer directory, tab-separated,
 * UTF-8, with a header row. Columns (order free, unknown columns ignored):
 *
 *   id          required  stable id: `iso:AZ`, `Q42`, `place:baku`
 *   name        required  canonical name
 *   type        required  person | place | organization | norp
 *   aliases     optional  other names, separated by `|`
 *   country     optional  ISO 3166-1 alpha-2 code or country entity id
 *   wikidata, geonames, lat, lon, population, description   optional metadata
 *   flags       optional  comma-separated: `ci` (match case-insensitively),
 *                          `common` (the name is also a common word)
 *
 * Lines starting with `#` are comments. Files are read in name order; the
 * file order is the tie-break priority between entries sharing an alias.
 */
export const REQUIRED_COLUMNS = ['id', 'name', 'type'] as const;

export interface LoadedGazetteers {
  readonly entries: readonly GazetteerEntry[];
  readonly problems: readonly GazetteerProblem[];
  readonly files: readonly string[];
  /** word lists from `lexicons/*.txt`, keyed by file stem (`roles`, `first-names`) */
  readonly lexicons: ReadonlyMap<string, readonly string[]>;
}

const num = (v: string | undefined): number | undefined => {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
const str = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? undefined : v.trim());

export function parseGazetteerFile(file: string, content: string, priority: number): { entries: GazetteerEntry[]; problems: GazetteerProblem[] } {
  const entries: GazetteerEntry[] = [];
  const problems: GazetteerProblem[] = [];
  let records: string[][];
  try {
    records = parse(content.replace(/^\uFEFF/, ''), {
      delimiter: '\t',
      quote: false,
      relax_column_count: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      info: false,
    }) as string[][];
  } catch (e) {
    problems.push({ file, line: Number((e as { lines?: number }).lines ?? 0), message: (e as Error).message });
    return { entries, problems };
  }
  // csv-parse drops comments and blank lines, so recover line numbers ourselves
  const lineNumbers: number[] = [];
  content.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((l, i) => {
    if (l.trim() !== '' && !l.startsWith('#')) lineNumbers.push(i + 1);
  });
  if (records.length === 0) return { entries, problems };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    problems.push({ file, line: lineNumbers[0] ?? 1, message: `header lacks required column(s) ${missing.join(', ')}; expected at least: ${REQUIRED_COLUMNS.join('\t')}` });
    return { entries, problems };
  }
  const col = (name: string) => header.indexOf(name);
  const get = (row: string[], name: string): string | undefined => {
    const i = col(name);
    return i >= 0 ? row[i] : undefined;
  };
  for (let r = 1; r < records.length; r++) {
    const row = records[r];
    const line = lineNumbers[r] ?? r + 1;
    const id = str(get(row, 'id'));
    const name = str(get(row, 'name'));
    const type = str(get(row, 'type'))?.toLowerCase();
    if (!id || !name || !type) {
      problems.push({ file, line, message: `row needs non-empty id, name and type; got id=${JSON.stringify(id ?? '')} name=${JSON.stringify(name ?? '')} type=${JSON.stringify(type ?? '')}` });
      continue;
    }
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      problems.push({ file, line, message: `type must be one of ${ENTITY_TYPES.join(', ')}; got ${JSON.stringify(type)}` });
      continue;
    }
    const flags = new Set((str(get(row, 'flags')) ?? '').split(',').map((f) => f.trim()).filter(Boolean));
    const aliases = (get(row, 'aliases') ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    entries.push({
      id,
      name: name.normalize('NFC'),
      type: type as EntityType,
      aliases: [...new Set(aliases.map((a) => a.normalize('NFC')))].filter((a) => a !== name),
      country: str(get(row, 'country')),
      wikidata: str(get(row, 'wikidata')),
      geonames: str(get(row, 'geonames')),
      lat: num(get(row, 'lat')),
      lon: num(get(row, 'lon')),
      population: num(get(row, 'population')),
      description: str(get(row, 'description')),
      file,
      line,
      caseInsensitive: flags.has('ci'),
      commonWord: flags.has('common'),
      priority,
    });
  }
  return { entries, problems };
}

/** Checks across files: duplicate ids and one id with two types. */
export function validateEntries(entries: readonly GazetteerEntry[]): GazetteerProblem[] {
  const problems: GazetteerProblem[] = [];
  const seen = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    const prev = seen.get(e.id);
    if (!prev) {
      seen.set(e.id, e);
      continue;
    }
    const what = prev.type === e.type ? 'duplicate id' : `id used with two types (${prev.type} and ${e.type})`;
    problems.push({ file: e.file, line: e.line, message: `${what} ${JSON.stringify(e.id)}, first defined at ${prev.file}:${prev.line}` });
  }
  return problems;
}

export function loadGazetteers(dir: string): LoadedGazetteers {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { entries: [], problems: [{ file: dir, line: 0, message: 'gazetteer directory not found' }], files: [], lexicons: new Map() };
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv') && !f.startsWith('.')).sort();
  const entries: GazetteerEntry[] = [];
  const problems: GazetteerProblem[] = [];
  files.forEach((f, i) => {
    const r = parseGazetteerFile(f, readFileSync(join(dir, f), 'utf8'), i);
    entries.push(...r.entries);
    problems.push(...r.problems);
  });
  problems.push(...validateEntries(entries));
  const lexicons = new Map<string, string[]>();
  const lexDir = join(dir, 'lexicons');
  if (existsSync(lexDir)) {
    for (const f of readdirSync(lexDir).filter((f) => f.endsWith('.txt')).sort()) {
      const words = readFileSync(join(lexDir, f), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean)
        .map((l) => l.normalize('NFC'));
      lexicons.set(f.replace(/\.txt$/, ''), words);
    }
  }
  return { entries, problems, files, lexicons };
}
