import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { normaliseArticle } from '../../src/input/jsonl.js';
import { notArticlesWarning } from '../../src/cli.js';
import { countArticles, listInputFiles } from '../../src/input/sources.js';
import { run, tempDir } from '../pipeline-helpers.js';

/** An article as news-please writes it (one .json file per article; its field names) */
const newsPlease = (maintext: string, extra: Record<string, unknown> = {}) => ({
  authors: ['Jane Roe'],
  date_download: '2020-12-29 08:00:00',
  date_publish: '2020-12-28 10:15:00',
  description: 'Not the article text.',
  language: 'en',
  maintext,
  source_domain: 'news.example',
  title: 'Aliyev visits Baku port',
  url: 'https://news.example/port',
  ...extra,
});

type Doc = { id: string; path: string; status: string; metadata: Record<string, unknown>; diagnostics: { code: string; message: string }[] };
type Mention = { document: string; start: number; end: number; text: string };

describe('normaliseArticle', () => {
  it.each([
    ['news-please names', { maintext: 'T', date_publish: '2020-12-28 10:15:00', source_domain: 'a.example' }, { id: 'x', text: 'T', date: '2020-12-28 10:15:00', source: 'a.example' }],
    ['the JSON Lines names win', { text: 'T', maintext: 'M', date: 'D', date_publish: 'P' }, { id: 'x', text: 'T', date: 'D' }],
    ["a news API's source object", { text: 'T', source: { id: 'trend', name: 'Trend' } }, { id: 'x', text: 'T', source: 'Trend' }],
    ['its own id', { id: 17, text: 'T' }, { id: 17, text: 'T' }],
  ])('%s', (_name, input, expected) => expect(normaliseArticle(input, 'x')).toMatchObject(expected));

  it('an array or a string is no article', () => {
    expect(normaliseArticle([], 'x')).toBe('expected an article object, got an array');
    expect(normaliseArticle('text', 'x')).toBe('expected an article object, got string');
  });
});

