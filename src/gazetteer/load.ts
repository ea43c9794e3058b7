import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ENTITY_TYPES, type EntityType } from '../model/entity.js';
import { PLACE_KINDS, type GazetteerEntry, type GazetteerProblem, type PlaceKind, type Tier } from './types.js';

/**
 * Gazetteer files: every `*.tsv` (or gzip'd `*.tsv.gz`) in the gazetteer
 * directory, tab-separated, UTF-8, with a header row. Columns (order free,
 * unknown columns ignored):
 *
 *   id          required  stable id: `iso:AZ`, `Q42`, `geonames:587084`, `place:baku`
 *   name        required  canonical name
 *   type        required  person | place | organization | norp
 *   aliases     optional  other names, separated by `|`
 *   country     optional  ISO 3166-1 alpha-2 code or country entity id
 *   wikidata, geonames, lat, lon, population, description   optional metadata
 *   flags       optional  comma-separated: `ci` (match case-insensitively),
 *                          `common` (the name is also a common word),
 *                          `context` (the name is matched only where the name
 *                          finder typed a place by its context: a town named
 *                          like a person, `Charlotte`; the aliases as any)
 *   kind        optional  places: country | region | city | area (`iso:XX` ids default to country)
 *   feature     optional  GeoNames feature class.code (`P.PPLC`)
 *   region      optional  places: the id of the first-level region it lies in (`iso:US-KY`)
 *
 * Lines starting with `#` are comments. See docs/GAZETTEERS.md for the rules
 * below (tiers, merging, exclusion, stoplist).
 *
 * Tiers: `shipped.txt` names the files shipped with the project as `curated`
 * (hand-edited) or `generated` (built by `npm run gazetteers:build`); every
 * other file is the user's own. Priority = tier, then file name order.
 *
 * Merging: a generated entry with the same id as a user/curated entry, or the
 * most populous generated place of the same kind and country whose name is the
 * name or an alias of a user/curated place (GeoNames `Baku` into curated
 * `place:baku`), is merged into it: the curated id stays, empty metadata
 * (geonames, wikidata, lat, lon, population) and extra aliases are taken from
 * the generated entry, which is then dropped.
 *
 * Exclusion: `exclude.txt` lists ids (one a line, `#` comments) of shipped
 * entries to drop (`geonames:2639577` drops GeoNames' Reading).
 *
 * Stoplist: `lexicons/stoplist.txt` lists words never matched as a name from
 * the generated files (`Police`, `Republic`): such an alias is removed, and an
 * entry whose canonical name is stoplisted is dropped.
 */
export const REQUIRED_COLUMNS = ['id', 'name', 'type'] as const;
export const SHIPPED_MANIFEST = 'shipped.txt';
export const EXCLUDE_FILE = 'exclude.txt';

export interface LoadStats {
  readonly entries: Readonly<Record<EntityType, number>>;
  /** names + aliases kept, per type */
  readonly aliases: Readonly<Record<EntityType, number>>;
  readonly byTier: Readonly<Record<Tier, number>>;
  readonly merged: number;
  readonly excluded: number;
  readonly stoplisted: number;
  /** wall time of `loadGazetteers` (read, gunzip, parse, merge) */
  readonly seconds: number;
}

export interface LoadedGazetteers {
  readonly entries: readonly GazetteerEntry[];
  readonly problems: readonly GazetteerProblem[];
  readonly files: readonly string[];
  /** word lists from `lexicons/*.txt`, keyed by file stem (`roles`, `first-names`) */
  readonly lexicons: ReadonlyMap<string, readonly string[]>;
  /** `lexicons/after-place.tsv`: [abbreviation, region name] (`readAfterPlace`) */
  readonly afterPlace: readonly (readonly [string, string])[];
  /** `lexicons/lone-surnames.tsv`: [surname, full name] (`readLoneSurnames`) */
  readonly loneSurnames: readonly (readonly [string, string])[];
  readonly stats: LoadStats;
}

