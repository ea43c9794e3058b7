import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, longTextWarning } from '../../src/stages/clean.js';
import { ARTICLE_CHARS_MAX } from '../../src/input/parts.js';
import { normalizeText } from '../../src/stages/clean/normalize.js';
import { FUNCTION_WORDS, endsOnInitial, joinWrapped, lineFeatures, splitLines, wrapWidth, wrapped, type Line } from '../../src/stages/clean/lines.js';
import { contextFreeClass, norm } from '../../src/stages/clean/classify.js';
import { DATELINE, bylineWithDate, datelinePlaceEnd } from '../../src/stages/clean/metadata.js';
import { isAllCaps } from '../../src/text/tokenize.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';

const run = (text: string) => clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length }, { report: new Reporter() });

// A made-up article (not one of the seeds): a title and three paragraphs of prose.
const TITLE = 'Harbour authority approves new ferry terminal after long debate';
const P1 =
  'The harbour authority of Portvale approved plans for a new ferry terminal on Tuesday, ending a debate that had divided the town council for more than two years and delayed the start of construction.';
const P2 =
  'Supporters of the project said the terminal would bring jobs to the waterfront, while residents who live near the docks warned that the extra traffic would make their streets less safe for children.';
const P3 =
  'The first ships are expected to use the new terminal in the spring of next year, according to a statement that the authority published on its website after the vote had been counted.';
const article = (...inner: string[]) => [TITLE, '', P1, '', ...inner.flatMap((x) => [x, '']), P2, '', P3].join('\n');
// a web page's footer: a text with none of a page's furniture is a clean article, and keeps all its lines (`plainLines`)
const FOOTER = '© 2020 Portvale Media. All rights reserved.';

describe('clean: normalisation with offsets', () => {
  it.each([
    ['CRLF', 'a\r\nb\rc', 'a\nb\nc'],
    ['no-break space', 'Ilham\u00A0Aliyev', 'Ilham Aliyev'],
    ['narrow no-break space and tab', '10\u202Fkm\there', '10 km here'],
    ['decomposed é (NFC)', 'Cafe\u0301 Baku', 'Café Baku'],
    ['zero-width space and BOM', 'Kara\u200Bbakh\uFEFF', 'Karabakh'],
    ['soft hyphen', 'Naxçı\u00ADvan', 'Naxçıvan'],
  ])('%s', (_name, original, expected) => {
    const { text, map } = normalizeText(original);
    expect(text).toBe(expected);
    // every normalised word maps back onto the original characters it came from
    for (const m of text.matchAll(/\S+/g)) {
      const span = map.toOriginal({ start: m.index, end: m.index + m[0].length });
      expect(original.slice(span.start, span.end).normalize('NFC').replace(/[\u200B\uFEFF\u00AD]/g, '').replace(/\s/g, ' ')).toBe(m[0]);
    }
  });

  it('maps kept blocks of a CRLF/NBSP/NFD article back to the original exactly', () => {
    const original = article('Re\u0301sume\u0301\u00A0of the plan was shared with reporters, who asked the authority about the cost of the works and the schedule for the second phase.').replace(/\n/g, '\r\n');
    const doc = run(original);
    expect(doc.blocks.length).toBeGreaterThan(3);
    for (const b of doc.blocks) {
      const orig = original.slice(b.span.start, b.span.end);
      const cleanText = doc.clean.slice(b.clean.start, b.clean.end);
      expect(orig.normalize('NFC').replace(/\u00A0/g, ' ')).toBe(cleanText);
      expect(doc.toSource.toOriginal(b.clean)).toEqual(b.span);
    }
    const i = doc.clean.indexOf('Résumé');
    const span = doc.toSource.toOriginal({ start: i, end: i + 'Résumé'.length });
    expect(original.slice(span.start, span.end)).toBe('Re\u0301sume\u0301');
  });
});

describe('clean: line features', () => {
  it.each([
    // [text, words, terminal, stop-word density, capitalised share]
    ['The army said it had left the area.', 8, true, 5 / 8, 1 / 8],
    ['Most Read Stories', 3, false, 1 / 3, 1],
    ['Home', 1, false, 0, 1],
  ])('%j', (text, words, terminal, stop, caps) => {
    const f = lineFeatures(text);
    expect(f.words).toBe(words);
    expect(f.terminal).toBe(terminal);
    expect(f.stopDensity).toBeCloseTo(stop, 5);
    expect(f.capDensity).toBeCloseTo(caps, 5);
  });

  it.each([
    ['http://example.com/a www.example.org mail@example.com', 1],
    ['News | Sport | Weather', 2 / 5],
    ['A plain sentence about the harbour.', 0],
  ])('link density of %j', (text, density) => {
    expect(lineFeatures(text).linkDensity).toBeCloseTo(density, 5);
  });

  it.each([
    // [text, class]: jusText's context-free classes
    [`${P1} ${P2}`, 'good'],
    [P1, 'neargood'],
    ['The terminal opens in spring, officials said on Tuesday.', 'short'],
    ['Portvale Harbour Authority Ferry Terminal Construction Works Schedule Second Phase Costs Budget Contracts', 'bad'],
    // a sentence dense with names, its words mostly in lower case, is prose however few its function words; a team
    // sheet that ends in a full stop is not
    ['Struggling harbour operator Portvale Ferries has struck a deal to supply rival operator Tidewater Lines 30,000 new ferry tickets (PFT).', 'neargood'],
    ['A Berg (capt); C Lund, D Smith, E Jones, F Brown; G White, H Green, J Black, K Grey.', 'bad'],
    ['http://a.example/1 http://a.example/2 http://a.example/3', 'bad'],
  ])('context-free class of %j', (text, klass) => {
    expect(contextFreeClass({ text, ...lineFeatures(text) }).klass).toBe(klass);
  });

  it('joins hard-wrapped lines into one block, keeps list items apart', () => {
    const text = 'BMW launched the K100 in 1983. It was the first ever BMW motorcycle\nfitted with a liquid-cooled engine and also featuring\na pioneering concept.\n2 medium onions\n2 cloves garlic';
    const blocks = joinWrapped(text, splitLines(text));
    expect(blocks.map((b) => b.text)).toEqual([
      'BMW launched the K100 in 1983. It was the first ever BMW motorcycle\nfitted with a liquid-cooled engine and also featuring\na pioneering concept.',
      '2 medium onions',
      '2 cloves garlic',
    ]);
  });
  it("joins a page's lines its markup broke: at a firm's '&', after a name's comma, inside a name of prose; not a quote's author", () => {
    const text = [
      'With Portvale moving to sell its port, a firm has enlisted the help of some of Harlow',
      "& Penn's biggest names.",
      'Zorvex Meal Co.,',
      'which does business in Portvale, is using lobbyists.',
      'The deal was filed with the council on Friday. The Portvale Harbour',
      'Authority this year is expected to approve it.',
      'You have to learn the rules of the game, and then play better than anyone else. Mark Tolland',
      'Think like a queen and fear no failure.',
      'Protesters gathered in the square on Friday. Photograph: Mark Tolland for The Portvale Times',
      'Officials said the march was peaceful.',
    ].join('\n');
    expect(joinWrapped(text, splitLines(text)).map((b) => b.text.split('\n').length)).toEqual([2, 2, 2, 1, 1, 1, 1]);
  });
  it("property: a line's words, function words, capitals, letters and spaces are those its regexes find", () => {
    // the counts as regexes define them (the `u` flag reads a character above U+FFFF as one), against the passes
    // over code units of an ASCII line and of any other without such a character
    const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
    const reference = (t: string) => {
      const words = t.match(WORD) ?? [];
      const stops = (t.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'").replace(/[.'-]+$/, '')).filter((w) => FUNCTION_WORDS.has(w)).length;
      const caps = words.filter((w) => /[A-Z]/.test(w[0]) || (w.charCodeAt(0) > 0x7f && w[0] !== w[0].toLowerCase())).length;
      return { words: words.length, stops, caps, letters: (t.match(/\p{L}/gu) ?? []).length, spaces: (t.match(/\s/g) ?? []).length };
    };
    const piece = fc.constantFrom(
      'the', 'The', 'THE', 'of', 'and', 'It', 'it’s', "It's", 'it’', 'I', 'İs', 'so-', 'so.', 'U.S.', 'u.s’', 'Army', 'Ørsted', 'Élysée', 'ǅemal',
      'Σας', 'Жук', '中国', 'ﬁne', 'e\u0301', '\u0301x', '١٢', '½', 'Ⅻ', 'K100', '1983', "x'", '’s', '-', '.', "'", '’', '“', '”', '—', '–', '…',
      '|', '😀', '𝐀b', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'ſ', '\u212a', 'now', 'ⓐ', 'ǅ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom('', ' '), (pieces, sep) => {
        const t = pieces.join(sep);
        const c = lineFeatures(t).counts;
        expect({ words: c.words, stops: c.stops, caps: c.caps, letters: c.letters, spaces: c.spaces }).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: a line's key for repeated boilerplate is its lower-case letters and digits, each other run one space", () => {
    const piece = fc.constantFrom('Read', 'more', 'É', 'ß', 'İ', 'Жук', '٣', '1', ' ', '  ', '»', '“', '”', '—', '-', '.', ', ', '\u00a0', '\u0301', '😀', '𝐀', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const s = pieces.join('');
        expect(norm(s)).toBe(s.toLowerCase().replace(/[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu, ' ').trim());
      }),
      { numRuns: 3000 },
    );
    expect(norm('Read more » “Top stories”')).toBe('read more top stories');
  });

  it('property: a line ends on an initial where /\\p{Lu}[\\p{L}\'’-]*\\s+\\p{Lu}\\.$/u matches it', () => {
    const piece = fc.constantFrom('Robert', 'D', 'É', 'd', '.', ' ', '  ', '\u00a0', '\t', '’', "'", '-', 'x', '𝐀', '“', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const s = pieces.join('');
        expect(endsOnInitial(s)).toBe(/\p{Lu}[\p{L}'’-]*\s+\p{Lu}\.$/u.test(s));
      }),
      { numRuns: 5000 },
    );
    expect(['Former President Robert D.', 'Former President Robert É.', 'He met Robert 𝐀.', 'It was D.', 'Robert D'].map(endsOnInitial)).toEqual([true, true, true, false, false]);
  });

  it('a joined block has the features of its text (summed from its lines, not counted again)', () => {
    // pieces that exercise every count: function words, capitals, digits, sentence ends, quotes,
    // non-ASCII letters, link-like tokens and separators, line breaks and trailing spaces
    const piece = fc.constantFrom(
      'the', 'of', 'and', 'said', 'Army', 'BMW', 'U.S.', 'it’s', 'Ørsted', 'façade', 'K100', '1983', 'x-ray', 'so-',
      'ended.', 'went!', 'why?', 'so…', '“Yes.”', '(here)', '...', ',', ':', '|', '»', 'www.example.com', 'a@b.org', '#tag',
      ' ', ' ', ' ', '  ', '\n', '\n', '\n', ' \n', '\n ', '\t', '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join(' ');
        for (const block of joinWrapped(text, splitLines(text))) expect(block).toMatchObject(lineFeatures(block.text));
      }),
      { numRuns: 2000 },
    );
  });
});

// A made-up wire story, hard-wrapped at 64 columns (every line that breaks a paragraph is one the next word
// would not have fitted on), paragraphs indented: the Reuters-21578 layout
const WIRE = [
  'Harbourline Corp of Portvale said it has reached an agreement',
  'with Tidewater Holdings resolving all differences between two',
  'companies, including the terms of the option granted to',
  'Tidewater in March.',
  '    The harbour authority of Portvale approved plans for a new',
  'ferry terminal on Tuesday, ending a debate that had divided the',
  'town council for more than two years and delayed the start of',
  'construction.',
  '    Harbourline said the Tidewater board will recommend its',
  'holders vote at the annual meeting for the company paying',
  'Tidewater 2,178,000 dlrs as a reimbursement of its costs.',
  '    Sommer will also take the title of President, and Robert D.',
  'Hostetler is resigning as a director, as is Chief Financial',
  'Officer Gary Erekson, and the board will be reduced to seven.',
  '    Supporters of the project said the terminal would bring jobs',
  'to the waterfront, while residents who live near the docks',
  'warned that the extra traffic would make their streets less safe',
  'for children.',
].join('\n');

