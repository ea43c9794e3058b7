import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';

export const ROOT = new URL('..', import.meta.url).pathname;

/** Runs the real CLI (from the TypeScript sources; `npm run pipeline` runs them built) into a fresh temp directory and returns it. */
export function runCli(args: string[]): { out: string; stdout: string } {
  const out = mkdtempSync(join(tmpdir(), 'ne-test-'));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), '--output', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { out, stdout };
}

export const readJson = <T = unknown>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** A string V8 stores one byte a character: its serialization is of the one-byte kind (tag '"' after the 2-byte header). */
export const isOneByte = (s: string): boolean => v8.serialize(s)[2] === 0x22;
