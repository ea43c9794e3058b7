import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDiverseCorpus } from '../../scripts/diverse-corpus.js';

// scripts/diverse-corpus.ts: the name-changing variant the benchmark's `diverse` run measures memory on
const base = mkdtempSync(join(tmpdir(), 'ne-diverse-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const src = join(base, 'src');
const TEXT = 'Warner Music said on Monday that Warner and Sony would talk in London. The talks in London went well.\n';
mkdirSync(join(src, 'r00'), { recursive: true });
for (let i = 0; i < 40; i++) writeFileSync(join(src, 'r00', `${String(i).padStart(3, '0')}.txt`), TEXT);

const txt = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('writeDiverseCorpus', () => {
  it('replaces capitalised words by names made for each document, the same name throughout it, and only words of four or more letters', () => {
    const r = writeDiverseCorpus(src, join(base, 'a'), 0.002, 1);
    const docs = txt(r.dir);
    expect(r.documents).toBe(docs.length);
    expect(docs.length).toBeGreaterThan(1);
    const [, first] = docs[0];
    // p = 1: every distinct capitalised word of 4+ letters is renamed; 'The' (3 letters) stays
    expect(first).not.toMatch(/\b(Warner|Music|Monday|Sony|London)\b/);
    expect(first).toMatch(/^War\w+ Mus\w+ said on Mon\w+ that War\w+ and Son\w+ would talk in Lon\w+\. The talks in Lon\w+ went well\.\n$/);
    const warner = first.split(' ')[0];
    expect(first.split(' ')[5]).toBe('that');
    expect(first.split(' ')[6]).toBe(warner);
    // another document gets other names
    expect(docs[1][1].split(' ')[0]).not.toBe(warner);
  });

  it('stops at the size asked for, and its first part is the smaller variant', () => {
    const small = writeDiverseCorpus(src, join(base, 'small'), 0.0005);
    const big = writeDiverseCorpus(src, join(base, 'big'), 0.002);
    expect(small.bytes).toBeGreaterThanOrEqual(500);
    expect(small.documents).toBeLessThan(big.documents);
    expect(txt(big.dir).slice(0, small.documents)).toEqual(txt(small.dir));
  });

  it('is deterministic, and reuses a corpus already built with the same parameters', () => {
    const a = writeDiverseCorpus(src, join(base, 'c'), 0.001);
    const before = txt(a.dir);
    const mtime = statSync(join(a.dir, 'r00', '000.txt')).mtimeMs;
    // reused: not rewritten
    expect(writeDiverseCorpus(src, join(base, 'c'), 0.001)).toEqual(a);
    expect(statSync(join(a.dir, 'r00', '000.txt')).mtimeMs).toBe(mtime);
    // other parameters: rebuilt, and the same bytes as a fresh build elsewhere
    const other = writeDiverseCorpus(src, join(base, 'c'), 0.001, 0.5);
    expect(txt(other.dir)).toEqual(txt(writeDiverseCorpus(src, join(base, 'd'), 0.001, 0.5).dir));
    expect(txt(other.dir)).not.toEqual(before);
    expect(txt(writeDiverseCorpus(src, join(base, 'e'), 0.001).dir)).toEqual(before);
  });
});
