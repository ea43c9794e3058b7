import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, SHIPPED_GAZETTEERS, defaultGazetteers, normalizeConfig, workersFor } from '../src/config.js';

const auto = (workers?: number) => ({ ...normalizeConfig({ input: 'input', output: 'output', gazetteers: 'gazetteers' }), ...(workers === undefined ? {} : { workers }) });
const MB = 1_000_000;

describe('workersFor (the worker count when --workers is not given)', () => {
  it('runs small inputs in the main thread, then one worker per bytesPerAutoWorker, at least one, up to the cores', () => {
    expect(DEFAULTS.mainThreadBelow).toBe(2 * MB);
    expect(DEFAULTS.bytesPerAutoWorker).toBe(10 * MB);
    const eight = auto(8);
    expect([0, 1.9 * MB, 2 * MB, 9.9 * MB, 10 * MB, 19.9 * MB, 20 * MB, 35 * MB, 80 * MB, 5000 * MB].map((b) => workersFor(eight, b))).toEqual([0, 0, 1, 1, 1, 1, 2, 3, 8, 8]);
    // one core: one worker once the input is not small
    expect([1 * MB, 3 * MB, 500 * MB].map((b) => workersFor(auto(1), b))).toEqual([0, 1, 1]);
  });

  it('keeps an explicit --workers, and the core count when the input size is unknown (--stdin-jsonl)', () => {
    const explicit = normalizeConfig({ input: 'input', output: 'output', gazetteers: 'gazetteers', workers: 2 });
    expect([0, 1 * MB, 500 * MB].map((b) => workersFor(explicit, b))).toEqual([2, 2, 2]);
    expect(workersFor(normalizeConfig({ input: 'input', output: 'output', gazetteers: 'gazetteers', workers: 0 }), 500 * MB)).toBe(0);
    expect(workersFor(auto(4), undefined)).toBe(4);
  });
});

describe('the gazetteers when --gazetteers is not given', () => {
  it('are ./gazetteers when the working folder has one, else the shipped ones', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ne-cwd-'));
    expect(defaultGazetteers(cwd)).toBe(SHIPPED_GAZETTEERS);
    expect(SHIPPED_GAZETTEERS).toBe(new URL('../gazetteers', import.meta.url).pathname);
    mkdirSync(join(cwd, 'gazetteers'));
    expect(defaultGazetteers(cwd)).toBe(join(cwd, 'gazetteers'));
    expect(normalizeConfig({ gazetteers: 'mine' }).gazetteers).toBe(join(process.cwd(), 'mine'));
  });
});