describe('clean: hard-wrapped text', () => {
  it('knows the width a text was wrapped at, and that a web page is not wrapped', () => {
    const physical = splitLines(WIRE);
    // the widest line followed by one in lower case ('    Supporters of ... bring jobs', indentation included)
    expect(wrapWidth(WIRE, physical)).toBe(64);
    // one paragraph a line: the lines followed by lower case are short, the paragraphs far wider
    const page = [P1, 'Read the full story', 'from our correspondent', 'Share this story now', 'on social media', P2, 'Most read stories today', 'and yesterday'].join('\n');
    expect(wrapWidth(page, splitLines(page))).toBe(Infinity);
    // nor a text whose lines break at all widths: most broken lines must be near the widest
    const ragged = ['Breaking news today', 'from the coast', 'Weather report now', 'from the met office', WIRE].join('\n');
    expect(wrapWidth(ragged, splitLines(ragged))).toBe(64);
    const ragged2 = ['Breaking news today', 'from the coast', 'Weather report now', 'from the met office', 'Sports results here', 'from the league', WIRE.split('\n').slice(0, 3).join('\n')].join('\n');
    expect(wrapWidth(ragged2, splitLines(ragged2))).toBe(Infinity);
    // two broken lines are too few to tell
    const two = WIRE.split('\n').slice(0, 3).join('\n');
    expect(wrapWidth(two, splitLines(two))).toBe(Infinity);
    // … but in a short wire story whose paragraphs start with an indented line after one that is not
    const short = ['    PORTVALE, March 2 - <Harbourline Hotels> said it and <Tide', 'Realty Partners> of Portvale have agreed to buy Harbour', 'Biltmore Hotel from Tidewater Corp for an undisclosed', 'amount.', '    It said the venture will rename the hotel the Harbour', 'Biltmore at Portvale and will invest over 13 mln dlrs in', 'improvements on the 228-room property.'].join('\n');
    expect(wrapWidth(short, splitLines(short))).toBe(56); // 'Biltmore at Portvale … dlrs in' / 'improvements'
    const flush = short.replace(/^ +/gm, '');
    expect(wrapWidth(flush, splitLines(flush))).toBe(Infinity);
    // a line broken before a capitalised word that would not have fitted on it, a name's initial at a line end;
    // not a line with room left, nor before an indented first line of a paragraph
    const lines = joinWrapped(WIRE, physical);
    const at = (start: string) => lines.findIndex((l) => l.text.startsWith(start));
    // ('Harbourline said' and 'holders vote' are one block already: 'holders' is lower case)
    expect(wrapped(WIRE, lines[at('Harbourline said')], lines[at('Tidewater 2,178')], 64)).toBe(true);
    expect(wrapped(WIRE, lines[at('Sommer will')], lines[at('Hostetler')], 64)).toBe(true);
    expect(wrapped(WIRE, lines[at('Hostetler')], lines[at('Officer')], 64)).toBe(true);
    expect(wrapped(WIRE, lines[at('Harbourline Corp')], lines[at('The harbour')], 64)).toBe(false);
    expect(wrapped(WIRE, lines[at('Hostetler')], lines[at('Officer')], Infinity)).toBe(false);
    // before a number: 'against its' / '100,941 in January'
    const figures = 'Eurodollar turnover in February was 140,417 lots, against its\n100,941 in January';
    expect(wrapped(figures, ...(splitLines(figures) as [Line, Line]), 64)).toBe(true);
    // the next line indented: a paragraph's first line
    const para = 'The board met on Tuesday and the chairman said he had no comment\n    Shares of the company rose';
    const [p1, p2] = splitLines(para);
    expect(wrapped(para, p1, p2, 64)).toBe(false);
    expect(wrapped(para.replace('\n    ', '\n'), ...(splitLines(para.replace('\n    ', '\n')) as [Line, Line]), 64)).toBe(true);
    // room left on the line: at 80 columns 'Hostetler' would have fitted after 'Robert D.' (63 wide)
    expect(wrapped(WIRE, lines[at('Sommer will')], lines[at('Hostetler')], 80)).toBe(false);
    // … but for two columns of slack: a wire is not wrapped to one exact width (63 + 1 + 9 = 73 > 74 - 2)
    expect(wrapped(WIRE, lines[at('Sommer will')], lines[at('Hostetler')], 74)).toBe(true);
    expect(wrapped(WIRE, lines[at('Sommer will')], lines[at('Hostetler')], 75)).toBe(false);
    // before an opening bracket or quote
    const bracket = 'said Pertti Voutilainen, chief executive of the Portvale bank\n(KOP), told reporters';
    expect(wrapped(bracket, ...(splitLines(bracket) as [Line, Line]), 64)).toBe(true);
    const quote = 'said the rate of growth during the final quarter of last year\n"was not all that bad."';
    expect(wrapped(quote, ...(splitLines(quote) as [Line, Line]), 64)).toBe(true);
  });

  it('keeps a sentence that a hard-wrapped text breaks before a capital in one block, the line break inside', () => {
    const doc = run(WIRE);
    expect(doc.blocks.map((b) => doc.clean.slice(b.clean.start, b.clean.end).split('\n')[0])).toEqual([
      'Harbourline Corp of Portvale said it has reached an agreement',
      'The harbour authority of Portvale approved plans for a new',
      'Harbourline said the Tidewater board will recommend its',
      'Sommer will also take the title of President, and Robert D.',
      'Supporters of the project said the terminal would bring jobs',
    ]);
    expect(doc.clean).toContain('company paying\nTidewater 2,178,000');
    expect(doc.clean).toContain('Chief Financial\nOfficer Gary Erekson');
    expect(doc.clean).toContain('Robert D.\nHostetler');
    // offsets still map into the original
    for (const b of doc.blocks) expect(WIRE.slice(b.span.start, b.span.end).replace(/\n */g, ' ')).toBe(doc.clean.slice(b.clean.start, b.clean.end).replace(/\n */g, ' '));
  });
});

// The same made-up story as a wire service sends it: a headline in capitals, a blank line, the dateline on the first
// line of the first paragraph (Reuters-21578's layout)
const WIRE_STORY = ['HARBOURLINE <HBL> SETTLES DISPUTE WITH TIDEWATER', '', `    PORTVALE, March 3 - ${WIRE.trimStart()}`].join('\n');

