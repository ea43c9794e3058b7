import { describe, expect, it } from 'vitest';
import { linkMiddleInitials, linkMiddleNames, middleFit, withoutMiddleInitials } from '../../src/stages/middle-initials.js';
import type { Candidate } from '../../src/model/candidate.js';
import type { GazetteerEntry } from '../../src/gazetteer/types.js';
import type { AliasHit } from '../../src/gazetteer/matcher.js';
import type { SplitDocument } from '../../src/model/document.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { run } from '../helpers-docs.js';

const person = (id: string, name: string, aliases: string[] = []): GazetteerEntry => ({
  id,
  name,
  type: 'person',
  aliases,
  tier: 'curated',
  file: 'people.tsv',
  line: 1,
  caseInsensitive: false,
  commonWord: false,
  priority: 0,
});

describe('withoutMiddleInitials', () => {
  it.each([
    ['Donald J. Trump', { name: 'Donald Trump', initials: 'J' }],
    ['Barack H Obama', { name: 'Barack Obama', initials: 'H' }],
    ['George H. W. Bush', { name: 'George Bush', initials: 'HW' }],
    ['George H.W. Bush', { name: 'George Bush', initials: 'HW' }],
    ['Donald J. Trump Jr.', { name: 'Donald Trump Jr.', initials: 'J' }],
    ["Shaquille R. O'Neal", { name: "Shaquille O'Neal", initials: 'R' }],
    ['Mario M.\nCuomo', { name: 'Mario Cuomo', initials: 'M' }],
  ])('%s', (name, expected) => {
    expect(withoutMiddleInitials(name)).toEqual(expected);
  });
  it.each([
    ['Donald Trump'], // no middle word
    ['Donald John Trump'], // a middle name in full
    ['Donald J. K. Trump Jr'.replace('K.', 'Kay')], // one middle word in full among initials
    ['J. R. R. Tolkien'], // no given name in full
    ['Wm. H. Gates'], // nor an abbreviated one
    ['Malcolm X'], // no surname in full
    ['Trump Jr.'], // no middle
  ])('%s: none', (name) => {
    expect(withoutMiddleInitials(name)).toBeNull();
  });
});

describe('middleFit', () => {
  it.each([
    [person('p', 'Barack Obama', ['Barack Hussein Obama']), 'Barack H Obama', 'H', 'fits'], // a middle name's initial
    [person('p', 'George Bush', ['George H. W. Bush', 'President Bush']), 'George H.W. Bush', 'HW', 'fits'],
    [person('p', 'George Bush', ['George H. W. Bush', 'George Herbert Walker Bush']), 'George W. Bush', 'W', 'differs'],
    [person('p', 'Lyndon Johnson', ['LBJ']), 'Lyndon B. Johnson', 'B', 'silent'], // no name with a middle word
    [person('p', 'Lyndon Johnson', ['Samuel B. Johnson']), 'Lyndon B. Johnson', 'B', 'silent'], // another given name says nothing
    [person('p', 'Donald Trump', ['Donald J. Trump Jr.']), 'Donald J. Trump', 'J', 'silent'], // nor another suffix
  ])('%s %s', (entry, name, initials, expected) => {
    expect(middleFit(entry, name, initials)).toBe(expected);
  });
});

describe('linkMiddleInitials', () => {
  const doc = { toSource: { toOriginal: (s: { start: number; end: number }) => ({ start: s.start, end: s.end }) } } as unknown as SplitDocument;
  const cand = (name: string, type: Candidate['type'] = 'person', entries: GazetteerEntry[] = []): Candidate => ({ start: 0, end: name.length, sentence: 0, type, entries, name, source: 'rule:first-name', confidence: 0.75, priority: 1000, role: null });
  const gazetteer = [
    person('person:barack-obama', 'Barack Obama', ['Barack Hussein Obama']),
    person('person:george-bush', 'George Bush', ['George H. W. Bush']),
    person('person:lyndon-johnson', 'Lyndon Johnson'),
    person('person:john-smith-1', 'John Smith', ['John A. Smith']),
    person('person:john-smith-2', 'John Smith', ['John A. Smith']),
    { ...person('org:ivan', 'Ivan Boesky'), type: 'organization' as const },
  ];
  const lookup = (name: string): AliasHit[] => gazetteer.flatMap((entry) => [entry.name, ...entry.aliases].filter((a) => a === name).map((alias) => ({ entry, alias })));
  const linked = (c: Candidate) => {
    const report = new Reporter();
    const [out] = linkMiddleInitials([c], lookup, doc, report);
    return { entries: out.entries.map((e) => e.id), idName: out.idName, notes: report.messages.map((m) => m.code) };
  };
  it('a name no gazetteer person has without the initials: minted of that name', () => {
    expect(linked(cand('Donald J. Trump'))).toEqual({ entries: [], idName: 'Donald Trump', notes: [] });
    // (an organisation of that name is no person's)
    expect(linked(cand('Ivan F. Boesky'))).toEqual({ entries: [], idName: 'Ivan Boesky', notes: [] });
  });
  it("the gazetteer's person whose names fit the initials, or say nothing of them: linked, with a note", () => {
    expect(linked(cand('Barack H Obama'))).toEqual({ entries: ['person:barack-obama'], idName: undefined, notes: ['tag/middle-initial'] });
    expect(linked(cand('Lyndon B. Johnson'))).toEqual({ entries: ['person:lyndon-johnson'], idName: undefined, notes: ['tag/middle-initial'] });
  });
  it('one whose names have other initials, or several that fit: left as found (its own id)', () => {
    expect(linked(cand('George W. Bush'))).toEqual({ entries: [], idName: undefined, notes: [] });
    expect(linked(cand('John A. Smith'))).toEqual({ entries: [], idName: undefined, notes: [] });
  });
  it('only persons the rules found without an entry', () => {
    expect(linked(cand('Barack H Obama', 'organization'))).toEqual({ entries: [], idName: undefined, notes: [] });
    expect(linked(cand('Barack H Obama', 'person', [gazetteer[1]]))).toEqual({ entries: ['person:george-bush'], idName: undefined, notes: [] });
  });
});

