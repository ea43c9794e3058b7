import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { loadResources, processDocument, processDocuments, type Resources } from '../src/process.js';
import { decodeDocument } from '../src/stages/read.js';
import { Reporter } from '../src/diagnostics/diagnostic.js';
import type { SourceDocument } from '../src/model/document.js';
import { toResult } from '../src/pipeline.js';

/** everything the tables are written from: the document's rows (mentions, entities, documents.json, diagnostics) */
const outcome = (p: ReturnType<typeof processDocument>) => JSON.stringify(toResult(p, 0));

describe('processDocuments: the stages a stage at a time over a batch', () => {
  const res = loadResources(join(ROOT, 'gazetteers'));
  const seeds = readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort();
  const source = (path: string, text: string): SourceDocument => decodeDocument(Buffer.from(text), path, { report: new Reporter() })!;
  // the seeds, an empty document, one in another script and one that is all boilerplate-like lines
  const docs = [
    ...seeds.map((f) => source(f, readFileSync(join(ROOT, 'input', f), 'utf8'))),
    source('empty.txt', ''),
    source('ru.txt', 'Президент Ильхам Алиев встретился с Никол Пашинян в Москве.'),
    source('menu.txt', 'Home | News | Sport\nSubscribe to our newsletter\nShare on Facebook'),
  ];

  it('gives every document what processDocument gives it alone, in the same order', () => {
    const alone = docs.map((d) => outcome(processDocument(d, res)));
    const batch = processDocuments(docs, res, docs.map(() => new Reporter())).map(outcome);
    expect(batch).toEqual(alone);
    // and in another order, after other documents: nothing carries over from one document to the next
    const reversed = processDocuments([...docs].reverse(), res, docs.map(() => new Reporter())).map(outcome).reverse();
    expect(reversed).toEqual(alone);
    expect(alone.filter((o) => JSON.parse(o).mentions.length > 0).length).toBeGreaterThanOrEqual(seeds.length);
  });

  it('fails only the document whose stage throws; the others go through every stage', () => {
    // a gazetteer matcher that breaks on one document (a bug stands in for any stage's)
    const matcher = Object.create(res.matcher) as Resources['matcher'];
    matcher.tokenHashes = function (tokens) {
      if (tokens.some((t) => t.text === 'Пашинян')) throw new Error('boom');
      return res.matcher.tokenHashes.call(this, tokens);
    };
    const broken: Resources = { ...res, matcher };
    const out = processDocuments(docs, broken, docs.map(() => new Reporter()));
    const ru = out.find((p) => p.path === 'ru.txt')!;
    expect(ru.failed).toBe(true);
    expect(ru.doc).toBeUndefined();
    expect(ru.diagnostics.map((d) => [d.code, d.stage])).toContainEqual(['pipeline/internal-error', 'tag']);
    expect(ru.diagnostics.find((d) => d.code === 'pipeline/internal-error')!.message).toMatch(/unexpected error in stage tag: Error: boom/);
    const others = out.filter((p) => p.path !== 'ru.txt');
    expect(others.map(outcome)).toEqual(docs.filter((d) => d.path !== 'ru.txt').map((d) => outcome(processDocument(d, res))));
  });
});
