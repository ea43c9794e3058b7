import { describe, expect, it } from 'vitest';
import { GazetteerMatcher, spellsOut } from '../../src/gazetteer/matcher.js';
import type { GazetteerEntry } from '../../src/gazetteer/types.js';
import { tokenize } from '../../src/text/tokenize.js';

const E = (id: string, name: string, aliases: string[] = [], caseInsensitive = false): GazetteerEntry => ({
  id,
  name,
  type: 'place',
  aliases,
  tier: 'curated',
  file: 'x.tsv',
  line: 1,
  caseInsensitive,
  commonWord: false,
  priority: 0,
});

const matcher = new GazetteerMatcher([
  E('a', 'Port'),
  E('b', 'Port of Spain Harbour Authority Building'), // 6 tokens: the walk must not stop at 'Port of'
  E('c', 'Nagorno-Karabakh'),
  E('d', 'Côte d’Ivoire', ['Ivory Coast']),
  E('e', 'São Tomé and Príncipe'),
  E('f', 'acme widgets', [], true),
  E('g', 'North Atlantic Treaty Organization', ['NATO']),
  E('h', 'ALEX'), // a brand set in capitals, no acronym
  E('i', 'World Anti-Doping Agency', ['WADA']),
  { ...E('j', 'CARE', ['Cooperative for Assistance and Relief Everywhere']), commonWord: true },
  E('k', 'Zorvex Disease Bureau', ['ZDB']),
  E('l', 'Brell', ['BRL']), // letters no name of the entry spells out
  E('m', 'Zorvex Dairy', ['ZD']),
]);

/** every match at every token: `text [mode] -> entry ids` */
function matches(text: string, caps = false): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const m of matcher.matchAt(tokens, i, tokens.length, caps)) {
      out.push(`${text.slice(tokens[m.from].start, tokens[m.to - 1].end)} [${m.mode}] -> ${m.hits.map((h) => h.entry.id).join(',')}`);
    }
  }
  return out;
}

describe('GazetteerMatcher.matchAt: the longest alias from each token', () => {
  it.each([
    // [text, ALL-CAPS context, expected matches]
    ['Port of Spain Harbour Authority Building', false, ['Port of Spain Harbour Authority Building [exact] -> b']], // a 6-token alias, longest wins
    ['Port of Spain Harbour', false, ['Port [exact] -> a']], // a prefix of a long alias is no match: the shorter one is
    ['the Port closed', false, ['Port [exact] -> a']],
    ['Nagorno-Karabakh and Nagorno Karabakh', false, ['Nagorno-Karabakh [exact] -> c', 'Nagorno Karabakh [exact] -> c']], // joiner left out of the key
    ["Côte d'Ivoire and the Ivory Coast", false, ["Côte d'Ivoire [exact] -> d", 'Ivory Coast [exact] -> d']], // apostrophes unified, non-ASCII words
    ['São Tomé and Príncipe', false, ['São Tomé and Príncipe [exact] -> e']],
    ['São Tomé and', false, []], // a proper prefix of a non-ASCII alias is no match
    ['ACME Widgets and Acme widgets', false, ['ACME Widgets [folded] -> f', 'Acme widgets [folded] -> f']], // `ci` entries in any case
    ['PORT OF SPAIN HARBOUR AUTHORITY BUILDING', true, ['PORT OF SPAIN HARBOUR AUTHORITY BUILDING [upper] -> b']], // ALL-CAPS context
    ['PORT OF SPAIN HARBOUR AUTHORITY BUILDING', false, []], // …only there
    ['port of spain', false, []], // case-sensitive by default
    // an acronym that another name of the entry spells out, written as a word (British house style): 'word' mode
    ['Nato and NATO', false, ['Nato [word] -> g', 'NATO [exact] -> g']],
    ['Wada said', false, ['Wada [word] -> i']], // a hyphenated word's parts each give an initial
    ['Alex said', false, []], // a brand in capitals spelling nothing out
    ['Care said', false, []], // an entry whose name is a common word
    ['NaTO or NATo', false, []],
    // initials with full stops no alias holds so: the letters' alias, where another name spells them out
    ['the Z.D.B. said', false, ['Z.D.B. [exact] -> k']],
    ['officials of the Z.D.B.', false, ['Z.D.B. [exact] -> k']],
    ['the B.R.L. said', false, []],
    ['the Z.D. said', false, []], // two letters: a degree's or a unit's as often ('M.D.', 'N.Z. Dlrs')
    ['the Z.D.B.Q. said', false, []], // not the first letters of longer initials
    ['the Z. D. B. said', false, []],
    ['Z.D.B. HOLDINGS INC', true, []], // a firm's initials before the rest of its name in capitals
  ])('%s (caps %s)', (text, caps, expected) => {
    expect(matches(text, caps)).toEqual(expected);
  });
});

