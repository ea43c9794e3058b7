import { describe, expect, it } from 'vitest';
import { ComposedMap, OffsetMap, OffsetMapBuilder } from '../../src/model/offset-map.js';

describe('OffsetMap', () => {
  it('identity maps positions one to one', () => {
    const m = OffsetMap.identity(10);
    expect(m.toOriginal({ start: 2, end: 5 })).toEqual({ start: 2, end: 5 });
  });

  // original: "a\r\nbc\u00a0d"; clean: "a\nbc d"
  const original = 'a\r\nbc\u00a0d';
  const b = new OffsetMapBuilder().copy(original, 0, 1).replace('\n', 1, 2).copy(original, 3, 2).replace(' ', 5, 1).copy(original, 6, 1);
  const { text, map } = b.build();

  it.each([
    // [clean span, original span]
    [[0, 1], [0, 1]], // 'a'
    [[1, 2], [1, 3]], // '\n' stands for '\r\n'
    [[2, 4], [3, 5]], // 'bc'
    [[4, 5], [5, 6]], // NBSP -> space
    [[2, 6], [3, 7]], // 'bc d'
    [[0, 6], [0, 7]],
  ])('maps clean %j to original %j', (c, o) => {
    expect(text).toBe('a\nbc d');
    expect(map.toOriginal({ start: c[0], end: c[1] })).toEqual({ start: o[0], end: o[1] });
  });

  it('maps synthetic text (empty original range) to a point', () => {
    const src = 'ab';
    const m = new OffsetMapBuilder().copy(src, 0, 1).replace('\n\n', 1, 0).copy(src, 1, 1).build();
    expect(m.text).toBe('a\n\nb');
    expect(m.map.toOriginal({ start: 3, end: 4 })).toEqual({ start: 1, end: 2 });
    expect(m.map.toOriginal({ start: 1, end: 3 })).toEqual({ start: 1, end: 1 });
  });

  it('composes two maps', () => {
    const inner = new OffsetMapBuilder().replace('X', 0, 3).copy('abcdef', 3, 3).build(); // 'Xdef' from 'abcdef'
    const outer = new OffsetMapBuilder().copy(inner.text, 1, 3).build(); // 'def'
    const c = new ComposedMap(outer.map, inner.map);
    expect(c.toOriginal({ start: 0, end: 3 })).toEqual({ start: 3, end: 6 });
  });
});
