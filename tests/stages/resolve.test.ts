import { describe, expect, it } from 'vitest';
import { filterOverlaps, fittingOffice, listIds, resolve } from '../../src/stages/resolve.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { clean } from '../../src/stages/clean.js';
import type { Candidate } from '../../src/model/candidate.js';
import { run, shippedResources } from '../helpers-docs.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { processDocument } from '../../src/process.js';

const cand = (start: number, end: number, name: string, priority: number, type: Candidate['type'] = 'place'): Candidate => ({
  start,
  end,
  sentence: 0,
  type,
  entries: [],
  name,
  source: 'rule:test',
  confidence: 0.5,
  priority,
  role: null,
});

describe('filterOverlaps: the overlap rule', () => {
  it.each([
    // [candidates, kept names]
    [[cand(0, 4, 'a', 0), cand(0, 10, 'b', 5)], ['b']], // longest wins
    [[cand(0, 5, 'a', 0), cand(3, 8, 'b', 0)], ['a']], // equal length: earlier start
    [[cand(0, 5, 'b', 2), cand(0, 5, 'a', 1)], ['a']], // then lower priority number
    [[cand(0, 5, 'zz', 1), cand(0, 5, 'aa', 1)], ['aa']], // then smaller id
    [[cand(0, 20, 'untyped', 0, null), cand(0, 4, 'typed', 9)], ['typed']], // untyped never displaces typed
    [[cand(0, 4, 'x', 0), cand(5, 9, 'y', 0)], ['x', 'y']], // no overlap: both
  ])('%#', (cands, kept) => {
    expect(filterOverlaps(cands).map((c) => c.name)).toEqual(kept);
  });
});

describe('resolve: an entity named in capitals and in mixed case', () => {
  it("takes the mixed-case form for the entity and every mention's name ('ARNOLD PALMER' of a headline)", () => {
    const text = 'Golf news\n\nZORVEK QUIMBLY and Zorvek Quimbly were seen on Sunday at the club, the organisers said.';
    const report = new Reporter();
    const split = splitSentences(clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report }), { report });
    const at = (s: string) => split.clean.indexOf(s);
    const candidates = [cand(at('ZORVEK'), at('ZORVEK') + 14, 'ZORVEK QUIMBLY', 1, 'person'), cand(at('Zorvek'), at('Zorvek') + 14, 'Zorvek Quimbly', 1, 'person')];
    const doc = resolve({ ...split, candidates }, { report, roles: [] });
    expect(doc.mentions.map((m) => [m.text, m.name, m.entityId])).toEqual([
      ['ZORVEK QUIMBLY', 'Zorvek Quimbly', 'person:zorvek-quimbly'],
      ['Zorvek Quimbly', 'Zorvek Quimbly', 'person:zorvek-quimbly'],
    ]);
    expect([...doc.entities.values()].map((e) => e.name)).toEqual(['Zorvek Quimbly']);
  });

  it("keeps an acronym as it is ('ICO', though a writer has 'Ico')", () => {
    const text = 'Coffee news\n\nThe ICO met on Sunday, and Ico officials said prices rose.';
    const report = new Reporter();
    const split = splitSentences(clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report }), { report });
    const at = (s: string) => split.clean.indexOf(s);
    const doc = resolve({ ...split, candidates: [cand(at('ICO'), at('ICO') + 3, 'ICO', 1, 'organization'), cand(at('Ico'), at('Ico') + 3, 'Ico', 1, 'organization')] }, { report, roles: [] });
    expect([...doc.entities.values()].map((e) => e.name)).toEqual(['ICO']);
  });
});

