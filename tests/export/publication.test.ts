import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Publication } from '../../src/export/publication.js';
import { JsonArrayWriter, TableWriter } from '../../src/export/table-writer.js';
import { tempDir } from '../pipeline-helpers.js';

describe('Publication: outputs moved into place together', () => {
  it('queues renames and removals, runs them in order only on run(), once', async () => {
    const dir = tempDir('publication');
    writeFileSync(join(dir, 'a.tmp'), 'new a');
    writeFileSync(join(dir, 'a'), 'old a');
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'old.html'), 'x');
    mkdirSync(join(dir, 'pages.tmp'));
    writeFileSync(join(dir, 'pages.tmp', 'new.html'), 'y');
    const p = new Publication();
    p.rename(join(dir, 'a.tmp'), join(dir, 'a'));
    p.remove(join(dir, 'pages'));
    p.rename(join(dir, 'pages.tmp'), join(dir, 'pages'));
    const later: string[] = [];
    p.later(async () => void later.push('variants'));
    // nothing happens until run()
    expect([readFileSync(join(dir, 'a'), 'utf8'), readdirSync(join(dir, 'pages')), later]).toEqual(['old a', ['old.html'], []]);
    await p.run();
    expect([readFileSync(join(dir, 'a'), 'utf8'), readdirSync(join(dir, 'pages')), later, existsSync(join(dir, 'a.tmp'))]).toEqual(['new a', ['new.html'], ['variants'], false]);
    // the steps ran once: a second run() does nothing (a.tmp is gone, renaming it would throw)
    await p.run();
    expect(later).toEqual(['variants']);
  });

  it("a writer's commit with a publication finishes its files but leaves the previous table in place until run(); without one it moves them at once", async () => {
    const dir = tempDir('publication-writers');
    writeFileSync(join(dir, 't.csv'), 'old');
    const p = new Publication();
    const t = new TableWriter<{ a: string }>(join(dir, 't'), ['a']);
    await t.writeRows([{ a: 'x' }]);
    await t.commit(p);
    const d = new JsonArrayWriter(join(dir, 'd.json'));
    await d.write({ b: 1 });
    await d.commit(p);
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['d.json.tmp', 't.csv', 't.csv.tmp', 't.json.tmp']);
    await p.run();
    expect(readdirSync(dir).sort()).toEqual(['d.json', 't.csv', 't.json']);
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe('\ufeffa\r\nx\r\n');
    expect(JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'))).toEqual([{ b: 1 }]);
    const alone = new TableWriter<{ a: string }>(join(dir, 'u'), ['a']);
    await alone.commit();
    expect(existsSync(join(dir, 'u.csv'))).toBe(true);
  });
});
