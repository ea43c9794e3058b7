import { afterEach, describe, expect, it, vi } from 'vitest';
import { growthFor, MAX_HEAP_GROWING_PERCENT, MIN_HEAP_GROWING_PERCENT, startHeapController } from '../../src/util/heap.js';
import { ConfigError, DEFAULTS, defaultMemoryBudgetMb, normalizeConfig } from '../../src/config.js';

const MB = 1024 * 1024;

describe('growthFor (heap growth from the memory left under the budget)', () => {
  it('lets each heap grow by the free fraction of the budget, between the floor and 100%', () => {
    expect(MIN_HEAP_GROWING_PERCENT).toBe(20);
    expect(MAX_HEAP_GROWING_PERCENT).toBe(100);
    expect(growthFor(300 * MB, 900 * MB)).toBe(100); // 200% free: capped
    expect(growthFor(450 * MB, 900 * MB)).toBe(100);
    expect(growthFor(600 * MB, 900 * MB)).toBe(50);
    expect(growthFor(720 * MB, 900 * MB)).toBe(25);
    expect(growthFor(800 * MB, 900 * MB)).toBe(20); // 12.5% free: the floor
    expect(growthFor(2000 * MB, 900 * MB)).toBe(20); // over the budget: still the floor, the run goes on
  });

  it('stays at the floor without a budget (0) or a reading', () => {
    expect(growthFor(100 * MB, 0)).toBe(20);
    expect(growthFor(0, 900 * MB)).toBe(20);
    expect(growthFor(Number.NaN, 900 * MB)).toBe(20);
  });

  it('never rises as memory rises (so the controller cannot run away)', () => {
    let last = Infinity;
    for (let rss = 50; rss <= 3000; rss += 7) {
      const g = growthFor(rss * MB, 900 * MB);
      expect(g).toBeLessThanOrEqual(last);
      last = g;
    }
  });
});

describe('startHeapController', () => {
  afterEach(() => vi.useRealTimers());

  it('sets the growth at once, then follows the RSS every 200 ms, setting the flag only when the value changes', () => {
    vi.useFakeTimers();
    let rss = 300 * MB;
    const set: number[] = [];
    const c = startHeapController(900, { rss: () => rss, setGrowth: (p) => set.push(p) });
    expect(set).toEqual([100]);
    vi.advanceTimersByTime(1000);
    expect(set).toEqual([100]);
    rss = 600 * MB;
    vi.advanceTimersByTime(200);
    expect(set).toEqual([100, 50]);
    rss = 850 * MB;
    vi.advanceTimersByTime(400);
    expect(set).toEqual([100, 50, 20]);
    c.setBudget(1700); // a later run with a larger budget takes effect at once
    expect(set).toEqual([100, 50, 20, 100]);
    c.stop();
    rss = 1600 * MB;
    vi.advanceTimersByTime(1000);
    expect(set).toEqual([100, 50, 20, 100]);
  });
});

describe('--memory-budget', () => {
  it('defaults to DEFAULTS.memoryBudgetMb, or half the memory (or the container limit) when that is less', () => {
    expect(DEFAULTS.memoryBudgetMb).toBe(900);
    const GiB = 2 ** 30;
    expect(defaultMemoryBudgetMb(24 * GiB)).toBe(900);
    expect(defaultMemoryBudgetMb(24 * GiB, 2 ** 64)).toBe(900); // no container limit
    expect(defaultMemoryBudgetMb(1 * GiB)).toBe(512);
    expect(defaultMemoryBudgetMb(24 * GiB, 1.5 * GiB)).toBe(768);
    expect(defaultMemoryBudgetMb(24 * GiB, 0)).toBe(900);
  });

  it('takes 0 or a number of MB', () => {
    expect(normalizeConfig({ memoryBudget: '0' }).memoryBudgetMb).toBe(0);
    expect(normalizeConfig({ memoryBudget: '4096' }).memoryBudgetMb).toBe(4096);
    expect(() => normalizeConfig({ memoryBudget: '1.5' })).toThrow(ConfigError);
    expect(() => normalizeConfig({ memoryBudget: '-1' })).toThrow('--memory-budget expects an integer from 0 to 1000000, got "-1"');
  });
});
