import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Every option of a run, with its default, in one place. */
export interface Config {
  readonly input: string;
  readonly output: string;
  readonly gazetteers: string;
  /** documents processed at once (file reads and processing interleave) */
  readonly concurrency: number;
  readonly quiet: boolean;
}

export const DEFAULTS: Config = {
  input: 'input',
  output: 'output',
  gazetteers: 'gazetteers',
  concurrency: Math.max(1, availableParallelism()),
  quiet: false,
};

export class ConfigError extends Error {
  readonly code = 'config/invalid';
}

/**
 * Normalises user options once (the csv-stringify way): fills defaults,
 * resolves paths, checks types and ranges, and throws a ConfigError that says
 * what was expected.
 */
export function normalizeConfig(opts: Partial<Record<keyof Config, unknown>>): Config {
  const str = (k: 'input' | 'output' | 'gazetteers'): string => {
    const v = opts[k] ?? DEFAULTS[k];
    if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`--${k} expects a directory path, got ${JSON.stringify(v)}`);
    return resolve(v);
  };
  const c = opts.concurrency ?? DEFAULTS.concurrency;
  const concurrency = typeof c === 'string' ? Number(c) : c;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new ConfigError(`--concurrency expects an integer from 1 to 256, got ${JSON.stringify(c)}`);
  }
  const cfg = { input: str('input'), output: str('output'), gazetteers: str('gazetteers'), concurrency, quiet: Boolean(opts.quiet ?? DEFAULTS.quiet) };
  if (cfg.output === cfg.input) throw new ConfigError('--output must not be the input directory');
  return cfg;
}
