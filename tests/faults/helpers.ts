import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli.js';

/** Runs the CLI's main() in this process with captured streams (exit code, stdout, stderr). */
export async function cli(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
