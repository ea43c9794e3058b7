/**
 * What the bench's corpus variants share (scripts/diverse-corpus.ts, scripts/typographic-corpus.ts): copy the .txt
 * files of a corpus (in path order) to another folder, each through `transform`, all or until `mb` megabytes, and
 * reuse the folder when its marker says it was built with the same parameters. Deterministic when `transform` is.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface VariantCorpus {
  readonly dir: string;
  readonly documents: number;
  readonly bytes: number;
  /** documents with a character above U+00FF (a two-byte string to V8) */
  readonly wide: number;
}

/**
 * Writes the variant into `dst`. `params` (a version among them, bumped when `transform` changes) decide whether
 * the marker `marker` in `dst` names the same variant; `transform(text, n)` is given each file's text and its
 * 0-based number.
 */
export function writeCorpusVariant(src: string, dst: string, marker: string, params: Record<string, unknown>, transform: (text: string, n: number) => string, mb?: number): VariantCorpus {
  const file = join(dst, marker);
  const key = JSON.stringify({ ...params, src, mb: mb ?? null });
  if (existsSync(file)) {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { key: string; documents: number; bytes: number; wide: number };
    if (m.key === key) return { dir: dst, documents: m.documents, bytes: m.bytes, wide: m.wide };
  }
  rmSync(dst, { recursive: true, force: true });
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  let bytes = 0;
  let n = 0;
  let wide = 0;
  for (const f of files) {
    const out = transform(readFileSync(join(src, f), 'utf8'), n);
    if (/[^\u0000-\u00ff]/.test(out)) wide++;
    mkdirSync(dirname(join(dst, f)), { recursive: true });
    writeFileSync(join(dst, f), out);
    bytes += Buffer.byteLength(out);
    n++;
    if (mb !== undefined && bytes >= mb * 1e6) break;
  }
  writeFileSync(file, JSON.stringify({ key, documents: n, bytes, wide }));
  return { dir: dst, documents: n, bytes, wide };
}