describe('clean: a wire story', () => {
  it('has its headline in capitals for a title, its dateline, and its first paragraph whole', () => {
    const doc = run(WIRE_STORY);
    expect(doc.metadata.title).toBe('HARBOURLINE <HBL> SETTLES DISPUTE WITH TIDEWATER');
    expect(doc.metadata.dateline).toBe('PORTVALE, March 3');
    const blocks = doc.blocks.map((b) => [b.zone, doc.clean.slice(b.clean.start, b.clean.end).split('\n')[0]]);
    expect(blocks.slice(0, 2)).toEqual([
      ['title', 'HARBOURLINE <HBL> SETTLES DISPUTE WITH TIDEWATER'],
      ['body', 'PORTVALE, March 3 - Harbourline Corp of Portvale said it has reached an agreement'],
    ]);
  });

  it('keeps the paragraph whole where the dateline was cut off its first line, leaving it short', () => {
    // ('Harbourline Corp of Portvale said' would make a title; the lines after it are not a headline list)
    const text = ['HARBOURLINE <HBL> SETTLES DISPUTE', '', 'Harbourline Corp of Portvale said', WIRE.split('\n').slice(1).join('\n')].join('\n');
    const doc = run(text);
    expect(doc.metadata.title).toBe('HARBOURLINE <HBL> SETTLES DISPUTE');
    expect(doc.clean).toContain('Harbourline Corp of Portvale said\nwith Tidewater Holdings');
    expect(doc.dropped.map((d) => d.reason)).not.toContain('headline list');
  });

  it('takes no line of a paragraph the wrapper broke before capitals for a headline list', () => {
    const text = [
      'HARBOURLINE OFFICIAL HAS STAKE IN TIDEWATER DATA',
      '',
      '    PORTVALE, Feb 26 - A senior official of Harbourline Ferry',
      'Holdings Inc and his brother told the Portvale Harbour and Ferry',
      'Commission they have acquired 258,591 shares of Tidewater Data',
      'Management Inc, or 9.4 pct of the total outstanding.',
      ...WIRE.split('\n').slice(4),
    ].join('\n');
    const doc = run(text);
    expect(doc.dropped.map((d) => d.reason)).not.toContain('headline list');
    expect(doc.clean).toContain('Harbourline Ferry\nHoldings Inc and his brother told the Portvale Harbour and Ferry\nCommission they');
  });

  it('has a headline ending in an abbreviation', () => {
    const doc = run(WIRE_STORY.replace('SETTLES DISPUTE WITH TIDEWATER', 'SEEN PRESSURING U.S.'));
    expect(doc.metadata.title).toBe('HARBOURLINE <HBL> SEEN PRESSURING U.S.');
  });

  it("has its headline over a table's dateline, the text not hard-wrapped", () => {
    const text = ['PORTVALE FERRY CO <PFC> 4TH QTR NET', '', '    RICHMOND, Va. Feb 26 -', '    Shr 34 cts vs 1.19 dlrs', '    Net 807,000 vs 2,858,000', '    Revs 12.1 mln vs 11.4 mln'].join('\n');
    const doc = run(text);
    expect(doc.metadata.title).toBe('PORTVALE FERRY CO <PFC> 4TH QTR NET');
    // (and its dateline, the story's place, though the table gives no body: it had been dropped as a short line)
    expect(doc.metadata.dateline).toBe('RICHMOND, Va. Feb 26');
    expect(doc.clean).toContain('RICHMOND, Va. Feb 26 -');
    // (so where the body comes far below the table)
    const far = run([...text.split('\n'), ...Array.from({ length: 8 }, (_, k) => `    Oper net ${k + 1}00,000 vs ${k + 2}00,000`), '    The company said results were hurt by lower fares on its routes across the harbour this winter.'].join('\n'));
    expect(far.metadata.dateline).toBe('RICHMOND, Va. Feb 26');
  });

  it("takes no section's label under a title for a table's dateline ('OPINION (AP)', 'WORLD NEWS, Sept 4')", () => {
    const nav = ['Home', 'News', 'Sport', 'World', 'Business', 'Culture', 'Travel'];
    for (const label of ['OPINION (AP)', 'WORLD NEWS, Sept 4']) {
      const doc = run(['PORTVALE FERRY CO <PFC> SETS PAYOUT', '', label, '', ...nav, '', P1, '', P2].join('\n'));
      expect(doc.metadata.dateline, label).toBeNull();
    }
  });

  it.each([
    ['WASHINGTON, FEB 26 - The board said', 'WASHINGTON, FEB 26'],
    ['FARMINGTON, Conn., FEb 26 -', 'FARMINGTON, Conn., FEb 26'],
    ['RICHMOND, Va. Feb 26 -', 'RICHMOND, Va. Feb 26'],
    ['PORTVALE, March 3 - Harbourline said', 'PORTVALE, March 3'],
    ['PORTVALE, March 3 (Reuters) - Harbourline said', 'PORTVALE, March 3 (Reuters)'],
    // an agency in lower case ('dpa'), and one in brackets after the place alone
    ['PORTVALE (dpa) - Harbourline said', 'PORTVALE (dpa)'],
    // a place in title case with its date and agency, and no dash after the agency before the story's first word
    ['New Portvale, March 3 (IANS) Floods killed 40 people', 'New Portvale, March 3 (IANS)'],
    ['PORTVALE, March 3 (IANS) Floods killed 40 people', 'PORTVALE, March 3 (IANS)'],
    // a wire's ISO date, as Reuters' corpus (RCV1, CoNLL-2003's source) writes its datelines
    ['JYVASKYLA , Finland 1996-08-25', 'JYVASKYLA , Finland 1996-08-25'],
    // a place in capitals, its state or country, and a dash with spaces, no date
    ['PORTVALE FALLS, Ore. — The council voted', 'PORTVALE FALLS, Ore.'],
    ['PORTVALE, Kenya – The council voted', 'PORTVALE, Kenya'],
    ['PORTVALE, Calif. -- The council voted', 'PORTVALE, Calif.'],
  ])('reads the dateline %j', (line, dateline) => {
    expect(DATELINE.exec(line)?.[1]).toBe(dateline);
  });

  it("takes both hyphens of a plain-text wire's dash into the dateline", () => {
    expect(DATELINE.exec('PORTVALE (AP) -- The council voted')?.[0]).toBe('PORTVALE (AP) -- ');
  });

  it.each([['RICHMOND Feb 26 -'], ['THE FEBRUARY 26 MEETING'], ['PORTVALE INVESTOR CUTS STAKE IN HARBOURLINE (HBL)'], ['New Portvale, March 3 was a fine day'], ['Portvale said on March 3 (Monday) that'], ['PLAYBOOK METRO SECTION -- The mayor'], ['PORTVALE — The council voted'], ['PORTVALE, Kenya-based firms']])('reads no dateline in %j', (line) => {
    expect(DATELINE.exec(line)).toBeNull();
  });

  it.each([
    ['STERLING HEIGHS, Mich., March 3 -', 2],
    ['MARION FALLS, Ore., March 3 - The plant', 2],
    ['MARION FALLS, Ore. — The plant', 2],
    ['WILKES-BARRE, Pa., March 3 -', 3],
    ['TORONTO (AP) - Derek Sanderson', 1],
    ['NATO, the alliance, said', 0],
    ['PORTVALE (HBL) said', 0],
    ['TOO FAST TOO FURIOUS (DIGITAL BRIDGES)', 0],
    ['NOVYE ATAGI , Russia 1996-08-22', 2],
    ['SHANGHAI 1996-08-23', 1],
    ['SHANGHAI 1996 was a good year', 0],
    // a place in title case with its date and agency
    ['New Portvale, March 3 (IANS) Floods killed', 2],
    ['New Portvale, the town, said on March 3 (Monday)', 0],
  ])("ends the place of %j's dateline before token %i (0: none)", (line, end) => {
    // tokens as the name finder has them: words, numbers, marks one by one ('WILKES', '-', 'BARRE')
    const tokens = [...line.matchAll(/[\p{L}\d][\p{L}\d.]*|\S/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
    expect(datelinePlaceEnd(line, tokens, 0, tokens.length, line.length, isAllCaps)).toBe(end);
  });

  it('keeps a lead dense with names after its dateline, and a short last paragraph', () => {
    // the lead's first block ('… said its' / 'joint … Tidewater Corp's' / '<TDW> Portvale Ferries unit …', broken before
    // the ticker) has few function words, and its last paragraph is short
    const text = [
      'HARBOURLINE <HBL> PACT APPROVED',
      '',
      '    PORTVALE, FEB 26 - Harbourline Airways Inc said its',
      "joint marketing and services agreement with Tidewater Corp's",
      '<TDW> Portvale Ferries unit was approved by the Portvale',
      'Department of Transport.',
      '    According to the agreement, Harbourline Airways will',
      'operate scheduled service under the name "Portvale Express."',
      'The company, however, will remain independent.',
    ].join('\n');
    const doc = run(text);
    expect(doc.dropped).toEqual([]);
    expect(doc.metadata.dateline).toBe('PORTVALE, FEB 26');
    expect(doc.clean).toContain("PORTVALE, FEB 26 - Harbourline Airways Inc said its\njoint marketing and services agreement with Tidewater Corp's");
    expect(doc.clean).toContain('The company, however, will remain independent.');
    // the last paragraphs short, the last one broken before a capital; not a line of links after them
    const story = [
      'BONUS FERRY PARTS FOR PORTVALE  -- AGENCY',
      '',
      '    HARBOURLINE, Feb 26 - The Tidewater Credit Corporation, TCC,',
      'has accepted an export bonus offer to cover the sale of 37,000',
      'long tons of ferry parts to Portvale, the Harbourline Transport',
      'Department said.',
      '    The ferry parts are for shipment March-May and the bonus',
      'awarded was 119.05 dlrs per tonne and will be paid in the form',
      'of goods from the TCC inventory.',
      '    The bonus was awarded to the Lund Company.',
      '    The ferry part purchases complete the Export Enhancement',
      'Program initiative announced in April, 1986, it said.',
    ];
    const end = run([...story, '    See www.harbourline.example and www.tidewater.example today.'].join('\n'));
    expect(end.dropped.map((d) => d.text)).toEqual(['See www.harbourline.example and www.tidewater.example today.']);
    // nor a byline, nor a copyright line
    for (const last of [['By Anna Berg.'], ['Copyright 1987 Portvale Wire. All rights reserved.', 'The wire is owned by Tidewater Holdings.']])
      expect(run([...story, ...last.map((l) => `    ${l}`)].join('\n')).dropped.map((d) => d.text)).toEqual(last);
    // the lead's first line short, ending in an abbreviation: 'U.S.' / 'production …'
    const short = run(
      [
        'HARBOURLINE <HBL> RAISES 2ND QTR OUTPUT PLANS',
        '',
        '    PORTVALE, March 2 - Harbourline Motor Co has raised its U.S.',
        'production schedule for the second quarter by 52,000 cars and',
        '32,000 trucks from previous plans, the trade paper Tidewater',
        'Automotive Reports said.',
        ...story.slice(6),
      ].join('\n'));
    expect(short.clean).toContain('PORTVALE, March 2 - Harbourline Motor Co has raised its U.S.');
    expect(short.dropped).toEqual([]);
    // the last paragraphs' sentences broken before capitals and figures, some of their lines with few function words
    const battle = run(
      [
        'POVA CLAIMS NEW VICTORIES NEAR TARNO',
        '',
        '    VESTRA, March 1 - Pova said its forces had captured one of',
        "Lund's strongest fortifications east of Tarno on the Nord War",
        'southern front in a major battle overnight.',
        '    The Povanic National News Agency, received here, said',
        'Povanic forces smashed four Lundi brigades, killed or wounded',
        '1,500 Lundi soldiers and destroyed 45 enemy tanks and personnel',
        'carriers.',
        '    PNNA said the Povanic troops seized one of the strongest',
        'Lundi fortifications and breached Lundi defence lines southwest',
        "of Fish Lake, 10 kilometres (six miles) east of Lund's second",
        'largest city of Tarno.',
        ' REUTER',
      ].join('\n'),
    );
    expect(battle.clean).toContain('1,500 Lundi soldiers and destroyed 45 enemy tanks and personnel\ncarriers.');
    expect(battle.clean).toContain('PNNA said the Povanic troops seized one of the strongest\nLundi fortifications');
    expect(battle.dropped.map((d) => d.text)).toEqual(['REUTER']);
    // a short sentence after a paragraph of few function words, inside the story
    const quote = run(
      [
        ...story.slice(0, 9),
        '    Tidewater investments in Portvale equities have already',
        'turned active and the pace is likely to increase, said Anna',
        'Berg, general manager of international equity activities at',
        'Harbourline Securities Lundholm.',
        '    Net 807,000 vs 2,858,000',
        '    "Last week was the busiest week we had," she said.',
        '    Investments are being spurred by the growth in profits of',
        'Portvale companies and the fall of the Tidewater currency, she',
        'said, and the pace is likely to increase after the vote.',
      ].join('\n'),
    );
    // (the sentence's last line, 'Berg, general manager …', mostly in lower case, is prose in itself, so the line of
    // figures after it stands between text on both sides and is kept, as jusText keeps a short block there)
    expect(quote.clean).toContain('Berg, general manager of international equity activities at\nHarbourline Securities Lundholm.');
    expect(quote.dropped).toEqual([]);
    // a web page's lead, one paragraph a line
    const page = run(`${TITLE}\n\nPORTVALE (Reuters) - Portvale Mayor Anna Berg met Tidewater Governor Carl Lund in Harbourline on Tuesday.\n\n${P1}\n\n${P2}`);
    expect(page.clean).toContain('Anna Berg met Tidewater Governor Carl Lund');
    expect(page.metadata.dateline).toBe('PORTVALE (Reuters)');
  });

  it('keeps no dateline-led line with links, nor a line dense with names without a dateline', () => {
    const links = run(`${TITLE}\n\nPORTVALE (Reuters) - Portvale www.example.com/a www.example.com/b Harbourline Tidewater Lund Berg Anna Carl.\n\n${P1}\n\n${P2}`);
    expect(links.clean).not.toContain('www.example.com');
    const names = 'Anna Berg, Carl Lund, Tidewater Holdings, Portvale Harbour Authority Ferry Terminal Construction Works.';
    expect(run(`${TITLE}\n\n${P1}\n\n${names}\n\n${P2}\n\n${FOOTER}`).clean).not.toContain(names);
    expect(run(`${TITLE}\n\n${P1}\n\nPORTVALE (Reuters) - ${names}\n\n${P2}`).clean).toContain(names);
  });

  it('keeps every paragraph of a typed story, however few its function words, but its table', () => {
    // (the first paragraphs, before a sentence that is a list of names, were dropped as text outside the main text; the
    // last, after a table)
    const text = [
      'HARBOUR TAX WRITERS SEEK FERRY FEE CURBS',
      '',
      '    PORTVALE, Feb 26 - The chairmen and senior members of the',
      'harbour and ferry committees proposed rules to curb the fees paid',
      'on the sales of ferry tickets to the operators of the terminal.',
      '    The proposal would raise the harbour\'s revenues by 6.7 mln',
      'dlrs over the five years from 1987 to 1991.',
      '    If adopted by the council it would affect all of the fares',
      'sold after Sept 26, 1987.',
      '    The plan was proposed by the Harbour Works and Fees Committee',
      'Chairman Dan Ostrowski (D-Port), Rep John Dunne (R-Vale),',
      'Ferry Finance Committee Chairman Lloyd Bennet (D-Tide) and Sen',
      'Bob Parker (R-Ore).',
      '    In a statement Ostrowski said the fee deduction that was',
      'enacted last year as a part of the harbour reform was too broad',
      'and would have cost the harbour seven mln dlrs over four',
      'years. The narrower deduction would cost the harbour less',
      'than 300,000 dlrs in the same years.',
      '    He said it was designed to avoid the sham sales which',
      'allowed the operators to avoid paying the fees that they owed',
      'to the harbour when they sold tickets to their own staff.',
      '    Finance committee chairman Lloyd Bennet said in a',
      'statement that the reform was intended to encourage the',
      'operators to sell more tickets to the public and not to',
      'their own staff, and that the new rules would see to that.',
      '    He added that the rules he has introduced today call for',
      'the change of the deduction so that it applies only to sales',
      'made to the public, as was the intent of the reform.',
      '    Ticket sales rose to 760,000 from 709,200 in 1986 and to',
      '3.47 mln from 3.32 mln over the three years to 1986.',
      '    Fares    1986    1985',
      '    Adult    2.10    1.95',
      '    Child    1.05    0.95',
      '    Imports of ferry parts, including engines, rose to',
      '445,400 dlrs from 362,500 and exports to 151,500 from',
      '139,800.',
    ].join('\n');
    const doc = run(text);
    const paragraphs = text.split(/\n {4}/).slice(1).map((p) => p.replace(/\n/g, ' '));
    const kept = doc.blocks.filter((b) => b.zone === 'body').map((b) => doc.clean.slice(b.clean.start, b.clean.end).replace(/\n/g, ' '));
    expect(kept).toEqual(paragraphs.filter((p) => !/^(?:Fares|Adult|Child) /.test(p)));
  });

  it('keeps the whole first sentence of a typed story where its first lines have few function words', () => {
    const doc = run([
      'INVESTOR HAS FIVE PCT OF HARBOURLINE <HBL>',
      '',
      '    PORTVALE, April 3 - Arthur Appleby, a Tidewater investor,',
      'told the Portvale Harbour and Ferry Commission he has acquired',
      '39,000 shares of Harbourline Ferry Co Inc, or 5.1 pct of the',
      'outstanding common stock.',
      '    Appleby said he bought the stock for 116,554 dlrs for his own',
      'investment purposes, and that he may buy more of the shares.',
      '    Harbourline said the Tidewater board will recommend its',
      'holders vote at the annual meeting for the company paying',
      'Tidewater 2,178,000 dlrs as a reimbursement of its costs.',
      '    Supporters of the project said the terminal would bring jobs',
      'to the waterfront, while residents who live near the docks',
      'warned that the extra traffic would make their streets less safe',
      'for children.',
    ].join('\n'));
    const first = doc.blocks.find((b) => b.zone === 'body')!;
    expect(doc.clean.slice(first.clean.start, first.clean.end).replace(/\n/g, ' ')).toBe(
      'PORTVALE, April 3 - Arthur Appleby, a Tidewater investor, told the Portvale Harbour and Ferry Commission he has acquired 39,000 shares of Harbourline Ferry Co Inc, or 5.1 pct of the outstanding common stock.',
    );
  });

  it("starts no headline list at a story's first line after its dateline", () => {
    // (flush left, two lines broken before lower case: not taken for hard-wrapped)
    const doc = run(['HARBOURLINE <HBL> TO SELL HOTEL', '', 'PORTVALE, March 2 - <Harbourline Hotels> said it and <Tide', 'Realty Partners> of Portvale have agreed to buy Harbour', 'Biltmore Hotel from Tidewater Corp for an undisclosed', 'amount.', 'It said the venture will rename the hotel the Harbour', 'Biltmore at Portvale and will invest over 13 mln dlrs in', 'improvements on the 228-room property.'].join('\n'));
    expect(doc.metadata.dateline).toBe('PORTVALE, March 2');
    expect(doc.clean).toContain('PORTVALE, March 2 - <Harbourline Hotels> said it and <Tide');
    expect(doc.dropped.map((d) => d.reason)).not.toContain('headline list');
  });

  it('takes no line in capitals for a title on a web page', () => {
    expect(run(['MOST READ STORIES TODAY', '', P1, '', P2, '', P3].join('\n')).metadata.title).toBeNull();
  });
});

describe('clean: drop reasons', () => {
  it.each([
    ['Advertisement', 'page furniture'],
    ['Story Continued Below', 'page furniture'],
    ['Share this article', 'page furniture'],
    // a bookmark button and a cookie banner's link (a news page of 2025)
    ['Save', 'page furniture'],
    ['Cookie Preferences', 'page furniture'],
    ['mailto', 'page furniture'],
    ['READ MORE: Another story about ferries', 'read-more link'],
    ['Read the rest of this post on the original site »', 'read-more link'],
    ['© 2020 Portvale Media. All rights reserved.', 'copyright'],
    ['Portvale News is now on Telegram. Click here to join our channel.', 'promo'],
    ['Share | Facebook | Twitter | Email', 'share bar'],
    ['Tags: ferries, harbours, Portvale', 'tag list'],
    ['Featured image via Flickr', 'photo credit'],
    ['4 MIN READ', 'reading time'],
    ['Reply', 'comment marker'],
    ['Jennifer said...', 'comment marker'],
    ['Login to reply', 'comment marker'],
    ['All comments are moderated so you may experience a short delay before yours appears.', 'comment form'],
    ['The letters and numbers you entered did not match the image. Please try again.', 'comment form'],
    ['This page is best viewed in an up-to-date web browser with style sheets enabled.', 'site notice'],
    ['A version of this article appeared in print on 11/08/2012, on page B9 of the edition with the headline: Ferry Terminal Approved.', 'print edition note'],
    ['This entry was posted in Harbour and tagged ferries, Portvale. Bookmark the permalink.', 'post footer'],
    // a blog theme's notes on the comments under a post
    ['You can follow any responses to this entry through the RSS 2.0 feed.', 'post footer'],
    ['You can leave a response, or trackback from your own site.', 'post footer'],
    ['You can skip to the end and leave a response. Pinging is currently not allowed.', 'post footer'],
    ['Both comments and pings are currently closed.', 'post footer'],
    // … and its box about the entry
    ['This page contains a single entry by Kellin Abaro published on November 6, 2012 6:33 AM.', 'post footer'],
    ['Harbour tolls rise again was the previous entry in this blog.', 'post footer'],
    ['You can find recent content on the main index.', 'post footer'],
    ['Login to leave a comment', 'comment form'],
    ['This copy is for your personal, non-commercial use only.', 'copyright'],
    ['If you enjoyed this post, please consider leaving a comment or subscribing to the feed.', 'promo'],
    ['firefighter jeff said,', 'comment marker'],
    ['8 appreciated comments on “Harbour authority approves new ferry terminal”', 'comments heading'],
    ['8 users responded in “Harbour authority approves new ferry terminal”', 'comments heading'],
    ['If you believe this comment is offensive, you can report it below. Once reported, the comment will be reviewed.', 'comment form'],
    ['Home › News › Harbour', 'breadcrumb'],
    ['Home / Harbour authority approves new ferry terminal', 'breadcrumb'],
    ['Email ThisBlogThis!Share to TwitterShare to Facebook', 'share bar'],
    ['BlogThis!', 'share bar'],
    ['Email via ShareThis', 'share bar'],
    ['Share with AddThis', 'share bar'],
    ['80510 SHARES Facebook Twitter', 'share bar'],
    ['Subscribe to Harbour Updates', 'promo'],
    ['Did you like it? Then subscribe to our RSS feed!', 'promo'],
    ['Sign up for the Harbour Weekly newsletter', 'promo'],
    ['To get more tips on ferry travel, sign up to his list here.', 'promo'],
    ['Story continues below advertisement', 'advertisement'],
    ['Article continues after this advertisement', 'advertisement'],
    ['Advertisement - scroll to continue', 'advertisement'],
  ])('%j -> %s', (line, reason) => {
    const doc = run(article(line));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: line, reason }));
    expect(doc.clean).not.toContain(line);
    expect(doc.clean).toContain(P2);
  });

  // news about shares, bonds and programmes says what a promo says
  it.each([
    ['220,838 shares of stock were sold at 15.75 dlrs a share through underwriters in Portvale.'],
    ['1,484,516 shares, or 7.74 pct.'],
    ['The bonds each carry eight warrants, each giving the right to subscribe to one share of the harbour company.'],
    ['Only a small share of ferry operators would likely sign up for the programme since the subsidy is small.'],
    ['The story continues below the harbour wall, where the first ships were built in 1850.'],
  ])('keeps %j', (line) => {
    const doc = run(article(line));
    expect(doc.clean).toContain(line);
  });

  it('drops a list heading and the headline list after it', () => {
    const doc = run(`${article()}\n\nRelated stories\nPort strike ends after three days\nNew bridge opens to traffic\nCouncil elects a new mayor`);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'Related stories', reason: 'list heading' }));
    for (const h of ['Port strike ends after three days', 'New bridge opens to traffic', 'Council elects a new mayor'])
      expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
    expect(doc.clean).toContain(P3);
  });

  it.each(['Read more', 'More stories', 'Also read:'])("drops '%s' and the links in sentence case after it inside the article", (heading) => {
    const links = ["Brenthia's economy shrinks for second quarter", 'Robot makers face slowdown, says union', 'Ten things to do in Portvale this weekend'];
    const doc = run([TITLE, '', P1, '', heading, ...links, '', P2, '', P3].join('\n'));
    for (const h of links) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
    expect(doc.clean).toContain(P2);
    expect(doc.clean).toContain(P3);
  });

  it('drops a run of title-case headlines without a heading', () => {
    const doc = run(`${article('Port Strike Ends After Three Days Of Talks\nNew Bridge Opens To Traffic In The North\nCouncil Elects A New Mayor For Portvale')}\n\n${FOOTER}`);
    expect(doc.dropped.filter((d) => d.reason === 'headline list').map((d) => d.text)).toHaveLength(3);
  });

  it('drops a navigation menu before the article', () => {
    const doc = run(`World\nBusiness\nSport\nCulture\n${article()}`);
    for (const m of ['World', 'Business', 'Sport', 'Culture']) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: m, reason: 'navigation menu' }));
    expect(doc.metadata.title).toBe(TITLE);
  });

  describe("the outlet a page's copyright line names, where no line names one", () => {
    const page = (...lines: string[]) => run(lines.join('\n'));
    it.each([
      ['© 2012 PortvaleNews.com', 'PortvaleNews.com'],
      ['Copyright © 2012 Harbour Media, Inc. All rights reserved.', 'Harbour Media'],
      ['© The Harbour Blog 2012. All Rights Reserved.', 'The Harbour Blog'],
      ['©1994-2012 Portvale Press, LLC', 'Portvale Press'],
      ['© Copyright 2006-2011 Harbour Hugger™', 'Harbour Hugger'],
      ['© 1996- The Portvale Post', 'The Portvale Post'],
      ['Copyright © 2012 by The Harbour Monthly Group. All Rights Reserved.', 'The Harbour Monthly Group'],
      ['© 2012 Portvale News and Media Limited or its affiliated companies. All rights reserved.', 'Portvale News and Media'],
      ['Copyright 2012 Harbour Limited. All times local.', 'Harbour Limited'],
      ['(c) 2012 The Harbour Brain |', 'The Harbour Brain'],
    ])('%j -> %j', (line, outlet) => {
      expect(page(TITLE, P1, P2, P3, 'Privacy Policy', line).metadata.outlet).toBe(outlet);
    });

    it.each([['Copyright Policy'], ['Copyright © 2011'], ['Copyright Information'], ['© 2007 - 2012 - All Rights Reserved : Harbour Magazine'], ['© Zorvex Images'], ['Copyright © 2012 Photo: Portvale Press']])('is none of %j', (line) => {
      expect(page(TITLE, P1, P2, P3, line).metadata.outlet).toBeNull();
    });

    it("is the footer's, the page's last, not an agency's under its story", () => {
      const doc = page(TITLE, P1, P2, P3, 'Copyright 2012 The Associated Press. All rights reserved.', 'About us', 'Contact', '© 2012 Harbour Media. All rights reserved.');
      expect(doc.metadata.outlet).toBe('Harbour Media');
    });

    it('gives way to a source line', () => {
      expect(page(TITLE, 'SOURCE: Portvale Press', P1, P2, P3, '© 2012 Harbour Media').metadata.outlet).toBe('Portvale Press');
    });
  });

  describe("the date a header's line prints beside its own words", () => {
    const page = (...lines: string[]) => run(lines.join('\n'));
    const MENU = ['Home', 'News', 'Sport', 'Business', 'Weather'];
    it.each([
      ["a byline's", 'By Anna Berg, 18 August 2010', '2010-08-18'],
      ["a posting line's with a clock time", 'Published: July 24, 2012 at 7:37 AM ET', '2012-07-24'],
      ["a section's", 'Harbour Notes | 20 July 2012', '2012-07-20'],
    ])('is the document\'s date: %s', (_what, line, date) => {
      expect(page(...MENU, TITLE, line, P1, P2, P3).metadata.date).toBe(date);
    });

    it("is a title's with its byline on the same line", () => {
      expect(page(...MENU, `${TITLE} by Anna on July 21, 2012`, P1, P2, P3).metadata.date).toBe('2012-07-21');
    });

    it("is a posting line's that a run of the header's short lines, taken for a headline list, holds", () => {
      const doc = page('Related Stories', 'Port Strike Ends After Three Days', 'New Bridge Opens To Traffic', TITLE, 'By', 'ANNA BERG', 'Published: July 24, 2012', P1, P2, P3);
      expect(doc.metadata.date).toBe('2012-07-24');
    });

    it.each([
      ['a range of days', 'Harbour views from the pier October 23-31, 2012'],
      ['a link to the previous post', '← August 12, 2012 – Harbour fireworks'],
      ['a date with its year in two digits', 'Harbour fireworks August 12, 13 and 14'],
      ["a sentence's", 'The council first met on July 4, 2012.'],
    ])('is not %s', (_what, line) => {
      expect(page(...MENU, TITLE, line, P1, P2, P3).metadata.date).toBeNull();
    });
  });

  describe('the title', () => {
    it('is the heading right above the body, over its byline, date and caption, where a run of sidebar headlines ended with it', () => {
      const doc = run(['Port Strike Ends After Three Days', 'New Bridge Opens To Traffic', 'Council Elects A New Mayor', TITLE, 'By Anna Berg', 'July 24, 2012', P1, '', P2, '', P3].join('\n'));
      expect(doc.metadata.title).toBe(TITLE);
      expect(doc.blocks.filter((b) => b.zone === 'title').map((b) => doc.clean.slice(b.clean.start, b.clean.end))).toEqual([TITLE]);
    });

    it('is the last of a run of title-case headlines right above the body, unless it holds a date', () => {
      const heads = ['Port Strike Ends After Three Days', 'New Bridge Opens To Traffic'];
      const title = 'Harbour Authority Approves New Ferry Terminal';
      expect(run([...heads, title, P1, '', P2, '', P3].join('\n')).metadata.title).toBe(title);
      expect(run([...heads, 'Harbour News From July 23 2012', P1, '', P2, '', P3].join('\n')).metadata.title).toBeNull();
    });

    // (a byline, a posting line or a caption is passed over, as between a title and its body: a heading above may be the title)
    it.each([
      ['a line leading into the body', 'Harbour Master Jane Doe On The Tides:', null],
      ["a sponsor's words", 'Brought To You By', null],
      ['a byline', 'By Anna Berg And Ben Holt', undefined],
      ['a posting line', 'Posted By Anna Berg In Harbour News', undefined],
      ["a caption's credit", 'The New Ferry Terminal At Dusk. Picture: Supplied', undefined],
      ["a video's credit", 'Drone Footage Of The Docks. Produced By Ben Holt', null],
      ["a link's words", 'Read All The Comments', null],
      ["a byline's names with a comma", 'Anna Berg, Portvale Press', undefined],
      ["a venue's names with a comma", 'Harbour Road, Portvale', undefined],
      ['a heading with a line run into it', 'Harbour Open Updates\nby Anna Berg', null],
    ])('is not %s right above the body', (_what, line, title) => {
      const heads = ['Port Strike Ends After Three Days', 'New Bridge Opens To Traffic'];
      const got = run([...heads, line, P1, '', P2, '', P3].join('\n')).metadata.title;
      if (title === undefined) expect(got).not.toBe(line);
      else expect(got).toBe(title);
    });

    it.each([['Posted by Anna Berg in News and Reviews'], ['The new terminal at dusk, seen from the old pier. Picture: Supplied']])(
      'is the heading above a posting line or a caption the first pass left unmarked: %j',
      (line) => {
        const menu = ['Home', 'About the Harbour', 'Ferry Timetables', 'Recommended Reading', 'Meet the Crew', 'Contact'];
        const doc = run([...menu, '« Interview With Anna Berg, Author of “Harbour Days” – Part Two', 'Nov', '05', '2012', 'Harbour Open Updates', line, P1, P2, P3].join('\n'));
        expect(doc.metadata.title).toBe('Harbour Open Updates');
      },
    );

    it("is a blog post's title before its byline on the same line, taken for a comment's signature", () => {
      const c = ['I walked past the site this morning and the diggers were already at work, which is good news for all.', 'Does anyone know whether the old ferry will keep running until the new terminal is finished?'];
      const doc = run(['Ferry terminal approved by John on July 21, 2012', P1, '', P2, '', P3, '', 'Anna on July 22, 2012 at 8:42 am', c[0], 'Ben on July 22, 2012 at 9:15 am', c[1], 'Carla on July 23, 2012 at 10:02 pm', c[0]].join('\n'));
      expect(doc.metadata.title).toBe('Ferry terminal approved');
      expect(doc.clean).not.toContain(c[1]);
    });

    it("is a blog post's title before its byline on the same line", () => {
      const doc = run(['Books', 'Subscribe', 'The Harbour Blog', `${TITLE} by John on July 21, 2012`, P1, '', P2, '', P3].join('\n'));
      expect(doc.metadata.title).toBe(TITLE);
      expect(doc.clean.startsWith(`${TITLE} by John on July 21, 2012\n`)).toBe(true);
    });

    // a web page's text, one block a line and no blank line, as a browser's copy or a scraper gives it
    const page = (...lines: string[]) => run(lines.join('\n'));
    const MENU = ['Home', 'News', 'Sport', 'Business', 'Weather'];
    it('is the heading above the body that shares its words, not a nearer headline of another story in a list', () => {
      const related = ['Related stories', 'Portvale council elects a new mayor', 'Storm closes the northern bridge'];
      const doc = page(...MENU, 'Harbour ferry terminal approved after long debate', 'By Anna Berg', ...related, P1, P2, P3);
      expect(doc.metadata.title).toBe('Harbour ferry terminal approved after long debate');
      expect(doc.blocks.find((b) => b.zone === 'title')).toBeDefined();
    });

    it('is the headline far above the body, past captions, share buttons and teasers the page puts between them', () => {
      const between = ['Share this page', 'Facebook', 'Twitter', 'Email', 'Print', 'The old pier at dusk', 'Anna Berg/Portvale Press', 'Watch video', 'Listen', 'More', 'Save'];
      const doc = page(...MENU, 'Portvale approves new ferry terminal for its harbour', ...between, P1, P2, P3);
      expect(doc.metadata.title).toBe('Portvale approves new ferry terminal for its harbour');
    });

    it('is the heading over a byline or a date, before a nearer one that shares as many words with the body', () => {
      const doc = page(...MENU, 'Harbour authority approves new ferry terminal', 'By Anna Berg', 'July 24, 2012', 'Watch', 'Harbour ferry terminal approved by council', P1, P2, P3);
      expect(doc.metadata.title).toBe('Harbour authority approves new ferry terminal');
    });

    it.each([
      ['About the Portvale harbour ferry terminal'],
      ['Video: the Portvale harbour ferry terminal'],
      ['« Portvale harbour ferry terminal approved'],
      ['Photos: the new ferry terminal of Portvale harbour'],
      ['The ferry terminal pictured from the harbour of Portvale'],
    ])('is not a link, a label or a caption that shares words with the body: %j', (line) => {
      const doc = page(...MENU, line, P1, P2, P3);
      expect(doc.metadata.title).not.toBe(line);
    });

    it.each([['Watchdog backs Portvale harbour ferry terminal plans'], ['About 300 jobs at new Portvale ferry terminal']])('is a headline that opens like a label: %j', (line) => {
      expect(page(...MENU, line, 'By Anna Berg', P1, P2, P3).metadata.title).toBe(line);
    });

    it("takes no paragraph opening with 'By' for a byline under the nearer heading", () => {
      const byVote = `By a vote of seven to two, ${P1}`;
      const doc = page(...MENU, 'Harbour authority approves new ferry terminal', 'By Anna Berg', 'Listen', 'Share', 'Harbour ferry terminal approved by council', byVote, P2, P3);
      expect(doc.metadata.title).toBe('Harbour authority approves new ferry terminal');
    });

    // (titleByBody: scored by the share of its words the body has, less 0.005 a line of distance; a farther one must win by 0.1)
    it('is the heading nearest the body, not one farther up that shares only a little more of its words', () => {
      // 'Portvale ferry terminal debate drags on' (4 of 5 words in the body) is an older story's, above this one's (3 of 4)
      const doc = page(...MENU, 'Portvale ferry terminal debate drags on', 'Town debate over new docks ends', P1, P2, P3);
      expect(doc.metadata.title).toBe('Town debate over new docks ends');
    });

    it('is the heading near the body, not one far above it that shares a few more of its words', () => {
      // all five words of the far heading are the body's, seven of eight of the near one: 13 lines apart, that is not enough
      const between = ['Share this page', 'Facebook', 'Twitter', 'Email', 'Print', 'The old pier at dusk', 'Anna Berg/Portvale Press', 'Watch video', 'Listen', 'More', 'Save'];
      const near = 'Portvale council approves ferry terminal at waterfront docks after protests';
      const doc = page(...MENU, 'Harbour authority approves ferry terminal', ...between, near, P1, P2, P3);
      expect(doc.metadata.title).toBe(near);
    });

    it('is the title-case heading a run of sidebar headlines ended with, over a nearer heading that shares fewer words with the body', () => {
      const doc = page(...MENU, 'Port Strike Ends After Three Days', 'New Bridge Opens To Traffic', 'Harbour Authority Approves Ferry Terminal Plans', 'Town debate over new docks ends', P1, P2, P3);
      expect(doc.metadata.title).toBe('Harbour Authority Approves Ferry Terminal Plans');
    });

    it("is the heading above the body, not the body's first line when that line reads like a heading", () => {
      // the standfirst has no full stop and is the body's first line: scored against the lines after it, not itself
      const standfirst = 'After years of argument the members of the board were able to agree on what the town should do next';
      const doc = page(...MENU, 'Harbour authority approves ferry terminal', standfirst, P1, P2, P3);
      expect(doc.metadata.title).toBe('Harbour authority approves ferry terminal');
      expect(doc.blocks.find((b) => b.zone === 'body' && doc.clean.slice(b.clean.start, b.clean.end) === standfirst)).toBeDefined();
    });

    it("is no menu's or form's heading that shares no word with the body", () => {
      const doc = page(...MENU, 'Keep me logged in', 'Forgot your password', P1, P2, P3);
      expect(doc.metadata.title).toBeNull();
    });

    it('is a headline that asks a question', () => {
      const doc = page(...MENU, 'Will the new ferry terminal save the harbour of Portvale?', P1, P2, P3);
      expect(doc.metadata.title).toBe('Will the new ferry terminal save the harbour of Portvale?');
    });

    it("is a text's first line over a blank line, even where a line below it shares more of the body's words", () => {
      const doc = run(['Portvale v Harbourside (Sat)', '', 'Ferry terminal approval overshadows harbour derby', '', P1, '', P2, '', P3].join('\n'));
      expect(doc.metadata.title).toBe('Portvale v Harbourside (Sat)');
    });

    it.each([['9:49am, EDT'], ['Comments:87'], ['Harbour authority logo'], ["Rand's Blog"]])('is not %j', (line) => {
      const doc = run([line, '', P1, '', P2, '', P3].join('\n'));
      expect(doc.metadata.title).toBeNull();
    });
  });

  it("keeps a match report's team sheets under its last paragraph, not after a comments heading, nor a menu's list", () => {
    const SHEET = 'Marlow, Quennell, De Vries, Tolland (Pesce 67), Anders Lykke, Ruddock, Okafor-Bell (Van Dam 88), Whitlow.';
    const SUBS = 'Subs Not Used: Pesce, Lykke.';
    const bodyLines = (text: string) => {
      const doc = run(text);
      return doc.blocks.filter((b) => b.zone === 'body').map((b) => doc.clean.slice(b.clean.start, b.clean.end));
    };
    expect(bodyLines([TITLE, '', P1, '', P2, '', P3, '', SHEET, '', SUBS, '', '45,000', '', FOOTER].join('\n'))).toEqual([P1, P2, P3, SHEET, SUBS]);
    expect(bodyLines([TITLE, '', P1, '', P2, '', P3, '', 'Leave a comment', '', SHEET].join('\n'))).toEqual([P1, P2, P3]);
    expect(bodyLines([TITLE, '', P1, '', P2, '', P3, '', 'News, Blogs, Video, Community, Sport, Weather', '', FOOTER].join('\n'))).toEqual([P1, P2, P3]);
    // (and a story's list of people's names under a label)
    const PANEL = 'Portvale: Ryan Quell, Laura Carnot, Matt Chandos, Will Coyle, Dennis K. Baxter, Francis X. De Lucca, JP Austen and Meg Andriet.';
    expect(bodyLines([TITLE, '', P1, '', P2, '', P3, '', PANEL].join('\n'))).toEqual([P1, P2, P3, PANEL]);
  });

  describe('a clean article: a typed text with no furniture of a web page anywhere', () => {
    // its own lists and short lines, which their shape alone had dropped: nominees (a headline list's shape), a result's
    // lines (a menu's), a measure in a bullet (a short line)
    const NOMINEES = ['Zorvex Quimbar (Brenthia Nights, Channel Nine)', 'Kellin Abaro (The Quandell Show, Channel Two)', 'Tamsin Oru (Harbour Lights, Channel Nine)'];
    const RESULT = ['K Abaro', '8,661', 'T Oru', '7,902'];
    const MEASURE = '- Duty cuts on Quandell timber';
    const lines = [TITLE, '', P1, '', ...NOMINEES.flatMap((x) => [x, '']), P2, '', MEASURE, '', P3, '', ...RESULT.flatMap((x) => [x, ''])];
    // (the measure stands between two paragraphs, kept on a page too)
    const kept = [...NOMINEES, ...RESULT];
    const body = (text: string) => {
      const doc = run(text);
      return doc.blocks.filter((b) => b.zone === 'body').map((b) => doc.clean.slice(b.clean.start, b.clean.end));
    };

    it('keeps all its lines, not on a page with a footer, a link or a rule, nor on a web page', () => {
      expect(body(lines.join('\n'))).toEqual([P1, ...NOMINEES, P2, MEASURE, P3, ...RESULT]);
      // (a date line is the story's own)
      expect(body([TITLE, 'December 13, 2020', ...lines.slice(1)].join('\n'))).toEqual(expect.arrayContaining([...kept, MEASURE]));
      // a page's furniture anywhere, a link anywhere
      for (const text of [[...lines, FOOTER], [...lines, 'Follow @portvale for more.']].map((l) => l.join('\n'))) {
        const b = body(text);
        for (const k of kept) expect(b).not.toContain(k);
      }
      // a rule parts the story from what was appended under it
      const under = ['-----', '', 'PREVIOUS COVERAGE OF THE FERRY:', '', 'Council Delays Vote On Ferry Terminal Again', 'Harbour Board Names Zorvex Quimbar Its Chair', 'Ferry Fares To Rise In Spring Says Board'];
      const ruled = body([...lines, ...under].join('\n'));
      expect(ruled).toEqual(expect.arrayContaining(kept));
      for (const u of under) expect(ruled).not.toContain(u);
      // a web page's text
      const html = `<html><body><h1>${TITLE}</h1><p>${P1}</p>${NOMINEES.map((x) => `<p>${x}</p>`).join('')}<p>${P2}</p><p>${P3}</p></body></html>`;
      const page = clean({ id: 'p', path: 'p.html', text: html, encoding: 'utf-8', bytes: html.length, format: 'html' }, { report: new Reporter() });
      for (const k of NOMINEES) expect(page.clean).not.toContain(k);
    });
  });

  it('drops the reader comments after a comments heading', () => {
    const comment = 'I live near the docks and I think this terminal is a terrible idea for all of us who have children and walk to school every day.';
    const doc = run(`${article()}\n\n12 comments\n${comment}`);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: '12 comments', reason: 'comments heading' }));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: comment, reason: 'reader comments' }));
  });

  // a newspaper's share bar in the middle of its story: 'Comments' / 'Weigh In' / 'Corrections?', the comments further down
  const P4 =
    'Council members who voted against the plan said they would ask the regional government to review the decision, arguing that the authority had not studied the effect of the works on the fishing fleet.';
  const P5 =
    'The authority replied that a study of the fishing fleet had been published in the summer and that the new terminal would leave the old fishing quay and its moorings exactly as they are today.';
  const P6 =
    'Work on the foundations is to begin in March, and the contractor has promised that the road along the harbour will stay open to traffic for all but two weekends while the new quay is being built.';
  const comment = 'I live near the docks and I think this terminal is a terrible idea for all of us who have children and walk to school every day.';
  it('reads a bare Comments link in a share bar inside the story as page furniture, when the story goes on to the comments heading', () => {
    const doc = run([TITLE, '', P1, '', P2, '', P3, '', 'Comments', 'Weigh In', 'Corrections?', '', P4, '', P5, '', P6, '', 'Comments', 'Add your comment', comment].join('\n'));
    for (const p of [P1, P2, P3, P4, P5, P6]) expect(doc.clean).toContain(p);
    expect(doc.clean).not.toContain(comment);
  });

  it.each([
    ['with a count, it heads the comments', 'Comments (3)', 'Anna wrote this'],
    ['a short line naming comments after it', 'Comments', 'Login to comment | Register'],
  ])('still closes the story at a bare Comments heading: %s', (_name, heading, line) => {
    const doc = run([TITLE, '', P1, '', P2, '', P3, '', heading, line, '', P4, '', P5, '', P6, '', 'Comments', 'Add your comment', comment].join('\n'));
    expect(doc.clean).toContain(P3);
    for (const p of [P4, P5, P6, comment]) expect(doc.clean).not.toContain(p);
  });

  it('still closes the story at a bare Comments heading when a comment thread, not the story, comes before the next one', () => {
    // a few comments of prose, less text than a story's continuation, are not the story going on
    const c1 = 'Congratulations on the new terminal, it was about time that the council listened to the people who live here.';
    const c2 = 'I disagree with every word of this and I will say so at the next meeting of the council, which is open to all.';
    const few = run([TITLE, '', P1, '', P2, '', P3, '', 'Comments', c1, '', c2, '', comment, '', 'Leave a reply'].join('\n'));
    for (const c of [c1, c2, comment]) expect(few.clean).not.toContain(c);
    // paragraphs of prose with comment markers after them (each comment signed below its text)
    const signed = run([TITLE, '', P1, '', P2, '', P3, '', 'Comments', P4, '', P5, 'Anna says:', P6, 'Ben says:', comment, 'Leave a reply'].join('\n'));
    expect(signed.clean).toContain(P3);
    for (const p of [P4, P5, P6]) expect(signed.clean).not.toContain(p);
  });

  it('still closes the story at a bare Comments heading with no other comments heading after it', () => {
    const doc = run([TITLE, '', P1, '', P2, '', P3, '', 'Comments', 'Weigh In', '', P4, '', P5, '', P6].join('\n'));
    expect(doc.clean).toContain(P3);
    for (const p of [P4, P5, P6]) expect(doc.clean).not.toContain(p);
  });

  it('reads a bare Comments link by the byline as page furniture when the story after it is twice the text before it', () => {
    // (an author's box over the story, then the link; no comments heading, marker or signature further down)
    const BIO1 = 'Kellin Abaro is a reporter at the Portvale Times, where she covers the harbour, the ferries and the town council, and she has written about the fishing fleet and its families for more than ten years now.';
    const BIO2 = 'Before she joined the paper she was a staff writer at a shipping weekly in the capital, and she has also written for several magazines about the history of the old harbour and its lighthouse keepers.';
    const doc = run([TITLE, '', 'Kellin Abaro', BIO1, BIO2, 'Comments', P1, '', P2, '', P3, '', P4, '', P5, '', P6].join('\n'));
    for (const p of [P1, P2, P3, P4, P5, P6]) expect(doc.clean).toContain(p);
    // (the prose after a bare Comments heading no longer than the text before it is still the comments: above)
  });

  it('drops a comment thread under a very short post (the thread shows itself by its markers)', () => {
    const c1 = 'Congratulations on the new terminal, it was about time that the council listened to the people who live here and work at the docks.';
    const c2 = 'I disagree with every word of this and I will say so at the next meeting of the council, which is open to the public as always.';
    const c3 = 'Can anyone tell me when the first ships will arrive? I would like to bring my children to watch them come into the harbour.';
    const doc = run(`${TITLE}

A photo of the site, taken this morning.

3 comments:
Anna
said...
${c1}
Ben
said...
${c2}
Carla
said...
${c3}`);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: '3 comments:', reason: 'comments heading' }));
    for (const c of [c1, c2, c3]) expect(doc.clean).not.toContain(c);
  });

  it('keeps a short post of one paragraph right above its counted comments heading, and drops the thread', () => {
    // (the thread's comments, prose of their own, had outweighed the post's one short paragraph)
    const post = 'I am totally inspired by the autumn collection, my favourite of the year. The shirt is vintage and so are the shoes.';
    const c1 = 'Love this look, and the shoes are just perfect with the shirt. I would wear this every single day of the week if I could, honestly, it is that good.';
    const c2 = 'The mix of the old shirt and the new shoes is spot on and I am going to try it myself this weekend when we go out to the harbour for dinner.';
    const c3 = 'Gorgeous as always! Where did you find the shirt? I have been looking for one like it for months in every vintage shop of the town.';
    const doc = run(['Harbour Style Diary', 'AT THE OLD HARBOUR', post, '119 Comments', 'Anna', 'October 2, 2012, | Permalink', c1, 'Ben', 'October 2, 2012, | Permalink', c2, 'Carla', 'October 3, 2012, | Permalink', c3].join('\n'));
    expect(doc.clean).toContain(post);
    for (const c of [c1, c2, c3]) expect(doc.clean).not.toContain(c);
  });

  it.each([
    ["by the story's byline", ['3 Comments', 'By Kellin Abaro', 'October 2, 2012']],
    ["under the story's first paragraph", ['3 Comments']],
  ])('keeps the story under a comment count %s: no post of one paragraph', (_name, lines) => {
    const doc = run([TITLE, P1, ...lines, P2, P3, 'Leave a Reply', 'Name (required)'].join('\n'));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
  });

  it('keeps the article when a comment count sits above it, far from the thread', () => {
    const doc = run(`${TITLE}
3 Comments
${P1}

${P2}

${P3}

Anna said...
Great.
Ben said...
No.
Carla said...
Why?`);
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
  });

  it('drops a repeated title, a date line, and a caption repeating body text', () => {
    const caption = `${P3} (Photo: Portvale Harbour Authority / AP)`;
    const doc = run([TITLE, 'December 13, 2020', TITLE, caption, '', P1, '', P2, '', P3].join('\n'));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: TITLE, reason: 'repeated title' }));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'December 13, 2020', reason: 'date line' }));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: caption, reason: 'caption repeating body text' }));
    expect(doc.metadata.date).toBe('2020-12-13');
  });

  it('drops short text between menus: no good neighbour', () => {
    const doc = run(`Home\nNews\nSport\nWeather\nSign up for our daily briefing today\nContact\nAbout`);
    expect(doc.clean).toBe('');
    expect(doc.blocks).toEqual([]);
  });
});

