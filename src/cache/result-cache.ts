import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DocumentResult } from '../pipeline.js';

/**
 * The incremental-run cache: one JSON file per document holding its
 * `DocumentResult` (everything the tables need), under
 *
 *   <cache dir>/<run fingerprint>/<key[0..2]>/<key>.json
 *
 * The key is a hash of the run fingerprint, the document's path and the hash
 * of its content (the file's bytes, or the JSONL line), so an edited file
 * misses and an unchanged one hits. The run fingerprint hashes everything
 * else a result depends on: the code (package version and every file under
 * src/), the gazetteer files and the cache format. When it changes every
 * entry is invalid (the simple rule: editing one gazetteer line reprocesses
 * everything), and the old fingerprint folders are deleted when the cache is
 * opened. Entries of files that were edited or removed stay until then.
 */
const FORMAT = 'news-entities-cache/1';
const FINGERPRINT_DIR = /^[0-9a-f]{16}$/;

const sha256 = () => createHash('sha256');

export function contentHash(content: Uint8Array | string): string {
  return sha256().update(content).digest('hex');
}

/** Every regular file under `dir` (recursively, sorted), hashed with its relative path. */
function hashTree(h: ReturnType<typeof sha256>, dir: string, filter: (rel: string) => boolean = () => true): void {
  if (!existsSync(dir)) return;
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(sep).join('/'))
    .filter((f) => filter(f) && statSync(join(dir, f)).isFile())
    .sort();
  for (const f of files) h.update(`\0${f}\0`).update(readFileSync(join(dir, f)));
}

/**
 * What every cached result depends on besides its own input. The gazetteer
 * side hashes the files the loader reads (files directly in the gazetteer
 * folder and its `lexicons/`), not build folders beside them.
 */
export async function runFingerprint(gazetteerDir: string, modelPath: string | null = null): Promise<string> {
  const h = sha256().update(FORMAT);
  const src = new URL('..', import.meta.url).pathname;
  const pkg = join(src, '..', 'package.json');
  if (existsSync(pkg)) h.update(`\0version\0${(JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? ''}`);
  h.update('\0src');
  hashTree(h, src);
  h.update('\0gazetteers');
  hashTree(h, gazetteerDir, (rel) => !rel.includes('/') || rel.startsWith('lexicons/'));
  // a different --model (or none) gives different results
  h.update('\0model');
  if (modelPath) h.update(readFileSync(modelPath));
  return h.digest('hex').slice(0, 16);
}

let tmpCounter = 0;

/** Stores one result atomically (temporary file, then rename), so a crash never leaves a half-written entry. */
export async function writeCacheEntry(file: string, result: DocumentResult): Promise<void> {
  const tmp = `${file}.${process.pid}-${threadId}-${tmpCounter++}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(result));
    await rename(tmp, file);
  } catch {
    // a cache that cannot be written only costs time on the next run
    await rm(tmp, { force: true });
  }
}

export class ResultCache {
  private constructor(
    readonly root: string,
    readonly fingerprint: string,
  ) {}

  static async open(dir: string, fingerprint: string): Promise<ResultCache> {
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (name !== fingerprint && FINGERPRINT_DIR.test(name)) await rm(join(dir, name), { recursive: true, force: true });
    }
    const root = join(dir, fingerprint);
    await Promise.all(Array.from({ length: 256 }, (_, i) => mkdir(join(root, i.toString(16).padStart(2, '0')), { recursive: true })));
    return new ResultCache(root, fingerprint);
  }

  key(kind: 'file' | 'record', path: string, content: string): string {
    return sha256().update(`${this.fingerprint}\0${kind}\0${path}\0${content}`).digest('hex');
  }

  fileFor(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.json`);
  }

  /** The stored result, or undefined when there is none (or it cannot be read: then the document is processed again). */
  async get(key: string): Promise<DocumentResult | undefined> {
    let text: string;
    try {
      text = await readFile(this.fileFor(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const r = JSON.parse(text) as DocumentResult;
      return typeof r?.id === 'string' && Array.isArray(r.mentions) && Array.isArray(r.diagnostics) ? r : undefined;
    } catch {
      return undefined;
    }
  }

  /** Relative paths of the entries (for tests and housekeeping). */
  async entries(): Promise<string[]> {
    return ((await readdir(this.root, { recursive: true })) as string[]).filter((f) => f.endsWith('.json')).map((f) => relative(this.root, join(this.root, f)));
  }
}