describe('resolve: a name in capitals takes the entity of the same words in the body', () => {
  it("links a headline's 'QUIMBLY' to the body's 'Quimbly', Zorvek Quimbly, not to an entity of its own", () => {
    const text = 'Golf news on Sunday.\n\nQUIMBLY WINS IN OHIO\n\nZorvek Quimbly won on Sunday, and Quimbly said the course was hard.';
    const report = new Reporter();
    const split = splitSentences(clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report }), { report });
    const at = (s: string) => split.clean.indexOf(s);
    const candidates = [
      cand(at('QUIMBLY'), at('QUIMBLY') + 7, 'QUIMBLY', 1, 'person'),
      cand(at('Zorvek'), at('Zorvek') + 14, 'Zorvek Quimbly', 1, 'person'),
      cand(at('Quimbly said'), at('Quimbly said') + 7, 'Quimbly', 1, null),
    ];
    const doc = resolve({ ...split, candidates }, { report, roles: [] });
    expect(doc.mentions.map((m) => [m.text, m.name, m.entityId])).toEqual([
      ['QUIMBLY', 'Zorvek Quimbly', 'person:zorvek-quimbly'],
      ['Zorvek Quimbly', 'Zorvek Quimbly', 'person:zorvek-quimbly'],
      ['Quimbly', 'Zorvek Quimbly', 'person:zorvek-quimbly'],
    ]);
    expect([...doc.entities.keys()]).toEqual(['person:zorvek-quimbly']);
  });
});

describe("resolve: a headline's firm in capitals that opens the body's firm named with its legal form", () => {
  it("links 'ZORVEX OIL' to the body's 'Zorvex Oil and Gas Ltd', and not where two firms open so", () => {
    const ids = (text: string) => run(text).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.entityId]);
    expect(ids('ZORVEX OIL <ZOG> SEES RESULTS IMPROVING\n\nPORTVALE, March 17 - Zorvex Oil and Gas Ltd said it expects an improvement.')).toEqual([
      ['ZORVEX OIL', 'organization:zorvex-oil-and-gas'],
      ['Zorvex Oil and Gas Ltd', 'organization:zorvex-oil-and-gas'],
    ]);
    const two = ids('ZORVEX OIL <ZOG> SEES RESULTS IMPROVING\n\nPORTVALE, March 17 - Zorvex Oil and Gas Ltd and Zorvex Oil Tools Inc said they expect an improvement.');
    expect(two[0]).toEqual(['ZORVEX OIL', 'organization:zorvex-oil']);
    // (a word alone too; not where the body writes it in capitals before the firm, a name of its own)
    expect(ids('ZORVEX <ZRV> GETS CONTRACT\n\nPORTVALE, March 17 - Zorvex Electronics Inc said it won a contract.')[0]).toEqual(['ZORVEX', 'organization:zorvex-electronics']);
    const own = ids('ZORVEX <ZRV> FORMS PARTNERSHIP\n\nPORTVALE, March 17 - ZORVEX said it formed Zorvex Hotel Partners LP, a partnership.');
    expect(own.filter(([t]) => t === 'ZORVEX').map(([, id]) => id)).not.toContain('organization:zorvex-hotel-partners');
  });
});

