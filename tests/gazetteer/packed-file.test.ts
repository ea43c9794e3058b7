import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GazetteerMatcher } from '../../src/gazetteer/matcher.js';
import { EntryTable } from '../../src/gazetteer/packed.js';
import { readPacked, writePacked } from '../../src/gazetteer/packed-file.js';
import { prepareResources, sharedResources, type SharedResources } from '../../src/gazetteer/shared.js';
import { tokenize } from '../../src/text/tokenize.js';

const { shared } = prepareResources('gazetteers');
const temp = () => mkdtempSync(join(tmpdir(), 'gaz-file-'));

/** what a thread sees of the resources: every entry, and the matches on the sample articles */
function seen(r: SharedResources) {
  const table = new EntryTable(r.entries);
  const matcher = new GazetteerMatcher(table, r.matcher);
  const text = readdirSync('input')
    .sort()
    .map((f) => readFileSync(join('input', f), 'utf8'))
    .join('\n\n');
  const tokens = tokenize(text);
  const matches = tokens.flatMap((_, i) => matcher.matchAt(tokens, i, tokens.length, true).map((m) => `${m.from}-${m.to} ${m.mode} ${m.hits.map((h) => h.entry.id).join(',')}`));
  const every = Array.from({ length: table.length }, (_, i) => table.at(i)!.id + '\t' + table.at(i)!.name + '\t' + table.at(i)!.aliases.join('|'));
  return { roles: r.roles, qualifiers: r.qualifiers, stats: r.stats, aliases: r.matcher.aliases, matches, every };
}

describe('the shared gazetteers saved in the run cache', () => {
  it('read back, they give every entry, word list and match the loaded ones give', () => {
    const path = join(temp(), 'sub', 'gazetteers.bin');
    writePacked(path, shared);
    const back = readPacked(path)!;
    expect(back).toBeDefined();
    expect(seen(back)).toEqual(seen(shared));
    expect(readdirSync(join(path, '..'))).toEqual(['gazetteers.bin']); // no temporary file left
  });

  it.each([
    ['missing', (p: string) => rmSync(p)],
    ['cut short', (p: string) => truncateSync(p, statSync(p).size - 1)],
    ['a flipped byte', (p: string) => {
      const b = readFileSync(p);
      b[b.length - 1000] ^= 1;
      writeFileSync(p, b);
    }],
    ['not ours', (p: string) => writeFileSync(p, 'id\tname\ttype\n')],
  ])('%s: not used (undefined), so the gazetteers are loaded from their files and saved again', (_, damage) => {
    const dir = temp();
    const path = join(dir, 'gazetteers.bin');
    writePacked(path, shared);
    damage(path);
    expect(readPacked(path)).toBeUndefined();
    const r = sharedResources('gazetteers', path);
    expect([r.cached, readPacked(path)?.entries.count]).toEqual([undefined, shared.entries.count]);
    expect(sharedResources('gazetteers', path).cached).toBe(true);
  });

  it('a folder it cannot be written to costs only the saving', () => {
    const dir = temp();
    writeFileSync(join(dir, 'file'), '');
    const path = join(dir, 'file', 'gazetteers.bin'); // under a file: cannot be created
    expect(sharedResources('gazetteers', path).entries.count).toBe(shared.entries.count);
    expect(existsSync(path)).toBe(false);
  });
});
