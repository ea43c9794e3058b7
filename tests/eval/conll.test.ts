import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { chunksOf, chunksToTags, parseConll } from '../../src/eval/conll.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/conll', name), 'utf8');

describe('chunksOf: conlleval chunk rules, IOB1 and IOB2', () => {
  it.each([
    // [tags, expected chunks as start-end-type]
    [['I-PER', 'I-PER', 'O'], ['0-2-PER']], // IOB1 start
    [['B-PER', 'I-PER', 'O'], ['0-2-PER']], // IOB2 start
    [['I-PER', 'I-PER', 'B-PER'], ['0-2-PER', '2-3-PER']], // IOB1: B- splits two touching names
    [['B-PER', 'B-PER'], ['0-1-PER', '1-2-PER']],
    [['I-ORG', 'I-LOC'], ['0-1-ORG', '1-2-LOC']], // a type change starts a new chunk
    [['O', 'I-LOC', 'O', 'I-LOC'], ['1-2-LOC', '3-4-LOC']],
    [['B-LOC', 'I-ORG'], ['0-1-LOC', '1-2-ORG']], // ill-formed IOB2: I- of another type opens a chunk
    [['B-PER', 'E-PER', 'I-PER'], ['0-2-PER', '2-3-PER']], // IOBES end
    [[], []],
    [['O', 'O'], []],
  ])('%j', (tags, expected) => {
    expect(chunksOf(tags).map((c) => `${c.start}-${c.end}-${c.type}`)).toEqual(expected);
  });

  it('round-trips chunks through IOB2 tags', () => {
    const tags = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-LOC'];
    expect(chunksToTags(chunksOf(tags), tags.length)).toEqual(tags);
  });
});

describe('parseConll', () => {
  it.each(['iob1.conll', 'iob2.conll'])('%s: documents, sentences, tokens and chunks', (file) => {
    const docs = parseConll(fixture(file));
    expect(docs.map((d) => d.sentences.map((s) => s.length))).toEqual([[8, 5], [5]]);
    expect(docs[0].sentences[0][0]).toEqual({ word: 'Anna', middle: ['NNP', file === 'iob1.conll' ? 'I-NP' : 'B-NP'], tag: file === 'iob1.conll' ? 'I-PER' : 'B-PER' });
    const chunks = docs.map((d) => d.sentences.map((s) => chunksOf(s.map((t) => t.tag)).map((c) => `${s.slice(c.start, c.end).map((t) => t.word).join(' ')}/${c.type}`)));
    // both encodings give the same entities
    expect(chunks).toEqual([[['Anna Berg/PER', 'Carl/PER', 'Dahl/PER', 'Oslo/LOC'], ['Nordic/MISC', 'Bank/ORG']], [['Bergen/LOC']]]);
  });

  it.each([
    // [text, sentence lengths per document]
    ['a O\nb O\n', [[2]]], // no -DOCSTART-: one document
    ['-DOCSTART- -X- O O\n\n-DOCSTART- -X- O O\nx O\n', [[1]]], // empty documents are dropped
    ['w1 I-PER\r\n\r\nw2 O\r\n', [[1, 1]]], // two columns, CRLF
    ['a O\n\n\n\nb O', [[1, 1]]], // several blank lines, no final newline
  ])('%j', (text, expected) => {
    expect(parseConll(text).map((d) => d.sentences.map((s) => s.length))).toEqual(expected);
  });
});
