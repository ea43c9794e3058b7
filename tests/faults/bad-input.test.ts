/**
 * One input folder with one of each kind of bad input next to good articles
 * (fixtures generated here, at run time): each bad input gets its defined
 * diagnostic, and the good articles' output is exactly what a run over the
 * good articles alone gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../helpers.js';
import { MINI_GAZETTEERS, tempDir } from '../pipeline-helpers.js';
import { cli, isRoot } from './helpers.js';

const SEEDS = ['000-trend-aghdam-khojavend-attack.txt', '001-trend-hasanov-meets-muradov.txt'].map((f) => readFileSync(join(ROOT, 'input', f), 'utf8'));
const MAX_BYTES = 200_000;

type Diag = { document: string; path: string; stage: string; severity: string; code: string; message: string; byte_offset: number | null };
type Doc = { id: string; path: string; status: string; encoding: string | null; counts: { mentions: number } };
type Mention = { document: string; start: number; end: number; text: string; entity_id: string };

/** [file, content, the diagnostic code it must get (null: none), status in documents.json] */
const BAD: [string, Buffer | string, string | null, 'ok' | 'failed'][] = [
  ['binary-nul.txt', Buffer.from([0x41, 0x42, 0x00, 0x43, 0x0a]), 'read/binary', 'failed'],
  ['binary-png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42]), 'read/binary', 'failed'],
  ['empty.txt', '', 'read/empty', 'ok'],
  ['whitespace.txt', '  \n\t\n\r\n', 'read/empty', 'ok'],
  ['no-sentence.txt', '---\n***\n', 'clean/no-content', 'ok'],
  ['too-large.txt', 'word '.repeat(MAX_BYTES / 5 + 1), 'read/too-large', 'failed'],
  // prose on one line without end punctuation (an article three times over, ~14 kB): cut into bounded sentences
  ['long-line.txt', SEEDS[0].replace(/[.!?]/g, ',').replace(/\s+/g, ' ').repeat(3), 'split/long-sentence', 'ok'],
  ['latin1.txt', iconv.encode('The deal cost \u00a315.8m in Baku, said Ilham Aliyev.\n', 'latin1'), 'read/legacy-encoding', 'ok'],
  ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Ilham Aliyev met Zakir Hasanov in Baku.\n', 'utf-16le')]), null, 'ok'],
  ['bad-utf8.txt', Buffer.concat([Buffer.from('Əliyev spoke in Baku '), Buffer.from([0xff]), Buffer.from(' on Monday.\n')]), 'read/invalid-utf8', 'ok'],
];

let input: string;
let out: string;
let run: { code: number; out: string; err: string };
let diags: Diag[];
let docs: Doc[];
let mentions: Mention[];
let alone: Mention[];

beforeAll(async () => {
  input = tempDir('bad-input');
  writeFileSync(join(input, 'good-a.txt'), SEEDS[0]);
  mkdirSync(join(input, 'sub'));
  writeFileSync(join(input, 'sub', 'good-b.txt'), SEEDS[1]);
  for (const [f, content] of BAD) writeFileSync(join(input, f), content);
  // links: a broken one, one to a file outside the input, one to a folder (a loop back to the input itself)
  symlinkSync(join(input, 'no-such-target.txt'), join(input, 'broken-link.txt'));
  const outside = tempDir('outside');
  writeFileSync(join(outside, 'target.txt'), SEEDS[1]);
  symlinkSync(join(outside, 'target.txt'), join(input, 'link-outside.txt'));
  symlinkSync(input, join(input, 'sub', 'loop'));
  // hidden files and folders are never read
  writeFileSync(join(input, '.hidden.txt'), Buffer.from([0x00, 0x01]));
  mkdirSync(join(input, '.git'));
  writeFileSync(join(input, '.git', 'x.txt'), Buffer.from([0x00, 0x01]));
  // JSON Lines: a good article, a bad line, a line above --max-bytes
  writeFileSync(join(input, 'feed.jsonl'), [JSON.stringify({ id: 'j1', text: SEEDS[0] }), '{"id": 3}', JSON.stringify({ id: 'huge', text: 'x'.repeat(MAX_BYTES) })].join('\n') + '\n');

  out = tempDir('bad-out');
  run = await cli(['-i', input, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q', '--max-bytes', String(MAX_BYTES)]);
  diags = JSON.parse(readFileSync(join(out, 'diagnostics.json'), 'utf8'));
  docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'));
  mentions = JSON.parse(readFileSync(join(out, 'mentions.json'), 'utf8'));

  const goodOnly = tempDir('good-only');
  writeFileSync(join(goodOnly, 'good-a.txt'), SEEDS[0]);
  mkdirSync(join(goodOnly, 'sub'));
  writeFileSync(join(goodOnly, 'sub', 'good-b.txt'), SEEDS[1]);
  const goodOut = tempDir('good-out');
  expect((await cli(['-i', goodOnly, '-o', goodOut, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q'])).code).toBe(0);
  alone = JSON.parse(readFileSync(join(goodOut, 'mentions.json'), 'utf8'));
}, 120_000);

describe('a folder with one of each bad input', () => {
  it('exits 1 (some documents failed) and writes every table', () => {
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
  });

  it.each(BAD.map(([file, , code, status]) => [file, code, status] as const))('%s -> %s', (file, code, status) => {
    const id = file.replace(/\.txt$/, '');
    const doc = docs.find((d) => d.id === id)!;
    expect(doc, `${id} in documents.json`).toBeDefined();
    expect(doc.status).toBe(status);
    const codes = diags.filter((d) => d.document === id && d.code !== 'clean/dropped-block').map((d) => d.code);
    if (code) expect(codes).toContain(code);
    else expect(codes.filter((c) => c.startsWith('read/'))).toEqual([]);
    // failed documents produce no mentions: they never reach the tagger
    if (status === 'failed') expect(mentions.filter((m) => m.document === id)).toEqual([]);
  });

  it('records the detected encoding per document', () => {
    const enc = Object.fromEntries(docs.map((d) => [d.id, d.encoding]));
    expect(enc).toMatchObject({ 'good-a': 'utf-8', latin1: 'windows-1252', utf16: 'utf-16le', 'bad-utf8': 'utf-8 (with replacements)', 'binary-nul': null, 'too-large': null });
  });

  it('decodes the Latin-1 and UTF-16 files into text the tagger reads', () => {
    expect(mentions.filter((m) => m.document === 'utf16').map((m) => m.text)).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Zakir Hasanov', 'Baku']));
    expect(mentions.filter((m) => m.document === 'latin1').map((m) => m.text)).toEqual(expect.arrayContaining(['Baku', 'Ilham Aliyev']));
  });

  it('gives byte offsets for decoding problems', () => {
    expect(diags.find((d) => d.document === 'binary-nul')).toMatchObject({ code: 'read/binary', byte_offset: 2 });
    expect(diags.find((d) => d.document === 'latin1' && d.code === 'read/legacy-encoding')).toMatchObject({ byte_offset: 14 });
    expect(diags.find((d) => d.document === 'bad-utf8' && d.code === 'read/invalid-utf8')).toMatchObject({ byte_offset: Buffer.byteLength('Əliyev spoke in Baku ') });
  });

  it('follows a link to a file outside the input; a broken link is read/unreadable', () => {
    expect(docs.find((d) => d.id === 'link-outside')).toMatchObject({ status: 'ok', encoding: 'utf-8' });
    expect(mentions.filter((m) => m.document === 'link-outside').map((m) => [m.start, m.end, m.text])).toEqual(alone.filter((m) => m.document === 'sub/good-b').map((m) => [m.start, m.end, m.text]));
    expect(docs.find((d) => d.id === 'broken-link')).toMatchObject({ status: 'failed' });
    expect(diags.find((d) => d.document === 'broken-link')).toMatchObject({ code: 'read/unreadable', severity: 'fail' });
    expect(diags.find((d) => d.document === 'broken-link')!.message).toMatch(/ENOENT/);
  });

  it('does not descend into a link to a folder (no loop) nor into hidden files and folders', () => {
    expect(docs.map((d) => d.path).filter((p) => p.includes('loop') || p.split('/').some((s) => s.startsWith('.')))).toEqual([]);
  });

  it('JSON Lines: a bad line and a line above --max-bytes fail alone; the good article is processed', () => {
    expect(diags.find((d) => d.document === 'feed.jsonl:2')).toMatchObject({ code: 'read/bad-jsonl' });
    expect(diags.find((d) => d.document === 'feed.jsonl:3')).toMatchObject({ code: 'read/too-large' });
    expect(mentions.filter((m) => m.document === 'j1').map((m) => [m.start, m.end, m.text])).toEqual(alone.filter((m) => m.document === 'good-a').map((m) => [m.start, m.end, m.text]));
  });

  it('the good articles output is complete: the same mentions as a run over them alone', () => {
    const good = mentions.filter((m) => m.document === 'good-a' || m.document === 'sub/good-b');
    expect(good.length).toBeGreaterThan(20);
    expect(good).toEqual(alone);
  });

  it('diagnostics.csv holds the same problems as diagnostics.json', () => {
    const csv = parse(readFileSync(join(out, 'diagnostics.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.map((r) => [r.document, r.code, r.severity])).toEqual(diags.map((d) => [d.document, d.code, d.severity]));
  });
});

describe.skipIf(isRoot)('an unreadable file (chmod 000; skipped when the tests run as root, who reads anyway)', () => {
  it('is read/unreadable and the others go on', async () => {
    const dir = tempDir('perm');
    writeFileSync(join(dir, 'good.txt'), SEEDS[0]);
    writeFileSync(join(dir, 'locked.txt'), SEEDS[1]);
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const o = tempDir('perm-out');
    const r = await cli(['-i', dir, '-o', o, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q']);
    expect(r.code).toBe(1);
    const d = JSON.parse(readFileSync(join(o, 'diagnostics.json'), 'utf8')) as Diag[];
    expect(d.find((x) => x.document === 'locked')).toMatchObject({ code: 'read/unreadable' });
  });
});
