import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseJsonlLine } from '../src/input/jsonl.js';
import { articleTotals, countArticles, countJsonlLines, listInputFiles, parseShard, shardOf } from '../src/input/sources.js';
import { stringify } from 'csv-stringify/sync';
import { MINI_GAZETTEERS, OUTPUT_FILES, jsonlOf, makeCorpus, run, tempDir } from './pipeline-helpers.js';
import { ROOT } from './helpers.js';
import { normalizeConfig } from '../src/config.js';
import { givenDate, runBatch, runStdinJsonl } from '../src/pipeline.js';
import { Readable, Writable } from 'node:stream';

describe('givenDate', () => {
  it.each([
    ['2020-12-28 10:15:00', '2020-12-28T10:15:00'],
    ['2020-12-28T10:15:00+04:00', '2020-12-28T10:15:00+04:00'],
    ['2020-12-28', '2020-12-28'],
    ['Dec 28, 2020', 'Dec 28, 2020'],
    [null, null],
  ])('%s -> %s', (given, expected) => expect(givenDate(given)).toBe(expected));
});

describe('parseJsonlLine', () => {
  const ok: [string, object][] = [
    ['{"id":"a1","text":"Baku."}', { id: 'a1', text: 'Baku.', title: null, date: null, url: null, source: null }],
    ['{"id":17,"text":"","title":"T","date":"2020-12-28","url":"https://x.org/a","source":"Trend","extra":[1]}', { id: '17', text: '', title: 'T', date: '2020-12-28', url: 'https://x.org/a', source: 'Trend' }],
    ['{"id":"a","text":"x","title":null}', { id: 'a', text: 'x', title: null, date: null, url: null, source: null }],
    ['{"id":"p","html":"<p>x</p>"}', { id: 'p', text: '<p>x</p>', html: true, title: null, date: null, url: null, source: null }],
    ['{"id":"p","text":"x","html":"<p>y</p>"}', { id: 'p', text: 'x', title: null, date: null, url: null, source: null }],
  ];
  it.each(ok)('%s', (line, expected) => expect(parseJsonlLine(line)).toEqual({ ok: true, record: expected }));

  const bad: [string, RegExp][] = [
    ['{broken', /not valid JSON/],
    ['[1,2]', /expected a JSON object.*an array/],
    ['null', /expected a JSON object.*null/],
    ['"text"', /expected a JSON object.*string/],
    ['{"text":"no id"}', /"id" must be/],
    ['{"id":"","text":"x"}', /"id" must be/],
    ['{"id":"a","text":5}', /"text" \(or "html"\) must be a string, got 5/],
    ['{"id":"a"}', /"text" \(or "html"\) must be a string/],
    ['{"id":"a","html":7}', /"text" \(or "html"\) must be a string, got 7/],
    ['{"id":"a","text":"x","date":20201228}', /"date" must be a string/],
  ];
  it.each(bad)('%s is a bad line', (line, error) => {
    const r = parseJsonlLine(line);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(error);
  });
});

