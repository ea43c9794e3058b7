import { describe, expect, it } from 'vitest';
import { dateAgreement, decodeLenient, goldMainText, meanScores, scoreBags, titleAgreement, wordTokens } from '../../../src/stages/clean/score.js';

describe('eval:clean scoring (bag of words)', () => {
  // expected values computed by hand
  it.each([
    // kept {a b c d}, gold {a b c e f}: common 3 -> P 3/4, R 3/5, F1 2·.75·.6/1.35 = 2/3
    ['a b c d', 'a b c e f', 3 / 4, 3 / 5, 2 / 3],
    // multisets: kept the×3 cat×1, gold the×1 cat×2 -> common min(3,1)+min(1,2) = 2 -> P 2/4, R 2/3, F1 4/7
    ['the the the cat', 'the cat cat', 2 / 4, 2 / 3, 4 / 7],
    // case and punctuation do not matter
    ['Hello, World!', 'hello world', 1, 1, 1],
    // "it's" is two tokens on both sides
    ["it's here", 'it’s here', 1, 1, 1],
    // nothing in common
    ['menu home login', 'the article text', 0, 0, 0],
    // both empty: nothing to find, nothing wrongly kept
    ['', '', 1, 1, 1],
    // nothing kept from a page with text: 0 on both
    ['', 'some gold text', 0, 0, 0],
    // kept text but the gold is empty
    ['boilerplate words', '', 0, 1, 0],
  ])('kept %j vs gold %j', (kept, gold, p, r, f) => {
    const s = scoreBags(kept, gold);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f, 10);
  });

  it('counts words and the multiset intersection', () => {
    expect(scoreBags('the the the cat', 'the cat cat')).toMatchObject({ kept: 4, gold: 3, common: 2 });
  });

  it.each([
    ['U.S. troops', ['u', 's', 'troops']],
    ['Café 2020', ['café', '2020']],
    ['— , ; ', []],
  ])('tokenises %j', (text, tokens) => {
    expect(wordTokens(text)).toEqual(tokens);
  });

  it('averages per-document scores', () => {
    expect(meanScores([
      { precision: 1, recall: 0.5, f1: 2 / 3 },
      { precision: 0.5, recall: 1, f1: 2 / 3 },
    ])).toEqual({ precision: 0.75, recall: 0.75, f1: 2 / 3 });
    expect(meanScores([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it.each([
    ['Article text.\r\n\r\n!@#$%^&*()  COMMENTS\r\n\r\nA reader comment.', false, 'Article text.\r\n\r\n'],
    ['Article text.\n!@#$%^&*() COMMENTS\nA reader comment.', true, 'Article text.\n \nA reader comment.'],
    ['No comments here.', false, 'No comments here.'],
    // the annotators' mistyped markers (419.txt, 437.txt, T50.txt, R162.txt, 248.txt of boilerplate-dev)
    ['Article.\n@#$%^&*() COMMENTS\nA comment.', false, 'Article.\n'],
    ['Article.\n!@ $%^&*()  COMMENTS\nA comment.', false, 'Article.\n'],
    ['Article.\n  #$%^&*()  COMMENTS\nA comment.', false, 'Article.\n'],
    ['Article.\n!@#$%^&*()  COMMNENTS\nA comment.', false, 'Article.\n'],
    ['Article.\n!@#$%^&*()  CORRECTED\r\nA comment.', false, 'Article.\n'],
    // not a marker: symbols inside a line, too few of them, or no capitalised word after them
    ['Price: $%^&*() COMMENTS are welcome.', false, 'Price: $%^&*() COMMENTS are welcome.'],
    ['A line.\n*** COMMENTS\nMore.', false, 'A line.\n*** COMMENTS\nMore.'],
    ['A line.\n!@#$%^&*()\nMore.', false, 'A line.\n!@#$%^&*()\nMore.'],
    ['A line.\n***** UPDATE: the minister resigned.\nMore.', false, 'A line.\n***** UPDATE: the minister resigned.\nMore.'],
  ])('takes the main text of a Dragnet-format gold file (%#)', (gold, withComments, expected) => {
    expect(goldMainText(gold, withComments)).toBe(expected);
  });

  it('decodes UTF-8, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeLenient(new TextEncoder().encode('“hi”'))).toEqual({ text: '“hi”', encoding: 'utf-8' });
    expect(decodeLenient(new Uint8Array([0x93, 0x68, 0x69, 0x94]))).toEqual({ text: '“hi”', encoding: 'windows-1252' });
  });

  it.each([
    // BOM FF FE, then 'h' 'i' as UTF-16LE
    [[0xff, 0xfe, 0x68, 0x00, 0x69, 0x00], 'hi', 'utf-16le'],
    // BOM FE FF, then 'h' 'i' as UTF-16BE
    [[0xfe, 0xff, 0x00, 0x68, 0x00, 0x69], 'hi', 'utf-16be'],
  ])('decodes UTF-16 with a byte-order mark: %j', (bytes, text, encoding) => {
    expect(decodeLenient(new Uint8Array(bytes as number[]))).toEqual({ text, encoding });
  });
});

describe('titleAgreement', () => {
  const gold = 'July 24, 2012\n\nFerry terminal approved after long debate\n\nThe harbour authority of Portvale approved plans on Tuesday.';
  const page = 'Home\nNews\nFerry terminal approved after long debate\nBy Anna Berg\nThe harbour authority of Portvale approved plans on Tuesday.';
  it.each([
    ['Ferry terminal approved after long debate', 'right'],
    ['Ferry Terminal Approved After Long Debate — 12 comments', 'right'],
    ['Storm closes the northern bridge', 'wrong'],
    [null, 'missed'],
    // (a word of the first paragraph is no title: a part of a line counts when it is more than 10 characters)
    ['ferry', 'wrong'],
  ] as const)('%j is %s', (title, want) => {
    expect(titleAgreement(title, gold, page)).toBe(want);
  });

  it('tells where the gold text has no headline the page holds as a line of its own', () => {
    // (the gold text's first line is one the page does not hold on its own: a paragraph the page's copy joined to another)
    const noHead = 'Supporters said the terminal would bring jobs to the waterfront.';
    expect(titleAgreement(null, noHead, page)).toBe('none, no headline');
    expect(titleAgreement('Storm closes the northern bridge', noHead, page)).toBe('wrong, no headline');
    // a byline is no headline
    expect(titleAgreement(null, 'By Anna Berg\n' + noHead, page)).toBe('none, no headline');
  });
});

describe('dateAgreement', () => {
  it.each([
    ['2012-07-24', 'July 24, 2012\n\nFerry terminal approved', 'right'],
    ['2012-07-24', 'Ferry terminal approved\nBy Anna Berg\n24th July 2012\n\nThe harbour …', 'right'],
    ['2012-07-24T09:15:00Z', '2012-07-24\nFerry terminal approved', 'right'],
    ['2012-07-23', 'Jul. 24 2012\nFerry terminal approved', 'wrong'],
    [null, 'July 24, 2012\nFerry terminal approved', 'missed'],
    ['2012-07-24', 'Ferry terminal approved\n\nThe harbour authority approved plans on Tuesday.', 'date, none in gold'],
    [null, 'Ferry terminal approved', 'none, none in gold'],
    // (a month's name only: 'Decision 12, 2012' is no date)
    [null, 'Decision 12, 2012 on the ferry terminal', 'none, none in gold'],
  ] as const)('%j against %j is %s', (date, gold, want) => {
    expect(dateAgreement(date, gold)).toBe(want);
  });

  it('reads only the first 8 lines of the gold text', () => {
    const gold = [...Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the story.`), 'July 24, 2012'].join('\n');
    expect(dateAgreement(null, gold)).toBe('none, none in gold');
  });
});
