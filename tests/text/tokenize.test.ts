import { describe, expect, it } from 'vitest';
import { aliasKeys, isAllCaps, tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it.each([
    ["Aliyev's", ['Aliyev', "'", 's']],
    ['Aliyev’s', ['Aliyev', "'", 's']], // curly apostrophe unified in keys
    ['Nagorno-Karabakh', ['Nagorno', '-', 'Karabakh']],
    ['İlham Əliyev', ['İlham', 'Əliyev']], // Unicode letters stay inside words
    ['Ünal, U.S.', ['Ünal', ',', 'U', '.', 'S', '.']],
    ['e\u0301te', ['e\u0301te']], // combining marks are part of the word
  ])('%s -> %j', (text, keys) => {
    expect(tokenize(text).map((t) => t.key)).toEqual(keys);
  });

  it('marks attached hyphens as joiners, spaced dashes not', () => {
    expect(tokenize('Nagorno-Karabakh').map((t) => t.joiner)).toEqual([false, true, false]);
    expect(tokenize('Baku - Moscow').map((t) => t.joiner)).toEqual([false, false, false]);
  });

  it.each([
    ['Nagorno-Karabakh', ['Nagorno', 'Karabakh']],
    ['Nagorno Karabakh', ['Nagorno', 'Karabakh']],
    ['OSCE Minsk Group', ['OSCE', 'Minsk', 'Group']],
  ])('alias keys of %s', (alias, keys) => {
    expect(aliasKeys(alias)).toEqual(keys);
  });

  it.each([
    ['BAKU', true],
    ['OSCE', true],
    ['Baku', false],
    ['A', false],
    ['ƏLİYEV', true],
  ])('isAllCaps(%s) = %s', (t, want) => {
    expect(isAllCaps(t)).toBe(want);
  });
});
