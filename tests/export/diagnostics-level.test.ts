import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { run, tempDir } from '../pipeline-helpers.js';
import { ConfigError, normalizeConfig } from '../../src/config.js';

type Row = { document: string; severity: string; code: string; start: number | null };
type Doc = { id: string; dropped: unknown[]; diagnostics: { severity: string; code: string }[] };

/** The sample articles (boilerplate to drop, overlaps, ambiguous aliases), an empty file (a warning) and a binary one (a failure). */
function corpus(): string {
  const dir = tempDir('diag-level');
  cpSync(join(ROOT, 'input'), dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
  return dir;
}

describe('--diagnostics: the least severity the diagnostics tables list', () => {
  it('lists warnings and failures by default; info notes stay in documents.json and come with --diagnostics info', async () => {
    const input = corpus();
    const warn = await run(input);
    const info = await run(input, { diagnostics: 'info' });
    const fail = await run(input, { diagnostics: 'fail' });
    const rows = (r: typeof warn) => JSON.parse(r.read('diagnostics.json')) as Row[];

    expect(rows(warn).map((d) => [d.document, d.code])).toEqual([
      ['binary', 'read/binary'],
      ['empty', 'read/empty'],
    ]);
    expect(rows(fail).map((d) => [d.document, d.code])).toEqual([['binary', 'read/binary']]);
    // the CSV lists the same rows: the header and one line each
    expect(warn.read('diagnostics.csv').trimEnd().split('\r\n')).toHaveLength(3);

    const all = rows(info);
    const docs = JSON.parse(info.read('documents.json')) as Doc[];
    // every dropped block is a clean/dropped-block row, and the other info notes are those documents.json carries
    expect(all.filter((d) => d.code === 'clean/dropped-block')).toHaveLength(docs.reduce((n, d) => n + d.dropped.length, 0));
    const notes = all.filter((d) => d.severity === 'info' && d.code !== 'clean/dropped-block').map((d) => [d.document, d.code]);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes).toEqual(docs.flatMap((d) => d.diagnostics.filter((x) => x.severity === 'info').map((x) => [d.id, x.code])));
    // with info left out, the same rows in the same order
    expect(all.filter((d) => d.severity !== 'info')).toEqual(rows(warn));
    // documents.json and the mentions do not depend on the level
    expect(warn.read('documents.json')).toBe(info.read('documents.json'));
    expect(warn.read('mentions.csv')).toBe(info.read('mentions.csv'));
  }, 60_000);

  it('applies to documents taken from the cache as to those processed (the cache keeps every diagnostic)', async () => {
    const input = corpus();
    const cache = tempDir('diag-cache');
    const fresh = await run(input, { diagnostics: 'info', cache: false });
    const first = await run(input, { cache });
    const again = await run(input, { cache, diagnostics: 'info' });
    expect(again.summary.cached).toBeGreaterThan(0);
    expect(again.read('diagnostics.json')).toBe(fresh.read('diagnostics.json'));
    expect(again.read('diagnostics.csv')).toBe(fresh.read('diagnostics.csv'));
    const back = await run(input, { cache });
    expect(back.read('diagnostics.csv')).toBe(first.read('diagnostics.csv'));
  }, 60_000);

  it('refuses a level it does not know, naming the choices', () => {
    expect(normalizeConfig({}).diagnostics).toBe('warn');
    expect(() => normalizeConfig({ diagnostics: 'debug' })).toThrow(ConfigError);
    expect(() => normalizeConfig({ diagnostics: 'debug' })).toThrow('--diagnostics expects one of info, warn, fail, got "debug"');
  });
});