const EMPTY: string[] = [];
const num = (v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};
/** short repeated values (`AZ`, `P.PPLA`) are shared, not one string per row */
const interned = new Map<string, string>();
function intern(v: string | undefined): string | undefined {
  if (v === undefined || v.length > 12) return v;
  const prev = interned.get(v);
  if (prev !== undefined) return prev;
  interned.set(v, v);
  return v;
}
/** A trimmed non-empty field or undefined (top-level function: no closure per row). */
function field(row: readonly string[], i: number): string | undefined {
  if (i < 0) return undefined;
  const v = row[i];
  if (v === undefined || v === '') return undefined;
  const t = v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? v.trim() : v;
  return t === '' ? undefined : t;
}

export interface ParseOptions {
  readonly tier?: Tier;
  /** skip NFC normalisation (generated files are written in NFC by the build) */
  readonly trustedNfc?: boolean;
}

/**
 * Parses one gazetteer file. Hand-written TSV splitting rather than csv-parse:
 * with `quote: false` a TSV row is exactly `line.split('\t')`, and csv-parse
 * took ~1.5 s on the 200k-row world gazetteer (this takes ~0.2 s), which alone
 * would break the 1 s load budget; splitting ourselves also keeps exact line
 * numbers for problems (`places.tsv:12: …`).
 */
export function parseGazetteerFile(file: string, content: string, priority: number, opts: ParseOptions = {}): { entries: GazetteerEntry[]; problems: GazetteerProblem[] } {
  const tier = opts.tier ?? 'user';
  // the flags and numbers are checked in hand-edited files: the build writes the generated ones, which `parseGeneratedFile`
  // reads without these checks
  const checked = tier !== 'generated';
  const nfc = opts.trustedNfc ? (s: string) => s : (s: string) => s.normalize('NFC');
  const entries: GazetteerEntry[] = [];
  const problems: GazetteerProblem[] = [];
  const lines = content.replace(/^\uFEFF/, '').split('\n');
  let header: string[] | undefined;
  let c = { id: -1, name: -1, type: -1, aliases: -1, country: -1, wikidata: -1, geonames: -1, lat: -1, lon: -1, population: -1, description: -1, flags: -1, kind: -1, feature: -1, region: -1 };
  for (let li = 0; li < lines.length; li++) {
    let l = lines[li];
    if (l.endsWith('\r')) l = l.slice(0, -1);
    if (l.startsWith('#') || l.trim() === '') continue;
    const line = li + 1;
    const row = l.split('\t');
    if (!header) {
      header = row.map((h) => h.trim().toLowerCase());
      const missing = REQUIRED_COLUMNS.filter((k) => !header!.includes(k));
      if (missing.length > 0) {
        problems.push({ file, line, message: `header lacks required column(s) ${missing.join(', ')}; expected at least: ${REQUIRED_COLUMNS.join('\t')}` });
        return { entries, problems };
      }
      const h = header;
      c = Object.fromEntries(Object.keys(c).map((k) => [k, h.indexOf(k)])) as typeof c;
      continue;
    }
    const id = field(row, c.id);
    const name = field(row, c.name);
    const type = field(row, c.type)?.toLowerCase();
    if (!id || !name || !type) {
      problems.push({ file, line, message: `row needs non-empty id, name and type; got id=${JSON.stringify(id ?? '')} name=${JSON.stringify(name ?? '')} type=${JSON.stringify(type ?? '')}` });
      continue;
    }
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      problems.push({ file, line, message: `type must be one of ${ENTITY_TYPES.join(', ')}; got ${JSON.stringify(type)}` });
      continue;
    }
    let kind = field(row, c.kind)?.toLowerCase();
    if (kind !== undefined && !(PLACE_KINDS as readonly string[]).includes(kind)) {
      problems.push({ file, line, message: `kind must be one of ${PLACE_KINDS.join(', ')}; got ${JSON.stringify(kind)}` });
      continue;
    }
    if (kind === undefined && type === 'place' && /^iso:[A-Z]{2}$/.test(id)) kind = 'country';
    const flags = field(row, c.flags);
    // (a row with a column too few puts its description among the flags, and its flags among the numbers: organizations.tsv
    // had 19 such rows, 'common' in Trend News Agency's population, until the forty-first session; hand-edited files only:
    // `checked`)
    const unknownFlags = !checked ? undefined : flags?.split(',').filter((f) => f.trim() !== '' && !FLAG_NAMES.includes(f.trim()));
    if (unknownFlags?.length) {
      problems.push({ file, line, message: `flags must be comma-separated among ${FLAG_NAMES.join(', ')}; got ${JSON.stringify(flags)} (a column missing before it?)` });
      continue;
    }
    const notNumber = checked && NUMBER_COLUMNS.find((k) => {
      const v = field(row, c[k]);
      return v !== undefined && num(v) === undefined;
    });
    if (notNumber) {
      problems.push({ file, line, message: `${notNumber} must be a number; got ${JSON.stringify(field(row, c[notNumber]))} (a column missing before it?)` });
      continue;
    }
    const canonical = nfc(name);
    const aliasCol = field(row, c.aliases);
    let aliases: string[] = EMPTY;
    if (aliasCol) {
      aliases = [];
      for (const a of aliasCol.split('|')) {
        const t = nfc(a.trim());
        if (t !== '' && t !== canonical && !aliases.includes(t)) aliases.push(t);
      }
    }
    entries.push({
      id,
      name: canonical,
      type: type as EntityType,
      aliases,
      country: intern(field(row, c.country)),
      wikidata: field(row, c.wikidata),
      geonames: field(row, c.geonames),
      lat: num(field(row, c.lat)),
      lon: num(field(row, c.lon)),
      population: num(field(row, c.population)),
      description: field(row, c.description),
      file,
      line,
      caseInsensitive: hasFlag(flags, CI),
      commonWord: hasFlag(flags, COMMON),
      contextOnly: hasFlag(flags, CONTEXT),
      priority,
      tier,
      kind: kind as PlaceKind | undefined,
      feature: intern(field(row, c.feature)),
      region: intern(field(row, c.region)),
    });
  }
  if (!header) return { entries, problems };
  return { entries, problems };
}

