import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINI_GAZETTEERS, OUTPUT_FILES, copyDir, jsonlOf, makeCorpus, run, tempDir } from '../pipeline-helpers.js';
import { CacheWriter, EntryReader, ResultCache, dependencyVersions, encodeEntry } from '../../src/cache/result-cache.js';
import type { DocumentResult } from '../../src/pipeline.js';

/** Flips one bit in the middle of the first entry's compressed bytes (of the first index in `cache`): gzip's check fails. */
function damageFirstEntry(cache: string): void {
  const [fp] = readdirSync(cache);
  const [idx] = readdirSync(join(cache, fp)).filter((f) => f.endsWith('.idx'));
  const pack = join(cache, fp, idx.replace(/\.idx$/, '.pack'));
  const [, offset, length] = readFileSync(join(cache, fp, idx), 'utf8').split('\n')[0].split('\t').map(Number);
  const bytes = readFileSync(pack);
  bytes[offset + (length >> 1)] ^= 0x04;
  writeFileSync(pack, bytes);
}

describe('incremental runs', () => {
  it('--english-only is part of what a cached result depends on: a rerun with it does not serve the results of a run without it', async () => {
    const input = tempDir('cache-lang');
    writeFileSync(join(input, 'feed.jsonl'), [JSON.stringify({ id: 'de', text: 'President Ilham Aliyev visited Baku on Monday.', language: 'de' }), JSON.stringify({ id: 'en', text: 'President Ilham Aliyev visited Baku on Monday.' })].join('\n') + '\n');
    const output = tempDir('cache-lang-out');
    const mentionsOf = (r: Awaited<ReturnType<typeof run>>) => (JSON.parse(r.read('mentions.json')) as { document: string }[]).map((m) => m.document);
    const first = await run(input, { output });
    expect(new Set(mentionsOf(first))).toEqual(new Set(['de', 'en']));
    const english = await run(input, { output, englishOnly: true });
    expect(english.summary.cached).toBe(0);
    expect(new Set(mentionsOf(english))).toEqual(new Set(['en']));
    const again = await run(input, { output, englishOnly: true });
    expect([again.summary.cached, again.read('mentions.json')]).toEqual([2, english.read('mentions.json')]);
  });

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
    // one pack and its index per worker thread that stored entries, a line per entry
    const files = readdirSync(join(cache, fp)).sort();
    expect(files.filter((f) => f.endsWith('.pack')).length).toBeGreaterThanOrEqual(1);
    expect(files.filter((f) => f.endsWith('.pack')).length).toBeLessThanOrEqual(2);
    // and the gazetteers, packed, for the next run
    expect(files.filter((f) => !/\.(pack|idx)$/.test(f))).toEqual(['gazetteers.bin']);
    const lines = files.filter((f) => f.endsWith('.idx')).flatMap((f) => readFileSync(join(cache, fp, f), 'utf8').split('\n').filter(Boolean));
    expect(lines).toHaveLength(30);
    const second = await run(input, { cache, workers: 2 });
    expect([first.summary.gazetteersCached, second.summary.cached, second.summary.gazetteersCached]).toEqual([false, 30, true]);
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
    const again = (await run(input, { gazetteers, cache })).summary;
    expect([again.cached, again.gazetteersCached]).toEqual([8, true]);
    appendFileSync(join(gazetteers, 'mini.tsv'), 'place:ganja\tGanja\tplace\t\tAZ\t\n');
    const edited = (await run(input, { gazetteers, cache })).summary;
    // the gazetteers saved in the cache are not used either: they are loaded from the edited files
    expect([edited.cached, edited.gazetteersCached]).toEqual([0, false]);
    expect(readdirSync(cache)).toHaveLength(1);
  }, 60_000);

  it('with worker threads, which read the stored results: a rerun takes every document from the cache and writes the same tables; a damaged entry is processed again', async () => {
    const input = makeCorpus(12);
    const cache = tempDir('cache');
    const first = await run(input, { cache, workers: 2 });
    const firstTables = OUTPUT_FILES.map((f) => first.read(f));
    const again = await run(input, { cache, workers: 2 });
    expect([again.summary.documents, again.summary.cached]).toEqual([12, 12]);
    OUTPUT_FILES.forEach((f, i) => expect(again.read(f), f).toBe(firstTables[i]));
    damageFirstEntry(cache);
    const third = await run(input, { cache, workers: 2 });
    expect([third.summary.documents, third.summary.cached]).toEqual([12, 11]);
    OUTPUT_FILES.forEach((f, i) => expect(third.read(f), f).toBe(firstTables[i]));
  }, 120_000);

  it.each([0, 2])(
    'with %i workers: a file unchanged since the run that stored its result is found by its stamp, unread; a touched one is read and found by its content; one edited to its old size and modification time is processed again',
    async (workers) => {
      const input = makeCorpus(6);
      writeFileSync(join(input, 'feed.jsonl'), jsonlOf());
      const cache = tempDir('cache');
      // a modification time utimes can set back exactly (whole seconds): the file edited below
      const edited = join(input, 'part-2', 'doc-0002.txt');
      utimesSync(edited, 1_600_000_000, 1_600_000_000);
      // every file counts as settled (by default the listing stamps none of a test's files: they are new)
      const opts = { cache, workers, settleMs: -60_000 };
      const first = await run(input, opts);
      const documents = first.summary.documents;
      expect([first.summary.cached, first.summary.unread]).toEqual([0, 0]);
      const tables = OUTPUT_FILES.map((f) => first.read(f));
      const again = await run(input, opts);
      // the six articles' files unread; the JSON Lines articles found by their lines' hashes, as before
      expect([again.summary.cached, again.summary.unread]).toEqual([documents, 6]);
      OUTPUT_FILES.forEach((f, i) => expect(again.read(f), f).toBe(tables[i]));

      // touched: new times, the same bytes. Read and hashed, found by its content, and its entry gets the new
      // stamp's key (an index line: the packs do not grow)
      const touched = join(input, 'part-1', 'doc-0001.txt');
      utimesSync(touched, new Date(), new Date(Date.now() - 3_600_000));
      const packBytes = () => {
        const [fp] = readdirSync(cache);
        return readdirSync(join(cache, fp)).filter((f) => f.endsWith('.pack')).reduce((n, f) => n + statSync(join(cache, fp, f)).size, 0);
      };
      const packed = packBytes();
      const third = await run(input, opts);
      expect([third.summary.cached, third.summary.unread]).toEqual([documents, 5]);
      expect(packBytes()).toBe(packed);
      OUTPUT_FILES.forEach((f, i) => expect(third.read(f), f).toBe(tables[i]));
      expect((await run(input, opts)).summary.unread).toBe(6);

      // edited to the same size, its modification time set back: its change time is not the stamp's, so it is read,
      // missed and processed again
      const before = statSync(edited);
      const text = readFileSync(edited, 'utf8');
      const changed = text.replaceAll('Azerbaijan', 'Azerbaijam');
      expect(changed).not.toBe(text);
      writeFileSync(edited, changed);
      utimesSync(edited, 1_600_000_000, 1_600_000_000);
      expect([statSync(edited).size, statSync(edited).mtimeMs]).toEqual([before.size, before.mtimeMs]);
      const fifth = await run(input, opts);
      expect([fifth.summary.cached, fifth.summary.unread]).toEqual([documents - 1, 5]);
      expect(fifth.read('mentions.csv')).not.toBe(tables[OUTPUT_FILES.indexOf('mentions.csv')]);
      const full = await run(input, { cache: false });
      for (const f of OUTPUT_FILES) expect(fifth.read(f), f).toBe(full.read(f));
    },
    120_000,
  );

  it('a damaged entry is processed again, not trusted', async () => {
    const input = makeCorpus(3);
    const cache = tempDir('cache');
    const first = await run(input, { cache });
    const firstTables = OUTPUT_FILES.map((f) => first.read(f));
    damageFirstEntry(cache);
    const second = await run(input, { cache });
    expect(second.summary.cached).toBe(2);
    OUTPUT_FILES.forEach((f, i) => expect(second.read(f), f).toBe(firstTables[i]));
  }, 60_000);
});