describe('JSON Lines input', () => {
  it('reads one article per line beside .txt files; a bad line is a failed document naming file:line, the rest go on', async () => {
    const input = tempDir('jsonl-in');
    writeFileSync(join(input, 'feed.jsonl'), '\uFEFF' + jsonlOf({ bad: true }));
    const { summary, read } = await run(input);
    // 5 articles, 2 bad lines (the blank line is skipped)
    expect([summary.documents, summary.failed]).toEqual([7, 2]);
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string; status: string; metadata: Record<string, unknown> | null }[];
    expect(docs.map((d) => [d.id, d.status])).toEqual([
      ['art-0', 'ok'],
      ['art-1', 'ok'],
      ['feed.jsonl:3', 'failed'],
      ['feed.jsonl:5', 'failed'],
      ['art-2', 'ok'],
      ['art-3', 'ok'],
      ['art-4', 'ok'],
    ]);
    expect(docs[0].path).toBe('feed.jsonl');
    expect(docs[0].metadata).toMatchObject({ title: 'Title 0', url: 'https://example.org/0' });
    const diags = JSON.parse(read('diagnostics.json')) as { document: string; code: string; line: number; message: string }[];
    const badLines = diags.filter((d) => d.code === 'read/bad-jsonl');
    expect(badLines.map((d) => [d.document, d.line])).toEqual([
      ['feed.jsonl:3', 3],
      ['feed.jsonl:5', 5],
    ]);
    expect(badLines[0].message).toBe('feed.jsonl:3: "text" (or "html") must be a string, got 17');
    // mention offsets index the article's `text`
    const texts = jsonlOf().trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string }[];
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(texts.find((t) => t.id === m.document)!.text.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);

  it('reads .jsonl.gz as the same .jsonl: the same tables, bar the file name', async () => {
    const plain = tempDir('jsonl-plain');
    const packed = tempDir('jsonl-gz');
    const text = jsonlOf({ bad: true });
    writeFileSync(join(plain, 'feed.jsonl'), text);
    writeFileSync(join(packed, 'feed.jsonl.gz'), gzipSync(text));
    const a = await run(plain);
    const b = await run(packed);
    expect(b.summary.documents).toBe(7);
    for (const f of OUTPUT_FILES) expect(b.read(f).replaceAll('feed.jsonl.gz', 'feed.jsonl'), f).toBe(a.read(f));
    // the listing gives the text's size (from the gzip trailer), so progress and the worker count see the text
    const [listed] = await listInputFiles(packed);
    expect([listed.kind, listed.size]).toEqual(['jsonl', Buffer.byteLength(text)]);
    expect(await countJsonlLines(join(packed, 'feed.jsonl.gz'))).toBe(await countJsonlLines(join(plain, 'feed.jsonl')));
  }, 60_000);

  it('a line without an id is named by its place (file.jsonl:LINE), in the tables and from the cache; news-please\'s names are read', async () => {
    const input = tempDir('jsonl-noid');
    const lines = [JSON.stringify({ text: 'Ilham Aliyev visited Baku.' }), JSON.stringify({ maintext: 'Nikol Pashinyan spoke in Yerevan.', date_publish: '2020-11-10 09:00:00', source_domain: 'news.example' })];
    writeFileSync(join(input, 'feed.jsonl'), lines.join('\n') + '\n');
    const output = tempDir('jsonl-noid-out');
    const first = await run(input, { output });
    type D = { id: string; metadata: Record<string, unknown> };
    const docs = (r: typeof first) => (JSON.parse(r.read('documents.json')) as D[]).map((d) => [d.id, d.metadata.date ?? null, d.metadata.outlet ?? null]);
    expect(docs(first)).toEqual([
      ['feed.jsonl:1', null, null],
      ['feed.jsonl:2', '2020-11-10T09:00:00', 'news.example'],
    ]);
    // the same lines one place down: their ids follow their places, though the cache holds their results
    writeFileSync(join(input, 'feed.jsonl'), '\n' + lines.join('\n') + '\n');
    const again = await run(input, { output });
    expect(docs(again).map((d) => d[0])).toEqual(['feed.jsonl:2', 'feed.jsonl:3']);
    expect(again.summary.cached).toBe(0);
  });

  it('.ndjson is JSON Lines by its other name, gzipped or not', async () => {
    const plain = tempDir('ndjson-ref');
    const other = tempDir('ndjson');
    const text = jsonlOf();
    writeFileSync(join(plain, 'feed.jsonl'), text);
    writeFileSync(join(other, 'feed.ndjson'), text);
    writeFileSync(join(other, 'more.NDJSON.gz'), gzipSync(text));
    const a = await run(plain);
    const b = await run(other);
    expect([b.summary.documents, b.summary.skipped.count]).toEqual([10, 0]);
    const rows = (s: string) => s.trim().split(/\r?\n/).slice(1);
    // the ids repeat across the two files: each file gives the rows of the plain one
    expect(rows(b.read('mentions.csv'))).toEqual([...rows(a.read('mentions.csv')), ...rows(a.read('mentions.csv'))]);
  }, 60_000);

  it('the progress totals: files of one article each at once, the articles of JSONL files counted beside the run', async () => {
    const input = makeCorpus(3);
    writeFileSync(join(input, 'feed.jsonl'), jsonlOf());
    const calls: { hook: string; documents: number; bytes: number; counting?: boolean }[] = [];
    const config = normalizeConfig({ input, output: tempDir('out'), gazetteers: MINI_GAZETTEERS, workers: 0, quiet: true, cache: false });
    const summary = await runBatch(config, {
      onStart: (t) => void calls.push({ hook: 'start', documents: t.documents, bytes: t.bytes, counting: t.counting }),
      onTotals: (t) => void calls.push({ hook: 'totals', ...t }),
      onFinishing: () => void calls.push({ hook: 'finishing', documents: 0, bytes: 0 }),
    });
    const files = await listInputFiles(input);
    const txtBytes = files.filter((f) => f.kind === 'document').reduce((n, f) => n + f.size, 0);
    expect(calls[0]).toEqual({ hook: 'start', documents: 3, bytes: txtBytes, counting: true });
    // the count of five lines ends long before the eight documents are processed
    expect(calls[1]).toEqual({ hook: 'totals', documents: 8, bytes: txtBytes + Buffer.byteLength(jsonlOf()) });
    expect(calls.at(-1)?.hook).toBe('finishing');
    expect(summary.documents).toBe(8);
  }, 60_000);

  it('reads an article gzipped on its own (.txt.gz, .html.gz) as the same file unpacked: the same tables, bar the file names', async () => {
    const seeds = readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort();
    const story = readFileSync(join(ROOT, 'input', seeds[0]), 'utf8');
    const page = `<html><head><title>Page</title></head><body>${story.split('\n\n').map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`).join('')}</body></html>`;
    const plain = tempDir('doc-plain');
    const packed = tempDir('doc-gz');
    writeFileSync(join(plain, 'story.txt'), story);
    writeFileSync(join(plain, 'page.html'), page);
    writeFileSync(join(packed, 'story.txt.gz'), gzipSync(story));
    writeFileSync(join(packed, 'page.HTML.gz'), gzipSync(page));
    const a = await run(plain);
    const b = await run(packed);
    expect([b.summary.documents, b.summary.failed]).toEqual([2, 0]);
    for (const f of OUTPUT_FILES) expect(b.read(f).replaceAll('story.txt.gz', 'story.txt').replaceAll('page.HTML.gz', 'page.html'), f).toBe(a.read(f));
    // offsets index the unpacked text; the ids are the names less both extensions
    const mentions = JSON.parse(b.read('mentions.json')) as { document: string; start: number; end: number; text: string }[];
    expect(new Set(mentions.map((m) => m.document))).toEqual(new Set(['story', 'page']));
    for (const m of mentions.filter((x) => x.document === 'story')) expect(story.slice(m.start, m.end)).toBe(m.text);
    const [listed] = (await listInputFiles(packed)).filter((f) => f.path === 'story.txt.gz');
    expect([listed.kind, listed.size]).toEqual(['document', Buffer.byteLength(story)]);
  }, 60_000);

  it('a gzipped article that is damaged, or unpacks past --max-bytes (whatever its trailer says), fails alone', async () => {
    const input = tempDir('doc-gz-bad');
    const story = 'Ilham Aliyev spoke in Baku on Monday about the talks with Armenia and the work of the mission.\n'.repeat(40);
    const gz = gzipSync(story);
    writeFileSync(join(input, 'good.txt.gz'), gz);
    writeFileSync(join(input, 'cut.txt.gz'), gz.subarray(0, gz.length >> 1));
    // a bomb whose trailer lies: a large first member, then a small one whose trailer the listing reads
    writeFileSync(join(input, 'bomb.txt.gz'), Buffer.concat([gzipSync(Buffer.alloc(200_000, 'a')), gzipSync('ok')]));
    const r = await run(input, { maxBytes: 100_000 });
    const docs = JSON.parse(r.read('documents.json')) as { id: string; status: string; diagnostics: { code: string; message: string }[] }[];
    const byId = Object.fromEntries(docs.map((d) => [d.id, d]));
    expect(byId.good.status).toBe('ok');
    expect(byId.cut.diagnostics.map((d) => [d.code, d.message])).toEqual([['read/unreadable', 'not a complete gzip file (unexpected end of file); skipped']]);
    expect(byId.bomb.diagnostics.map((d) => d.code)).toEqual(['read/too-large']);
    expect(byId.bomb.diagnostics[0].message).toBe('the file unpacks to more than 100000 bytes, the limit (--max-bytes); skipped');
    expect(JSON.parse(r.read('mentions.json')).length).toBeGreaterThan(0);
  }, 60_000);

  it('a .jsonl.gz cut short: its lines up to the cut are processed, then one failed document says where; the other inputs go on', async () => {
    const input = tempDir('jsonl-cut');
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `n-${i}`, text: `Ilham Aliyev spoke in Baku on day ${i}. ${'Filler words for the story. '.repeat(20)}` }));
    const gz = gzipSync(lines.join('\n') + '\n');
    writeFileSync(join(input, 'cut.jsonl.gz'), gz.subarray(0, gz.length >> 1));
    const seed = readdirSync(join(ROOT, 'input')).find((f) => f.endsWith('.txt'))!;
    copyFileSync(join(ROOT, 'input', seed), join(input, 'z-story.txt'));
    const { summary, read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; status: string }[];
    const kept = docs.filter((d) => d.id.startsWith('n-'));
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(300);
    expect(kept.map((d) => d.id)).toEqual(lines.slice(0, kept.length).map((l) => (JSON.parse(l) as { id: string }).id));
    expect(kept.every((d) => d.status === 'ok')).toBe(true);
    const failed = docs.filter((d) => d.status === 'failed');
    expect(failed.map((d) => d.id)).toEqual([`cut.jsonl.gz:${kept.length + 1}`]);
    expect(docs.at(-1)).toMatchObject({ id: 'z-story', status: 'ok' });
    expect(summary.failed).toBe(1);
    const diag = (JSON.parse(read('diagnostics.json')) as { document: string; code: string; message: string }[]).find((d) => d.document === failed[0].id)!;
    expect(diag.code).toBe('read/unreadable');
    expect(diag.message).toBe(`cut.jsonl.gz: not a complete gzip file (unexpected end of file) after line ${kept.length}; the lines before were read`);
    // the progress total counts the lines up to the cut rather than failing the run
    expect(await countJsonlLines(join(input, 'cut.jsonl.gz'))).toBe(kept.length);
  }, 60_000);
});

describe('--shard K/N', () => {
  const shards: [string, object | undefined][] = [
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    ['8/8', { index: 8, count: 8 }],
    ['0/8', undefined],
    ['9/8', undefined],
    ['1/0', undefined],
    ['a/b', undefined],
    ['1-2', undefined],
  ];
  it.each(shards)('parseShard(%s)', (s, expected) => expect(parseShard(s)).toEqual(expected));

  it('assigns keys the same way every time, spread over the shards', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOf(`doc-${i}.txt`, 4) - 1]++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
    expect(shardOf('a/b.txt', 7)).toBe(shardOf('a/b.txt', 7));
  });

  it('the shards of a run partition its documents: disjoint, and together all of them', async () => {
    const input = makeCorpus(60);
    writeFileSync(join(input, 'feed.jsonl'), jsonlOf({ bad: true }));
    const ids = async (opts: object) => (JSON.parse((await run(input, { cache: false, ...opts })).read('documents.json')) as { id: string }[]).map((d) => d.id);
    const all = await ids({});
    const parts = [await ids({ shard: '1/3' }), await ids({ shard: '2/3' }), await ids({ shard: '3/3' })];
    for (const p of parts) expect(p.length).toBeGreaterThan(5);
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
  }, 60_000);
});

describe('a plain-text file longer than an article, in parts', () => {
  // the sample articles one after another: one file of five articles, cut into parts of at most 3,000 characters
  const seeds = readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'input', f), 'utf8'));
  const long = seeds.join('\n\n');
  const corpus = () => {
    const input = tempDir('parts-in');
    writeFileSync(join(input, 'long.txt'), long);
    writeFileSync(join(input, 'short.txt'), seeds[1]);
    return input;
  };
  type Doc = { id: string; path: string; part?: { index: number; count: number; start: number; line: number }; counts: { characters: number; mentions: number }; metadata: Record<string, string | null>; blocks: { start: number; end: number }[] };
  type Row = { document: string; start: number; end: number; line: number; text: string };

  it("processes each part as a document whose offsets and lines are the file's; the same tables with 2 workers, from the cache, and over shards", async () => {
    const input = corpus();
    const config = normalizeConfig({ input, output: tempDir('parts-out'), gazetteers: MINI_GAZETTEERS, workers: 0, quiet: true, longChars: 3000, partChars: 3000, cache: false });
    const summary = await runBatch(config);
    const read = (f: string) => readFileSync(join(config.output, f), 'utf8');
    const docs = JSON.parse(read('documents.json')) as Doc[];
    const n = Math.ceil(long.length / 3000);
    const parts = docs.filter((d) => d.path === 'long.txt');
    expect(parts.length).toBeGreaterThanOrEqual(n);
    expect(docs.map((d) => d.id)).toEqual([...parts.map((_, i) => `long#part-${i + 1}`), 'short']);
    expect(summary.documents).toBe(parts.length + 1);
    // the progress total counts the parts (the count beside the run reads the file as the run cuts it)
    const listed = await listInputFiles(input);
    expect(await Promise.all(listed.map(async (f) => [f.path, (await articleTotals(f, undefined, { longChars: 3000, partChars: 3000 })).articles]))).toEqual([
      ['long.txt', parts.length],
      ['short.txt', 1],
    ]);
    expect(docs.at(-1)!.part).toBeUndefined();
    // the parts tile the file: each starts where the last ended, on the line it says
    let at = 0;
    for (const [i, d] of parts.entries()) {
      expect(d.part).toEqual({ index: i + 1, count: parts.length, start: at, line: long.slice(0, at).split('\n').length });
      expect(d.counts.characters).toBeLessThanOrEqual(3000);
      for (const b of d.blocks) expect(b.start >= at && b.end <= at + d.counts.characters).toBe(true);
      at += d.counts.characters;
    }
    expect(at).toBe(long.length);
    // the first part has what the file's head says (the first article's 'date 2020-12-28 BAKU, ...' line); a later
    // part opens mid-file, and has no title, date, outlet or dateline
    expect(long.startsWith(' date 2020-12-28 ')).toBe(true);
    expect(parts[0].metadata).toMatchObject({ date: '2020-12-28' });
    // (a part is an article record, as a JSON Lines line is: its metadata has a url, null here)
    for (const d of parts.slice(1)) expect(d.metadata).toEqual({ title: null, date: null, outlet: null, dateline: null, url: null });
    // every mention row indexes the file's text, and its line is the file's
    const rows = JSON.parse(read('mentions.json')) as Row[];
    const inLong = rows.filter((r) => r.document.startsWith('long#'));
    expect(new Set(inLong.map((r) => r.document)).size).toBeGreaterThan(2);
    for (const r of inLong) {
      expect(long.slice(r.start, r.end)).toBe(r.text);
      expect(r.line).toBe(long.slice(0, r.start).split('\n').length);
    }
    // the report shows a part's own text, its mentions marked where the part has them
    const html = read('report.html');
    for (const d of parts) {
      const anchor = d.id.replace('#', '-');
      const marked = [...html.matchAll(new RegExp(`<mark class="m [a-z]+" id="d-${anchor}-[0-9a-f]+-m\\d+"[^>]*>([^<]*)<span`, 'g'))].map((m) => m[1]);
      expect(marked).toEqual(inLong.filter((r) => r.document === d.id).map((r) => r.text.replace(/&/g, '&amp;')));
    }
    // one warning, on the first part, says why
    const diags = JSON.parse(read('diagnostics.json')) as { document: string; code: string; message: string }[];
    expect(diags.filter((d) => d.code === 'read/in-parts').map((d) => d.document)).toEqual(['long#part-1']);

    const tables = OUTPUT_FILES.map((f) => read(f));
    const same = async (opts: object, what: string) => {
      const other = await run(input, { longChars: 3000, partChars: 3000, cache: false, ...opts });
      OUTPUT_FILES.forEach((f, i) => expect(other.read(f), `${what}: ${f}`).toBe(tables[i]));
      return other;
    };
    await same({ workers: 2 }, '2 workers');
    const cache = tempDir('parts-cache');
    await same({ cache }, 'first run with a cache');
    const rerun = await same({ cache, workers: 2 }, 'rerun from the cache');
    expect(rerun.summary.cached).toBe(parts.length + 1);
    // the parts are sharded by their ids: the shards' documents are the whole run's
    const shardIds = [];
    for (const shard of ['1/2', '2/2']) shardIds.push(...(JSON.parse((await run(input, { longChars: 3000, partChars: 3000, cache: false, shard })).read('documents.json')) as Doc[]).map((d) => d.id));
    expect(shardIds.sort()).toEqual(docs.map((d) => d.id).sort());
  }, 120_000);

  it("cuts a JSON Lines article longer than partChars the same way, its title and URL on every part, offsets into its text; --stdin-jsonl too", async () => {
    const input = tempDir('parts-jsonl');
    const lines = [JSON.stringify({ id: 'a', text: seeds[1] }), JSON.stringify({ id: 'b', text: long, title: 'Five stories', url: 'https://example.org/b' }), JSON.stringify({ id: 'c', html: `<html><body>${seeds.map((t) => `<p>${t}</p>`).join('')}</body></html>` })];
    writeFileSync(join(input, 'feed.jsonl'), lines.join('\n') + '\n');
    const { read } = await run(input, { longChars: 3000, partChars: 3000, cache: false });
    const docs = JSON.parse(read('documents.json')) as Doc[];
    const parts = docs.filter((d) => d.id.startsWith('b#'));
    expect(docs.map((d) => d.id)).toEqual(['a', ...parts.map((_, i) => `b#part-${i + 1}`), 'c']);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(long.length / 3000));
    for (const d of parts) expect(d.metadata).toMatchObject({ title: 'Five stories', url: 'https://example.org/b' });
    const rows = JSON.parse(read('mentions.json')) as Row[];
    const inB = rows.filter((r) => r.document.startsWith('b#'));
    expect(new Set(inB.map((r) => r.document)).size).toBeGreaterThan(2);
    for (const r of inB) expect(long.slice(r.start, r.end)).toBe(r.text);
    // the page (html) is never cut
    expect(rows.some((r) => r.document === 'c')).toBe(true);

    // as the per-partition step of a distributed engine: the same mentions, in the same order
    const chunks: string[] = [];
    const out = new Writable({ write: (c, _e, done) => (chunks.push(String(c)), done()) });
    const err = new Writable({ write: (_c, _e, done) => done() });
    const config = normalizeConfig({ gazetteers: MINI_GAZETTEERS, workers: 0, quiet: true, longChars: 3000, partChars: 3000 });
    await runStdinJsonl(config, Readable.from([lines.join('\n') + '\n']), out, err);
    const streamed = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Row);
    const pick = (r: Row) => [r.document, r.start, r.end, r.text];
    expect(streamed.map(pick)).toEqual(rows.map(pick));
  }, 60_000);

  it("counts a part's pairs of entities where they share a sentence only: a part is no article", async () => {
    const input = tempDir('parts-pairs');
    writeFileSync(join(input, 'long.txt'), long);
    const { read } = await run(input, { longChars: 3000, partChars: 3000, cache: false, report: false });
    const pairs = JSON.parse(read('cooccurrences.json')) as { sentences: number; documents: number; sentence_documents: number }[];
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) expect([p.sentences > 0, p.documents]).toEqual([true, p.sentence_documents]);
    // the same text as one document (partChars over its length) pairs its entities across sentences too
    const whole = JSON.parse((await run(input, { longChars: long.length, partChars: long.length, cache: false, report: false })).read('cooccurrences.json')) as { sentences: number }[];
    expect(whole.some((p) => p.sentences === 0)).toBe(true);
  }, 60_000);

  it('gives a part naming more than 500 entities no export/many-entities warning (its pairs count within sentences anyway); the whole text as one document gets it', async () => {
    // 1,200 made-up people, one a paragraph: 'Foreign Minister Ilham Kakakaov met ...'
    const syllables = ['ka', 'ro', 'mi', 'te', 'su', 'lo', 'na', 'vi', 'de', 'pa'];
    const name = (i: number) => [0, 1, 2].map((k) => syllables[Math.floor(i / 10 ** k) % 10]).join('').replace(/^./, (c) => c.toUpperCase()) + 'ov';
    const text = Array.from({ length: 1200 }, (_, i) => `Foreign Minister Ilham ${name(i)} met the delegation in the capital on Monday.`).join('\n\n') + '\n';
    const input = tempDir('parts-many');
    writeFileSync(join(input, 'a.txt'), text);
    const warned = async (chars: number) => {
      const docs = JSON.parse((await run(input, { longChars: chars, partChars: chars, cache: false, report: false })).read('documents.json')) as (Doc & { counts: { entities: number }; diagnostics: { code: string }[] })[];
      return docs.map((d) => [d.counts.entities > 500, d.diagnostics.some((x) => x.code === 'export/many-entities')]);
    };
    expect(await warned(text.length)).toEqual([[true, true]]);
    expect(await warned(Math.ceil(text.length / 2) + 100)).toEqual([
      [true, false],
      [true, false],
    ]);
  }, 60_000);

  it('with --english-only, every part of a long article that declares another language is left unprocessed', async () => {
    const input = tempDir('parts-lang');
    writeFileSync(join(input, 'feed.jsonl'), JSON.stringify({ id: 'fr', text: long, language: 'fr' }) + '\n');
    const docs = JSON.parse((await run(input, { longChars: 3000, partChars: 3000, cache: false, englishOnly: true, report: false })).read('documents.json')) as (Doc & { status: string })[];
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.map((d) => d.status)).toEqual(docs.map(() => 'skipped'));
  }, 60_000);

  it('cuts a text longer than longChars into parts of at most partChars; one of at most longChars stays whole', async () => {
    const input = tempDir('parts-sizes');
    writeFileSync(join(input, 'long.txt'), long);
    writeFileSync(join(input, 'mid.txt'), long.slice(0, 5000));
    // more bytes than longChars, fewer characters: read, and left whole
    const wide = `${long.slice(0, 4000)}\n\n${'Ça été élevé. '.repeat(110)}`;
    expect([wide.length < 6000, Buffer.byteLength(wide) > 6000]).toEqual([true, true]);
    writeFileSync(join(input, 'wide.txt'), wide);
    const docs = JSON.parse((await run(input, { longChars: 6000, partChars: 3000, cache: false, report: false })).read('documents.json')) as Doc[];
    const parts = docs.filter((d) => d.path === 'long.txt');
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(long.length / 3000));
    for (const d of parts) expect(d.counts.characters).toBeLessThanOrEqual(3000);
    expect(docs.filter((d) => d.path !== 'long.txt').map((d) => [d.id, d.part])).toEqual([
      ['mid', undefined],
      ['wide', undefined],
    ]);
  }, 60_000);

  it('leaves a text of at most longChars characters whole, and a web page whatever its length', async () => {
    const input = tempDir('parts-whole');
    writeFileSync(join(input, 'a.txt'), long);
    writeFileSync(join(input, 'b.html'), `<html><body>${seeds.map((t) => `<p>${t}</p>`).join('')}</body></html>`);
    const docs = JSON.parse((await run(input, { longChars: long.length, partChars: long.length, cache: false })).read('documents.json')) as Doc[];
    expect(docs.map((d) => [d.id, d.part])).toEqual([
      ['a', undefined],
      ['b', undefined],
    ]);
    // one character over: two parts; the page, over that, still whole
    const cut = await run(input, { longChars: long.length - 1, partChars: long.length - 1, cache: false });
    expect((JSON.parse(cut.read('documents.json')) as Doc[]).map((d) => d.id)).toEqual(['a#part-1', 'a#part-2', 'b']);
    // a gzipped text file is cut as the text it unpacks to
    const gz = tempDir('parts-gz');
    writeFileSync(join(gz, 'a.txt.gz'), gzipSync(long));
    const fromGz = await run(gz, { longChars: long.length - 1, partChars: long.length - 1, cache: false });
    const rowsOf = (r: typeof cut) => (JSON.parse(r.read('mentions.json')) as Row[]).filter((m) => m.document.startsWith('a#'));
    expect(rowsOf(fromGz).length).toBeGreaterThan(0);
    expect(rowsOf(fromGz)).toEqual(rowsOf(cut));
  }, 60_000);
});

