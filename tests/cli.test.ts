import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cli } from './faults/helpers.js';
import { MINI_GAZETTEERS, jsonlOf, makeCorpus, tempDir } from './pipeline-helpers.js';

function brokenGazetteers(): string {
  const dir = tempDir('gaz');
  writeFileSync(join(dir, 'broken.tsv'), 'id\tname\ttype\nx\tX\tplanet\n');
  return dir;
}

describe('exit codes', () => {
  const input = makeCorpus(3);
  const base = ['--gazetteers', MINI_GAZETTEERS, '--workers', '0'];

  it('0 when every document is processed, with a summary line', async () => {
    const output = tempDir('cli-out');
    const r = await cli([...base, '-i', input, '-o', output, '--progress', 'none']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 documents \(0 failed\)/);
    expect(existsSync(join(output, 'mentions.csv'))).toBe(true);
  });

  it('0 with --english-only and a document in another language, which the summary line counts as not processed', async () => {
    const dir = makeCorpus(2);
    writeFileSync(join(dir, 'de.html'), '<html lang="de"><body><p>Ilham Aliyev besuchte Baku.</p></body></html>');
    const r = await cli([...base, '-i', dir, '-o', tempDir('cli-out'), '--progress', 'none', '--english-only']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 documents \(0 failed, 1 not processed: another language\)/);
  });

  it('1 when a document fails; the others are written', async () => {
    const bad = makeCorpus(2);
    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const r = await cli([...base, '-i', bad, '-o', tempDir('cli-out'), '-q']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });

  const usage: [string, string[], RegExp][] = [
    ['unknown option', ['--frobnicate'], /unknown option/],
    ['missing input folder', ['-i', '/nonexistent/folder'], /no such directory/],
    ['bad --workers', ['-i', input, '--workers', 'many'], /--workers expects an integer/],
    ['negative --workers', ['-i', input, '--workers', '-1'], /--workers expects an integer/],
    ['bad --shard', ['-i', input, '--shard', '4/3'], /--shard expects K\/N/],
    ['bad --concurrency', ['-i', input, '--concurrency', '0'], /--concurrency expects an integer/],
    ['bad --progress', ['-i', input, '--progress', 'loud'], /Allowed choices/],
    ['broken gazetteers', ['-i', input, '-g', brokenGazetteers()], /broken\.tsv:2: type must be one of.*\nNo document was processed/s],
  ];
  it.each(usage)('2 on a usage error: %s', async (_, args, message) => {
    const r = await cli(['--workers', '0', '-o', tempDir('cli-out'), ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('--help exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--stdin-jsonl/);
  });
});

describe('progress', () => {
  it('prints plain lines on a non-terminal stderr, and none with --quiet', async () => {
    const input = makeCorpus(4);
    const lines = await cli(['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-i', input, '-o', tempDir('cli-out'), '--no-cache']);
    expect(lines.err).toMatch(/^progress: \d+\/4 documents, [\d.]+\/[\d.]+ MB, [\d.]+ MB\/s, ETA /m);
    expect(lines.err).toMatch(/progress: 4\/4 documents.*\nprogress: writing the entity, co-occurrence and candidate tables and the report\n/);
    const quiet = await cli(['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-i', input, '-o', tempDir('cli-out'), '--no-cache', '-q']);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe('');
  });
});

describe('--stdin-jsonl', () => {
  it('writes every mention as a JSON line, in input order; bad lines go to stderr and exit 1', async () => {
    const r = await cli(['--stdin-jsonl', '--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-q'], jsonlOf({ bad: true }));
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n').map((l) => JSON.parse(l) as { document: string; text: string; start: number; end: number });
    expect(rows.length).toBeGreaterThan(20);
    const order = [...new Set(rows.map((m) => m.document))];
    expect(order).toEqual(['art-0', 'art-1', 'art-2', 'art-3', 'art-4']);
    expect(Object.keys(rows[0])).toEqual(['document', 'sentence', 'start', 'end', 'line', 'text', 'entity_id', 'name', 'type', 'role', 'source', 'confidence', 'zone', 'sentence_text']);
    expect(r.err).toMatch(/^news-entities: fail read\/bad-jsonl: <stdin>:3: "text" \(or "html"\) must be a string, got 17$/m);
    expect(r.err).toMatch(/<stdin>:5: not valid JSON/);
  });

  it('gives the same mentions as a batch run over the same articles', async () => {
    const input = tempDir('jsonl-in');
    writeFileSync(join(input, 'feed.jsonl'), jsonlOf());
    const output = tempDir('cli-out');
    expect((await cli(['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-i', input, '-o', output, '-q'])).code).toBe(0);
    const batch = readFileSync(join(output, 'mentions.json'), 'utf8');
    const stream = await cli(['--stdin-jsonl', '--gazetteers', MINI_GAZETTEERS, '--workers', '2', '-q'], jsonlOf());
    expect(stream.code).toBe(0);
    expect(stream.out.trim().split('\n').map((l) => JSON.parse(l))).toEqual(JSON.parse(batch));
  }, 60_000);

  it('with --cache DIR, keeps the packed gazetteers there and the next process reads them back (same mentions)', async () => {
    const cache = tempDir('stdin-cache');
    const args = ['--stdin-jsonl', '--gazetteers', MINI_GAZETTEERS, '--workers', '0', '--cache', cache, '--progress', 'none'];
    const first = await cli(args, jsonlOf());
    expect(first.code, first.err).toBe(0);
    expect(first.err).not.toMatch(/from the cache/);
    const saved = readdirSync(cache, { recursive: true }).map(String);
    expect(saved.some((f) => f.endsWith('gazetteers.bin'))).toBe(true);
    const second = await cli(args, jsonlOf());
    expect(second.err).toMatch(/gazetteers \d+\.\d+ s from the cache\) -> stdout/);
    expect(second.out).toBe(first.out);
  }, 60_000);
});

describe('as a process (tsx src/cli.ts: npm run pipeline runs the same code built, see tests/scripts/build.test.ts)', () => {
  const ROOT = new URL('..', import.meta.url).pathname;
  const spawn = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('runs worker threads and sets the exit code', () => {
    const input = makeCorpus(12);
    const a = tempDir('proc-out');
    const b = tempDir('proc-out');
    const threads = spawn(['-g', MINI_GAZETTEERS, '-i', input, '-o', a, '--workers', '2', '-q']);
    expect(threads.status, threads.stderr).toBe(0);
    expect(spawn(['-g', MINI_GAZETTEERS, '-i', input, '-o', b, '--workers', '0', '-q']).status).toBe(0);
    expect(readFileSync(join(a, 'mentions.csv'), 'utf8')).toBe(readFileSync(join(b, 'mentions.csv'), 'utf8'));
    expect(spawn(['--workers', 'x']).status).toBe(2);
  }, 60_000);

  it('finds the shipped gazetteers when started from another folder without --gazetteers', () => {
    const elsewhere = tempDir('cwd');
    const article = JSON.stringify({ id: 'a1', text: 'The talks in Paris ended on Monday.' }) + '\n';
    const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, 'src/cli.ts'), '--stdin-jsonl', '--workers', '0', '--no-cache'], { cwd: elsewhere, input: article, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['Paris']);
  }, 60_000);
});

describe('files the run does not read', () => {
  it('are named in a warning on stderr, with their extensions; the run goes on', async () => {
    const input = makeCorpus(1);
    writeFileSync(join(input, 'report.pdf'), '%PDF-1.4');
    writeFileSync(join(input, 'README'), 'notes');
    const r = await cli(['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-i', input, '-o', tempDir('cli-out'), '--progress', 'none']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: 2 files in .* were not read \(no extension 1, e\.g\. README; \.pdf 1, e\.g\. report\.pdf\): the pipeline reads \.txt, \.html/);
    expect(r.out).toMatch(/^1 documents/);
  });
});