/** column indices of a gazetteer file's header (-1: absent) */
export type Columns = Record<'id' | 'name' | 'type' | 'aliases' | 'country' | 'wikidata' | 'geonames' | 'lat' | 'lon' | 'population' | 'description' | 'flags' | 'kind' | 'feature' | 'region', number>;

/** a generated file's text, header and priority, shared by its rows */
export interface RowSource {
  readonly text: string;
  readonly cols: Columns;
  readonly file: string;
  readonly priority: number;
}

/** `text.slice(from, to)` as `field` would return it: trimmed, undefined when empty */
function cell(text: string, from: number, to: number): string | undefined {
  if (from >= to) return undefined;
  const v = text.slice(from, to);
  const t = v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32 ? v.trim() : v;
  return t === '' ? undefined : t;
}

/** the cell of column `col` in the row `text[start, end)` (no tabs inside cells) */
function cellAt(text: string, start: number, end: number, col: number): string | undefined {
  if (col < 0) return undefined;
  let from = start;
  for (let i = 0; i < col; i++) {
    const t = text.indexOf('\t', from);
    if (t < 0 || t >= end) return undefined;
    from = t + 1;
  }
  const t = text.indexOf('\t', from);
  return cell(text, from, t < 0 || t > end ? end : t);
}

/** the `aliases` cell as `parseGazetteerFile` keeps it: trimmed, deduplicated, without the name */
function aliasList(aliasCol: string | undefined, name: string): string[] {
  if (!aliasCol) return EMPTY;
  const aliases: string[] = [];
  for (const a of aliasCol.split('|')) {
    const s = a.trim();
    if (s !== '' && s !== name && !aliases.includes(s)) aliases.push(s);
  }
  return aliases;
}

const FLAG_NAMES = ['ci', 'common', 'context'];
const NUMBER_COLUMNS = ['population', 'lat', 'lon'] as const;
const hasFlag = (flags: string | undefined, re: RegExp) => flags !== undefined && re.test(flags);
const CI = /(^|,)\s*ci\s*(,|$)/;
const COMMON = /(^|,)\s*common\s*(,|$)/;
const CONTEXT = /(^|,)\s*context\s*(,|$)/;

/**
 * A row of a generated file, read lazily: the object keeps where its row is
 * in the file text, plus type, kind and aliases, which every pass over the
 * entries reads; id, name and metadata are sliced from the row when asked
 * (not cached: a few hundred entries are matched per document, and the
 * strings made while loading die young instead of being kept for 190k rows).
 * Loading the world files built ~2.7M cell strings and 190k 20-field objects
 * before, and the GC work of keeping them was most of the load time. Values
 * are exactly those `parseGazetteerFile` gives (tests/gazetteer/load.test.ts).
 */
