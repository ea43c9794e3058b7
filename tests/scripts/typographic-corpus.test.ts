import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typographic, writeTypographicCorpus } from '../../scripts/typographic-corpus.js';

// scripts/typographic-corpus.ts: the two-byte variant the benchmark's `typographic` run measures speed on
describe('typographic', () => {
  it('sets quotes, apostrophes, dashes and ellipses as a typesetter would, the words untouched', () => {
    expect(typographic('He said "it\'s over" - then left...')).toBe('He said “it’s over” – then left…');
    expect(typographic('("Quoted," she said.) \'Single\' -- and well--known\n- a list item')).toBe('(“Quoted,” she said.) ‘Single’ – and well—known\n– a list item');
    // a hyphen inside a word or a number range stays
    expect(typographic('a well-known 1990-95 X-ray')).toBe('a well-known 1990-95 X-ray');
    const sample = 'Japan\'s economy grew 0.1% - "a minor adjustment phase" - said Heizo Takenaka...';
    expect(typographic(sample).replace(/[^\p{L}\p{N}\s]/gu, '')).toBe(sample.replace(/[^\p{L}\p{N}\s]/gu, ''));
    expect(typographic('plain words, no quotes')).toBe('plain words, no quotes');
  });
});

describe('writeTypographicCorpus', () => {
  const base = mkdtempSync(join(tmpdir(), 'ne-typographic-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const src = join(base, 'src');
  mkdirSync(join(src, 'r00'), { recursive: true });
  for (let i = 0; i < 30; i++) writeFileSync(join(src, 'r00', `${String(i).padStart(3, '0')}.txt`), `Story ${i}: "Warner's talks" - in London.\n`);
  const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();

  it('copies the files in path order until the size, each set typographically, and its first part is the smaller variant', () => {
    const small = writeTypographicCorpus(src, join(base, 'small'), 0.0003);
    const big = writeTypographicCorpus(src, join(base, 'big'), 0.0008);
    expect(small.documents).toBe(files(small.dir).length);
    expect(small.documents).toBeGreaterThan(3);
    expect(big.documents).toBeGreaterThan(small.documents);
    expect(small.bytes).toBeGreaterThanOrEqual(300);
    for (const f of files(small.dir)) expect(readFileSync(join(big.dir, f), 'utf8')).toBe(readFileSync(join(small.dir, f), 'utf8'));
    // no size: every file
    expect(writeTypographicCorpus(src, join(base, 'all'))).toMatchObject({ documents: 30, wide: 30 });
    expect(readFileSync(join(small.dir, 'r00', '001.txt'), 'utf8')).toBe('Story 1: “Warner’s talks” – in London.\n');
  });

  it('is reused when built from the same source and size, rebuilt when the size changes', () => {
    const a = writeTypographicCorpus(src, join(base, 'again'), 0.0003);
    writeFileSync(join(a.dir, 'r00', '000.txt'), 'touched');
    expect(writeTypographicCorpus(src, join(base, 'again'), 0.0003)).toEqual(a);
    expect(readFileSync(join(a.dir, 'r00', '000.txt'), 'utf8')).toBe('touched');
    writeTypographicCorpus(src, join(base, 'again'), 0.0004);
    expect(readFileSync(join(a.dir, 'r00', '000.txt'), 'utf8')).toBe('Story 0: “Warner’s talks” – in London.\n');
  });
});
