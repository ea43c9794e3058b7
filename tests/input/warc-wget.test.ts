/**
 * A web archive written by a real crawler: GNU wget (`--warc-file`) fetches a
 * small news site from a local HTTP server (pages, a page in windows-1251
 * declared only in the HTTP header, a gzip-encoded page, a redirect, a 404,
 * an image), and the pipeline reads its `.warc.gz`. The other WARC tests
 * build records with warcio's own serializer; this one checks the reader
 * against another tool's files.
 *
 * Skips when wget is missing (`apt-get install -y wget`).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../pipeline-helpers.js';

const WGET = '/usr/bin/wget';
const HAVE_WGET = existsSync(WGET);
if (!HAVE_WGET) console.warn(`tests/input/warc-wget.test.ts: SKIPPED, no wget at ${WGET} (install it with: apt-get install -y wget)`);

const article = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | Example News</title></head><body>` +
  `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1><p>${body}</p></article>` +
  '<footer>&copy; 2020 Example News</footer></body></html>';

const PAGES: Record<string, { type: string; body: string | Buffer; headers?: Record<string, string>; status?: number }> = {
  '/': {
    type: 'text/html; charset=utf-8',
    body: '<html><body><a href="/port.html">Port</a> <a href="/talks.html">Talks</a> <a href="/ru.html">RU</a> <a href="/old.html">Old</a> <a href="/gone.html">Gone</a><img src="/logo.png"></body></html>',
  },
  '/port.html': { type: 'text/html; charset=utf-8', body: article('Aliyev visits Baku port', 'President Ilham Aliyev visited the new port of Baku on Monday, where he met workers and inspected the cranes.') },
  '/talks.html': { type: 'text/html; charset=utf-8', body: article('Talks in Moscow', 'Ilham Aliyev and Vladimir Putin met in Moscow on Tuesday to discuss the ceasefire, the Kremlin said.'), headers: { 'Content-Encoding': 'gzip' } },
  '/ru.html': { type: 'text/html; charset=windows-1251', body: iconv.encode('<html><body><p>Ильхам Алиев посетил Баку.</p></body></html>', 'windows-1251') },
  '/old.html': { type: 'text/html', body: '', status: 301, headers: { Location: '/port.html' } },
  '/logo.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
};

describe.skipIf(!HAVE_WGET)(`a web archive written by wget (${WGET})`, () => {
  it('gives one article per page fetched, ids are the URLs, spans index the pages as served; the rest is passed over by kind', async () => {
    const server = createServer((req, res) => {
      const page = PAGES[req.url ?? ''];
      if (!page) {
        res.writeHead(404, { 'Content-Type': 'text/html' }).end('<html><body>Not found</body></html>');
        return;
      }
      const gzip = page.headers?.['Content-Encoding'] === 'gzip';
      res.writeHead(page.status ?? 200, { 'Content-Type': page.type, ...page.headers });
      res.end(gzip ? gzipSync(page.body) : page.body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const input = tempDir('wget-warc');
    try {
      // -r -l 1: the links of the front page; -p: its image; --compression=auto: ask for gzip (wget 1.19.2+)
      await promisify(execFile)(WGET, ['-q', '-r', '-l', '1', '-p', '--compression=auto', '-e', 'robots=off', `--warc-file=${join(input, 'site')}`, '-P', tempDir('wget-files'), `${base}/`]).catch((e: { code?: number }) => {
        // exit 8: a server error response (the 404), expected here
        if (e.code !== 8) throw e;
      });
    } finally {
      server.close();
    }
    expect(readdirSync(input)).toEqual(['site.warc.gz']);
    const { summary, read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as { id: string; status: string; encoding: string; metadata: Record<string, unknown> }[];
    expect(docs.map((d) => [d.id, d.status]).sort()).toEqual(['/', '/port.html', '/ru.html', '/talks.html'].map((p) => [`${base}${p}`, 'ok']).sort());
    expect(docs.find((d) => d.id === `${base}/ru.html`)?.encoding).toBe('windows-1251');
    expect(docs.find((d) => d.id === `${base}/port.html`)?.metadata).toMatchObject({ title: 'Aliyev visits Baku port', url: `${base}/port.html` });
    const mentions = JSON.parse(read('mentions.json')) as { document: string; start: number; end: number; text: string }[];
    // the pages as served, decoded: spans index them
    const served = (path: string) => (path === '/ru.html' ? iconv.decode(PAGES[path].body as Buffer, 'windows-1251') : String(PAGES[path].body));
    for (const m of mentions) expect(served(m.document.slice(base.length)).slice(m.start, m.end)).toBe(m.text);
    expect(mentions.filter((m) => m.document === `${base}/talks.html`).map((m) => m.text)).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Vladimir Putin', 'Moscow']));
    const passed = Object.fromEntries(summary.warc.passedOver);
    // the redirect led wget to fetch the port page again: its second capture is no second article
    expect(passed).toMatchObject({ 'duplicate capture': 1, 'response 3xx': 1, 'response 4xx': expect.any(Number), 'response image/png': 1, warcinfo: 1 });
    // wget's own log and arguments, kept as resource records: no article
    expect(passed['resource metadata:']).toBeGreaterThanOrEqual(1);
    expect(summary.failed).toBe(0);
  }, 60_000);
});