class GeneratedEntry implements GazetteerEntry {
  constructor(
    private readonly src: RowSource,
    private readonly start: number,
    private readonly end: number,
    readonly line: number,
    readonly type: EntityType,
    readonly kind: PlaceKind | undefined,
    /** kept (not sliced on access): loading reads them three times (stoplist, alias index, counts) */
    readonly aliases: readonly string[],
    /** the aliases are the row's (not changed by the stoplist: `withAliases`) */
    private readonly rowAliases = true,
  ) {}
  /** where the entry's row is, when the row alone gives the entry back (`generatedRow`); else undefined */
  row(): GeneratedRow | undefined {
    return this.rowAliases ? { src: this.src, start: this.start, end: this.end } : undefined;
  }
  private cell(col: number): string | undefined {
    return cellAt(this.src.text, this.start, this.end, col);
  }
  get id(): string {
    return this.cell(this.src.cols.id)!;
  }
  get name(): string {
    return this.cell(this.src.cols.name)!;
  }
  get file(): string {
    return this.src.file;
  }
  get priority(): number {
    return this.src.priority;
  }
  get tier(): Tier {
    return 'generated';
  }
  get country(): string | undefined {
    return intern(this.cell(this.src.cols.country));
  }
  get wikidata(): string | undefined {
    return this.cell(this.src.cols.wikidata);
  }
  get geonames(): string | undefined {
    return this.cell(this.src.cols.geonames);
  }
  get lat(): number | undefined {
    return num(this.cell(this.src.cols.lat));
  }
  get lon(): number | undefined {
    return num(this.cell(this.src.cols.lon));
  }
  get population(): number | undefined {
    return num(this.cell(this.src.cols.population));
  }
  get description(): string | undefined {
    return this.cell(this.src.cols.description);
  }
  get feature(): string | undefined {
    return intern(this.cell(this.src.cols.feature));
  }
  get region(): string | undefined {
    return intern(this.cell(this.src.cols.region));
  }
  get caseInsensitive(): boolean {
    return hasFlag(this.cell(this.src.cols.flags), CI);
  }
  get commonWord(): boolean {
    return hasFlag(this.cell(this.src.cols.flags), COMMON);
  }
  get contextOnly(): boolean {
    return hasFlag(this.cell(this.src.cols.flags), CONTEXT);
  }
  /** the same row with other aliases (the stoplist removed some) */
  withAliases(aliases: readonly string[]): GeneratedEntry {
    return new GeneratedEntry(this.src, this.start, this.end, this.line, this.type, this.kind, aliases, false);
  }
}

/**
 * `parseGazetteerFile` for a generated file (NFC by construction), scanning
 * the text with indexOf instead of splitting it into lines and cells, and
 * making lazy `GeneratedEntry` rows. Returns undefined if any row or the
 * header has a problem: the caller then parses the file the generic way, so
 * problems are reported exactly as for any file.
 */
export function parseGeneratedFile(file: string, content: string, priority: number): GazetteerEntry[] | undefined {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const entries: GazetteerEntry[] = [];
  let src: RowSource | undefined;
  const tabs: number[] = [];
  let need = 0;
  let line = 0;
  for (let pos = 0; pos < text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const start = pos;
    let end = nl;
    pos = nl + 1;
    line++;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (text.charCodeAt(start) === 35 /* # */ || end === start) continue;
    if (!src) {
      const l = text.slice(start, end);
      if (l.trim() === '') continue;
      const header = l.split('\t').map((h) => h.trim().toLowerCase());
      if (REQUIRED_COLUMNS.some((k) => !header.includes(k))) return undefined;
      const cols = Object.fromEntries(COLUMN_NAMES.map((k) => [k, header.indexOf(k)])) as Columns;
      src = { text, cols, file, priority };
      need = lastNeeded(cols);
      continue;
    }
    const e = rowEntry(src, start, end, line, need, tabs);
    if (e === undefined) return undefined;
    if (e) entries.push(e);
  }
  return src ? entries : undefined;
}

/**
 * The entry of the row `src.text[start, end)`: null for a blank row,
 * undefined for a row with a problem (no id, name or type; an unknown type
 * or kind). `need` is the last column index the parse reads; `tabs` a
 * scratch array.
 */
