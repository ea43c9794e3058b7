import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { parseConll } from '../../src/eval/conll.js';
import { conllCleanDocument, rebuildText } from '../../src/eval/documents.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { findDefinitions, findTermDefinitions } from '../../src/stages/abbreviations.js';

// the text goes straight to split, one line per block, tokens separated by spaces (as in find-names.test.ts)
function split(text: string) {
  const doc = parseConll(text.split('\n').map((l) => l.split(' ').map((w) => `${w} O`).join('\n')).join('\n\n'))[0];
  return splitSentences(conllCleanDocument(doc, rebuildText(doc)), { report: new Reporter() });
}
/** [long form, short form] of each definition in a one-sentence text */
function definitions(sentence: string): [string, string][] {
  const doc = split(sentence);
  return findDefinitions(doc).map((d) => [doc.clean.slice(d.long.start, d.long.end), doc.clean.slice(d.short.start, d.short.end)]);
}

describe('findDefinitions: abbreviations a text defines', () => {
  it.each([
    // every capitalised word gives a letter; connectives may give none ('for', 'and', 'in') or one ('of' of 'MoD')
    ['Officials of the Organisation for Security and Cooperation in Europe ( OSCE ) left .', 'Organisation for Security and Cooperation in Europe', 'OSCE'],
    ['The Ministry of Defence ( MoD ) said .', 'Ministry of Defence', 'MoD'],
    ['He joined the Guangdong Post and Telecommunications Administration ( GPTA ) in May .', 'Guangdong Post and Telecommunications Administration', 'GPTA'],
    // an all-capitals word gives several letters; the part after a hyphen gives one or none
    ['The UN High Commissioner for Refugees ( UNHCR ) said .', 'UN High Commissioner for Refugees', 'UNHCR'],
    ['The Organization for Security and Co-operation in Europe ( OSCE ) met .', 'Organization for Security and Co-operation in Europe', 'OSCE'],
    ['Al - Qaeda in the Arabian Peninsula ( AQAP ) claimed it .', 'Al - Qaeda in the Arabian Peninsula', 'AQAP'],
    // the shortest long form that spells the letters; a possessive before the bracket is left out
    ['Analysts at the Bank of Japan \'s ( BOJ ) office said .', 'Bank of Japan', 'BOJ'],
    ['Poland and the Czech National Bank ( CNB ) agreed .', 'Czech National Bank', 'CNB'],
    // dotted short forms; a translated name's initials in another order
    ['The United Nations ( U.N. ) said .', 'United Nations', 'U.N.'],
    ['Leaders of the Islamic Salvation Front ( FIS ) were freed .', 'Islamic Salvation Front', 'FIS'],
    // the long form in brackets after the short form
    ['ANAMA ( Azerbaijan National Agency for Mine Action ) cleared the road .', 'Azerbaijan National Agency for Mine Action', 'ANAMA'],
  ])('%s', (sentence, long, short) => {
    expect(definitions(sentence)).toEqual([[long, short]]);
  });

  it.each([
    // letters the words do not spell, or a lower-case word in the way
    'The Kurdistan Workers Party ( PKK ) said .',
    'He met the leaders of the rebel movement ( RPF ) on Monday .',
    'Sales of Michael Johnson ( U.S. ) rose .',
    // a plural is a kind of thing ('IDPs'); one word is no long form; a single capital is no short form
    'Many Internally Displaced Persons ( IDPs ) fled .',
    'The Fed ( FED ) met .',
    'Plan B ( B ) failed .',
    // a number breaks the pairing
    'The Group of 77 ( GS ) met .',
  ])('no definition: %s', (sentence) => {
    expect(definitions(sentence)).toEqual([]);
  });
});

