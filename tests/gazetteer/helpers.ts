import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** a gazetteer folder from `{ file: content }` (`.gz` files are gzip'd here) */
export function gazetteerFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), f.endsWith('.gz') ? gzipSync(Buffer.from(content)) : content);
  }
  return dir;
}
