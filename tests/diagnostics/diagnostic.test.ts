import { describe, expect, it } from 'vitest';
import { atLeast, notesAtLeast, problemsOf, SEVERITIES } from '../../src/diagnostics/diagnostic.js';

describe('severities', () => {
  it('atLeast orders info < warn < fail', () => {
    const table = SEVERITIES.map((s) => SEVERITIES.map((level) => atLeast(s, level)));
    expect(table).toEqual([
      [true, false, false],
      [true, true, false],
      [true, true, true],
    ]);
  });

  it('problemsOf keeps warnings and failures, in order, and drops info notes', () => {
    const notes = [
      { code: 'a', severity: 'info' },
      { code: 'b', severity: 'fail' },
      { code: 'c', severity: 'info' },
      { code: 'd', severity: 'warn' },
    ];
    expect(problemsOf(notes).map((n) => n.code)).toEqual(['b', 'd']);
    expect(problemsOf([])).toEqual([]);
    expect(notesAtLeast(notes, 'info').map((n) => n.code)).toEqual(['a', 'b', 'c', 'd']);
    expect(notesAtLeast(notes, 'fail').map((n) => n.code)).toEqual(['b']);
  });
});