describe('resolve: coreference and roles', () => {
  it('links a bare surname to the one person of that name in the document', () => {
    const doc = run('President Ilham Aliyev spoke in Baku on Monday. Aliyev said the war was over.');
    const short = doc.mentions.find((m) => m.text === 'Aliyev')!;
    expect(short).toMatchObject({ entityId: 'person:ilham-aliyev', source: 'coreference' });
    expect(doc.mentions.find((m) => m.text === 'Ilham Aliyev')!.role).toBe('President');
  });

  it('links a surname shared by two people in the document to the one named last before it, with a lower confidence and a note', () => {
    const text = 'Soldier Emin Aliyev was wounded, and President Ilham Aliyev visited Baku on Monday. Aliyev was praised.';
    const report = new Reporter();
    const p = processDocument({ id: 'doc', path: 'doc.txt', text, encoding: 'utf-8', bytes: text.length }, shippedResources(), report);
    const lone = p.doc!.mentions.filter((m) => m.text === 'Aliyev');
    expect(lone.map((m) => [m.type, m.name, m.source, m.confidence])).toEqual([['person', 'Ilham Aliyev', 'coreference', 0.6]]);
    expect(p.diagnostics.find((d) => d.code === 'resolve/ambiguous-short-name')?.message).toMatch(/^"Aliyev" could be .+ or .+; linked to .+, the last named before it$/);
  });

  it("links an initial and a surname to the one person of the surname named in full with a given name of that initial ('A Zorvath' of a squad list)", () => {
    const doc = run('Coach Tim Brandle picked Anna Zorvath and Mathew Quimbly for the match. The squad: A Zorvath, M Quimbly, T Zorvath, R Okafor, J Pesce, L Lykke, D Tolland. Zorvath scored twice.');
    const byText = (t: string) => doc.mentions.filter((m) => m.text === t).map((m) => m.entityId);
    expect(byText('A Zorvath')).toEqual(['person:anna-zorvath']);
    expect(byText('M Quimbly')).toEqual(['person:mathew-quimbly']);
    // (no one of the surname named in full with that initial: an id of its own; the lone surname is not it)
    expect(byText('T Zorvath')).toEqual(['person:t-zorvath']);
    expect(byText('Zorvath')).not.toContain('person:a-zorvath');
  });

  it("links no initial and surname where two people of the surname have given names of that initial", () => {
    const doc = run('Anna Zorvath and her sister Alice Zorvath were picked. The squad: A Zorvath, M Quimbly, T Pesce, R Okafor, J Lykke, L Tolland, D Brandle.');
    expect(doc.mentions.filter((m) => m.text === 'A Zorvath').map((m) => m.entityId)).toEqual(['person:a-zorvath']);
  });

  it("does not make a relative named after someone's possessive the last named of the surname", () => {
    const ids = (text: string) => run(text).mentions.filter((m) => m.source === 'coreference').map((m) => [m.text, m.entityId]);
    // (the kin rule's relative; a relative in apposition, a title before the name)
    expect(ids('Kellin Zorvath arrived with his wife Annette Zorvath on Monday. Zorvath said the visit went well.')).toEqual([['Zorvath', 'person:kellin-zorvath']]);
    expect(ids("Kellin Zorvath, the novelist, died on Monday. He is survived by his brother, Dr. Harlan Zorvath. Mr. Zorvath's last novel came out in 2019.")).toEqual([['Zorvath', 'person:kellin-zorvath']]);
    expect(ids('Kellin Zorvath, the novelist, died on Monday. He is survived by his brother, Dr Harlan Zorvath. Mr. Zorvath was 81.')).toEqual([['Zorvath', 'person:kellin-zorvath']]);
    // (words that qualify the relative's word between them too: 'his ex-model wife', 'his 62-year-old brother')
    expect(ids('Kellin Zorvath arrived with his ex-model wife Annette Zorvath on Monday. Zorvath said the visit went well.')).toEqual([['Zorvath', 'person:kellin-zorvath']]);
    expect(ids('Kellin Zorvath, the novelist, died on Monday. He is survived by his 62-year-old brother, Harlan Zorvath. Zorvath was 81.')).toEqual([['Zorvath', 'person:kellin-zorvath']]);
    // (a relative named again, without the possessive, is the last named)
    expect(ids('Kellin Zorvath arrived with his wife Annette Zorvath on Monday. Annette Zorvath spoke first. Zorvath said the visit went well.')).toEqual([['Zorvath', 'person:annette-zorvath']]);
  });

  it("links a surname after an honorific to the one of its sex where the given names tell it ('Ms.' a woman's, 'Mr.' a man's)", () => {
    const ids = (text: string) => run(text).mentions.filter((m) => m.source === 'coreference').map((m) => [m.text, m.role, m.entityId]);
    expect(ids('James Zorvath, 24, was charged on Monday. His mother, Arlene Zorvath, spoke to reporters. Ms. Zorvath said she was shocked. Mr. Zorvath did not speak.')).toEqual([
      ['Zorvath', 'Ms.', 'person:arlene-zorvath'],
      ['Zorvath', 'Mr.', 'person:james-zorvath'],
    ]);
    // (no honorific: the last named, not a relative)
    expect(ids('James Zorvath, 24, was charged on Monday. His mother, Arlene Zorvath, spoke to reporters. Zorvath said nothing.')).toEqual([['Zorvath', null, 'person:james-zorvath']]);
  });

  it("makes a surname after an honorific of the other sex than the one person of it named in full a person of its own ('Mrs Zorvath' beside 'Gregory Zorvath')", () => {
    const ids = (text: string) => run(text).mentions.filter((m) => m.text === 'Zorvath').map((m) => [m.role, m.type, m.entityId]);
    expect(ids('Gregory Zorvath arrived in Leeds on Monday. Mrs Zorvath said she was tired. Mr Zorvath said he was not. Ms Zorvath, 45, smiled.')).toEqual([
      ['Mrs', 'person', 'person:zorvath'],
      ['Mr', 'person', 'person:gregory-zorvath'],
      ['Ms', 'person', 'person:zorvath'],
    ]);
    expect(ids('Sandra Zorvath arrived in Leeds on Monday. Mr Zorvath said he was tired. Mrs Zorvath said she was not.')).toEqual([
      ['Mr', 'person', 'person:zorvath'],
      ['Mrs', 'person', 'person:sandra-zorvath'],
    ]);
    // (the one of its sex where the story names one: 'Sandra Zorvath')
    expect(ids('Gregory Zorvath and Sandra Zorvath arrived in Leeds on Monday. Mrs Zorvath said she was tired. Mr Zorvath said he was not.')).toEqual([
      ['Mrs', 'person', 'person:sandra-zorvath'],
      ['Mr', 'person', 'person:gregory-zorvath'],
    ]);
    // (as before where the story writes no honorific of the other sex before it: the lists' sexes are no proof alone)
    expect(ids('Gregory Zorvath arrived in Leeds on Monday. Mrs Zorvath said she was tired.')).toEqual([['Mrs', 'person', 'person:gregory-zorvath']]);
    // (a given name of either sex or of no list, and a family name first, link as before)
    expect(ids('Jamie Zorvath arrived in Leeds on Monday. Mrs Zorvath said she was tired. Mr Zorvath said he was not.')).toEqual([
      ['Mrs', 'person', 'person:jamie-zorvath'],
      ['Mr', 'person', 'person:jamie-zorvath'],
    ]);
    expect(ids('Kellin Zorvath arrived in Leeds on Monday. Mrs Zorvath said she was tired. Mr Zorvath said he was not.')).toEqual([
      ['Mrs', 'person', 'person:kellin-zorvath'],
      ['Mr', 'person', 'person:kellin-zorvath'],
    ]);
    // (nor a name men and women both bear, which the lists file under one sex: 'Hilary' a woman's, 'Chris' a man's)
    for (const given of ['Hilary', 'Chris']) {
      expect(ids(`${given} Zorvath arrived in Leeds on Monday. Mr Zorvath said he was tired. Mrs Zorvath said she was not.`).map(([, , id]) => id)).toEqual([`person:${given.toLowerCase()}-zorvath`, `person:${given.toLowerCase()}-zorvath`]);
    }
    expect(run('Kim Jong-un arrived in Seoul on Monday. Mr Kim said he was tired. Mrs Kim said she was not.').mentions.filter((m) => m.text === 'Kim').map((m) => m.entityId)).toEqual(['person:kim-jong-un', 'person:kim-jong-un']);
  });

  it('lists at most five of the people a shared surname could be in its note, then how many more', () => {
    expect(listIds(new Set(['person:b', 'person:a']))).toBe('person:a or person:b');
    expect(listIds(new Set(['person:h', 'person:g', 'person:f', 'person:e', 'person:d', 'person:c', 'person:b', 'person:a']))).toBe('person:a or person:b or person:c or person:d or person:e (or 3 others)');
    // seven people named Aliyev, then a lone Aliyev
    const text =
      'Soldier Emin Aliyev was wounded near the front line, and President Ilham Aliyev visited Baku on Monday with Minister Rashad Aliyev. ' +
      'Later that week Ambassador Farid Aliyev met Colonel Kamran Aliyev and General Vugar Aliyev to discuss the talks, while Captain Tural Aliyev stayed in the capital. ' +
      'Aliyev was praised by the government for his work.';
    const report = new Reporter();
    const p = processDocument({ id: 'doc', path: 'doc.txt', text, encoding: 'utf-8', bytes: text.length }, shippedResources(), report);
    const notes = p.diagnostics.filter((d) => d.code === 'resolve/ambiguous-short-name').map((d) => d.message);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^"Aliyev" could be (person:[a-z-]+ or ){4}person:[a-z-]+ \(or 2 others\); linked to person:tural-aliyev, the last named before it$/);
  });

  it('links a shared surname that comes before both full names to the first one named', () => {
    const doc = run('Aliyev was praised on Monday. Soldier Emin Aliyev was wounded, and President Ilham Aliyev visited Baku.');
    expect(doc.mentions.filter((m) => m.text === 'Aliyev').map((m) => m.name)).toEqual(['Emin Aliyev']);
  });

  it('writes a rule-found name a hard-wrapped story breaks over two lines on one line, and links its short form', () => {
    // (Reuters stories are wrapped at ~65 characters: 'President Jose\nSarney'; the name was kept with its line break, a
    // spreadsheet cell of two lines in entities.csv, and 'Quorvex\nMotors' was not linked to 'Quorvex\nMotors Corp')
    const text =
      'KESTREL NAMES NEW ENVOY\n\n    BRASILIA, March 18 - Mario Quimbly, who resigned yesterday\nfrom his post as Planning Minister, accepted President Dorvan\n' +
      "Kestrel's invitation to fill the vacant post as ambassador, a\nspokesman said.\n    The state bank agreed to forgive 150 mln dlrs of Quorvex\n" +
      'Motors Corp debt as part of the 1.5 billion dlr acquisition of Quorvex\nMotors, an official said.\n';
    const p = processDocument({ id: 'doc', path: 'doc.txt', text, encoding: 'utf-8', bytes: text.length }, shippedResources(), new Reporter());
    const wrapped = p.doc!.mentions.filter((m) => m.text.includes('\n'));
    expect(wrapped.map((m) => [m.text, m.name, m.entityId])).toEqual([
      ['Dorvan\nKestrel', 'Dorvan Kestrel', 'person:dorvan-kestrel'],
      ['Quorvex\nMotors Corp', 'Quorvex Motors Corp', 'organization:quorvex-motors'],
      ['Quorvex\nMotors', 'Quorvex Motors Corp', 'organization:quorvex-motors'],
    ]);
    expect([...p.doc!.entities.values()].filter((e) => /\s/.test(e.name) && !/^\S+( \S+)*$/.test(e.name))).toEqual([]);
  });

  it('gives rule-found names deterministic minted ids', () => {
    const doc = run('Yesterday soldier Elmir Ganbarov was killed near the front line.');
    expect(doc.mentions.find((m) => m.text === 'Elmir Ganbarov')!.entityId).toBe('person:elmir-ganbarov');
  });
});

