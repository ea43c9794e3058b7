import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/wink.js';

const tokens = (text: string) => analyse(text).tokens.map((t) => `${t.text}/${t.pos}`);

describe('wink adapter: a document is tokenised the same whatever came before it', () => {
  it.each([
    // [earlier document that teaches wink a chunk, later document]
    ["It is not Sony's, whatever they say.", "The chip will drive Sony's PlayStation 3."],
    ["Ask O'Neill's, then leave.", "Then O'Neill's men left."],
    ['Prices (U.S.), rose.', 'The U.S. envoy arrived.'],
  ])('%s | %s', (earlier, later) => {
    const before = tokens(later);
    analyse(earlier);
    expect(tokens(later)).toEqual(before);
  });

  it('keeps possessives apart after wink has met the possessive before a comma', () => {
    analyse("It is not Sony's, whatever they say.");
    expect(tokens("Sony's PlayStation").slice(0, 2)).toEqual(['Sony/PROPN', "'s/PART"]);
  });
});