function rowEntry(src: RowSource, start: number, end: number, line: number, need: number, tabs: number[]): GeneratedEntry | null | undefined {
  const text = src.text;
  // tab positions of the cells this row needs: cell i is (tabs[i], tabs[i + 1])
  tabs.length = 0;
  tabs.push(start - 1);
  for (let t = start - 1; tabs.length <= need + 1; ) {
    t = text.indexOf('\t', t + 1);
    if (t < 0 || t >= end) {
      tabs.push(end);
      break;
    }
    tabs.push(t);
  }
  const c = src.cols;
  const id = rowCell(text, tabs, c.id);
  const name = rowCell(text, tabs, c.name);
  const rawType = rowCell(text, tabs, c.type);
  if (id === undefined && name === undefined && rawType === undefined && text.slice(start, end).trim() === '') return null; // a blank line
  if (!id || !name || !rawType) return undefined;
  const type = TYPE_OF.get(rawType) ?? TYPE_OF.get(rawType.toLowerCase());
  if (!type) return undefined;
  const rawKind = rowCell(text, tabs, c.kind);
  let kind: PlaceKind | undefined;
  if (rawKind !== undefined) {
    kind = KIND_OF.get(rawKind) ?? KIND_OF.get(rawKind.toLowerCase());
    if (!kind) return undefined;
  } else if (type === 'place' && /^iso:[A-Z]{2}$/.test(id)) kind = 'country';
  return new GeneratedEntry(src, start, end, line, type, kind, aliasList(rowCell(text, tabs, c.aliases), name));
}

/** the last column `rowEntry` reads */
const lastNeeded = (c: Columns) => Math.max(c.id, c.name, c.type, c.aliases, c.kind);

/** A generated entry's row: `src.text[start, end)`. */
export type GeneratedRow = { readonly src: RowSource; readonly start: number; readonly end: number };

/** The row of an entry from a generated file, when the row alone gives the entry back (packed.ts packs it as its row); else undefined. */
export const rowOf = (e: GazetteerEntry): GeneratedRow | undefined => (e instanceof GeneratedEntry ? e.row() : undefined);

/**
 * The entry of one row of a generated file that loaded without problems
 * (`src.text` is the row alone; packed.ts decodes shared entries with it):
 * the same entry the file's parse made (tests/gazetteer/packed.test.ts).
 */
export function generatedRow(src: RowSource, line: number): GazetteerEntry {
  const e = rowEntry(src, 0, src.text.length, line, lastNeeded(src.cols), []);
  if (!e) throw new Error(`${src.file}:${line}: not an entry row`);
  return e;
}

/** cell `i` of a row whose cell boundaries are `tabs` (cell i is between tabs[i] and tabs[i + 1]) */
function rowCell(text: string, tabs: readonly number[], i: number): string | undefined {
  return i < 0 || i + 1 >= tabs.length ? undefined : cell(text, tabs[i] + 1, tabs[i + 1]);
}
const COLUMN_NAMES = ['id', 'name', 'type', 'aliases', 'country', 'wikidata', 'geonames', 'lat', 'lon', 'population', 'description', 'flags', 'kind', 'feature', 'region'] as const;
const TYPE_OF = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t, t]));
const KIND_OF = new Map<string, PlaceKind>(PLACE_KINDS.map((k) => [k, k]));

/** Checks across files: duplicate ids and one id with two types (generated entries merged first). */
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

/** `shipped.txt`: `curated places.tsv` / `generated world-places.tsv.gz`, one file a line. */
export function readManifest(dir: string): { tiers: Map<string, Tier>; problems: GazetteerProblem[] } {
  const tiers = new Map<string, Tier>();
  const problems: GazetteerProblem[] = [];
  const p = join(dir, SHIPPED_MANIFEST);
  if (!existsSync(p)) return { tiers, problems };
  readFileSync(p, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const l = raw.replace(/#.*/, '').trim();
    if (!l) return;
    const m = /^(curated|generated)\s+(\S+)$/.exec(l);
    if (!m) problems.push({ file: SHIPPED_MANIFEST, line: i + 1, message: `expected "curated <file>" or "generated <file>", got ${JSON.stringify(l)}` });
    else tiers.set(m[2], m[1] as Tier);
  });
  return { tiers, problems };
}

/** A word list: one entry a line, `#` starts a comment. */
export function readList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.normalize('NFC'));
}