describe('clean: kept zones and metadata', () => {
  it("keeps a caption of the article's own photo as zone caption", () => {
    const caption = 'A view shows the old ferry pier in Portvale harbour, March 3, 2021. / Reuters';
    const doc = run([TITLE, caption, '', P1, '', P2, '', P3].join('\n'));
    const b = doc.blocks.find((x) => x.zone === 'caption');
    expect(b && doc.text.slice(b.span.start, b.span.end)).toBe(caption);
  });

  it("keeps one whose credit says 'Photograph:' (the Guardian's), and the paragraphs after it", () => {
    const caption = 'Cars piled up in a street in Portvale. Photograph: Zorvek Quimbar/AP';
    const doc = run([TITLE, '', P1, '', caption, '', P2, '', P3].join('\n'));
    expect(doc.blocks.filter((x) => x.zone === 'caption').map((x) => doc.text.slice(x.span.start, x.span.end))).toEqual([caption]);
    expect(doc.clean).toContain(P3);
  });

  it.each([
    ['Smoke rises over the old pier in Portvale harbour [File: Reuters]'],
    ['Crowds gather at the new ferry terminal in Portvale [Photo: Zorvek Quimbar]'],
    ['Crowds gather at the new ferry terminal in Portvale [Zorvek Quimbar/AFP]'],
  ])('keeps one whose credit is in square brackets as zone caption: %j', (caption) => {
    const doc = run([TITLE, caption, '', P1, '', P2, '', P3].join('\n'));
    expect(doc.blocks.filter((x) => x.zone === 'caption').map((x) => doc.text.slice(x.span.start, x.span.end))).toEqual([caption]);
  });

  it.each([
    ["a blog's source after a paragraph", 'The harbour master said the ferry would run again in the spring. [Portvale Times]'],
    ["a headline's label", 'Old ferries of the harbour [Pics]'],
    ['an update note', 'The ferry will run again in the spring, the harbour master said. [Updated 10/12/2012]'],
    ['a bracketed aside', 'The ferry will run again in the spring or be cancelled [and/or delayed]'],
  ])('keeps no caption of %s', (_what, line) => {
    const doc = run([TITLE, '', P1, '', line, '', P2, '', P3].join('\n'));
    expect(doc.blocks.filter((x) => x.zone === 'caption')).toEqual([]);
  });

  it("keeps a list's headline that opens with 'By' in the list (no byline: 'By land and sea')", () => {
    const doc = run(`${article()}\n\nRelated stories\nPort strike ends after three days\nBy land and sea to Portvale\nCouncil elects a new mayor`);
    for (const h of ['Port strike ends after three days', 'By land and sea to Portvale', 'Council elects a new mayor'])
      expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
  });

  describe('a headline list on a page with no blank lines', () => {
    const S1 = 'Kellin Abaro has issued a fix for the loopholes that the Zorvex worm used in the harbour control software.';
    it("ends at the article's first sentence after a sidebar's box of other stories", () => {
      const box = ['Related Stories', 'Ministers say the Zorvex attack was controlled', 'Paper ties two agencies to the worm'];
      const doc = run([TITLE, ...box, S1, P1, P2, P3].join('\n'));
      for (const h of box.slice(1)) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
      expect(doc.clean).toContain(S1);
      expect(doc.clean).toContain(P1);
    });

    it('ends at a sentence ending in a colon right before a paragraph of prose', () => {
      const intro = 'In his essay on the harbour, Kellin Abaro says the following about the tides of Portvale:';
      const doc = run(['Portvale Notes', 'Most popular', 'Tides and the moon over Portvale', intro, P1, P2, P3].join('\n'));
      expect(doc.clean).toContain(intro);
    });

    it("goes on over a headline with a kicker before a colon: the list's dates are no date of the story", () => {
      const list = ['Zorvex Weekly: I have a new boat at last. I have named it Kellin.', 'June 27, 2012', 'Seven harbour foods you must try', 'May 9, 2012'];
      const doc = run([TITLE, P1, P2, P3, 'Related Posts', ...list].join('\n'));
      for (const h of list) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
      expect(doc.metadata.date).toBeNull();
    });

    it("goes on over a headline's summary, a teaser cut short and an exclamation (the box's own lines)", () => {
      const box = [
        'Related Stories',
        'Zorvex users have brain changes',
        'Zorvex users have brain changes similar to those of other heavy users, early research by the institute suggests.',
        'Port strike ends after three days',
        'The dockers of Portvale went back to work on Monday after the union and the harbour board agreed…',
        'Like what you read here? Tell your friends about the site today!',
      ];
      const doc = run([TITLE, ...box, S1, P1, P2, P3].join('\n'));
      for (const h of box.slice(1)) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
      expect(doc.clean).toContain(S1);
    });

    it("goes on over a box's teaser that repeats no word of its headline: the next headline follows it, not the text", () => {
      const box = [
        'Related Posts',
        'Five things to know about the new Zorvex tablet',
        'The company has been losing market share for three years and needs a hit.',
        'Why Kellin watches are failing in Portvale',
        'Analysts expect sales of the devices to fall again this year, the institute says.',
      ];
      const doc = run([TITLE, P1, P2, P3, ...box].join('\n'));
      for (const h of box.slice(1)) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: h, reason: 'headline list' }));
      expect(doc.clean).not.toContain('market share');
    });

    it("goes on over a form's sentence at the page's foot, with a menu's lines after it", () => {
      const form = 'By submitting this form, you accept the Zorvex privacy policy and its terms.';
      const doc = run([TITLE, P1, P2, P3, 'More from Kellin Abaro', 'Harbour tolls rise again for ferries', 'Your name', form, 'Most commented', 'Tides and the moon over Portvale'].join('\n'));
      expect(doc.dropped).toContainEqual(expect.objectContaining({ text: form, reason: 'headline list' }));
      expect(doc.clean).not.toContain('privacy policy');
    });
  });

  it.each(['Written by Kellin', 'Written By: Kellin Abaro', 'By Kellin Abaro | Portvale Times', 'By Kellin Abaro // November 6th, 2012 // 10:07 am'])(
    "keeps the byline '%s' of a post under a menu's 'Archives' link: the byline ends the list",
    (byline) => {
      const doc = run(['Portvale Notes', 'Archives', 'Yard signs as bicycle fenders', byline, P1, P2, P3].join('\n'));
      expect(doc.blocks.filter((b) => b.zone === 'meta').map((b) => doc.text.slice(b.span.start, b.span.end))).toEqual([byline]);
      expect(doc.clean).toContain(P1);
    },
  );

  it("ends a menu's list at a post's header, its title over 'by Name on <date>'", () => {
    // (the lines join as one block: the byline opens in lower case; a list's items are single lines)
    const doc = run(['Most popular', 'The Harbour Log', 'The blog of Kellin Abaro', 'Yard signs as fenders', 'by Kellin Abaro on July 7, 2012', 'Zorvex Quimbar on harbour fenders:', P1, P2, P3].join('\n'));
    for (const t of ['Yard signs as fenders', 'by Kellin Abaro on July 7, 2012', 'Zorvex Quimbar on harbour fenders', P1]) expect(doc.clean).toContain(t);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'The Harbour Log', reason: 'headline list' }));
  });

  it("ends a list at a byline the markup broke in two, a lone 'By' over the name", () => {
    const doc = run(['Related stories', 'Ferries resume at dawn after strike', 'Harbour fees go up again this year', TITLE, 'By', 'Kellin Abaro', 'July 7, 2012', P1, P2, P3].join('\n'));
    for (const t of ['By', 'Kellin Abaro']) expect(doc.dropped).not.toContainEqual(expect.objectContaining({ text: t, reason: 'headline list' }));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'Harbour fees go up again this year', reason: 'headline list' }));
    // (not a lone 'By' over a line that is no name)
    const other = run(['Related stories', 'Ferries resume at dawn after strike', 'By', 'Harbour Road, Portvale', 'Harbour fees go up again this year', P1, P2, P3].join('\n'));
    expect(other.dropped).toContainEqual(expect.objectContaining({ text: 'By', reason: 'headline list' }));
  });

  it('keeps a lone name line under the title as a byline, beside a date or under a lone By', () => {
    const meta = (lines: string[]) => {
      const doc = run(lines.join('\n'));
      return doc.blocks.filter((b) => b.zone === 'meta').map((b) => doc.text.slice(b.span.start, b.span.end));
    };
    // (a blog's header: the date, the writer's name, its profile links; the name had been a menu's line)
    expect(meta(['Home', 'News', 'Sport', TITLE, 'July 7, 2012 10:48 AM', 'Kellin Abaro', 'Twitter', 'Profile', P1, P2, P3])).toContain('Kellin Abaro');
    // (with its 'By', in one block: 'KELLIN ABARO' alone read as a headline's words)
    expect(meta(['Home', 'News', 'Sport', TITLE, 'By', 'KELLIN ABARO', 'Published: July 7, 2012', P1, P2, P3])).toContain('By\nKELLIN ABARO');
    // not a run of names (a 'Latest contributors' box), a tool's line, a line beside the story's own byline, a name over the title
    expect(meta(['Home', 'News', 'Sport', TITLE, 'July 7, 2012', 'Kellin Abaro', 'Zorvex Quimbar', 'Brenthia Solde', P1, P2, P3])).toEqual([]);
    expect(meta(['Home', 'News', 'Sport', TITLE, 'Market Data', 'Print', 'Email', P1, P2, P3])).not.toContain('Market Data');
    expect(meta(['Home', 'News', 'Sport', TITLE, 'Posted by Kellin Abaro on July 7, 2012', 'Text Size', 'Print', 'Email', P1, P2, P3])).not.toContain('Text Size');
    expect(meta(['Home', 'News', 'Sport', 'Kellin Abaro', 'July 7, 2012', 'Twitter', TITLE, P1, P2, P3])).not.toContain('Kellin Abaro');
  });

  it("keeps a photo's credit on its own line under the title as a caption, even where a list took it in, and takes it for no title", () => {
    const credit = 'Illustration by Zorvex Quimbar/The Portvale Times';
    const doc = run(['Most popular', 'Ferries resume at dawn after strike', 'Port strike ends after three days', TITLE, credit, 'By', 'KELLIN ABARO', 'Published: July 23, 2012', P1, P2, P3].join('\n'));
    expect(doc.metadata.title).toBe(TITLE);
    expect(doc.blocks.filter((b) => b.zone === 'caption').map((b) => doc.text.slice(b.span.start, b.span.end))).toEqual([credit]);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'Port strike ends after three days', reason: 'headline list' }));
  });

  it("keeps a photo's credit on its own line right under the story's last paragraph as a caption, a colon's credit too", () => {
    const captions = (lines: string[]) => {
      const doc = run(lines.join('\n'));
      return doc.blocks.filter((b) => b.zone === 'caption').map((b) => doc.text.slice(b.span.start, b.span.end));
    };
    for (const credit of ['Photo: Courtesy of Kellin Abaro', 'Image credit: Zorvex Quimbar/Flickr', 'Photo: Kellin Abaro at Quimbar Studio / Courtesy of Zorvex Co.'])
      expect(captions([TITLE, '', P1, '', P2, '', P3, credit, 'Related Stories', 'Ferries resume at dawn after strike', 'Port strike ends after three days'])).toEqual([credit]);
    // (not a gallery's kicker over a headline, nor a credit below the links under the story)
    expect(captions([TITLE, '', P1, '', P2, '', P3, 'Photo: Great design from Zorvex on this ferry', 'Related Stories'])).toEqual([]);
    expect(captions([TITLE, '', P1, '', P2, '', P3, 'Related Stories', 'Photo: Kellin Abaro', 'Ferries resume at dawn after strike'])).toEqual([]);
  });

  it("drops an author's box between the title and the story, a 'Follow' link over the bio and a 'Learn More' link ending it", () => {
    const bio = 'Kellin Abaro is a reporter for the Portvale Times, joining in 2012, based out of Brenthia.';
    const more = 'When it comes to work, she feels most at home on the ferries... → Learn More';
    const doc = run([TITLE, 'Follow me on Twitter', bio, more, P1, P2, P3].join('\n'));
    for (const t of ['Follow me on Twitter', bio, more]) expect(doc.dropped).toContainEqual(expect.objectContaining({ text: t, reason: 'author box' }));
    expect(doc.clean).toContain(P1);
    // not with no 'Follow' link over it, nor with no bio in it (a promo's lines)
    expect(run([TITLE, bio, more, P1, P2, P3].join('\n')).clean).toContain(bio);
    const promo = 'Our harbour tours leave the quay at dawn every day of the week... → Learn More';
    expect(run([TITLE, 'Follow us on Twitter', 'The Portvale ferries run again after the strike, and the tours with them.', promo, P1, P2, P3].join('\n')).dropped).not.toContainEqual(expect.objectContaining({ reason: 'author box' }));
  });

  it("drops an author's bio with no heading under the story's last paragraph, a link to the writer's posts or accounts after it", () => {
    const bio = 'Kellin Abaro is a senior staff writer for the Portvale Times and a native of Brenthia, where she covers the harbour and its ferries.';
    const doc = run([TITLE, '', P1, '', P2, '', P3, '', bio, '', 'Read more by Kellin Abaro', '', 'Follow @kabaro on Twitter.'].join('\n'));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: bio, reason: 'author box' }));
    expect(doc.clean).toContain(P3);
    // (a box's name line over it goes with it)
    const named = run([TITLE, '', P1, '', P2, '', P3, '', 'Kellin Abaro', bio, 'Follow @kabaro'].join('\n'));
    expect(named.clean).not.toContain('Kellin Abaro');
    // not a story's own last sentence about its writer, with no such link after it
    expect(run([TITLE, '', P1, '', P2, '', P3, '', bio].join('\n')).clean).toContain(bio);
  });

  it("takes a section's label of one common word beside a byline for no outlet ('Politics'); a name of its own or of two words it does", () => {
    expect(bylineWithDate('By Kellin Abaro | Computerworld')).toBe('');
    expect(bylineWithDate('By Kellin Abaro | Portvale Times')).toBe('');
    expect(bylineWithDate('By Kellin Abaro | Politics')).toBeUndefined();
  });

  it("takes a clock time's zone beside a byline in capitals only ('10.30 PM GMT', not '10.30 pm xyz')", () => {
    expect(bylineWithDate('By Kellin Abaro // November 6th, 2012 // 10.30 PM GMT')).toBe('2012-11-06');
    expect(bylineWithDate('By Kellin Abaro // November 6th, 2012 // 10.30 pm xyz')).toBeUndefined();
  });

  it('takes a byline beside its date for no headline of a run with the title above it', () => {
    const byline = 'By Kellin Abaro // November 6th, 2012 // 10:07 am';
    const doc = run(['Portvale Approves New Ferry Terminal', 'Make a Comment', byline, P1, P2, P3].join('\n'));
    expect(doc.blocks.filter((b) => b.zone === 'meta').map((b) => doc.text.slice(b.span.start, b.span.end))).toEqual([byline]);
  });

  it("keeps a byline after a 'Read More' that opens a photo's caption: the byline ends the list", () => {
    const doc = run([TITLE, 'The old pier at dusk. (Zorvek Quimbar/Portvale Press)', 'Read More', 'By ANNA BERG and BEN HOLT', 'Updated 9:45 PM, November 10, 2025', 'Share', P1, P2, P3].join('\n'));
    expect(doc.blocks.filter((b) => b.zone === 'meta').map((b) => doc.text.slice(b.span.start, b.span.end))).toEqual(['By ANNA BERG and BEN HOLT']);
    expect(doc.metadata.date).toBe('2025-11-10');
  });

  it.each([
    // [text, expected metadata, expected meta block texts]
    [` date 2020-12-28 ${TITLE}\n\n${P1}\n\n${P2}`, { title: TITLE, date: '2020-12-28', outlet: null, dateline: null }, []],
    [`${TITLE}\n\nSOURCE:Portvale Wire and agencies\n\n${P1}\n\n${P2}`, { title: TITLE, outlet: 'Portvale Wire' }, ['Portvale Wire and agencies']],
    [`${TITLE}\n\n${P1}\n\nSource: Portvale Wire and news agencies\n\n${P2}`, { title: TITLE, outlet: 'Portvale Wire' }, ['Portvale Wire and news agencies']],
    [`${TITLE}\n\nFrom: Portvale Times |\n\n${P1}\n\n${P2}`, { title: TITLE, outlet: 'Portvale Times' }, ['Portvale Times']],
    [`${TITLE}\nWorld 3 December 2020 12:23 (UTC+04:00)\nKYIV, Ukraine, Dec. 3\n\nPortvale Agency:\n\n${P1}\n\n${P2}`, { title: TITLE, date: '2020-12-03', dateline: 'KYIV, Ukraine, Dec. 3', outlet: 'Portvale Agency' }, ['KYIV, Ukraine, Dec. 3', 'Portvale Agency']],
    [`${TITLE}\nBy Jane Smith\n\n${P1}\n\n${P2}`, { title: TITLE }, ['By Jane Smith']],
    // a byline beside its date and a reading time, parted by bars: the byline, and the document's date
    [`${TITLE}\nBy Jane Smith | March 3, 2021 | 4 min read\n\n${P1}\n\n${P2}`, { title: TITLE, date: '2021-03-03' }, ['By Jane Smith | March 3, 2021 | 4 min read']],
    [`${TITLE}\nBy Jane Smith · 12 March 2024\n\n${P1}\n\n${P2}`, { title: TITLE, date: '2024-03-12' }, ['By Jane Smith · 12 March 2024']],
    // a press-release wire's dateline, its agency between slashes, gives its date
    [`${TITLE}\n\nLONDON, Nov. 12, 2024 /PRNewswire/ -- ${P1}\n\n${P2}`, { title: TITLE, date: '2024-11-12', dateline: 'LONDON, Nov. 12, 2024 /PRNewswire/' }, []],
    // (not a line whose parts are no byline, date or reading time)
    [`${TITLE}\nBy Jane Smith | Politics | Share\n\n${P1}\n\n${P2}`, { title: TITLE, date: null }, []],
    // a byline beside its date and a clock time, parted by double slashes (mostly a date, it had gone as a date line)
    [`${TITLE}\nBy Kellin Abaro // November 6th, 2012 // 10:07 am\n\n${P1}\n\n${P2}`, { title: TITLE, date: '2012-11-06' }, ['By Kellin Abaro // November 6th, 2012 // 10:07 am']],
    // … or beside its outlet
    [`${TITLE}\nBy Kellin Abaro | Portvale Times\n\n${P1}\n\n${P2}`, { title: TITLE }, ['By Kellin Abaro | Portvale Times']],
  ])('metadata of case %#', (text, md, metaTexts) => {
    const doc = run(text);
    expect(doc.metadata).toMatchObject(md);
    expect(doc.blocks.filter((b) => b.zone === 'meta').map((b) => text.slice(b.span.start, b.span.end))).toEqual(metaTexts);
  });

  it('keeps the sentences of a short typed text', () => {
    expect(run('The OSCE Minsk Group met in Minsk today.').clean).toBe('The OSCE Minsk Group met in Minsk today.');
    // dense with names, a few words in lower case: a text of no other sentence is kept (it was dropped whole, as 'not
    // prose'); a line of names only is not
    const names = 'Pope Benedict XVI died in 2022. Pope John Paul II visited Poland in 1979. King Mohammed VI of Morocco spoke.';
    expect(run(names).clean).toBe(names);
    expect(run('Anna Berg. Carl Lund. Tidewater Holdings. Portvale Harbour Authority. Ferry Terminal Construction Works.\n\nHome\n\nNews\n\nSport').clean).toBe('');
    // a text of a few lines keeps any sentence
    const one = 'Ukrainian President Volodymyr Zelenskiy met German Chancellor Olaf Scholz in Berlin.';
    expect(run(one).clean).toBe(one);
    const two = 'Azerbaijan reveals troop deaths despite ceasefire\n\nArmenia and Azerbaijan blamed each other on Sunday for violating the ceasefire in the region.';
    expect(run(two).clean).toBe(two);
  });

  it('keeps every paragraph of a plain article, with the title first', () => {
    const doc = run(article());
    expect(doc.clean).toBe([TITLE, P1, P2, P3].join('\n\n'));
    expect(doc.blocks.map((b) => b.zone)).toEqual(['title', 'body', 'body', 'body']);
    expect(doc.dropped).toEqual([]);
  });

  it('records each dropped block with its original span', () => {
    const original = article('Advertisement', 'READ MORE: Another story about ferries');
    const doc = run(original);
    for (const d of doc.dropped) expect(original.slice(d.span.start, d.span.end)).toBe(d.text);
  });

  it('is deterministic', () => {
    const text = `World\nBusiness\n${article('Advertisement')}\n\n3 comments\nNice.`;
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
});