describe('linkMiddleNames', () => {
  const cand = (name: string, entries: GazetteerEntry[] = [], type: Candidate['type'] = 'person'): Candidate => ({ start: 0, end: name.length, sentence: 0, type, entries, name, source: 'rule:first-name', confidence: 0.75, priority: 1000, role: null });
  const idNames = (cs: Candidate[]) => linkMiddleNames(cs).map((c) => c.idName);
  it('gives a name with a middle name in full the id of the same name without it, where the document has that one', () => {
    expect(idNames([cand('Ahmad Khan Rahami'), cand('Ahmad Rahami'), cand('Donald John Trump Jr.'), cand('Donald Trump Jr.')])).toEqual(['Ahmad Rahami', undefined, 'Donald Trump Jr.', undefined]);
  });
  it('not without the shorter name in the document, nor for initials, gazetteer people or other types', () => {
    expect(idNames([cand('Ahmad Khan Rahami'), cand('Ahmad Rahim')])).toEqual([undefined, undefined]);
    expect(idNames([cand('Ahmad K. Rahami'), cand('Ahmad Rahami')])).toEqual([undefined, undefined]);
    const wordnet = person('person:jerry-lee-lewis', 'Jerry Lee Lewis');
    expect(idNames([cand('Jerry Lee Lewis', [wordnet]), cand('Jerry Lewis')])).toEqual([undefined, undefined]);
    expect(idNames([cand('Dakota Access Pipeline', [], 'organization'), cand('Dakota Pipeline')])).toEqual([undefined, undefined]);
  });
});

describe('middle initials through the pipeline (shipped gazetteers)', () => {
  const ids = (text: string) => run(text).mentions.map((m) => `${m.text} ${m.entityId}`);
  it('one id with or without the initial, and a lone surname is that one person', () => {
    expect(ids('Donald J. Trump said he would run. Later Donald Trump repeated it, and Trump left.')).toEqual([
      'Donald J. Trump person:donald-trump',
      'Donald Trump person:donald-trump',
      'Trump person:donald-trump',
    ]);
  });
  it("names the entity by the name its id is made of, so that no two ids share a name ('Donald Trump' for 'Donald J. Trump')", () => {
    const doc = run('Donald J. Trump said he would run, and Ahmad Khan Rahami and Ahmad Rahami were named on Monday by the police. Rahami was taken to hospital, Trump said.');
    expect([doc.entities.get('person:donald-trump')?.name, doc.entities.get('person:ahmad-rahami')?.name]).toEqual(['Donald Trump', 'Ahmad Rahami']);
    expect(doc.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.name])).toEqual([
      ['Donald J. Trump', 'Donald Trump'],
      ['Ahmad Khan Rahami', 'Ahmad Rahami'],
      ['Ahmad Rahami', 'Ahmad Rahami'],
      ['Rahami', 'Ahmad Rahami'],
      ['Trump', 'Donald Trump'],
    ]);
  });
  it('one id with or without a middle name in full, in a document that writes both', () => {
    expect(ids('Ahmad Khan Rahami was arrested on Monday. Police said Ahmad Rahami had been wounded, and Rahami was taken to hospital.')).toEqual([
      'Ahmad Khan Rahami person:ahmad-rahami',
      'Ahmad Rahami person:ahmad-rahami',
      'Rahami person:ahmad-rahami',
    ]);
  });
  it("the gazetteer's person that fits; not the one whose initials differ", () => {
    expect(ids('Barack H Obama spoke.')).toEqual(['Barack H Obama person:barack-obama']);
    expect(ids('George W. Bush spoke.')).toEqual(['George W. Bush person:george-w-bush']);
  });
});
