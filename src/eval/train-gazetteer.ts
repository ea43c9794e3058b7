import type { GazetteerEntry } from '../gazetteer/types.js';
import type { EntityType } from '../model/entity.js';
import { slug } from '../stages/find-names.js';
import { chunksOf, type ConllDocument } from './conll.js';

/**
 * The classic CoNLL baseline as a temporary gazetteer: every name annotated in
 * the training data, with its majority type. Built in memory for one run and
 * never written anywhere (CoNLL data is for research use only).
 *
 * Two filters keep it from hurting precision:
 * - a name is kept only when at least half of its occurrences in the training
 *   text are annotated (`Major` as a name in one sentence and an ordinary word
 *   in ten is dropped);
 * - MISC names are entered as `norp`, which is never scored and never counted
 *   as a person/place/organization: they only block wrong types for
 *   nationalities, events and the like (`German`, `World Cup`).
 */
const TYPE: Readonly<Record<string, EntityType>> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'norp' };

export function trainingGazetteer(docs: readonly ConllDocument[], priority: number, minAnnotatedShare = 0.5): GazetteerEntry[] {
  const typeCounts = new Map<string, Map<string, number>>(); // name -> type -> count
  let longest = 1;
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const c of chunksOf(s.map((t) => t.tag))) {
        if (!TYPE[c.type]) continue;
        const name = s.slice(c.start, c.end).map((t) => t.word).join(' ');
        let m = typeCounts.get(name);
        if (!m) typeCounts.set(name, (m = new Map()));
        m.set(c.type, (m.get(c.type) ?? 0) + 1);
        longest = Math.max(longest, c.end - c.start);
      }
    }
  }
  // every occurrence of each name as a token n-gram, annotated or not
  const occurrences = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (let i = 0; i < s.length; i++) {
        let name = '';
        for (let n = 1; n <= longest && i + n <= s.length; n++) {
          name = n === 1 ? s[i].word : `${name} ${s[i + n - 1].word}`;
          if (typeCounts.has(name)) occurrences.set(name, (occurrences.get(name) ?? 0) + 1);
        }
      }
    }
  }
  const entries: GazetteerEntry[] = [];
  const names = [...typeCounts.keys()].sort();
  names.forEach((name, line) => {
    const counts = typeCounts.get(name)!;
    const annotated = [...counts.values()].reduce((a, b) => a + b, 0);
    if (annotated / (occurrences.get(name) ?? annotated) < minAnnotatedShare) return;
    // majority type; ties go to the type name first in order (deterministic)
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const type = TYPE[best];
    entries.push({
      id: `train:${type}:${slug(name) || line}`,
      name,
      type,
      aliases: [],
      file: 'conll-train',
      line: line + 1,
      caseInsensitive: false,
      commonWord: false,
      priority,
      tier: 'generated',
    });
  });
  // two names with one slug and type (`U.S.` and `U.S`) need distinct ids
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}~${n}` };
  });
}