describe('CSV input', () => {
  /** RFC 4180 cells (csv-stringify is what the project writes CSV with) */
  const csvOf = (rows: string[][]) => stringify(rows);

  it('reads one article per row under a header row: the same mentions as the same articles in JSON Lines', async () => {
    const articles = jsonlOf().trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; title: string; url: string });
    const csvDir = tempDir('csv-in');
    writeFileSync(join(csvDir, 'feed.csv'), '\uFEFF' + csvOf([['URL', 'id', 'title', 'text', 'other'], ...articles.map((a) => [a.url, a.id, a.title, a.text, 'x'])]));
    const jsonlDir = tempDir('csv-jsonl');
    writeFileSync(join(jsonlDir, 'feed.jsonl'), jsonlOf());
    const fromCsv = await run(csvDir);
    const fromJsonl = await run(jsonlDir);
    expect([fromCsv.summary.documents, fromCsv.summary.failed]).toEqual([5, 0]);
    expect(fromCsv.read('mentions.json')).toBe(fromJsonl.read('mentions.json'));
    const docs = JSON.parse(fromCsv.read('documents.json')) as { id: string; path: string; metadata: { title: string; url: string } }[];
    expect(docs.map((d) => [d.id, d.path, d.metadata.title, d.metadata.url])).toEqual(articles.map((a) => [a.id, 'feed.csv', a.title, a.url]));
  });

  it('a row without an id is named by the line it starts on; a row csv-parse cannot read is one failed document, the rest go on', async () => {
    const input = tempDir('csv-bad');
    writeFileSync(join(input, 'news.csv'), 'id,text\nx1,Ilham Aliyev visited Baku.\nx2,too,many\n\n,"Ilham Aliyev\nleft Baku."\nx4,Ilham Aliyev returned to Baku.\n');
    writeFileSync(join(input, 'other.csv'), 'title,body\nX,Baku.\n');
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed]).toEqual([5, 2]);
    const docs = JSON.parse(read('documents.json')) as { id: string; status: string; diagnostics: { code: string; message: string }[] }[];
    expect(docs.map((d) => [d.id, d.status])).toEqual([
      ['x1', 'ok'],
      ['news.csv:3', 'failed'],
      ['news.csv:5', 'ok'],
      ['x4', 'ok'],
      ['other.csv', 'failed'],
    ]);
    expect(docs[1].diagnostics[0]).toMatchObject({ code: 'read/bad-csv', message: expect.stringMatching(/^news\.csv:3: not a CSV row .*Invalid Record Length/) });
    expect(docs[4].diagnostics[0].message).toMatch(/^other\.csv: the header row \(line 1\) has no "text" or "html" column \(its columns: "title", "body"\)/);
    // offsets index the row's text cell
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string }[];
    expect(mentions.filter((x) => x.document === 'x4').map((x) => [x.text, x.start, x.end])).toEqual([['Ilham Aliyev', 0, 12], ['Baku', 25, 29]]);
  });

  it('a quote left open stops at the row size limit (--max-bytes): one failed document, the rows before it kept', async () => {
    const input = tempDir('csv-open-quote');
    writeFileSync(join(input, 'q.csv'), 'id,text\na1,Ilham Aliyev visited Baku.\na2,"never closed ' + 'Baku and Moscow. '.repeat(5000) + '\nb1,Ilham Aliyev left.\n');
    const { summary, read } = await run(input, { maxBytes: 10_000 });
    expect([summary.documents, summary.failed]).toEqual([2, 1]);
    const docs = JSON.parse(read('documents.json')) as { id: string; diagnostics: { code: string; message: string }[] }[];
    expect(docs.map((d) => d.id)).toEqual(['a1', 'q.csv:3']);
    expect(docs[1].diagnostics[0]).toMatchObject({ code: 'read/bad-csv', message: expect.stringMatching(/^q\.csv:3: .*Max Record Size/) });
  });

  it('reads .csv.gz as the same .csv; one cut short gives its rows up to the cut, then one failed document', async () => {
    const articles = jsonlOf().trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const csv = csvOf([['id', 'text'], ...articles.map((a) => [a.id, a.text])]);
    const plain = tempDir('csv-plain');
    writeFileSync(join(plain, 'feed.csv'), csv);
    const packed = tempDir('csv-gz');
    writeFileSync(join(packed, 'feed.csv.gz'), gzipSync(csv));
    const gz = gzipSync(csv);
    const cut = tempDir('csv-gz-cut');
    writeFileSync(join(cut, 'cut.csv.gz'), gz.subarray(0, gz.length >> 1));
    const a = await run(plain);
    const b = await run(packed);
    expect(b.summary.documents).toBe(5);
    for (const f of ['mentions.csv', 'entities.csv']) expect(b.read(f), f).toBe(a.read(f));
    const [listed] = await listInputFiles(packed);
    expect([listed.kind, listed.size, await countArticles(listed)]).toEqual(['csv', Buffer.byteLength(csv), 5]);
    const c = await run(cut);
    const docs = JSON.parse(c.read('documents.json')) as { id: string; status: string; diagnostics: { code: string; message: string }[] }[];
    const failed = docs.filter((d) => d.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].diagnostics[0]).toMatchObject({ code: 'read/bad-csv', message: expect.stringMatching(/^cut\.csv\.gz: not a complete gzip file \(unexpected end of file\) after line \d+; the rows before were read$/) });
    expect(docs.length).toBeGreaterThan(1);
  }, 60_000);

  it('counts its rows for the progress total (a quoted line break is no row)', async () => {
    const input = tempDir('csv-count');
    writeFileSync(join(input, 'a.csv'), 'id,text\n1,"a\nb"\n2,c\n');
    const [f] = await listInputFiles(input);
    expect([f.kind, await countArticles(f)]).toEqual(['csv', 2]);
  });
});

