import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { clean } from '../../src/stages/clean.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

function sentences(text: string): string[] {
  const report = new Reporter();
  const d = splitSentences(clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report }), { report });
  return d.sentences.map((s) => text.slice(s.source.start, s.source.end));
}

describe('splitSentences', () => {
  it.each([
    // [text, expected sentences]
    ['The attack began on Sept. 27 at dawn. Azerbaijan responded.', ['The attack began on Sept. 27 at dawn.', 'Azerbaijan responded.']],
    ['Trend reports on Dec.28 that troops moved. They stayed.', ['Trend reports on Dec.28 that troops moved.', 'They stayed.']],
    ['It began at 15:30 (GMT+4), the ministry said. Nothing else.', ['It began at 15:30 (GMT+4), the ministry said.', 'Nothing else.']],
    ['He met Lt. Gen. Rustam Muradov in the city of Ganja yesterday. Then he left.', ['He met Lt. Gen. Rustam Muradov in the city of Ganja yesterday.', 'Then he left.']],
    // (a title's plural before the first of the names it titles)
    ['Sens. Zorvak Quimble of Maine and Kellin Drabnitz voted against. Then they left.', ['Sens. Zorvak Quimble of Maine and Kellin Drabnitz voted against.', 'Then they left.']],
    ['The Rev. Zorvak Quimble met Cpl. Kellin Drabnitz and Supt. Dorvan Pike. Then they left.', ['The Rev. Zorvak Quimble met Cpl. Kellin Drabnitz and Supt. Dorvan Pike.', 'Then they left.']],
    // (a title's abbreviation only as written, capitalised: 'sec' in lower case is a word)
    ['Wait a sec. Kellin is here.', ['Wait a sec.', 'Kellin is here.']],
    ['The U.S. envoy arrived in Baku on Monday. Talks followed.', ['The U.S. envoy arrived in Baku on Monday.', 'Talks followed.']],
    // wink breaks after the initial 'N.' of a state
    ['Gregory Meeks (D-N.Y.) agreed with the plan. He left.', ['Gregory Meeks (D-N.Y.) agreed with the plan.', 'He left.']],
    // wink breaks at a web address's full stop ('Shares of Zorvex.' / 'com rose'); a break after a space stays
    ['Shares of Zorvex.com rose, and Quimbar.co.uk fell. They rallied.', ['Shares of Zorvex.com rose, and Quimbar.co.uk fell.', 'They rallied.']],
    // nor before a word in lower case on the same line: a title's mark, a question a speaker asked, an abbreviation
    ['The show Zorvex Mia! which opened in May, is a hit. "Why not?" he asked. They left.', ['The show Zorvex Mia! which opened in May, is a hit.', '"Why not?" he asked.', 'They left.']],
    ['Zorvex Bros. reported sales on Monday. They rose.', ['Zorvex Bros. reported sales on Monday.', 'They rose.']],
    // an abbreviation whose full stop wink makes a token of its own goes on into a name after it
    ['Zorvex Bros. Quimbar said sales rose. They fell later.', ['Zorvex Bros. Quimbar said sales rose.', 'They fell later.']],
    // but a function word in capitals after an abbreviation opens a sentence
    ['It was sold to Zorvex Corp. The company said so. It was made in the U.S. It is cheap.', ['It was sold to Zorvex Corp.', 'The company said so.', 'It was made in the U.S.', 'It is cheap.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it("goes on after every abbreviated title of roles.txt into the name it titles ('Cpl. Dean Washington')", () => {
    const titles = readFileSync(join(ROOT, 'gazetteers/lexicons/roles.txt'), 'utf8')
      .split('\n')
      .filter((l) => /^\p{Lu}\p{Ll}*\.$/u.test(l));
    expect(titles.length).toBeGreaterThan(20);
    for (const t of titles) expect([t, sentences(`They met ${t} Zorvak Quimble on Monday.`)]).toEqual([t, [`They met ${t} Zorvak Quimble on Monday.`]]);
  });

  it('never lets a sentence span two blocks (a title line and a paragraph)', () => {
    const text = 'Azerbaijan reveals troop deaths despite ceasefire\n\nArmenia and Azerbaijan blamed each other on Sunday for violating the ceasefire in the region.';
    expect(sentences(text)).toEqual(['Azerbaijan reveals troop deaths despite ceasefire', 'Armenia and Azerbaijan blamed each other on Sunday for violating the ceasefire in the region.']);
  });

  it('makes a dateline that opens a paragraph a sentence of its own', () => {
    const title = 'Portvale soldier killed in clashes';
    const body = 'The ministry said the fighting went on for a third day in the region and that more troops were sent.';
    for (const dateline of ['PORTVALE, March 3 (Reuters) -', 'PORTVALE (Reuters) -', 'TIDEWATER, Mich., March 5 -', 'PORTVALE, Dec. 3 —'])
      expect(sentences(`${title}\n\n${dateline} Soldier Anna Berg was killed near Lundholm.\n\n${body}`)).toEqual([title, dateline, 'Soldier Anna Berg was killed near Lundholm.', body]);
    // not a dateline alone on its line (a block of its own already), nor words in capitals that are no dateline
    expect(sentences(`${title}\n\nPORTVALE, March 3\n\n${body}`)).toEqual([title, 'PORTVALE, March 3', body]);
    expect(sentences(`${title}\n\nNATO - The alliance said the fighting went on for a third day in the region.\n\n${body}`)).toEqual([title, 'NATO - The alliance said the fighting went on for a third day in the region.', body]);
  });

  it('gives each sentence token ranges that lie inside it', () => {
    const report = new Reporter();
    const text = 'Ilham Aliyev spoke in Baku. Zakir Hasanov listened.';
    const d = splitSentences(clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report }), { report });
    for (const s of d.sentences) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        expect(d.tokens[i].start).toBeGreaterThanOrEqual(s.start);
        expect(d.tokens[i].end).toBeLessThanOrEqual(s.end);
      }
    }
  });
});