describe('JSON input (.json)', () => {
  it("reads a news crawler's article files (news-please): one article each, named by the file, its fields as the metadata, spans in its text", async () => {
    const input = tempDir('json-np');
    mkdirSync(join(input, 'news.example'));
    const text = 'President Ilham Aliyev visited the new port of Baku on Monday.';
    writeFileSync(join(input, 'news.example', 'port.json'), JSON.stringify(newsPlease(text)));
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed]).toEqual([1, 0]);
    const [doc] = JSON.parse(read('documents.json')) as Doc[];
    expect([doc.id, doc.path]).toEqual(['news.example/port', 'news.example/port.json']);
    expect(doc.metadata).toMatchObject({ title: 'Aliyev visits Baku port', date: '2020-12-28T10:15:00', outlet: 'news.example', url: 'https://news.example/port' });
    const mentions = JSON.parse(read('mentions.json')) as Mention[];
    expect(mentions.map((m) => m.text)).toEqual(['Ilham Aliyev', 'Baku']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads .json.gz as the same .json (ids less both extensions); one cut short, or unpacking past --max-bytes, fails alone', async () => {
    const plain = tempDir('json-plain');
    const packed = tempDir('json-gz');
    const text = 'President Ilham Aliyev visited the new port of Baku on Monday.';
    const feed = JSON.stringify([{ id: 'a1', text }, newsPlease('Nikol Pashinyan spoke in Yerevan.')]);
    writeFileSync(join(plain, 'port.json'), JSON.stringify(newsPlease(text)));
    writeFileSync(join(plain, 'feed.json'), feed);
    writeFileSync(join(packed, 'port.json.gz'), gzipSync(JSON.stringify(newsPlease(text))));
    writeFileSync(join(packed, 'feed.json.gz'), gzipSync(feed));
    const a = await run(plain);
    const b = await run(packed);
    expect([b.summary.documents, b.summary.failed]).toEqual([3, 0]);
    for (const f of ['mentions.csv', 'entities.csv', 'documents.json']) expect(b.read(f).replaceAll('.json.gz', '.json'), f).toBe(a.read(f));
    expect((JSON.parse(b.read('documents.json')) as Doc[]).map((d) => d.id)).toEqual(['a1', 'feed.json.gz#2', 'port']);
    expect(await countArticles((await listInputFiles(packed)).find((f) => f.path === 'feed.json.gz')!)).toBe(2);

    const bad = tempDir('json-gz-bad');
    const gz = gzipSync(feed);
    writeFileSync(join(bad, 'cut.json.gz'), gz.subarray(0, gz.length >> 1));
    writeFileSync(join(bad, 'big.json.gz'), gzipSync(JSON.stringify({ text: 'Baku. '.repeat(50_000) })));
    writeFileSync(join(bad, 'good.json.gz'), gz);
    const c = await run(bad, { maxBytes: 100_000 });
    const docs = JSON.parse(c.read('documents.json')) as Doc[];
    expect(docs.filter((d) => d.status === 'failed').map((d) => [d.id, d.diagnostics[0].code])).toEqual([
      ['big.json.gz', 'read/too-large'],
      ['cut.json.gz', 'read/unreadable'],
    ]);
    expect(docs.filter((d) => d.status === 'ok')).toHaveLength(2);
  });

  it('an array of articles: each its own document (its id, or file.json#N); an element that is no article fails alone', async () => {
    const input = tempDir('json-array');
    writeFileSync(
      join(input, 'feed.json'),
      JSON.stringify([{ id: 'a1', text: 'Ilham Aliyev visited Baku.' }, { title: 'no text' }, newsPlease('Nikol Pashinyan spoke in Yerevan.'), 'a string']),
    );
    const { summary, read } = await run(input);
    expect([summary.documents, summary.failed]).toEqual([4, 2]);
    const docs = JSON.parse(read('documents.json')) as Doc[];
    expect(docs.map((d) => [d.id, d.status])).toEqual([
      ['a1', 'ok'],
      ['feed.json#2', 'failed'],
      ['feed.json#3', 'ok'],
      ['feed.json#4', 'failed'],
    ]);
    expect(docs[1].diagnostics[0]).toMatchObject({ code: 'read/bad-json', message: 'feed.json#2: "text" (or "html") must be a string, got nothing' });
    expect(docs[3].diagnostics[0].message).toBe('feed.json#4: expected an article object with "text", got string');
    const [f] = await listInputFiles(input);
    expect([f.kind, await countArticles(f)]).toEqual(['json', 4]);
  });

  it('JSON Lines under a .json name is read a line at a time; a file that is no JSON fails alone, saying where', async () => {
    const input = tempDir('json-lines');
    writeFileSync(join(input, 'dump.json'), [JSON.stringify({ text: 'Ilham Aliyev visited Baku.' }), '{broken', JSON.stringify(newsPlease('Nikol Pashinyan spoke in Yerevan.', { id: 'np' })), ''].join('\n'));
    writeFileSync(join(input, 'notes.json'), '{"text": "unclosed');
    const { summary, read } = await run(input);
    const docs = JSON.parse(read('documents.json')) as Doc[];
    expect(docs.map((d) => [d.id, d.status])).toEqual([
      ['dump.json:1', 'ok'],
      ['dump.json:2', 'failed'],
      ['np', 'ok'],
      ['notes.json', 'failed'],
    ]);
    expect(docs[1].diagnostics[0]).toMatchObject({ code: 'read/bad-json', message: expect.stringMatching(/^dump\.json:2: not valid JSON/) });
    expect(docs[3].diagnostics[0]).toMatchObject({ code: 'read/bad-json', message: expect.stringMatching(/^notes\.json: not valid JSON \(.*\); a \.json input holds one article object or an array of them/) });
    expect(summary.failed).toBe(2);
    const files = await listInputFiles(input);
    expect(await Promise.all(files.map((f) => countArticles(f)))).toEqual([3, 0]);
  });

  it('a .json file that holds no article (a manifest beside the articles) is not read, and the run says so', async () => {
    const input = tempDir('json-manifest');
    writeFileSync(join(input, 'manifest.json'), JSON.stringify({ name: 'crawl', version: 2, files: ['a.json'] }));
    writeFileSync(join(input, 'list.json'), JSON.stringify([{ url: 'https://a.example' }, { url: 'https://b.example' }]));
    writeFileSync(join(input, 'a.json'), JSON.stringify(newsPlease('Ilham Aliyev visited Baku.')));
    const { summary } = await run(input);
    expect([summary.documents, summary.failed, summary.notArticles]).toEqual([1, 0, ['list.json', 'manifest.json']]);
    expect(notArticlesWarning(summary.notArticles)).toBe(
      'news-entities: warning: 2 .json files hold no article and were not read (list.json, manifest.json): an article has a "text", "html" or "maintext" field',
    );
    const files = await listInputFiles(input);
    expect(await Promise.all(files.map((f) => countArticles(f)))).toEqual([1, 0, 0]);
  });

  it('a .json above --max-bytes is refused unread, with a word on JSON Lines', async () => {
    const input = tempDir('json-big');
    writeFileSync(join(input, 'big.json'), JSON.stringify([{ id: 'a', text: 'Baku. '.repeat(2000) }]));
    const { read } = await run(input, { maxBytes: 5000 });
    const [doc] = JSON.parse(read('documents.json')) as Doc[];
    expect(doc.diagnostics[0]).toMatchObject({ code: 'read/too-large', message: expect.stringMatching(/--max-bytes.*JSON Lines, \.jsonl, is read a line at a time/) });
  });
});