describe('clean: article boundaries', () => {
  it("keeps a story's lead that a box of other stories cut off, a paragraph sharing the story's words; not a site's blurb there", () => {
    const lead = 'PORTVALE — The harbour authority approved plans for a new ferry terminal on Tuesday, ending two years of debate among councillors, ferry operators and the residents who live near the docks.';
    const blurb = 'Portvale Daily is the premier source of news, weather and culture for readers across the coast and its islands, every day of the year.';
    const story = [
      'The new ferry terminal will be built on the site of the old fish market, the harbour authority said, and the first ferries should dock there in the spring of next year after the works.',
      'Councillors who opposed the ferry terminal said the harbour authority had not listened to the residents near the docks, who fear the traffic of trucks and cars waiting for the ferries.',
      'The harbour authority said that the ferry operators would pay for most of the terminal, and that the docks would stay open to fishing boats while the works go on.',
    ];
    const page = (first: string) => run(['Harbour authority approves new ferry terminal', 'By Kellin Abaro', 'July 7, 2012', first, 'Related', 'Ferry fees rise again', 'Port strike ends after three days', 'Storm closes the northern bridge', ...story].join('\n'));
    expect(page(lead).clean).toContain(lead);
    expect(page(lead).dropped).toContainEqual(expect.objectContaining({ text: 'Ferry fees rise again', reason: 'headline list' }));
    expect(page(blurb).dropped).toContainEqual(expect.objectContaining({ text: blurb, reason: 'text outside the main text' }));
  });

  const BLURB =
    'Portvale Today is the leading independent source of news about the harbour, the council and the people of the town, published every day since nineteen ninety by a small team of reporters.';
  const P4 = 'Work on the foundations will begin next month, and the authority has promised to publish a report on the progress of the works every quarter until the terminal opens.';

  it("keeps the story's closing short sentences under its last paragraph, not the lines after them", () => {
    const closing = ['Kellin Abaro is a senior reporter for the Portvale Times.', 'Zorvex Quimbar contributed reporting from the north of the county.'];
    const after = ['Authors:', 'Thanks for reading the whole story today!', 'Photo credit: some rights reserved by zorvex.'];
    const doc = run([article(), '', ...closing, ...after, FOOTER].join('\n'));
    for (const c of closing) expect(doc.clean).toContain(c);
    for (const a of after) expect(doc.clean).not.toContain(a);
  });

  it.each([
    '(Editing by Zorvex Quimbar)',
    '(Reporting by Kellin Abaro in Portvale; Editing by Zorvex Quimbar)',
    '(Reporting By Kellin Abaro in Portvale; Additional reporting by Tamsin Oru; Editing by Zorvex Quimbar)',
    '(Reporting by Kellin Abaro (Portvale) and Tamsin Oru (Brenthia))',
    '(Reporting by Kellin Abaro in Portvale (Editing by Zorvex Quimbar))',
  ])("keeps a wire story's credits %j under its last paragraph as a byline", (credits) => {
    const doc = run([TITLE, P1, P2, P3, credits, 'Explore Related Content', 'Ferries', 'Harbours'].join('\n'));
    expect(doc.blocks.filter((b) => b.zone === 'meta').map((b) => doc.text.slice(b.span.start, b.span.end))).toEqual([credits]);
  });

  it("keeps a reporter's line under the story and drops the promo after it on the same line", () => {
    const bio = 'Kellin Abaro covers shipping, ports and the harbour authority for the Portvale Times in Brenthia.';
    const promo = 'Follow Kellin on Twitter or subscribe to his RSS feed.';
    const doc = run([article(), '', `${bio} ${promo}`, '', 'Tags: ferries, harbours'].join('\n'));
    expect(doc.clean).toContain(bio);
    expect(doc.clean).not.toContain(promo);
  });

  it('drops a site blurb after a tag list: the tag list ends the article', () => {
    const doc = run(`${article()}\n\nTags: ferries, harbours\n${BLURB}`);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: BLURB, reason: 'text outside the main text' }));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
  });

  it('keeps the text on both sides of a related-stories box inside the article', () => {
    const doc = run([TITLE, '', P1, '', P2, '', 'Related stories', 'Port strike ends after three days', 'New bridge opens to traffic', '', P3, '', P4, '', P1.replace('Tuesday', 'Monday')].join('\n'));
    for (const p of [P1, P2, P3, P4]) expect(doc.clean).toContain(p);
    expect(doc.clean).not.toContain('New bridge opens to traffic');
  });

  it('prefers a text of several paragraphs to a single longer paragraph in the footer', () => {
    const short1 = 'The ferry will run twice a day from the new terminal when it opens, the authority said in its statement.';
    const short2 = 'Tickets will cost the same as they do on the old route, which is to close at the end of next year.';
    const long = `${BLURB} ${BLURB.replace('nineteen ninety', 'the spring')} ${BLURB.replace('nineteen ninety', 'last year')}`;
    // the blurb sits in the page footer, after a long list of links
    const footer = Array.from({ length: 40 }, (_, k) => `Section ${k + 1}`);
    const doc = run([TITLE, '', short1, '', short2, '', P2, '', 'Tags: ferries', '', ...footer, '', long].join('\n'));
    for (const p of [short1, short2, P2]) expect(doc.clean).toContain(p);
    expect(doc.clean).not.toContain(BLURB);
  });

  it('drops sidebar text before a breadcrumb trail: the article starts after it', () => {
    const about = 'About the author: Jane Smith has written about harbours, ferries and the sea for twenty years, and her books on the history of the port towns of the north are read in schools across the country.';
    const promo = 'Our new guide to the ferry routes of the north coast is out now, with maps of every harbour, the timetables of all the lines and a chapter on the history of the old steamers.';
    const page = (crumb: string[]) => [about, 'Menu', 'Ferries', 'Harbours', promo, ...crumb, TITLE, P1, P3].join('\n');
    const doc = run(page(['Home / Harbour authority approves new ferry terminal']));
    for (const p of [P1, P3]) expect(doc.clean).toContain(p);
    for (const p of [about, promo]) expect(doc.clean).not.toContain(p);
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: promo, reason: 'text outside the main text' }));
    // without the breadcrumb the promo paragraph, close to the article, is kept with it
    expect(run(page([])).clean).toContain(promo);
  });

  it('keeps both parts of an article that a list inside it splits, not a lone blurb beyond a menu', () => {
    const intro1 =
      'The harbour doctor of Portvale has published the costs of the illnesses that sent sailors to the hospital last year, and the figures surprised the council, which had expected them to be much lower than they were in the years before.';
    const intro2 =
      'Few of the sailors had any insurance at all, the doctor said, and most of them paid for their care themselves, which left some of the families in debt for years. These were the most common conditions that she saw:';
    const list = ['Quimbar Fever', 'Kellin Syndrome', 'Zorvex Cough', 'Harbour Knee', 'Rope Burns', 'Sea Sickness'];
    const rest = [P1, P2, P3, P1.replace('Tuesday', 'Monday'), P2.replace('children', 'pupils')];
    const doc = run([TITLE, '', intro1, '', intro2, '', ...list, '', ...rest.flatMap((p) => [p, ''])].join('\n'));
    for (const p of [intro1, intro2, ...rest]) expect(doc.clean).toContain(p);
    // one paragraph beyond a menu is a sidebar's blurb, not a part of the article
    const blurb =
      'This is a small blog that is written by the people who live in the town of Portvale, and it is about all of the things that happen to them on the water and on the land, in the summer and in the winter, and it has been so for many years.';
    const side = run([blurb, '', ...list, '', ...rest.flatMap((p) => [p, ''])].join('\n'));
    expect(side.clean).not.toContain(blurb);
    expect(side.clean).toContain(P3);
  });

  it("drops the author's box after an 'About the Author' heading: the blurb after the name", () => {
    const bio1 = 'Zorvex Quimbar is a senior editor at Kellin Media, where he has covered harbours, ferries and the shipping trade since he left the university of Ostrava.';
    const bio2 = 'When he is not at his desk he can be found sailing his small boat along the coast, or teaching his two children the names of the old lighthouses.';
    const box = ['About the Author', 'Zorvex Quimbar', bio1, bio2, 'Follow Zorvex on Twitter'];
    const doc = run([article(), '', ...box, '', '12 comments', 'Kellin says:', 'Great story about the new terminal.'].join('\n'));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
    for (const b of [bio1, bio2]) {
      expect(doc.clean).not.toContain(b);
      expect(doc.dropped).toContainEqual(expect.objectContaining({ text: b, reason: 'author box' }));
    }
    // the blurb of a short post's author, more text than the post, is no article either ('About the author…' too)
    const post = 'A photo of the new terminal site, taken from the ferry this morning by our reporter.';
    const short = run([TITLE, post, 'About the author…', bio1, bio2, 'Post navigation'].join('\n'));
    expect(short.clean).toContain(post);
    expect(short.clean).not.toContain(bio1);
    // (the blurb's blocks open no box of their own: the article after a box at the page's top and a short line stays)
    const first = run([TITLE, 'About the Author', 'Zorvex Quimbar', bio1, bio2, 'Follow Zorvex on Twitter', P1, P2, P3].join('\n'));
    for (const p of [P1, P2, P3]) expect(first.clean).toContain(p);
  });

  it("leaves a menu's 'About the Author' link and the article after a box at the page's top alone", () => {
    // a menu link heads no box: the lines after it are the menu's
    const menu = run(['Quimbar Harbour Blog', 'About the Author', 'Archives', 'Contact', TITLE, '', P1, '', P2, '', P3].join('\n'));
    for (const p of [P1, P2, P3]) expect(menu.clean).toContain(p);
    // more text after the heading than a box holds (the article follows it without a break) is not dropped as a box
    const top = run(['About the author', P1, P2, P3, P1.replace('Tuesday', 'Monday'), P2.replace('children', 'pupils')].join('\n'));
    expect(top.dropped.filter((d) => d.reason === 'author box').map((d) => d.text)).toEqual(['About the author']);
    for (const p of [P1, P2, P3]) expect(top.clean).toContain(p);
  });

  it.each([
    // a line that introduces a quote, as scraped pages break paragraphs: a clause's opening word, a possessive and a
    // noun, four words or more before the verb (a commenter's name or handle has up to three: 'firefighter jeff said,')
    ["Kellmoor's statement says:"],
    ['When asked to clarify Portvale said,'],
    ['The harbour master Ann Kellmoor said:'],
    ['(INF) separate from the other weapons, Kellmoor said:'],
  ])('keeps %j, a news line before a quote, no comment marker', (line) => {
    const doc = run([TITLE, P1, line, '"We will reopen the terminal in March."', P3].join('\n'));
    expect(doc.clean).toContain(line);
    expect(doc.dropped.map((b) => b.text)).not.toContain(line);
  });

  it("drops a thread's handles ('The Dude says:', 'by garaged (579941) writes:'); keeps a lone 'Name said:' on a page of no thread", () => {
    const thread = run([TITLE, P1, P2, P3, 'The Dude says:', 'Great story about the new terminal.', 'A Reader says:', 'I disagree with the harbour master.', 'by garaged (579941) writes:', 'Ferries are late again.'].join('\n'));
    for (const handle of ['The Dude says:', 'A Reader says:', 'by garaged (579941) writes:']) expect(thread.clean).not.toContain(handle);
    const lone = run([TITLE, P1, 'Kellmoor said:', '"We will reopen the terminal in March."', P3].join('\n'));
    expect(lone.clean).toContain('Kellmoor said:');
  });

  it('keeps a news line saying no comment was available; "No Comments" headings are still comments headings', () => {
    const said = 'No comment was immediately available from the port employers.';
    const doc = run([TITLE, P1, said, P3].join('\n'));
    expect(doc.clean).toContain(said);
    expect(doc.dropped.map((b) => b.text)).not.toContain(said);
    for (const heading of ['No Comments »', 'No comments yet.', 'No Responses to “Harbour authority approves new ferry terminal”'])
      expect(run([TITLE, P1, P3, heading].join('\n')).dropped, heading).toContainEqual(expect.objectContaining({ text: heading, reason: 'comments heading' }));
  });

  it('keeps a listings story whose lines end in "on <date>" (sentences, not comment signatures)', () => {
    // three short lines of the story, each after prose: with the old five-word-blind pattern they were read as a
    // signed comment thread, and everything from the first of them on was dropped as reader comments
    const lines = ['The new timetable starts in the region on 21 January.', 'The new cafe opens in the port on 3 February.', 'The night boats start from the pier on 14 March.'];
    const more = [P1, P2, P3].map((p) => p.replace('the', 'that'));
    const doc = run([TITLE, P1, P2, P3, lines[0], more[0], lines[1], more[1], lines[2], more[2]].join('\n'));
    for (const t of [P1, P2, P3, ...lines, ...more]) expect(doc.clean).toContain(t);
    expect(doc.dropped.filter((b) => /comment/.test(b.reason))).toEqual([]);
  });

  it('warns about a text longer than a news article (a file of many articles is read as one), with the share kept', () => {
    expect(longTextWarning(ARTICLE_CHARS_MAX, 10)).toBeUndefined();
    expect(longTextWarning(15_780_824, 1_521_931)).toMatch(/^the text is 15,780,824 characters long \(10% kept\), more than a news article \(over 1,000,000\): /);
    const report = new Reporter();
    const story = (i: number) => [`${TITLE} ${i}`, P1, P2].join('\n\n');
    const many = Array.from({ length: Math.ceil(ARTICLE_CHARS_MAX / story(0).length) + 1 }, (_, i) => story(i)).join('\n\n');
    expect(many.length).toBeGreaterThan(ARTICLE_CHARS_MAX);
    clean({ id: 'd', path: 'd.txt', text: many, encoding: 'utf-8', bytes: many.length }, { report });
    expect(report.messages.filter((m) => m.code === 'clean/long-text').map((m) => m.severity)).toEqual(['warn']);
    const one = new Reporter();
    clean({ id: 'd', path: 'd.txt', text: article(), encoding: 'utf-8', bytes: 1 }, { report: one });
    expect(one.messages.filter((m) => m.code === 'clean/long-text')).toEqual([]);
  });

  it('classifies a text over ARTICLE_CHARS_MAX in parts: a comments heading early on drops no more than its part', () => {
    // (every line its own: a line repeated through a file is dropped as boilerplate)
    const story = (i: number) => [`${TITLE} ${i}`, P1.replace('Portvale', `Portvale ${i}`), P2.replace('jobs', `${i} jobs`)].join('\n\n');
    const n = Math.ceil(ARTICLE_CHARS_MAX / story(0).length) + 1;
    // the first story ends in what opens a blog's comments; read whole, the rest of the file was its comments
    const text = [story(0), 'Leave a Reply', ...Array.from({ length: n }, (_, i) => story(i + 1))].join('\n\n');
    const doc = run(text);
    const kept = doc.blocks.reduce((k, b) => k + b.clean.end - b.clean.start, 0);
    expect(kept / text.length).toBeGreaterThan(0.9);
    expect(doc.clean).toContain(P1.replace('Portvale', `Portvale ${n}`));
    expect(doc.clean).toContain(P1.replace('Portvale', 'Portvale 0'));
    expect(doc.metadata.title).toBe(`${TITLE} 0`);
  });

  it("classifies a part of a longer text file in pieces too, and gives a later part none of the file's metadata", () => {
    const story = (i: number) => [`${TITLE} ${i}`, P1.replace('Portvale', `Portvale ${i}`), P2.replace('jobs', `${i} jobs`)].join('\n\n');
    // far below ARTICLE_CHARS_MAX, over a few of the cleaner's pieces (PART_CHARS)
    const text = [story(0), 'Leave a Reply', ...Array.from({ length: 400 }, (_, i) => story(i + 1))].join('\n\n');
    expect(text.length).toBeLessThan(ARTICLE_CHARS_MAX);
    const doc = (part?: { index: number; count: number; start: number; line: number }) => clean({ id: 'd', path: 'd.txt', text, encoding: 'utf-8', bytes: text.length, ...(part ? { part } : {}) }, { report: new Reporter() });
    const kept = (d: ReturnType<typeof doc>) => d.blocks.reduce((k, b) => k + b.clean.end - b.clean.start, 0) / text.length;
    // read whole, as one page, the rest of the text after the heading is its comments
    expect(kept(doc())).toBeLessThan(0.5);
    const first = doc({ index: 1, count: 3, start: 0, line: 1 });
    expect(kept(first)).toBeGreaterThan(0.9);
    expect(first.metadata.title).toBe(`${TITLE} 0`);
    const later = doc({ index: 2, count: 3, start: 5000, line: 80 });
    expect(kept(later)).toBeGreaterThan(0.9);
    expect(later.metadata).toEqual({ title: null, date: null, outlet: null, dateline: null });
  });

  it('ends a short post at the comment form, however short the post', () => {
    const post = 'A photo of the new terminal site, taken from the ferry this morning.';
    const sidebar = 'Hello and welcome to my little blog about boats, harbours and the sea, where I write about everything that floats and the people who sail.';
    const doc = run([TITLE, post, 'No comments yet.', 'Leave a comment', 'Name (required)', 'Mail (will not be published) (required)', 'Website', sidebar].join('\n'));
    expect(doc.clean).toContain(post);
    expect(doc.clean).not.toContain(sidebar);
  });

  it('keeps a short post of near-good paragraphs and short lines when every good block is in the comments after it', () => {
    const p1 = 'The old ferryman asked his young helper whether the boat was ready. The helper answered that he had cleaned it every morning and checked the ropes twice.';
    const p2 = '“And even so you check the ropes twice, don’t you? Do the same with the engine, and we will never be late again,” said the old man.';
    const lines = ['“Then all that is left now is to check the engine.”', 'The helper was surprised:', '“But the engine is new!”', '“Of course it is.”'];
    // (the thread shows itself: a marker within a few short blocks of its heading; its last comment is a good block)
    const short = 'I have taken this ferry every day for years and I can tell you that the old man is right about it.';
    const long = `${short} The ropes are checked twice but nobody ever looks at the engine until it stops in the middle of the harbour, which happened to me twice last winter, and nobody at the company ever said sorry.`;
    const doc = run(
      ['Home', 'Archives', 'Subscribe', 'Harbour Tales Blog', 'The ferryman and the engine', 'by Anna Berg on June 27, 2012', p1, ...lines, p2, 'Previous post: A day at the docks', 'Next post: Six ways to tie a knot', '{ 3 comments… read them below or add one }',
        'Ben Olsen', 'July 26, 2012 at 3:56 pm', short, 'Reply', 'Carla', 'July 23, 2012 at 4:39 am', short, 'Reply', 'Dan', 'July 22, 2012 at 4:25 pm', long, 'Reply'].join('\n'),
    );
    for (const t of [p1, p2, lines[0], lines[3]]) expect(doc.clean).toContain(t);
    expect(doc.clean).not.toContain(short);
  });

  it('keeps a listing whose paragraphs each follow three short lines (place, address, price), not the sidebar blurb', () => {
    // near-good paragraphs only (under PARAMS.lengthHigh), each after a place, an address and a price: with two short
    // lines allowed between the members of a run, every paragraph stood alone and the page's one good block, the
    // sidebar's blurb, was taken for the text
    const homes = [
      ['Portvale, ME', '12 Harbour Row, Portvale, ME 04101', 'For sale: $450,000', 'This harbour cottage had a price cut last month. The two-bed home was built in 1921 and has a view of the old ferry pier.'],
      ['Tidewater, NC', '4 Dune Road, Tidewater, NC 27601', 'For sale: $449,000', 'This beach house has four bedrooms and sits on an acre of dunes. It was built in 1988 and the kitchen was redone last year.'],
      ['Millbrook, OH', '77 Mill Lane, Millbrook, OH 43001', 'For sale: $450,500', 'This brick farmhouse is on a quiet lane near the river. The 1910 home has three bedrooms, a barn and an orchard of old apples.'],
    ];
    const blurb = 'Glad you are here. We write about everything from harbour homes and the people who buy them to how the market moves, and we have done so since 2009, so stay a while, look around and tell us what you think of it all.';
    const doc = run(['Homes for about $450,000', 'Each week we look at what a buyer can get at one price. This week, we look at homes priced around $450,000.', ...homes.flat(), 'Portvale Homes Tidewater Homes Millbrook Homes Beach Homes Farm Homes Open Houses', 'Related posts', 'Homes for about $300,000', 'About us', blurb].join('\n'));
    for (const h of homes) expect(doc.clean).toContain(h[3]);
    expect(doc.clean).not.toContain(blurb);
  });

  it("cuts the comments at a line ending in 'There are 12 comments.', not at news that there were no comments", () => {
    const thread = ['Seen by Anna Berg on November 7 2012. There are 3 comments.', 'Ben', '07 Nov 12', 'I walked past the site this morning and the diggers were already at work, which is good news.', 'Carla', '07 Nov 12', 'The council should have asked the people who live by the docks before spending this much money.'];
    const doc = run([article(), ...thread].join('\n'));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
    expect(doc.clean).not.toContain('diggers were already at work');
    const news = 'There were no comments from the harbour authority on Monday, and the ministry declined to say more about the plan.';
    expect(run(article(news)).clean).toContain(P3);
  });

  it("cuts a blog platform's notes ('x liked this | y reblogged this from z and added:') as a comment thread", () => {
    const notes = ['218 notes', 'anna-b liked this | ben-c reblogged this from harbourtales and added:', 'I walked past the site this morning and the diggers were already at work, which is good news.', 'carla-d reblogged this from harbourtales and added:', 'The council should have asked the people who live by the docks before spending this much money.'];
    const doc = run([article(), ...notes].join('\n'));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
    expect(doc.clean).not.toContain('diggers were already at work');
  });

  // three reader comments
  const [c1, c2, c3] = [
    'I walked past the site this morning and the diggers were already at work, which is good news for all of us.',
    'Does anyone know whether the old ferry will keep running until the new terminal is finished next spring?',
    'The council should have asked the people who live by the docks before spending this much money on it.',
  ];
  it('cuts a comment thread without a heading at its signature lines (name, date, time)', () => {
    const doc = run([article(), 'Anna Berg, on November 7, 2012 at 8:42 am', c1, 'Ben on November 7, 2012 at 9:15 am', c2, 'Carla, on November 8, 2012 at 10:02 pm', c3].join('\n'));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: 'Anna Berg, on November 7, 2012 at 8:42 am', reason: 'comment signature' }));
    for (const c of [c1, c2, c3]) expect(doc.clean).not.toContain(c);
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
  });

  it('cuts a thread of numbered comments at their heads (number, name, date without a time)', () => {
    const doc = run([article(), '1. Anna Berg - November 7, 2012', c1, '2. Ben - Docklands Residents UK - November 7, 2012', c2, '3. Carla - November 8, 2012', c3].join('\n'));
    expect(doc.dropped).toContainEqual(expect.objectContaining({ text: '1. Anna Berg - November 7, 2012', reason: 'comment signature' }));
    for (const c of [c1, c2, c3]) expect(doc.clean).not.toContain(c);
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
  });

  it("keeps an article with one timestamp and a list of latest stories with theirs", () => {
    const doc = run([TITLE, 'November 7, 2012 at 8:42 am', '', P1, '', P2, '', P3, '', 'Port strike ends after three days', 'November 7, 2012 at 7:10 am', 'New bridge opens to traffic', 'November 6, 2012 at 6:00 pm'].join('\n'));
    for (const p of [P1, P2, P3]) expect(doc.clean).toContain(p);
    expect(doc.metadata.date).toBe('2012-11-07');
  });
});
