import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NAME_EDGES, WORDS_EDGES, nextAlone, type Edges } from '../../src/text/alone.js';

/** every match `nextAlone` gives, with the lastIndex after each */
function alone(source: string, flags: string, text: string, edges: Edges): [number, string, number][] {
  const re = new RegExp(source, flags);
  const out: [number, string, number][] = [];
  for (let m = nextAlone(re, text, edges); m; m = nextAlone(re, text, edges)) out.push([m.index, m[0], re.lastIndex]);
  return out;
}

/** every match of the expression with the two assertions written into it: what `nextAlone` stands for */
function bounded(source: string, flags: string, text: string): [number, string, number][] {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])` + source + String.raw`(?![\p{L}\p{N}])`, flags);
  const out: [number, string, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0], re.lastIndex]);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// letters, digits, spaces and what folds or pairs oddly: NBSP, U+0345 (folds to iota), long s, the Kelvin sign,
// an astral letter, lone surrogates, the Turkish dotted I
const CHARS = ['a', 'b', 'A', 'B', '1', ' ', ' ', '\u00a0', '\u0345', 'ι', 'ſ', 's', 'S', '\u212a', 'k', '𝐀', '\ud835', '\udc00', 'İ', 'i', '-', "'", '.'];
const char = fc.constantFrom(...CHARS);
const text = fc.array(char, { maxLength: 30 }).map((cs) => cs.join(''));
// a word as the name finder's tokens are: no space in it
const word = fc.array(fc.constantFrom(...CHARS.filter((c) => !/\s/.test(c))), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
/** words as `wordsIn` joins them: `\s+` between them */
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.map(escape).join(String.raw`\s+`));

describe('nextAlone', () => {
  it('finds what the expression with the assertions written in finds, under the flags giu (WORDS_EDGES)', () => {
    fc.assert(
      fc.property(words, fc.array(fc.oneof(text, words.map((w) => w.replace(/\\s\+/g, ' ').replace(/\\/g, ''))), { maxLength: 4 }).map((ts) => ts.join('')), (source, t) => {
        expect(alone(source, 'giu', t, WORDS_EDGES)).toEqual(bounded(source, 'giu', t));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what the expression with the assertions written in finds, under the flags gu (NAME_EDGES)', () => {
    fc.assert(
      fc.property(word.map(escape), fc.array(fc.oneof(text, word), { maxLength: 4 }).map((ts) => ts.join('')), (source, t) => {
        expect(alone(source, 'gu', t, NAME_EDGES)).toEqual(bounded(source, 'gu', t));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a name that no letter or digit touches, and not one inside a longer word', () => {
    expect(alone('Zorvex\\s+Corp', 'giu', "raised Zorvex Corp's rating", WORDS_EDGES)).toEqual([[7, 'Zorvex Corp', 18]]);
    expect(alone('Zorvex\\s+Corp', 'giu', 'Zorvex Corporation and AZorvex Corp', WORDS_EDGES)).toEqual([]);
    expect(alone('Baku', 'gu', 'Baku1 Baku, Baku', NAME_EDGES)).toEqual([[6, 'Baku', 10], [12, 'Baku', 16]]);
  });
});