describe('findDefinitions: a short form written as a word, one capital and small letters', () => {
  it.each([
    // four letters or more, each word giving its initial or its first two or three letters ('Ex' of 'Exchange', 'Qu' of
    // 'Quandell')
    ['Oil rose on the Quandell Yardley Mercantile Exchange ( Qymex ) on Monday .', 'Quandell Yardley Mercantile Exchange', 'Qymex'],
    ['The Association for Quandell Clearing Services ( Aqucs ) said fraud fell .', 'Association for Quandell Clearing Services', 'Aqucs'],
    ['The Single Zorvex Payments Area ( Szpa ) starts in May .', 'Single Zorvex Payments Area', 'Szpa'],
  ])('%s', (sentence, long, short) => {
    expect(definitions(sentence)).toEqual([[long, short]]);
    // (not three letters, a legal form's: 'Pellan Trading Enterprises (Pte) Ltd'; nor a word the long form's letters do
    // not spell, an agency's credit; nor a prefix for a short form in capitals, a ticker's as often: 'Zorvex
    // Pharmaceuticals (ZORP)')
    expect(definitions('Shares in Pellan Trading Enterprises ( Pte ) Ltd rose .')).toEqual([]);
    expect(definitions('The Kellin Harbour Board ( Reuters ) said .')).toEqual([]);
    expect(definitions('Shares of Zorvex Pharmaceuticals ( ZORP ) rose .')).toEqual([]);
  });
});

describe('findDefinitions: a short form written as a word before its long form in brackets', () => {
  it.each([
    ['Oil rose on Qymex ( Quandell Yardley Mercantile Exchange ) on Monday .', 'Quandell Yardley Mercantile Exchange', 'Qymex'],
    ['Aqucs ( Association for Quandell Clearing Services ) said fraud fell .', 'Association for Quandell Clearing Services', 'Aqucs'],
  ])('%s', (sentence, long, short) => {
    expect(definitions(sentence)).toEqual([[long, short]]);
  });
  it('not a word the long form does not spell, nor a name before a team in brackets', () => {
    expect(definitions('Kellin ( Quandell Yardley Rovers ) scored .')).toEqual([]);
    expect(definitions('Tries by Servin ( Stade Quandellois ) won it .')).toEqual([]);
  });
});

describe("findDefinitions: a short form of six letters or more made of its long form's syllables", () => {
  it.each([
    // each capitalised word its first one to four letters, in order ('Quan-Zor-Ma-B') or not ('Co-Zorv-Co', a translated name's)
    ['The Quandell Zorvic Marine Board ( Quanzormab ) said .', 'Quandell Zorvic Marine Board', 'Quanzormab'],
    ['The Zorvian Copper Commission ( Cozorvco ) said output rose .', 'Zorvian Copper Commission', 'Cozorvco'],
    ['The Council for Quandell Economic Cooperation ( COQECONC ) met .', 'Council for Quandell Economic Cooperation', 'COQECONC'],
  ])('%s', (sentence, long, short) => {
    expect(definitions(sentence)).toEqual([[long, short]]);
  });
  it('not five letters or fewer, nor two words, nor letters no word gives', () => {
    expect(definitions('Shares of Zorvex Quandell Pharmaceuticals ( ZOQUP ) rose .')).toEqual([]);
    expect(definitions('The Zorvian Commission ( Cozorv ) said .')).toEqual([]);
    expect(definitions('The Zorvian Copper Commission ( Gozorvco ) said .')).toEqual([]);
  });
});

describe("findTermDefinitions: a term's short form, defined by words in lower case", () => {
  const terms = (sentence: string) => [...findTermDefinitions(split(sentence))];
  it.each([
    ['Sony said digital rights management ( DRM ) would stop copying .', ['DRM']],
    ['The firm sells a personal video recorder ( PVR ) for 300 pounds .', ['PVR']],
    // a connective and a word's parts after hyphens may give no letter; the sentence's first word is capitalised
    ['Spending on information and communication technology ( ICT ) rose .', ['ICT']],
    ['Peer - to - peer ( P2P ) networks are here to stay .', ['P2P']],
    // a name's long form, words that do not spell it, or a capitalised word inside, define no term
    ['The Ministry of Defence ( MoD ) said .', []],
    ['He bought a new video game ( DRM ) on Monday .', []],
    ['The drug was made by the personal Video recorder ( PVR ) firm .', []],
  ])('%s', (sentence, expected) => {
    expect(terms(sentence)).toEqual(expected);
  });
});