describe('web pages (.html, .htm) beside text files', () => {
  const page =
    '<!DOCTYPE html><html><head><title>Aliyev visits Baku port | Example News</title>' +
    '<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2020-12-28T10:00:00+04:00">' +
    '<script>var related = "<p>Ilham Aliyev in Minsk</p>";</script></head><body>' +
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/minsk">Minsk</a></li></ul></nav>' +
    '<article><h1>Aliyev visits Baku port</h1>' +
    '<p>President <b>Ilham Aliyev</b> visited the new port of Baku on Monday, where he met workers and inspected the cranes that arrived from abroad last month.</p>' +
    '<p>The port is expected to handle most of the cargo that crosses the Caspian Sea on its way to Europe, officials told reporters during the visit.</p>' +
    '</article><aside><h2>Read more</h2><ul><li><a>Talks in Minsk end without a deal</a></li></ul></aside>' +
    '<footer>&copy; 2020 Example News</footer></body></html>';

  it('reads a page for its text: spans index the markup, the declared metadata is kept, the menus and sidebars give no mention', async () => {
    const input = tempDir('html-in');
    writeFileSync(join(input, 'port.html'), page);
    writeFileSync(join(input, 'other.HTM'), page.replace('Aliyev visits', 'Aliyev tours'));
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed, summary.skipped.count]).toEqual([2, 0, 0]);
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string; entity_id: string; sentence_text: string }[];
    const port = mentions.filter((m) => m.document === 'port');
    expect(port.length).toBeGreaterThan(0);
    for (const m of port) expect(page.slice(m.start, m.end)).toBe(m.text);
    expect(port.map((m) => m.entity_id)).not.toContain('place:minsk');
    expect(port.find((m) => m.text === 'Ilham Aliyev')?.sentence_text).toMatch(/^President Ilham Aliyev visited the new port of Baku/);
    const docs = JSON.parse(read('documents.json')) as { id: string; metadata: Record<string, unknown>; dropped: { reason: string; start: number; end: number }[] }[];
    const d = docs.find((x) => x.id === 'port')!;
    expect(d.metadata).toMatchObject({ title: 'Aliyev visits Baku port', date: '2020-12-28T10:00:00+04:00', outlet: 'Example News' });
    expect(d.dropped.map((x) => x.reason)).toEqual(expect.arrayContaining(['html <nav>', 'html <aside>', 'html <footer>']));
    expect(page.slice(d.dropped[0].start, d.dropped[0].end)).toMatch(/^<nav>.*<\/nav>$/);
  });

  it('a JSON Lines article may be a page: "html" in place of "text", read the same way, its format in documents.json', async () => {
    const input = tempDir('html-jsonl');
    writeFileSync(join(input, 'pages.jsonl'), JSON.stringify({ id: 'port', html: page, url: 'https://example.org/port' }) + '\n' + JSON.stringify({ id: 'plain', text: 'Ilham Aliyev visited Baku.' }) + '\n');
    writeFileSync(join(input, 'port.html'), page);
    const { read } = await run(input);
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string; entity_id: string }[];
    const of = (doc: string) => mentions.filter((m) => m.document === doc).map((m) => [m.start, m.end, m.text, m.entity_id]);
    expect(of('pages.jsonl'.replace('.jsonl', '')).length).toBe(0);
    expect(of('port').length).toBeGreaterThan(0);
    // the line's page gives the mentions the same page as a file gives (both documents are named 'port')
    const both = of('port');
    expect(both.slice(0, both.length / 2)).toEqual(both.slice(both.length / 2));
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string; format: string }[];
    expect(docs.map((d) => [d.path, d.id, d.format])).toEqual([
      ['pages.jsonl', 'port', 'html'],
      ['pages.jsonl', 'plain', 'text'],
      ['port.html', 'port', 'html'],
    ]);
  });

  it('two articles with one id (a JSONL line twice, a.txt beside a.html) are two documents; the run finishes', async () => {
    const input = tempDir('dup-ids');
    writeFileSync(join(input, 'feed.jsonl'), '{"id":"a","text":"Ilham Aliyev visited Baku."}\n{"id":"a","text":"Ilham Aliyev left Baku."}\n');
    writeFileSync(join(input, 'a.txt'), 'Ilham Aliyev visited Baku.\n');
    writeFileSync(join(input, 'a.html'), '<p>Ilham Aliyev visited Baku.</p>');
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed]).toEqual([4, 0]);
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string }[];
    expect(docs.map((d) => `${d.path}:${d.id}`)).toEqual(['a.html:a', 'a.txt:a', 'feed.jsonl:a', 'feed.jsonl:a']);
    expect(read('report.html')).toContain('4 documents');
  });

  it('a page saved under another name (.txt) or in a JSONL text field is known by its first bytes and read as a page', async () => {
    const input = tempDir('html-sniff');
    writeFileSync(join(input, 'saved.txt'), '\n  <!DOCTYPE html>' + page.replace('<!DOCTYPE html>', ''));
    writeFileSync(join(input, 'feed.jsonl'), JSON.stringify({ id: 'scraped', text: page }) + '\n' + JSON.stringify({ id: 'fragment', text: '<b>Ilham Aliyev</b> visited Baku.' }) + '\n');
    const { read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; format: string; metadata: { outlet: string | null } }[];
    expect(docs.map((d) => [d.id, d.format, d.metadata.outlet])).toEqual([
      ['scraped', 'html', 'Example News'],
      ['fragment', 'text', null],
      ['saved', 'html', 'Example News'],
    ]);
  });

  it('counts the files it does not read, by extension', async () => {
    const input = tempDir('skip-in');
    writeFileSync(join(input, 'a.txt'), 'Ilham Aliyev visited Baku.\n');
    writeFileSync(join(input, 'report.pdf'), '%PDF-1.4');
    writeFileSync(join(input, 'scan.PDF'), '%PDF-1.4');
    writeFileSync(join(input, 'notes.md'), 'Baku');
    writeFileSync(join(input, '.hidden.md'), 'Baku');
    // a link to a folder is not followed, and not a file the run skipped
    mkdirSync(join(input, 'elsewhere'));
    symlinkSync(join(input, 'elsewhere'), join(input, 'folder-link'));
    const { summary } = await run(input);
    expect(summary.documents).toBe(1);
    expect(summary.skipped.count).toBe(3);
    expect(Object.fromEntries(summary.skipped.byExtension)).toEqual({ '.pdf': { count: 2, example: 'report.pdf' }, '.md': { count: 1, example: 'notes.md' } });
    expect(listInputFiles(input).then((f) => f.map((x) => x.path))).resolves.toEqual(['a.txt']);
  });
});
