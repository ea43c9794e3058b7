import type { GazetteerEntry, GazetteerProblem } from './types.js';

/**
 * Warnings (not fatal): a name or alias that entries of different types share
 * (`Georgia` the place and `Georgia` a person's alias). At run time the
 * tagger picks one (`tag/ambiguous-alias` says which and why); this lists
 * them up front for whoever edits the files. Only user and curated entries
 * are checked: the generated world files share thousands of names by nature
 * (a town named after a person) and are ranked below them anyway.
 */
export function aliasShadowing(entries: readonly GazetteerEntry[]): GazetteerProblem[] {
  const first = new Map<string, GazetteerEntry>();
  const warnings: GazetteerProblem[] = [];
  for (const e of entries) {
    if (e.tier === 'generated') continue;
    for (const n of [e.name, ...e.aliases]) {
      const prev = first.get(n);
      if (!prev) first.set(n, e);
      else if (prev.type !== e.type) warnings.push({ file: e.file, line: e.line, message: `name or alias ${JSON.stringify(n)} of ${e.id} (${e.type}) is also a name or alias of ${prev.id} (${prev.type}) at ${prev.file}:${prev.line}; the tagger picks one by priority` });
    }
  }
  return warnings;
}