const TIER_RANK: Record<Tier, number> = { user: 0, curated: 1, generated: 2 };

/**
 * Merges generated entries into user/curated ones (same id, or the same place
 * by name, kind and country), applies the exclusion list and the stoplist.
 * Pure: returns new arrays.
 */
export function mergeTiers(
  entries: readonly GazetteerEntry[],
  exclude: ReadonlySet<string>,
  stoplist: ReadonlySet<string>,
): { entries: GazetteerEntry[]; merged: number; excluded: number; stoplisted: number } {
  let excluded = 0;
  let stoplisted = 0;
  const strong: GazetteerEntry[] = [];
  const generated: GazetteerEntry[] = [];
  for (const e of entries) {
    if (e.tier === 'generated') generated.push(e); // excluded below, reading the id once
    else if (e.tier === 'curated' && exclude.has(e.id)) excluded++;
    else strong.push(e);
  }
  const strongById = new Map<string, number>();
  strong.forEach((e, i) => strongById.set(e.id, i));
  // `place|city|AZ|baku` -> indices of user/curated places with that name or alias
  const placeKey = (kind: string | undefined, country: string | undefined, name: string) => `${kind ?? ''}|${country ?? ''}|${name.toLowerCase()}`;
  const byName = new Map<string, number[]>();
  const placeLens = new Set<number>(); // length * 65536 + first char of the lower-cased names in byName
  strong.forEach((e, i) => {
    if (e.type !== 'place' || !e.kind || !e.country) return;
    for (const n of [e.name, ...e.aliases]) {
      const k = placeKey(e.kind, e.country, n);
      const lower = n.toLowerCase();
      placeLens.add(lower.length * 0x10000 + lower.charCodeAt(0));
      const l = byName.get(k);
      if (l) l.push(i);
      else byName.set(k, [i]);
    }
  });
  const mergeInto = new Map<number, GazetteerEntry[]>();
  const kept: GazetteerEntry[] = [];
  const best = new Map<number, GazetteerEntry>(); // strong index -> most populous same-name generated place
  // Names are lower-cased for a lookup only when their length can match (a
  // stoplist word, a user/curated place name): that skips ~400k toLowerCase
  // calls on the world files. 'İ' is the one letter whose lower case is longer
  // ('i̇'), so names with it are always looked up.
  const DOTTED_I = '\u0130';
  const stopLens = new Set([...stoplist].map((w) => w.length));
  const mayStop = (a: string) => stopLens.has(a.length) || a.includes(DOTTED_I);
  // same for the place names, with their lower-cased first letter when it is ASCII
  const mayBePlace = (a: string) => {
    let c = a.charCodeAt(0);
    if (c >= 128 || a.includes(DOTTED_I)) return true;
    if (c >= 65 && c <= 90) c += 32;
    return placeLens.has(a.length * 0x10000 + c);
  };
  for (let e of generated) {
    const id = e.id;
    if (exclude.has(id)) {
      excluded++;
      continue;
    }
    const name = e.name;
    if (stoplist.size > 0) {
      if (mayStop(name) && stoplist.has(name.toLowerCase())) {
        stoplisted++;
        continue;
      }
      const aliases = e.aliases;
      if (aliases.some((a) => mayStop(a) && stoplist.has(a.toLowerCase()))) {
        const left = aliases.filter((a) => !stoplist.has(a.toLowerCase()));
        e = e instanceof GeneratedEntry ? e.withAliases(left) : { ...e, aliases: left };
        stoplisted++;
      }
    }
    const same = strongById.get(id);
    if (same !== undefined) {
      if (strong[same].type === e.type) {
        const l = mergeInto.get(same) ?? [];
        l.push(e);
        mergeInto.set(same, l);
        continue;
      }
      kept.push(e); // same id, other type: validateEntries reports it
      continue;
    }
    if (e.type === 'place' && e.kind && mayBePlace(name)) {
      const country = e.country;
      const hit = country ? byName.get(placeKey(e.kind, country, name)) : undefined;
      if (hit) {
        for (const i of hit) {
          const prev = best.get(i);
          if (!prev || (e.population ?? 0) > (prev.population ?? 0)) best.set(i, e);
        }
      }
    }
    kept.push(e);
  }
  const absorbed = new Set<GazetteerEntry>();
  for (const [i, e] of best) {
    const l = mergeInto.get(i) ?? [];
    l.push(e);
    mergeInto.set(i, l);
    absorbed.add(e);
  }
  let merged = 0;
  const out: GazetteerEntry[] = strong.map((s, i) => {
    const from = mergeInto.get(i);
    if (!from) return s;
    let m = s;
    for (const g of from) {
      merged++;
      const names = new Set([m.name, ...m.aliases]);
      m = {
        ...m,
        aliases: [...m.aliases, ...[g.name, ...g.aliases].filter((a) => !names.has(a))],
        country: m.country ?? g.country,
        wikidata: m.wikidata ?? g.wikidata,
        geonames: m.geonames ?? g.geonames,
        lat: m.lat ?? g.lat,
        lon: m.lon ?? g.lon,
        population: m.population ?? g.population,
        description: m.description ?? g.description,
        kind: m.kind ?? g.kind,
        feature: m.feature ?? g.feature,
        region: m.region ?? g.region,
      };
    }
    return m;
  });
  for (const e of kept) if (!absorbed.has(e)) out.push(e);
  return { entries: out, merged, excluded, stoplisted };
}