describe("resolve: an organisation's id without its legal form", () => {
  const orgs = (text: string) =>
    run(text)
      .mentions.filter((m) => m.type === 'organization')
      .map((m) => `${m.text} ${m.entityId} ${m.name} ${m.source}`);
  it("is one id with and without it, in any document; the lone name after the full one is its coreference", () => {
    expect(orgs('Cyclops Corp said on Monday it would sell the unit. Cyclops shares rose on the news, dealers said.')).toEqual([
      'Cyclops Corp organization:cyclops Cyclops Corp rule:org-keyword',
      'Cyclops organization:cyclops Cyclops Corp coreference',
    ]);
    expect(orgs('General Motors Corp said on Monday it would cut jobs at two of its plants.')).toEqual(['General Motors Corp organization:general-motors General Motors Corp rule:org-keyword']);
    expect(orgs('Analysts said General Motors would cut jobs at two of its plants this year.').filter((o) => o.startsWith('General Motors'))).toEqual([
      'General Motors organization:general-motors General Motors rule:org-keyword',
    ]);
  });
  it('keeps it where the name without it is a common word or no name of its own', () => {
    expect(orgs('News Corp said on Monday it would buy the newspaper from its owners.')).toEqual(['News Corp organization:news-corp News Corp rule:org-keyword']);
    expect(orgs('Ambassador Inc said on Monday it would cut jobs in the city, its spokesman said.')).toEqual(['Ambassador Inc organization:ambassador-inc Ambassador Inc rule:org-keyword']);
    // (a given name is one, the founder's the story calls the firm by: 'Olin Corp' ... 'Olin said')
    expect(orgs('Jackson Inc said on Monday it would cut jobs in the city, its spokesman said.')).toEqual(['Jackson Inc organization:jackson Jackson Inc rule:org-keyword']);
  });
});

