import { describe, expect, it } from 'vitest';
import { grouped } from '../../src/util/format.js';

describe('grouped', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [15780824, '15,780,824'],
    [-1234567, '-1,234,567'],
  ])('%d -> %s', (x, s) => expect(grouped(x)).toBe(s));
});
