import { describe, expect, it } from 'vitest';
import { analyse, instancesBuilt, setLearnedLimit, wordsLearned } from '../../src/nlp/wink.js';

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

  it('survives many rebuilds (the model\'s metaCER() re-stringified its string on each new instance until Invalid string length)', () => {
    const doc = 'Zorvathy and Qaraxanbəyli signed in Xankəndi.';
    const before = tokens(doc);
    setLearnedLimit(1);
    try {
      // without the fix the 20th or so instance throws RangeError: Invalid string length
      for (let i = 0; i < 40; i++) expect(tokens(doc)).toEqual(before);
    } finally {
      setLearnedLimit();
    }
  }, 60_000);

  it('rebuilds before a packed feature (2-letter prefixes) can overflow its bit field', () => {
    const later = 'Ilham Aliyev met Nikol Pashinyan in Moscow.';
    const before = tokens(later);
    // 4,096 Cyrillic letter pairs: prefixes the English model has never seen (the field has room for 6,912 new ones)
    const letters = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x410 + i));
    const words = letters.flatMap((a) => letters.map((b) => `${a}${b}ов`));
    analyse(words.join(' ') + '.');
    const built = instancesBuilt();
    expect(tokens(later)).toEqual(before);
    expect(instancesBuilt()).toBe(built + 1);
  }, 60_000);

  it('gives the same tokens when the instance is rebuilt between documents (learned-word limit)', () => {
    const docs = ["It is not Sony's, whatever they say.", 'Zorvathy and Qaraxanbəyli signed in Xankəndi.', "The chip will drive Sony's PlayStation 3."];
    const before = docs.map(tokens);
    setLearnedLimit(1); // a rebuild before nearly every document
    try {
      expect(docs.map(tokens)).toEqual(before);
      expect(docs.map(tokens)).toEqual(before);
    } finally {
      setLearnedLimit();
    }
  });

  it('keeps plain words it has learned, and learns the others again in each document', () => {
    const learns = (text: string) => {
      const before = wordsLearned();
      analyse(text);
      return wordsLearned() - before;
    };
    // plain words: learned once, then known (no rebuild in between: the limit is far)
    learns('Zorvathy met Qaraxanov.');
    expect(learns('Zorvathy met Qaraxanov.')).toBe(0);
    // not plain: a digit, an apostrophe; and `USD`, which the model's recursive tokenizer would tag as a currency
    learns("Zorvathy's F16 cost 5 USD.");
    expect(learns("Zorvathy's F16 cost 5 USD.")).toBeGreaterThanOrEqual(3);
    const tokensOf = (text: string) => analyse(text).tokens.map((t) => t.text);
    expect(tokensOf("Zorvathy's F16 cost 5 USD.")).toEqual(['Zorvathy', "'s", 'F16', 'cost', '5', 'USD', '.']);
  });

  it('tags a document the same after a long history of other documents as on its own', () => {
    const later = "Qaraxanov's envoy met Zorvathy (Azerbaijan's foreign minister) in Baku on 12 Oct., then left for Moscow.";
    const before = tokens(later);
    const names = ['Qaraxanov', 'Zorvathy', 'Baku', 'Azerbaijan', 'Moscow', 'envoy', 'Oct'];
    for (let i = 0; i < 300; i++) {
      const a = names[i % names.length];
      const b = names[(i * 3) % names.length];
      analyse(`${a}'s ${b}-${i} (${a.toUpperCase()}) ${b}.${a} ${i}${a} ${a}, ${b}'s. ${a.toLowerCase()} ${b}s`);
    }
    expect(tokens(later)).toEqual(before);
  });
});
