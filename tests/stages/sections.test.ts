import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { clean } from '../../src/stages/clean.js';
import { sectionsOf } from '../../src/stages/sections.js';
import { decodeDocument } from '../../src/stages/read.js';
import { loadResources, processDocuments, type Resources } from '../../src/process.js';
import { mentionRows } from '../../src/export/rows.js';
import type { Mention } from '../../src/model/entity.js';

/** The five seed articles as one web page, each story an <article> of <p> paragraphs (5,789 characters kept). */
function seedPage(): string {
  const seeds = readdirSync(join(ROOT, 'input'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'input', f), 'utf8'));
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const articles = seeds.map((s) => `<article>${s.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>`);
  return `<!DOCTYPE html><html><head><title>Karabakh</title></head><body>${articles.join('\n')}</body></html>`;
}

describe('sectionsOf: a cleaned document cut into sections', () => {
  const page = decodeDocument(Buffer.from(seedPage()), 'seeds.html', { report: new Reporter() })!;
  const doc = clean(page, { report: new Reporter() });

  it('property: the sections are the clean text in order, each block clipped to them and mapped as the whole maps it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 3000 }), (max) => {
        const sections = sectionsOf(doc, max);
        expect(sections.map((s) => s.doc.clean).join('')).toBe(doc.clean);
        for (const s of sections) {
          expect(s.doc.clean.length).toBeLessThanOrEqual(max);
          expect(doc.clean.slice(s.start, s.start + s.doc.clean.length)).toBe(s.doc.clean);
          for (const p of [0, Math.floor(s.doc.clean.length / 2), s.doc.clean.length]) {
            expect(s.doc.toSource.toOriginalStart(p)).toBe(doc.toSource.toOriginalStart(s.start + p));
            expect(s.doc.toSource.toOriginalEnd(p)).toBe(doc.toSource.toOriginalEnd(s.start + p));
          }
          for (const b of s.doc.blocks) {
            const at = { start: b.clean.start + s.start, end: b.clean.end + s.start };
            expect(at.end).toBeGreaterThan(at.start);
            expect(b.clean.end).toBeLessThanOrEqual(s.doc.clean.length);
            // within one block of the whole, of its zone, and mapped to the original as the whole maps that stretch
            const whole = doc.blocks.find((w) => w.clean.start <= at.start && at.end <= w.clean.end)!;
            expect(whole).toBeDefined();
            expect(b.zone).toBe(whole.zone);
            expect(b.span).toEqual(doc.toSource.toOriginal(at));
          }
        }
        // every character of every block of the whole is in some section's block
        const covered = sections.reduce((n, s) => n + s.doc.blocks.reduce((k, b) => k + b.clean.end - b.clean.start, 0), 0);
        expect(covered).toBe(doc.blocks.reduce((k, b) => k + b.clean.end - b.clean.start, 0));
      }),
      { numRuns: 60 },
    );
  });

  it('cuts between blocks where a blank line falls in the second half of a section', () => {
    const sections = sectionsOf(doc, 2000);
    expect(sections.length).toBe(4);
    for (const s of sections.slice(1)) expect(doc.blocks.some((b) => b.clean.start === s.start)).toBe(true);
    expect(sectionsOf(doc, doc.clean.length)).toEqual([{ start: 0, doc }]);
  });
});

describe('processDocuments: a cleaned text over `sections.long` characters goes on in sections', () => {
  const res = loadResources(join(ROOT, 'gazetteers'));
  const page = decodeDocument(Buffer.from(seedPage()), 'seeds.html', { report: new Reporter() })!;
  const key = (m: Mention) => `${m.start}-${m.end} ${m.text} ${m.entityId} ${m.type}`;
  const whole = processDocuments([page], res, [new Reporter()])[0].doc!;

  it('gives one document of numbered sentences and mentions traceable to the markup, with a warning', () => {
    const report = new Reporter();
    const p = processDocuments([page], res, [report], { sections: { long: 1000, part: 2000 } })[0];
    const d = p.doc!;
    expect(p.failed).toBe(false);
    expect(report.messages.filter((m) => m.code === 'split/in-sections').map((m) => [m.severity, m.message])).toEqual([
      ['warn', expect.stringMatching(/^the cleaned text is 5,789 characters long, .* in 4 sections of at most 2,000 characters/)],
    ]);
    expect(d.sentences.map((s) => s.index)).toEqual(d.sentences.map((_, i) => i));
    for (const [i, s] of d.sentences.entries()) {
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(d.sentences[i - 1].end);
      expect(s.source).toEqual(d.toSource.toOriginal({ start: s.start, end: s.end }));
    }
    expect(d.mentions.length).toBeGreaterThan(90);
    for (const m of d.mentions) {
      expect(page.text.slice(m.start, m.end)).toBe(m.text);
      const s = d.sentences[m.sentence];
      expect(s.source.start <= m.start && m.end <= s.source.end).toBe(true);
      expect(d.entities.get(m.entityId)?.type).toBe(m.type);
    }
    // the rows the tables are written from: each mention's sentence is the sentence that holds it
    for (const r of mentionRows(d)) expect(r.sentence_text.replace(/\s+/g, ' ')).toContain(r.text.replace(/\s+/g, ' '));
  });

  it('finds what the whole text gives but for names that only a full name in another section resolves', () => {
    const sectioned = processDocuments([page], res, [new Reporter()], { sections: { long: 1000, part: 2000 } })[0].doc!;
    const a = new Set(whole.mentions.map(key));
    const b = new Set(sectioned.mentions.map(key));
    expect([...b].filter((k) => !a.has(k))).toEqual([]);
    // the seeds: two lone 'Aliyev's whose 'Ilham Aliyev' is in an earlier section
    const lost = whole.mentions.filter((m) => !b.has(key(m)));
    expect(lost.map((m) => m.text)).toEqual(['Aliyev', 'Aliyev']);
    expect(whole.mentions.some((m) => m.text === 'Ilham Aliyev' && m.start < lost[0].start)).toBe(true);
    // in sections of 4,000 characters, nothing is lost
    const halves = processDocuments([page], res, [new Reporter()], { sections: { long: 1000, part: 4000 } })[0].doc!;
    expect(halves.mentions.map(key)).toEqual(whole.mentions.map(key));
  });

  it('fails the document, naming the section, when a stage throws in one', () => {
    const matcher = Object.create(res.matcher) as Resources['matcher'];
    matcher.tokenHashes = function (tokens) {
      if (tokens.some((t) => t.text === 'Welle')) throw new Error('boom');
      return res.matcher.tokenHashes.call(this, tokens);
    };
    const report = new Reporter();
    const p = processDocuments([page], { ...res, matcher }, [report], { sections: { long: 1000, part: 2000 } })[0];
    expect(p.failed).toBe(true);
    expect(p.doc).toBeUndefined();
    const error = report.messages.find((m) => m.code === 'pipeline/internal-error')!;
    expect([error.stage, error.message]).toEqual(['tag', expect.stringMatching(/^unexpected error in stage tag, section 4 of 4 \(from character [\d,]+ of the cleaned text\): Error: boom/)]);
  });
});