describe('GazetteerMatcher: a name matched by its context only (flag `context`)', () => {
  const m = new GazetteerMatcher([{ ...E('g:1', 'Charlotte', ['Sharlott']), contextOnly: true }, E('g:2', 'Charlotte Amalie'), E('g:3', 'Charlotte')]);
  const at = (text: string) => {
    const tokens = tokenize(text);
    return tokens.flatMap((_, i) => m.matchAt(tokens, i, tokens.length, true).map((x) => `${text.slice(tokens[x.from].start, tokens[x.to - 1].end)} -> ${x.hits.map((h) => h.entry.id).join(',')}`));
  };
  it('matchAt: not by its name (another entry of that name still is), but by its aliases', () => {
    expect(at('Charlotte, Sharlott and Charlotte Amalie')).toEqual(['Charlotte -> g:3', 'Sharlott -> g:1', 'Charlotte Amalie -> g:2']);
  });
  it('contextHits: by its name as written or in capitals, not by an alias or another case', () => {
    const ids = (text: string) => m.contextHits(text).map((h) => `${h.entry.id} ${h.alias}`);
    expect([ids('Charlotte'), ids('CHARLOTTE'), ids('charlotte'), ids('Sharlott'), ids('Charlotte Amalie')]).toEqual([['g:1 Charlotte'], ['g:1 Charlotte'], [], [], []]);
  });
});

describe('GazetteerMatcher.exactHits: the entries of a name or an alias as written', () => {
  it('by a name, an alias or a name matched by context only; not by another case, a part or a longer name', () => {
    const m = new GazetteerMatcher([{ ...E('g:1', 'Charlotte', ['Sharlott']), contextOnly: true }, E('g:2', 'Charlotte Amalie'), E('g:3', 'Charlotte'), E('g:4', 'Port', ['Charlotte Amalie'])]);
    const ids = (text: string) => m.exactHits(text).map((h) => `${h.entry.id} ${h.alias}`);
    expect([ids('Charlotte'), ids('Sharlott'), ids('Charlotte Amalie'), ids('CHARLOTTE'), ids('Amalie'), ids('Charlotte Amalie Port'), ids('')]).toEqual([
      ['g:1 Charlotte', 'g:3 Charlotte'],
      ['g:1 Sharlott'],
      ['g:2 Charlotte Amalie', 'g:4 Charlotte Amalie'],
      [],
      [],
      [],
      [],
    ]);
  });
});

describe('GazetteerMatcher.contextAndExactHits: both look-ups of one text at once', () => {
  it('gives what contextHits and exactHits give, each', () => {
    const m = new GazetteerMatcher([{ ...E('q:1', 'Quandell', ['Kwandel']), contextOnly: true }, E('q:2', 'Quandell'), E('q:3', 'Quandell Falls', ['Kwandel'])]);
    for (const text of ['Quandell', 'QUANDELL', 'Kwandel', 'Quandell Falls', 'quandell', 'Zorvex', '']) {
      expect(m.contextAndExactHits(text)).toEqual([m.contextHits(text), m.exactHits(text)]);
    }
    expect(m.contextAndExactHits('Quandell').map((hits) => hits.map((h) => h.entry.id))).toEqual([['q:1'], ['q:1', 'q:2']]);
  });
});

describe('GazetteerMatcher.tokenHashes: into the array it is given, where that has room', () => {
  it('the same hashes, in the same array when long enough, in a new one else', () => {
    const m = new GazetteerMatcher([E('z', 'Zorvex Falls')]);
    const long = tokenize('the Zorvex Falls of Quandell county');
    const short = tokenize('Zorvex Falls');
    const first = m.tokenHashes(long);
    const again = m.tokenHashes(short, first);
    expect(again).toBe(first);
    expect([...again.slice(0, short.length)]).toEqual([...m.tokenHashes(short)]);
    const grown = m.tokenHashes(long, m.tokenHashes(short));
    expect(grown.length).toBeGreaterThanOrEqual(long.length);
    expect([...grown.slice(0, long.length)]).toEqual([...m.tokenHashes(long)]);
    // (matchAt reads the reused array's hashes of the sentence's tokens only)
    expect(m.matchAt(short, 0, short.length, false, again).map((x) => [x.from, x.to])).toEqual([[0, 2]]);
  });
});

describe("GazetteerMatcher: a brand index's name of several words none capitalised", () => {
  it('is not indexed (it cannot be told from running text); a curated one, a capitalised one or one word is', () => {
    const brand = (id: string, name: string): GazetteerEntry => ({ ...E(id, name), type: 'organization', tier: 'generated' });
    const m = new GazetteerMatcher([brand('a', '8 seconds'), brand('b', 'zorvex'), brand('c', 'Kellin Foods'), { ...E('d', 'five to go'), type: 'organization' as const }]);
    const ids = (text: string) => {
      const tokens = tokenize(text);
      return tokens.flatMap((_, i) => m.matchAt(tokens, i, tokens.length, false).flatMap((x) => x.hits.map((h) => h.entry.id)));
    };
    expect(ids('a blog every 8 seconds')).toEqual([]);
    expect(ids('zorvex and Kellin Foods and five to go')).toEqual(['b', 'c', 'd']);
  });
});

describe('spellsOut: another name of the entry whose capitalised words give the acronym', () => {
  it.each([
    [{ name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] }, 'OPEC', true],
    [{ name: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['UNESCO'] }, 'UNESCO', true],
    [{ name: 'KEPCO', aliases: ['Korea Electric Power Corporation'] }, 'KEPCO', false],
    [{ name: 'JOEY', aliases: [] }, 'JOEY', false],
  ])('%j, %s: %s', (entry, acronym, expected) => {
    expect(spellsOut(entry, acronym)).toBe(expected);
  });
});