describe('packs: CacheWriter and ResultCache', () => {
  const result = (id: string) => ({ id, path: `${id}.txt`, mentions: [{ text: 'Bakı – Ərəb' }], diagnostics: [] }) as unknown as DocumentResult;
  const FP = '0123456789abcdef';
  async function store(root: string, ids: string[], cache: ResultCache): Promise<void> {
    const w = new CacheWriter(root);
    for (const id of ids) await w.put(cache.key('file', `${id}.txt`, id), result(id));
    await w.close();
  }

  it('gives back what was stored, from two writers (two threads or runs) in one folder', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    await store(c0.root, ['a', 'b', 'c'], c0);
    await store(c0.root, ['d'], c0);
    const c = await ResultCache.open(dir, FP);
    expect(c.size).toBe(4);
    for (const id of ['a', 'b', 'c', 'd']) expect(await c.get(c.key('file', `${id}.txt`, id))).toEqual(result(id));
    expect(await c.get(c.key('file', 'e.txt', 'e'))).toBeUndefined();
    await c.close();
    expect(readdirSync(c.root).map((f) => f.replace(/^.*\./, '')).sort()).toEqual(['idx', 'idx', 'pack', 'pack']);
  });

  it('EntryReader (a worker thread) reads what ResultCache.locate points to; a damaged or missing entry reads as undefined', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    await store(c0.root, ['a', 'b'], c0);
    const c = await ResultCache.open(dir, FP);
    const reader = new EntryReader();
    const [a, b] = ['a', 'b'].map((id) => c.locate(c.key('file', `${id}.txt`, id))!);
    expect([reader.read(a), reader.read(b)]).toEqual([result('a'), result('b')]);
    expect(c.locate(c.key('file', 'e.txt', 'e'))).toBeUndefined();
    expect(reader.read({ ...a, length: a.length - 3 })).toBeUndefined(); // cut short: gzip fails
    expect(reader.read({ ...a, file: join(dir, 'no-such.pack') })).toBeUndefined();
    const bytes = readFileSync(b.file);
    bytes[b.offset + (b.length >> 1)] ^= 0x04;
    writeFileSync(b.file, bytes);
    reader.close();
    expect([reader.read(a), reader.read(b)]).toEqual([result('a'), undefined]); // reopened after close; b fails its check
    reader.close();
  });

  it("alias: another key for an entry of another pack, one index line naming that pack (no copy); a line naming a pack the folder's indexes do not is ignored", async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    await store(c0.root, ['a'], c0);
    const c1 = await ResultCache.open(dir, FP);
    const at = c1.locate(c1.key('file', 'a.txt', 'a'))!;
    const w = new CacheWriter(c1.root);
    w.alias(c1.stampKey('a.txt', '1:2:3:4:5'), at);
    await w.close();
    // a hand-written line naming a file outside the folder's packs: never opened
    const [idx] = readdirSync(c1.root).filter((f) => f.endsWith('.idx') && readFileSync(join(c1.root, f), 'utf8').split('\t').length === 4);
    appendFileSync(join(c1.root, idx), `${c1.stampKey('b.txt', 'x')}\t0\t10\t../../etc/passwd\n${c1.stampKey('c.txt', 'x')}\t0\t10\tnone.pack\n`);
    const c = await ResultCache.open(dir, FP);
    expect(c.locate(c.stampKey('a.txt', '1:2:3:4:5'))).toEqual(at);
    expect(await c.get(c.stampKey('a.txt', '1:2:3:4:5'))).toEqual(result('a'));
    expect([c.has(c.stampKey('b.txt', 'x')), c.has(c.stampKey('c.txt', 'x')), c.size]).toEqual([false, false, 2]);
    // the alias wrote no entry, and no pack: the first run's pack alone, beside both runs' indexes
    expect([readdirSync(c.root).filter((f) => f.endsWith('.pack')).length, readdirSync(c.root).filter((f) => f.endsWith('.idx')).length]).toEqual([1, 2]);
    await c.close();
  });

  it('stores entries compressed, each one whole (gzip), and reads them back', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    const big = (id: string) => ({ ...result(id), mentions: Array.from({ length: 200 }, (_, i) => ({ text: `Bakı – Ərəb ${i}`, sentence_text: 'The same sentence, repeated for every mention of it.' })) }) as unknown as DocumentResult;
    const w = new CacheWriter(c0.root);
    for (const id of ['a', 'b']) await w.put(c0.key('file', `${id}.txt`, id), big(id));
    await w.close();
    const [pack] = readdirSync(c0.root).filter((f) => f.endsWith('.pack'));
    const bytes = readFileSync(join(c0.root, pack));
    const json = JSON.stringify(big('a')).length + JSON.stringify(big('b')).length;
    expect(bytes.length).toBeLessThan(json / 4);
    // each entry is a gzip member of its own (magic bytes 1f 8b at its offset)
    const [idx] = readdirSync(c0.root).filter((f) => f.endsWith('.idx'));
    const offsets = readFileSync(join(c0.root, idx), 'utf8').split('\n').filter(Boolean).map((l) => Number(l.split('\t')[1]));
    expect(offsets.map((o) => [bytes[o], bytes[o + 1]])).toEqual([[0x1f, 0x8b], [0x1f, 0x8b]]);
    const c = await ResultCache.open(dir, FP);
    for (const id of ['a', 'b']) expect(await c.get(c.key('file', `${id}.txt`, id))).toEqual(big(id));
    await c.close();
  });

  it('finds every one of thousands of entries (a key stored twice: one of its results), and no other', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    const ids = Array.from({ length: 3000 }, (_, i) => `doc-${i}`);
    await store(c0.root, ids.slice(0, 2000), c0);
    await new Promise((ok) => setTimeout(ok, 5));
    // a second writer (a later run) stores the last 1,000 and one of the first again, with another result
    const w = new CacheWriter(c0.root);
    for (const id of ids.slice(2000)) await w.put(c0.key('file', `${id}.txt`, id), result(id));
    await w.put(c0.key('file', 'doc-7.txt', 'doc-7'), result('doc-7-again'));
    await w.close();
    const c = await ResultCache.open(dir, FP);
    expect(c.size).toBe(3000);
    const got = await Promise.all(ids.map((id) => c.get(c.key('file', `${id}.txt`, id))));
    expect(got.map((r) => r?.id)).toEqual(ids.map((id) => (id === 'doc-7' ? expect.stringMatching(/^doc-7(-again)?$/) : id)));
    for (let i = 0; i < 200; i++) expect(await c.get(c.key('file', `other-${i}.txt`, String(i)))).toBeUndefined();
    await c.close();
  });

  it('a run cut short: a cut index line is skipped, an entry cut short is not trusted', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    await store(c0.root, ['a', 'b', 'c'], c0);
    const [idx] = readdirSync(c0.root).filter((f) => f.endsWith('.idx'));
    const [pack] = readdirSync(c0.root).filter((f) => f.endsWith('.pack'));
    const lines = readFileSync(join(c0.root, idx), 'utf8').split('\n');
    // the last line loses its end; the pack loses its last byte (so the second-to-last entry, if it is last, no longer fits)
    writeFileSync(join(c0.root, idx), lines.slice(0, 2).join('\n') + '\n' + lines[2].slice(0, 70));
    const bytes = readFileSync(join(c0.root, pack));
    const [, offset, length] = lines[1].split('\t').map(Number);
    writeFileSync(join(c0.root, pack), bytes.subarray(0, offset + length - 1));
    const c = await ResultCache.open(dir, FP);
    expect(c.size).toBe(2);
    const got = await Promise.all(['a', 'b', 'c'].map((id) => c.get(c.key('file', `${id}.txt`, id))));
    expect(got.filter(Boolean)).toHaveLength(1);
    await c.close();
  });

  it('skips index lines that are not key TAB offset TAB length', async () => {
    const dir = tempDir('packs');
    const c0 = await ResultCache.open(dir, FP);
    const json = encodeEntry(result('a'));
    writeFileSync(join(c0.root, '1-0-00000000.pack'), json);
    const key = c0.key('file', 'a.txt', 'a');
    const bad = [`${key.slice(1)}\t0\t${json.length}`, `${key.toUpperCase()}\t0\t${json.length}`, `${key}\t0`, `${key}\t\t${json.length}`, `${key}\t0\t12x`, 'short\t0\t1', `${key} 0 ${json.length}`];
    // the good line first: a bad line taken for the same key would replace it
    writeFileSync(join(c0.root, '1-0-00000000.idx'), [`${key}\t0\t${json.length}`, ...bad, ''].join('\n'));
    const c = await ResultCache.open(dir, FP);
    expect(c.size).toBe(1);
    expect(await c.get(key)).toEqual(result('a'));
    await c.close();
  });

  it('a folder that cannot be written to only loses the entries', async () => {
    const w = new CacheWriter(join(tempDir('packs'), 'missing', 'folder'));
    await w.put('0'.repeat(64), result('a'));
    await w.put('1'.repeat(64), result('b'));
    await expect(w.close()).resolves.toBeUndefined();
  });
});

describe('dependencyVersions: what the run fingerprint knows of the installed libraries', () => {
  const pkg = (dir: string, json: object) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify(json));
  };

  it('reads each dependency as installed, here or in a node_modules above, and changes when one is upgraded', () => {
    const top = tempDir('deps');
    const root = join(top, 'app');
    pkg(root, { dependencies: { 'wink-nlp': '^2.4.0', compromise: '^14.0.0', missing: '1' } });
    pkg(join(root, 'node_modules', 'wink-nlp'), { version: '2.4.0' });
    pkg(join(top, 'node_modules', 'compromise'), { version: '14.17.0' });
    expect(dependencyVersions(root)).toEqual(['compromise@14.17.0', 'missing@', 'wink-nlp@2.4.0']);
    pkg(join(root, 'node_modules', 'wink-nlp'), { version: '2.5.0' });
    expect(dependencyVersions(root)).toContain('wink-nlp@2.5.0');
  });

  it('this package: every dependency of package.json is found installed', () => {
    const versions = dependencyVersions(join(import.meta.dirname, '..', '..'));
    expect(versions.length).toBeGreaterThan(5);
    for (const v of versions) expect(v).toMatch(/^[@\w./-]+@\d+\.\d+/);
  });
});
