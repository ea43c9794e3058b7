import type { GazetteerEntry } from './types.js';
import { aliasKeys, isAllCaps, type MatchToken } from '../text/tokenize.js';

/**
 * A token trie over gazetteer aliases. Each node maps the next token key to a
 * child; a node that ends an alias holds the entries with that alias. Walking
 * the trie from every token gives all matches in O(tokens x longest alias).
 *
 * Three tries share the walk:
 * - `exact`: keys as written (the case-sensitive default);
 * - `upper`: keys upper-cased, for ALL-CAPS text (`BAKU, Azerbaijan`), holding
 *   only aliases that are not ALL-CAPS themselves;
 * - `folded`: keys lower-cased, for entries flagged `ci` (case-insensitive).
 */
interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  hits: AliasHit[] | undefined;
}

export interface AliasHit {
  readonly entry: GazetteerEntry;
  /** the alias as written in the gazetteer */
  readonly alias: string;
}

export type CaseMode = 'exact' | 'upper' | 'folded';

export interface TrieMatch {
  /** token indices, half-open */
  readonly from: number;
  readonly to: number;
  readonly hits: readonly AliasHit[];
  readonly mode: CaseMode;
}

const node = (): TrieNode => ({ next: undefined, hits: undefined });

function insert(root: TrieNode, keys: readonly string[], hit: AliasHit): void {
  let n = root;
  for (const k of keys) {
    n.next ??= new Map();
    let c = n.next.get(k);
    if (!c) {
      c = node();
      n.next.set(k, c);
    }
    n = c;
  }
  n.hits ??= [];
  if (!n.hits.some((h) => h.entry.id === hit.entry.id)) n.hits.push(hit);
}

export class GazetteerMatcher {
  private readonly exact = node();
  private readonly upper = node();
  private readonly folded = node();
  readonly size: number;
  private aliasCount = 0;

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const keys = aliasKeys(alias);
        if (keys.length === 0) continue;
        this.aliasCount++;
        const hit = { entry, alias };
        if (entry.caseInsensitive) insert(this.folded, keys.map((k) => k.toLowerCase()), hit);
        else insert(this.exact, keys, hit);
        if (!keys.every(isAllCaps)) insert(this.upper, keys.map((k) => k.toUpperCase()), hit);
      }
    }
    this.size = entries.length;
  }

  get aliases(): number {
    return this.aliasCount;
  }

  private walk(root: TrieNode, tokens: readonly MatchToken[], from: number, to: number, keyOf: (t: MatchToken) => string | undefined): { end: number; hits: AliasHit[] } | undefined {
    let n: TrieNode | undefined = root;
    let best: { end: number; hits: AliasHit[] } | undefined;
    let i = from;
    while (i < to && n) {
      const t = tokens[i];
      if (t.joiner && i > from) {
        i++;
        continue;
      }
      const k = keyOf(t);
      if (k === undefined) break;
      n = n.next?.get(k);
      i++;
      if (n?.hits) best = { end: i, hits: n.hits };
    }
    return best;
  }

  /**
   * The longest match starting at token `from` (tokens `[from, to)` are one
   * sentence), in each case mode that applies. `capsContext` enables the
   * upper-case trie for ALL-CAPS tokens.
   */
  matchAt(tokens: readonly MatchToken[], from: number, to: number, capsContext: boolean): TrieMatch[] {
    const out: TrieMatch[] = [];
    const e = this.walk(this.exact, tokens, from, to, (t) => t.key);
    if (e) out.push({ from, to: e.end, hits: e.hits, mode: 'exact' });
    if (capsContext && isAllCaps(tokens[from].text)) {
      const u = this.walk(this.upper, tokens, from, to, (t) => (isAllCaps(t.text) || !/\p{L}/u.test(t.text) ? t.key.toUpperCase() : undefined));
      if (u && (!e || u.end > e.end)) out.push({ from, to: u.end, hits: u.hits, mode: 'upper' });
    }
    const f = this.walk(this.folded, tokens, from, to, (t) => t.key.toLowerCase());
    if (f) out.push({ from, to: f.end, hits: f.hits, mode: 'folded' });
    return out;
  }
}
