import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { classifyRecord, WarcTally, warcItems } from '../../src/input/warc.js';
import { articleTotals, countArticles, inputItems, listInputFiles, type InputItem } from '../../src/input/sources.js';
import { run, tempDir } from '../pipeline-helpers.js';
import { warcNote } from '../../src/cli.js';

/** A record as a crawler writes it (warcio's serializer: the WARC headers, the HTTP head, the block). */
type Spec = { type: 'response' | 'request' | 'resource' | 'conversion' | 'warcinfo'; url?: string; status?: string; contentType?: string; body?: string | Uint8Array; http?: Record<string, string> };

async function* once(b: Uint8Array) {
  yield b;
}

async function serialize(spec: Spec, gzip: boolean): Promise<Uint8Array> {
  const body = typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array());
  const warcVersion = 'WARC/1.1';
  if (spec.type === 'warcinfo') return WARCSerializer.serialize(WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion }, { software: 'news-entities tests' }), { gzip });
  const http = spec.type === 'response' || spec.type === 'request';
  const record = WARCRecord.create(
    {
      url: spec.url,
      type: spec.type,
      warcVersion,
      ...(http
        ? { statusline: spec.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${spec.status ?? '200 OK'}`, httpHeaders: { Server: 'test', ...(spec.contentType ? { 'Content-Type': spec.contentType } : {}), ...spec.http } }
        : { warcHeaders: spec.contentType ? { 'Content-Type': spec.contentType } : {} }),
    },
    once(body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** A WARC file's bytes: a gzip member per record (what crawlers write) or plain. */
async function warcOf(specs: Spec[], gzip = true): Promise<Buffer> {
  return Buffer.concat(await Promise.all(specs.map((s) => serialize(s, gzip))));
}

const page = (title: string, paragraph: string) =>
  `<!DOCTYPE html><html><head><title>${title} | Example News</title><meta property="og:site_name" content="Example News"></head><body>` +
  `<nav><a href="/">Home</a> <a href="/minsk">Minsk</a></nav><article><h1>${title}</h1><p>${paragraph}</p>` +
  '<p>The port is expected to handle most of the cargo that crosses the Caspian Sea on its way to Europe, officials told reporters during the visit.</p></article></body></html>';

const PORT = page('Aliyev visits Baku port', 'President Ilham Aliyev visited the new port of Baku on Monday, where he met workers and inspected the cranes that arrived from abroad last month.');
const TALKS = page('Talks in Moscow', 'Ilham Aliyev and Vladimir Putin met in Moscow on Tuesday to discuss the ceasefire, the Kremlin said in a statement after the talks ended late at night.');

const CRAWL: Spec[] = [
  { type: 'warcinfo' },
  { type: 'request', url: 'https://news.example/port' },
  { type: 'response', url: 'https://news.example/port', contentType: 'text/html; charset=UTF-8', body: PORT },
  { type: 'response', url: 'https://news.example/logo.png', contentType: 'image/png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { type: 'response', url: 'https://news.example/old', status: '301 Moved Permanently', http: { Location: '/port' } },
  { type: 'response', url: 'https://news.example/talks', contentType: 'text/html', body: TALKS, http: { 'Transfer-Encoding': 'chunked' } },
  // a WET record: a page's text as Common Crawl extracts it
  { type: 'conversion', url: 'https://news.example/wire', contentType: 'text/plain', body: 'Ilham Aliyev visited Baku on Monday, officials said.\n' },
];

/** chunked transfer encoding of a body, as a server sends it (warcio undoes it) */
const chunked = (s: string) => {
  const b = Buffer.from(s);
  return Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n0\r\n\r\n')]);
};

async function parsed(specs: Spec[]): Promise<WARCRecord[]> {
  const out: WARCRecord[] = [];
  for await (const rec of new WARCParser(once(await warcOf(specs, false)))) {
    await rec.skipFully();
    out.push(rec);
  }
  return out;
}

/** warcItems on a file's bytes (gunzipped first, as the run opens a .warc.gz) */
async function items(bytes: Uint8Array, path = 'a.warc', maxBytes = 1e7) {
  const tally = new WarcTally();
  const out = [];
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  for await (const item of warcItems({ stream: () => Readable.from([plain]) }, path, { maxBytes, tally })) out.push(item);
  return { items: out, tally };
}

/** The items the run reads from a WARC file on disk (gzip found as the run finds it). */
async function itemsOfFile(file: string) {
  const tally = new WarcTally();
  const out: InputItem[] = [];
  const [f] = await listInputFiles(dirname(file));
  for await (const item of inputItems([f], undefined, { maxBytes: 1e7, warc: tally })) out.push(item);
  return { items: out, tally };
}

describe('classifyRecord', () => {
  it('takes HTTP 2xx pages and texts, and resource and conversion records of those types; passes over the rest by kind', async () => {
    const u = 'https://news.example/a';
    const recs = await parsed([
      { type: 'response', url: u, contentType: 'text/html; charset=windows-1251' },
      { type: 'response', url: u, contentType: 'application/xhtml+xml' },
      { type: 'response', url: u, contentType: 'text/plain' },
      { type: 'response', url: u },
      { type: 'response', url: u, status: '404 Not Found', contentType: 'text/html' },
      { type: 'response', url: u, status: '302 Found', contentType: 'text/html' },
      { type: 'response', url: u, contentType: 'image/jpeg' },
      { type: 'conversion', url: u, contentType: 'text/plain' },
      { type: 'resource', url: u, contentType: 'text/html' },
      { type: 'resource', url: u, contentType: 'application/pdf' },
      { type: 'request', url: u },
      { type: 'warcinfo' },
      { type: 'resource', url: 'metadata://gnu.org/software/wget/warc/wget.log', contentType: 'text/plain' },
      { type: 'resource', contentType: 'text/plain' },
    ]);
    expect(recs.map(classifyRecord)).toEqual([
      { format: 'html', charset: 'windows-1251' },
      { format: 'html', charset: undefined },
      { format: 'text', charset: undefined },
      { format: 'sniff', charset: undefined },
      'response 4xx',
      'response 3xx',
      'response image/jpeg',
      { format: 'text', charset: undefined },
      { format: 'html', charset: undefined },
      'resource application/pdf',
      'request',
      'warcinfo',
      'resource metadata:',
      { format: 'text', charset: undefined },
    ]);
  });
});

describe('WARC input', () => {
  it('reads the page and text records of a crawl: ids are their URLs, spans index the payload, mentions as from the same page saved as .html', async () => {
    const input = tempDir('warc-in');
    const specs = CRAWL.map((s) => (s.url === 'https://news.example/talks' ? { ...s, body: chunked(TALKS) } : s));
    writeFileSync(join(input, 'crawl.warc.gz'), await warcOf(specs));
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed, summary.skipped.count]).toEqual([3, 0, 0]);
    expect(summary.warc.articles).toBe(3);
    expect(Object.fromEntries(summary.warc.passedOver)).toEqual({ warcinfo: 1, request: 1, 'response image/png': 1, 'response 3xx': 1 });
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string; format: string; encoding: string; metadata: Record<string, unknown> }[];
    expect(docs.map((d) => [d.id, d.path, d.format, d.metadata.url])).toEqual([
      ['https://news.example/port', 'crawl.warc.gz', 'html', 'https://news.example/port'],
      ['https://news.example/talks', 'crawl.warc.gz', 'html', 'https://news.example/talks'],
      ['https://news.example/wire', 'crawl.warc.gz', 'text', 'https://news.example/wire'],
    ]);
    expect(docs[0].metadata).toMatchObject({ title: 'Aliyev visits Baku port', outlet: 'Example News' });
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string; entity_id: string }[];
    const payloads: Record<string, string> = { 'https://news.example/port': PORT, 'https://news.example/talks': TALKS, 'https://news.example/wire': String(CRAWL[6].body) };
    for (const m of mentions) expect(payloads[m.document].slice(m.start, m.end)).toBe(m.text);
    // the chunked transfer encoding is undone: the talks page gives its people
    expect(mentions.filter((m) => m.document === 'https://news.example/talks').map((m) => m.text)).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Moscow']));

    // the same pages as files: the same mentions
    const files = tempDir('warc-as-files');
    writeFileSync(join(files, 'port.html'), PORT);
    writeFileSync(join(files, 'talks.html'), TALKS);
    const asFiles = JSON.parse((await run(files)).read('mentions.json')) as typeof mentions;
    const strip = (ms: typeof mentions, doc: string) => ms.filter((m) => m.document === doc).map(({ document: _, ...rest }) => rest);
    expect(strip(mentions, 'https://news.example/port')).toEqual(strip(asFiles, 'port'));
    expect(strip(mentions, 'https://news.example/talks')).toEqual(strip(asFiles, 'talks'));
  });

  it('decodes a page in the charset its HTTP Content-Type declares, noted with the byte offset in the payload', async () => {
    const html = '<html><body><p>Ильхам Алиев посетил Баку.</p></body></html>';
    const { items: out } = await items(await warcOf([{ type: 'response', url: 'https://ru.example/a', contentType: 'text/html; charset=windows-1251', body: iconv.encode(html, 'windows-1251') }]));
    expect(out).toHaveLength(1);
    const item = out[0];
    if (item.kind !== 'record') throw new Error(`expected a record, got ${item.kind}`);
    expect(item.record.text).toBe(html);
    expect(item.record.encoding).toBe('windows-1251');
    expect(item.record.notes?.map((n) => [n.code, n.byteOffset])).toEqual([['read/legacy-encoding', 15]]);
    expect(item.record.notes?.[0].message).toMatch(/the HTTP Content-Type's charset.*record's payload/);
  });

  it('undoes the content encodings servers send (gzip, deflate, brotli), and keeps a body a crawler stored decoded under its encoding header', async () => {
    const html = '<html><body><p>Ilham Aliyev visited Baku on Monday.</p></body></html>';
    const encoded: [string, Uint8Array | string][] = [
      ['gzip', gzipSync(html)],
      ['deflate', deflateSync(html)],
      ['br', brotliCompressSync(html)],
      ['gzip', html],
      ['br', html],
    ];
    const { items: out } = await items(await warcOf(encoded.map(([enc, body], k) => ({ type: 'response' as const, url: `https://a.example/${k}`, contentType: 'text/html', body, http: { 'Content-Encoding': enc } }))));
    expect(out.map((i) => (i.kind === 'record' ? i.record.text : i.kind))).toEqual(encoded.map(() => html));
  });

  it('a page that inflates past --max-bytes (gzip or brotli; a decompression bomb) is refused without being held whole, and the records after it go on', async () => {
    const big = '<p>' + 'Baku. '.repeat(20_000) + '</p>';
    const { items: out } = await items(
      await warcOf([
        { type: 'response', url: 'https://a.example/gz', contentType: 'text/html', body: gzipSync(big), http: { 'Content-Encoding': 'gzip' } },
        { type: 'response', url: 'https://a.example/br', contentType: 'text/html', body: brotliCompressSync(big), http: { 'Content-Encoding': 'br' } },
        { type: 'response', url: 'https://a.example/ok', contentType: 'text/plain', body: 'Ilham Aliyev visited Baku.' },
      ]),
      'a.warc.gz',
      50_000,
    );
    expect(out.map((i) => [i.kind, i.kind === 'record' ? i.record.id : i.kind === 'refused' ? `${i.id} ${i.code} ${/decompresses/.test(i.message)}` : ''])).toEqual([
      ['refused', 'https://a.example/gz read/too-large true'],
      ['refused', 'https://a.example/br read/too-large true'],
      ['record', 'https://a.example/ok'],
    ]);
  });

  it('a page the crawler cut short (WARC-Truncated) is read, with a warning that it may end mid-text', async () => {
    const rec = WARCRecord.create({ url: 'https://a.example/long', type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Truncated': 'length' }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html' } }, once(new TextEncoder().encode('<p>Ilham Aliyev visited Baku and')));
    const { items: out } = await items(await WARCSerializer.serialize(rec, { gzip: false }));
    const item = out[0];
    if (item.kind !== 'record') throw new Error(`expected a record, got ${item.kind}`);
    expect(item.record.notes?.map((n) => [n.code, n.severity, n.message])).toEqual([['read/truncated-record', 'warn', 'the crawler cut this page short (WARC-Truncated: length): the article may end mid-text']]);
  });

  it("Common Crawl's language header, or the page's <html lang>, flags a page in another language than English (once)", async () => {
    const ru = '<html lang="ru"><body><p>Ильхам Алиев посетил Баку.</p></body></html>';
    const rec = WARCRecord.create({ url: 'https://ru.example/a', type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Identified-Content-Language': 'rus,eng' }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, once(new TextEncoder().encode(ru)));
    const input = tempDir('warc-lang');
    writeFileSync(join(input, 'cc.warc'), Buffer.concat([await WARCSerializer.serialize(rec, { gzip: false }), await warcOf([{ type: 'response', url: 'https://ru.example/b', contentType: 'text/html', body: ru }], false)]));
    const { read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; diagnostics: { code: string; message: string }[] }[];
    expect(docs.map((d) => [d.id, d.diagnostics.filter((n) => n.code === 'read/other-language').map((n) => n.message.match(/\(([^)]+)\)/)?.[1])])).toEqual([
      ['https://ru.example/a', ['WARC-Identified-Content-Language']],
      ['https://ru.example/b', ['<html lang>']],
    ]);
  });

  it('with --english-only: a record the header says is in another language is passed over and counted; a page, a JSON article or a JSON Lines line that declares one is listed, not processed; the rest as before', async () => {
    const ru = '<html lang="ru"><body><p>Ильхам Алиев посетил Баку.</p></body></html>';
    const en = `<html lang="en-GB"><body><p>${PORT}</p></body></html>`;
    const rec = WARCRecord.create({ url: 'https://ru.example/a', type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Identified-Content-Language': 'rus,eng' }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, once(new TextEncoder().encode(ru)));
    const input = tempDir('english-only');
    writeFileSync(join(input, 'cc.warc'), Buffer.concat([await WARCSerializer.serialize(rec, { gzip: false }), await warcOf([{ type: 'response', url: 'https://ru.example/b', contentType: 'text/html', body: ru }, { type: 'response', url: 'https://en.example/c', contentType: 'text/html', body: en }], false)]));
    writeFileSync(join(input, 'page.html'), ru);
    writeFileSync(join(input, 'feed.jsonl'), [JSON.stringify({ id: 'de', text: 'Ilham Aliyev besuchte Baku.', language: 'de' }), JSON.stringify({ id: 'en', text: PORT, language: 'en' }), JSON.stringify({ id: 'none', text: PORT })].join('\n') + '\n');
    const { read, summary } = await run(input, { englishOnly: true });
    const docs = JSON.parse(read('documents.json')) as { id: string; status: string; counts: { mentions: number }; diagnostics: { code: string; message: string }[] }[];
    const other = (d: (typeof docs)[number]) => d.diagnostics.filter((n) => n.code === 'read/other-language').map((n) => n.message);
    expect(docs.map((d) => [d.id, d.status, d.counts.mentions > 0, other(d)])).toEqual([
      ['https://ru.example/b', 'skipped', false, ['the page declares its language as "ru" (<html lang>); not processed (--english-only)']],
      ['https://en.example/c', 'ok', true, []],
      ['de', 'skipped', false, ['the page declares its language as "de" (its "language" field); not processed (--english-only)']],
      ['en', 'ok', true, []],
      ['none', 'ok', true, []],
      ['page', 'skipped', false, ['the page declares its language as "ru" (<html lang>); not processed (--english-only)']],
    ]);
    expect(Object.fromEntries(summary.warc.passedOver)).toMatchObject({ 'other language': 1 });
    expect([summary.documents, summary.failed, summary.notProcessed]).toEqual([6, 0, 3]);
    // the report marks them too
    expect((read('report.html').match(/\(not processed\)/g) ?? []).length).toBe(3);
    expect(read('report.html')).toContain('<span>documents (3 not processed)</span>');
    // without the option, every one of them is processed (and the ones in Russian warned about)
    const all = JSON.parse((await run(input)).read('documents.json')) as typeof docs;
    expect(all.map((d) => d.id)).toEqual(['https://ru.example/a', ...docs.map((d) => d.id)]);
    expect(all.every((d) => d.counts.mentions > 0 && d.status === 'ok')).toBe(true);
  });

  it('the progress total of a web archive counts what the run will read: not a page fetched twice, nor with --english-only a record the header says is in another language', async () => {
    const rec = WARCRecord.create({ url: 'https://ru.example/a', type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Identified-Content-Language': 'rus,eng' }, statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, once(new TextEncoder().encode('<p>Ильхам Алиев посетил Баку.</p>')));
    const twice = { type: 'response' as const, url: 'https://en.example/c', contentType: 'text/html', body: `<html><body><p>${PORT}</p></body></html>` };
    const input = tempDir('warc-count');
    writeFileSync(join(input, 'cc.warc'), Buffer.concat([await WARCSerializer.serialize(rec, { gzip: false }), await warcOf([twice, twice], false)]));
    const [f] = await listInputFiles(input);
    expect([(await articleTotals(f)).articles, (await articleTotals(f, undefined, { englishOnly: true })).articles]).toEqual([2, 1]);
    for (const englishOnly of [false, true]) expect((await run(input, { englishOnly, report: false })).summary.documents).toBe(englishOnly ? 1 : 2);
  });

  it("the run's note on its web archives counts records in the singular and the plural", () => {
    const tally = new WarcTally();
    tally.articles = 1;
    tally.add('other language');
    expect(warcNote(tally)).toBe('news-entities: web archives: 1 record read as articles; 1 other record passed over (other language 1)');
    tally.articles = 1204;
    tally.add('request');
    tally.add('request');
    expect(warcNote(tally)).toBe('news-entities: web archives: 1,204 records read as articles; 3 other records passed over (request 2, other language 1)');
  });

  it('a record without a Content-Type is read when it opens as a page does, passed over otherwise', async () => {
    const { items: out, tally } = await items(
      await warcOf([
        { type: 'response', url: 'https://a.example/p', body: PORT },
        { type: 'response', url: 'https://a.example/x', body: 'binary-ish stuff' },
      ]),
    );
    expect(out.map((i) => (i.kind === 'record' ? i.record.id : i.kind))).toEqual(['https://a.example/p']);
    expect(Object.fromEntries(tally.passedOver)).toEqual({ 'response (no Content-Type)': 1 });
  });

  it('a payload above --max-bytes is refused by its URL, the records after it go on', async () => {
    const { items: out } = await items(
      await warcOf([
        { type: 'response', url: 'https://a.example/big', contentType: 'text/html', body: PORT + ' '.repeat(5000) },
        { type: 'response', url: 'https://a.example/small', contentType: 'text/plain', body: 'Ilham Aliyev visited Baku.' },
      ]),
      'a.warc.gz',
      2000,
    );
    expect(out.map((i) => [i.kind, i.kind === 'record' ? i.record.id : i.kind === 'refused' ? `${i.id} ${i.code}` : ''])).toEqual([
      ['refused', 'https://a.example/big read/too-large'],
      ['record', 'https://a.example/small'],
    ]);
  });

  it('a file that is no WARC, a .warc.gz cut short, a record whose header or block is cut short each give one failed document that says where; what came before is kept', async () => {
    const input = tempDir('warc-bad');
    writeFileSync(join(input, 'notes.warc'), 'This is not a web archive.\nJust notes.\n');
    const gz = await warcOf(CRAWL);
    writeFileSync(join(input, 'cut.warc.gz'), gz.subarray(0, Math.floor(gz.length * 0.6)));
    const plain = await warcOf([CRAWL[2], CRAWL[6]], false);
    writeFileSync(join(input, 'short.warc'), plain.subarray(0, plain.length - 20));
    // a header cut short; and blank lines after the last record, which are no error
    writeFileSync(join(input, 'header.warc'), Buffer.concat([plain.subarray(0, plain.indexOf('WARC/1.1', 10) + 60)]));
    writeFileSync(join(input, 'blank.warc'), Buffer.concat([plain, Buffer.from('\r\n\r\n\n')]));
    writeFileSync(join(input, 'whole.warc.gz'), gzipSync(await warcOf(CRAWL, false)));
    // gzipped, and named as if it were not (known by its first bytes)
    writeFileSync(join(input, 'zipped.warc'), await warcOf([CRAWL[2]]));
    const { summary, read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string; status: string; diagnostics: { code: string; message: string }[] }[];
    const failed = docs.filter((d) => d.status === 'failed');
    expect(failed.map((d) => [d.path, d.diagnostics[0].code])).toEqual([
      ['cut.warc.gz', 'read/bad-warc'],
      ['header.warc', 'read/bad-warc'],
      ['notes.warc', 'read/bad-warc'],
      ['short.warc', 'read/bad-warc'],
    ]);
    expect(failed[0].diagnostics[0].message).toMatch(/^cut\.warc\.gz: not a complete gzip file .* after \d+ record\(s\); the records before were read$/);
    expect(failed[1].diagnostics[0].message).toMatch(/^header\.warc: byte offset \d+: the record \(WARC-Type none\) has no Content-Length/);
    expect(failed[2]).toMatchObject({ id: 'notes.warc@1' });
    expect(failed[2].diagnostics[0].message).toMatch(/^notes\.warc: byte offset 0: expected a WARC record .*found "This is not a web archive\."; this is not a WARC file$/);
    expect(failed[3].diagnostics[0].message).toMatch(/^short\.warc: byte offset \d+: the record of https:\/\/news\.example\/wire is cut short: its Content-Length is \d+ bytes, the file ends 16 bytes before its end/); // 20 bytes cut: the record's closing blank line and 16 of its block
    // the cut file's records before the cut, the short file's first record, and a whole file gzipped at once: read
    const read_ = (path: string) => docs.filter((d) => d.path === path && d.status === 'ok').map((d) => d.id);
    expect(read_('cut.warc.gz').length).toBeGreaterThanOrEqual(1);
    expect(read_('short.warc')).toEqual(['https://news.example/port']);
    expect(read_('whole.warc.gz')).toEqual(['https://news.example/port', 'https://news.example/talks', 'https://news.example/wire']);
    expect(read_('zipped.warc')).toEqual(['https://news.example/port']);
    expect(read_('blank.warc')).toEqual(['https://news.example/port', 'https://news.example/wire']);
    expect(read_('header.warc')).toEqual(['https://news.example/port']);
    expect(summary.failed).toBe(4);
  });

  it('a damaged gzip member of a .warc.gz costs its record only: one failed document names it in bytes of the file, the records after it are read and counted', async () => {
    const members = await Promise.all(CRAWL.map((spec) => serialize(spec, true)));
    const damaged = Buffer.from(members[5]); // the talks page
    damaged[damaged.length - 6] ^= 0x01; // its CRC-32 no longer matches what inflates
    const blockType = Buffer.from(members[5]);
    blockType[10] = 0x07; // its first deflate block of the reserved type 3: zlib refuses it
    const input = tempDir('warc-damaged');
    const offset = members.slice(0, 5).reduce((n, m) => n + m.length, 0);
    writeFileSync(join(input, 'crc.warc.gz'), Buffer.concat([...members.slice(0, 5), damaged, members[6]]));
    writeFileSync(join(input, 'block.warc.gz'), Buffer.concat([...members.slice(0, 5), blockType, members[6]]));
    const { read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; path: string; status: string; diagnostics: { code: string; message: string }[] }[];
    for (const [file, reason] of [
      ['block.warc.gz', 'invalid block type'],
      ['crc.warc.gz', 'incorrect data check'],
    ]) {
      const mine = docs.filter((d) => d.path === file);
      expect(mine.map((d) => [d.id, d.status]), file).toEqual([
        ['https://news.example/port', 'ok'],
        [`${file}@6`, 'failed'],
        ['https://news.example/wire', 'ok'],
      ]);
      expect(mine[1].diagnostics.map((d) => [d.code, d.message])).toEqual([
        ['read/bad-warc', `${file}: byte offset ${offset} of the gzip file: a damaged gzip member (${reason}), after 5 record(s); read on from the next gzip member that opens a record, at byte offset ${offset + members[5].length}`],
      ]);
    }
    // a record gzipped in two members (as a whole file gzipped at once is streamed): the damage in its second
    // member cuts it, and the failed document names it
    const talks = await serialize(CRAWL[5], false);
    // cut in its header, and in its block
    for (const at of [400, talks.length - 100]) {
      const [first, second] = [gzipSync(talks.subarray(0, at)), Buffer.from(gzipSync(talks.subarray(at)))];
      second[10] = 0x07;
      const split = join(tempDir('warc-split'), 'split.warc.gz');
      writeFileSync(split, Buffer.concat([members[2], first, second, members[6]]));
      const { items: got } = await itemsOfFile(split);
      expect(got.map((i) => (i.kind === 'record' ? i.record.id : i.kind === 'refused' ? i.message : i.kind))).toEqual([
        'https://news.example/port',
        `split.warc.gz: byte offset ${members[2].length + first.length} of the gzip file: a damaged gzip member (invalid block type), after 1 record(s); the record of https://news.example/talks is lost; read on from the next gzip member that opens a record, at byte offset ${members[2].length + first.length + second.length}`,
        'https://news.example/wire',
      ]);
    }
    // past the first chunks of the stream: the records it gave before it failed are not given again
    const many = await Promise.all(
      Array.from({ length: 40 }, (_, i) => serialize({ type: 'conversion', url: `https://wire.example/${i}`, contentType: 'text/plain', body: `Ilham Aliyev visited Baku, report ${i}. ${randomBytes(3000).toString('base64')}\n` }, true)),
    );
    const broken = Buffer.from(many[30]);
    broken[10] = 0x07;
    const longFile = join(tempDir('warc-long'), 'long.warc.gz');
    writeFileSync(longFile, Buffer.concat([...many.slice(0, 30), broken, ...many.slice(31)]));
    const { items: longItems } = await itemsOfFile(longFile);
    expect(longItems.map((i) => (i.kind === 'record' ? i.record.id : i.kind))).toEqual([...Array.from({ length: 30 }, (_, i) => `https://wire.example/${i}`), 'refused', ...Array.from({ length: 9 }, (_, i) => `https://wire.example/${31 + i}`)]);
    // the progress total counts the articles around the damage
    const listed = await listInputFiles(input);
    expect(await Promise.all(listed.map((f) => countArticles(f)))).toEqual([2, 2]);
  });

  it('the same bytes with worker threads and from the cache; the progress total counts the articles', async () => {
    const input = tempDir('warc-workers');
    writeFileSync(join(input, 'crawl.warc.gz'), await warcOf(CRAWL));
    writeFileSync(join(input, 'ru.warc'), await warcOf([{ type: 'response', url: 'https://ru.example/a', contentType: 'text/html; charset=koi8-r', body: iconv.encode('<p>Ильхам Алиев посетил Баку.</p>', 'koi8-r') }], false));
    const [crawl] = await listInputFiles(input);
    expect([crawl.kind, await countArticles(crawl)]).toEqual(['warc', 3]);
    // the bytes the run will count are the pages' (their blocks, HTTP head included), not the archive's
    const pages = [PORT, TALKS, String(CRAWL[6].body)].reduce((n, t) => n + Buffer.byteLength(t), 0);
    const { bytes } = await articleTotals(crawl);
    expect(bytes).toBeGreaterThanOrEqual(pages);
    expect(bytes).toBeLessThan(pages + 3 * 200);
    const one = await run(input, { cache: false });
    const two = await run(input, { workers: 2, cache: false });
    const output = tempDir('warc-cached');
    await run(input, { output });
    const again = await run(input, { output });
    expect(again.summary.cached).toBe(4);
    for (const f of ['mentions.csv', 'documents.json', 'diagnostics.csv']) {
      expect(two.read(f)).toBe(one.read(f));
      expect(again.read(f)).toBe(one.read(f));
    }
    expect(one.read('diagnostics.csv')).toMatch(/https:\/\/ru\.example\/a,ru\.warc,read,warn,read\/legacy-encoding,.*koi8-r/);
  }, 60_000);
});
