import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { loadGazetteers } from '../../src/gazetteer/load.js';

describe('gazetteers/lexicons/languages.txt (generated from WordNet by gazetteers/build/build.mjs)', () => {
  const g = loadGazetteers(join(ROOT, 'gazetteers'));
  const languages = g.lexicons.get('languages') ?? [];

  it("holds the languages news names after 'in' ('printed in Swahili')", () => {
    expect(languages.length).toBeGreaterThan(300);
    for (const l of ['swahili', 'esperanto', 'urdu', 'pashto', 'tagalog']) expect(languages).toContain(l);
  });

  it("holds no name of a shipped gazetteer's place, nor a given name of the shipped list", () => {
    const places = new Set(g.entries.filter((e) => e.type === 'place').flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()));
    const given = new Set(g.lexicons.get('first-names') ?? []);
    expect(languages.filter((l) => places.has(l) || given.has(l))).toEqual([]);
  });
});