describe("resolve: a rule's organisation of a gazetteer organisation's text in the same story", () => {
  it("is that organisation, wherever the two stand ('McLaren' of a grid line before 'McLaren said')", () => {
    const ids = run('Provisional grid: 1. Lewis Hamilton (Britain) Ferrari 1:19.327 2. Lando Norris (Britain) McLaren 1:19.401. McLaren said it was pleased.')
      .mentions.filter((m) => m.text === 'McLaren')
      .map((m) => m.entityId);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('resolve: a lone surname a rule typed by its title or context', () => {
  const people = (text: string) =>
    run(text)
      .mentions.filter((m) => m.type === 'person')
      .map((m) => `${m.text} ${m.entityId} ${m.source}${m.role ? ` (${m.role})` : ''}`);
  it('is the person the document names in full, its title kept as the role', () => {
    expect(people('Tony Blair spoke in London on Monday. Later Mr Blair told party members the plan would work.')).toEqual([
      'Tony Blair person:tony-blair gazetteer:world-people',
      'Blair person:tony-blair coreference (Mr)',
    ]);
    expect(people('Barack Obama spoke in Ohio. Later President Obama said on Monday that the deal was good for workers.')).toContain('Obama person:barack-obama coreference (President)');
  });
  it("is so with its particle too ('Mr. de Zorvath' after 'Bill de Zorvath'), the particle in capitals too", () => {
    expect(people('Mayor Bill de Zorvath spoke on Monday. Later Mr. de Zorvath said the plan would work. Later, De Zorvath left.')).toEqual([
      'Bill de Zorvath person:bill-de-zorvath rule:title-person (Mayor)',
      'de Zorvath person:bill-de-zorvath coreference (Mr.)',
      'De Zorvath person:bill-de-zorvath coreference',
    ]);
  });
  it("links no feast's name to a person whose name ends in it ('Father Christmas')", () => {
    expect(people('Father Christmas visited the children. Christmas is a special time of the year.')).toEqual(['Father Christmas person:kriss-kringle gazetteer:world-people']);
  });
  it('keeps an id of its own where the document names no one of that surname in full', () => {
    expect(people('Mr Prescott told party members on Monday that the plan would work.')).toEqual(['Prescott person:prescott rule:title-person (Mr)']);
    // (unless it is a surname of lexicons/lone-surnames.tsv, which names one person of the news: tag-entities.ts)
    expect(people('Mr Blair told party members on Monday that the plan would work.')).toEqual(['Blair person:tony-blair gazetteer:lexicons/lone-surnames (Mr)']);
  });
  it('is, among several people of the surname, the one the document gives that office, and the lone surname after it is too', () => {
    const text = 'On Monday, President Barack Obama and first lady Michelle Obama visited the school. President Obama said the visit went well, and Obama thanked the teachers.';
    expect(people(text)).toEqual([
      'Barack Obama person:barack-obama gazetteer:world-people (President)',
      'Michelle Obama person:michelle-obama gazetteer:world-people (first lady)',
      'Obama person:barack-obama coreference (President)',
      'Obama person:barack-obama coreference',
    ]);
    // (without an office the last named is taken, as before: a guess)
    expect(people('On Monday, President Barack Obama and first lady Michelle Obama visited the school. Obama thanked the teachers.').at(-1)).toBe(
      'Obama person:michelle-obama coreference',
    );
  });
  it("is the person named in full with a suffix after the surname ('Jr.', 'III'), under the surname, not the suffix", () => {
    expect(people('Cal Ripken Jr. played for Baltimore for two decades. Ripken retired in 2001.')).toEqual([
      'Cal Ripken Jr. person:cal-ripken-jr rule:first-name',
      'Ripken person:cal-ripken-jr coreference',
    ]);
  });
  it('is still the one person of the surname named in full when its office is another: people hold several', () => {
    expect(people('Gen Pervez Musharraf took power in 1999. President Musharraf said on Monday that elections would follow.').at(-1)).toBe(
      'Musharraf person:pervez-musharraf coreference (President)',
    );
  });
});

describe('fittingOffice: whether two titles may name one office', () => {
  it.each([
    [['sen'], ['senator'], true],
    [['secretary'], ['defense', 'secretary'], true],
    [['pm'], ['prime', 'minister'], true],
    [['president'], ['vice', 'president'], true],
    [['president'], ['first', 'lady'], false],
    [['king'], ['prince'], false],
  ])('%j and %j: %s', (a, b, fits) => {
    expect(fittingOffice(a, b)).toBe(fits);
    expect(fittingOffice(b, a)).toBe(fits);
  });
});