function emptyCounts(): Record<EntityType, number> {
  return { person: 0, place: 0, organization: 0, norp: 0 };
}

export function loadGazetteers(dir: string): LoadedGazetteers {
  const t0 = performance.now();
  const none = { entries: emptyCounts(), aliases: emptyCounts(), byTier: { user: 0, curated: 0, generated: 0 }, merged: 0, excluded: 0, stoplisted: 0, seconds: 0 };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { entries: [], problems: [{ file: dir, line: 0, message: 'gazetteer directory not found' }], files: [], lexicons: new Map(), afterPlace: [], loneSurnames: [], stats: none };
  }
  const manifest = readManifest(dir);
  const files = readdirSync(dir)
    .filter((f) => (f.endsWith('.tsv') || f.endsWith('.tsv.gz')) && !f.startsWith('.'))
    .sort();
  const problems: GazetteerProblem[] = [...manifest.problems];
  for (const f of manifest.tiers.keys()) if (!files.includes(f)) problems.push({ file: SHIPPED_MANIFEST, line: 0, message: `lists ${f}, which is not in ${dir}` });
  const all: GazetteerEntry[] = [];
  files.forEach((f, i) => {
    const tier = manifest.tiers.get(f) ?? 'user';
    const raw = readFileSync(join(dir, f));
    const content = f.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    // priority < 1000 so that rule-found names (priority 1000) lose ties to any gazetteer entry
    const priority = TIER_RANK[tier] * 300 + Math.min(i, 299);
    const fast = tier === 'generated' ? parseGeneratedFile(f, content, priority) : undefined;
    if (fast) {
      for (const e of fast) all.push(e);
      return;
    }
    const r = parseGazetteerFile(f, content, priority, { tier, trustedNfc: tier === 'generated' });
    for (const e of r.entries) all.push(e);
    problems.push(...r.problems);
  });
  const exclude = new Set(readList(join(dir, EXCLUDE_FILE)));
  const stoplist = new Set(readList(join(dir, 'lexicons', 'stoplist.txt')).map((w) => w.toLowerCase()));
  const m = mergeTiers(all, exclude, stoplist);
  // generated files have unique ids by construction (the build dedupes them): only
  // ids that user/curated files define need checking, which skips 200k+ map inserts
  const strongIds = new Set(m.entries.filter((e) => e.tier !== 'generated').map((e) => e.id));
  problems.push(...validateEntries(m.entries.filter((e) => e.tier !== 'generated' || strongIds.has(e.id))));
  const lexicons = new Map<string, string[]>();
  const lexDir = join(dir, 'lexicons');
  if (existsSync(lexDir)) {
    for (const f of readdirSync(lexDir).filter((f) => f.endsWith('.txt')).sort()) lexicons.set(f.replace(/\.txt$/, ''), readList(join(lexDir, f)));
  }
  const after = readAfterPlace(join(lexDir, AFTER_PLACE_FILE), m.entries);
  problems.push(...after.problems);
  const lone = readLoneSurnames(join(lexDir, LONE_SURNAMES_FILE));
  problems.push(...lone.problems);
  const entries = emptyCounts();
  const aliases = emptyCounts();
  const byTier = { user: 0, curated: 0, generated: 0 };
  for (const e of m.entries) {
    entries[e.type]++;
    aliases[e.type] += 1 + e.aliases.length;
    byTier[e.tier]++;
  }
  const stats: LoadStats = { entries, aliases, byTier, merged: m.merged, excluded: m.excluded, stoplisted: m.stoplisted, seconds: (performance.now() - t0) / 1000 };
  return { entries: m.entries, problems, files, lexicons, afterPlace: after.pairs, loneSurnames: lone.pairs, stats };
}

