import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { singleSpaced } from '../../src/text/chars.js';

describe('singleSpaced', () => {
  it.each([
    ['Richard von\nWeizsaecker', 'Richard von Weizsaecker'],
    ['Jose\r\nSarney', 'Jose Sarney'],
    ['Quorvex \n  Motors\tCorp', 'Quorvex Motors Corp'],
    ['Ilham Aliyev', 'Ilham Aliyev'],
    ['Aliyev', 'Aliyev'],
  ])('%j -> %j', (s, want) => {
    expect(singleSpaced(s)).toBe(want);
  });

  it('gives the string itself when it has only single spaces, and never two white-space characters in a row', () => {
    const plain = 'Ilham Aliyev';
    expect(singleSpaced(plain)).toBe(plain);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'B', ' ', '\n', '\t', '\u00a0', 'é'), { maxLength: 20 }), (chars) => {
        const s = chars.join('');
        const out = singleSpaced(s);
        expect(out).not.toMatch(/\s\s|[^\S ]/);
        expect(out).toBe(s.replace(/\s+/g, ' '));
      }),
    );
  });
});
