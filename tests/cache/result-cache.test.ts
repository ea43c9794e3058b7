import { describe, expect, it } from 'vitest';
import { appendFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI_GAZETTEERS, OUTPUT_FILES, copyDir, jsonlOf, makeCorpus, run, tempDir } from '../pipeline-helpers.js';

describe('incremental runs', () => {
  it('reprocesses only the edited file and writes the tables a full run writes', async () => {
    const input = makeCorpus(40);
    writeFileSync(join(input, 'feed.jsonl'), jsonlOf());
    const output = tempDir('cached-out');
    const first = await run(input, { output });
    expect([first.summary.documents, first.summary.cached]).toEqual([45, 0]);
    const firstDocuments = first.read('documents.json');
    const firstTables = OUTPUT_FILES.map((f) => first.read(f));
    const again = await run(input, { output });
    expect([again.summary.documents, again.summary.cached]).toEqual([45, 45]);
    OUTPUT_FILES.forEach((f, i) => expect(again.read(f), f).toBe(firstTables[i]));

    // edit one file: a paragraph more
    const edited = join(input, 'part-2', 'doc-0002.txt');
    appendFileSync(edited, '\nThe ministers of Azerbaijan and Armenia met the OSCE Minsk Group co-chairs in Minsk on Monday to discuss the ceasefire.\n');
    const third = await run(input, { output });
    expect([third.summary.documents, third.summary.cached]).toEqual([45, 44]);
    const full = await run(input, { cache: false });
    for (const f of OUTPUT_FILES) expect(third.read(f), f).toBe(full.read(f));
    expect(third.read('documents.json')).not.toBe(firstDocuments);

    // edit one JSONL article: only that line is processed again
    const feed = readFileSync(join(input, 'feed.jsonl'), 'utf8').split('\n');
    feed[1] = JSON.stringify({ ...JSON.parse(feed[1]), title: 'A new title' });
    writeFileSync(join(input, 'feed.jsonl'), feed.join('\n'));
    const fourth = await run(input, { output });
    expect(fourth.summary.cached).toBe(44);
    const full2 = await run(input, { cache: false });
    for (const f of OUTPUT_FILES) expect(fourth.read(f), f).toBe(full2.read(f));
  }, 120_000);

  it('worker threads write every entry before the run ends (entries are not awaited per document)', async () => {
    const input = makeCorpus(30);
    const cache = tempDir('cache');
    const first = await run(input, { cache, workers: 2 });
    expect(first.summary.cached).toBe(0);
    const [fp] = readdirSync(cache);
    const files = readdirSync(join(cache, fp), { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(30);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const second = await run(input, { cache, workers: 2 });
    expect(second.summary.cached).toBe(30);
    OUTPUT_FILES.forEach((f) => expect(second.read(f), f).toBe(first.read(f)));
  }, 60_000);

  it('--no-cache processes everything and stores nothing', async () => {
    const input = makeCorpus(6);
    const output = tempDir('nocache-out');
    await run(input, { output, cache: false });
    const r = await run(input, { output, cache: false });
    expect(r.summary.cached).toBe(0);
    expect(readdirSync(output)).not.toContain('.cache');
  }, 60_000);

  it('a gazetteer edit invalidates every entry (and removes the old ones)', async () => {
    const input = makeCorpus(8);
    const gazetteers = copyDir(MINI_GAZETTEERS);
    const cache = tempDir('cache');
    await run(input, { gazetteers, cache });
    expect((await run(input, { gazetteers, cache })).summary.cached).toBe(8);
    appendFileSync(join(gazetteers, 'mini.tsv'), 'place:ganja\tGanja\tplace\t\tAZ\t\n');
    expect((await run(input, { gazetteers, cache })).summary.cached).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
  }, 60_000);

  it('a corrupt entry is processed again, not trusted', async () => {
    const input = makeCorpus(3);
    const cache = tempDir('cache');
    const first = await run(input, { cache });
    const firstTables = OUTPUT_FILES.map((f) => first.read(f));
    const [fp] = readdirSync(cache);
    const entries = (readdirSync(join(cache, fp), { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
    expect(entries).toHaveLength(3);
    writeFileSync(join(cache, fp, entries[0]), '{"trunc');
    const second = await run(input, { cache });
    expect(second.summary.cached).toBe(2);
    OUTPUT_FILES.forEach((f, i) => expect(second.read(f), f).toBe(firstTables[i]));
  }, 60_000);
});