export const AFTER_PLACE_FILE = 'after-place.tsv';

/**
 * A lexicon of two columns (`lexicons/<name>`): its pairs, one a line, `#` comments; `check` says what is wrong with a
 * line's two fields (a string) or nothing; a line of other than two fields is `expected`. Every problem names its line.
 */
function readPairs(path: string, name: string, expected: string, check: (f: readonly [string, string]) => string | undefined): { pairs: [string, string][]; problems: GazetteerProblem[] } {
  const pairs: [string, string][] = [];
  const problems: GazetteerProblem[] = [];
  if (!existsSync(path)) return { pairs, problems };
  const file = `lexicons/${name}`;
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const l = raw.replace(/#.*/, '').trim().normalize('NFC');
      if (!l) return;
      const f = l.split('\t').map((x) => x.trim());
      const wrong = f.length !== 2 || !f[0] || !f[1] ? `expected ${expected}; got ${JSON.stringify(l)}` : check([f[0], f[1]]);
      if (wrong) problems.push({ file, line: i + 1, message: wrong });
      else pairs.push([f[0], f[1]]);
    });
  return { pairs, problems };
}

/**
 * `lexicons/after-place.tsv`: abbreviations that name a region only right after a place and a comma, the way
 * wire copy names a town's state ('EXTON, Pa.', 'Boston, Mass.', 'Seattle, Wash.'), because alone they are words
 * or a title ('Pa.', 'Mass.', 'Miss.'): one `abbreviation<TAB>name` a line, the name that of a region or country
 * of the gazetteers (`Pa.	Pennsylvania`); `#` comments. A line that is not so is a problem naming its line.
 */
export function readAfterPlace(path: string, entries: readonly GazetteerEntry[]): { pairs: [string, string][]; problems: GazetteerProblem[] } {
  const areas = new Set<string>();
  for (const e of entries) if (e.type === 'place' && (e.kind === 'region' || e.kind === 'country')) for (const a of [e.name, ...e.aliases]) areas.add(a);
  return readPairs(path, AFTER_PLACE_FILE, "an abbreviation, a tab and a region's name (Pa.<TAB>Pennsylvania)", ([, region]) =>
    areas.has(region) ? undefined : `${JSON.stringify(region)} is the name of no region or country of the gazetteers`,
  );
}

export const LONE_SURNAMES_FILE = 'lone-surnames.tsv';

/**
 * `lexicons/lone-surnames.tsv`: surnames that alone name one person of the news where a document names no one of that
 * surname in full ('Putin', 'Obama', 'Merkel'): one `surname<TAB>full name` a line, the surname a word of the full name
 * (`Obama	Barack Obama`, `Xi	Xi Jinping`); `#` comments. A line that is not so is a problem naming its line.
 */
export function readLoneSurnames(path: string): { pairs: [string, string][]; problems: GazetteerProblem[] } {
  const seen = new Set<string>();
  const expected = "one word, a tab and a person's full name (Obama<TAB>Barack Obama)";
  return readPairs(path, LONE_SURNAMES_FILE, expected, ([surname, full]) => {
    if (/\s/.test(surname)) return `expected ${expected}; got ${JSON.stringify(`${surname}\t${full}`)}`;
    if (!full.split(/\s+/).includes(surname)) return `${JSON.stringify(surname)} is no word of ${JSON.stringify(full)}`;
    if (seen.has(surname)) return `${JSON.stringify(surname)} is listed twice: a surname names one person`;
    seen.add(surname);
    return undefined;
  });
}

/** The gazetteers have problems: the run stops before any document, listing every one. */
export class GazetteerError extends Error {
  constructor(readonly problems: LoadedGazetteers['problems']) {
    super(`gazetteers have ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  }
}
