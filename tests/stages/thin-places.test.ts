import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { processDocument } from '../../src/process.js';
import { run, shippedResources } from '../helpers-docs.js';

// (made-up names: no gazetteer holds them, so only the name finder's rules type them)
const types = (text: string, name: string) =>
  run(text)
    .mentions.filter((m) => m.text === name)
    .map((m) => m.type);
// prose after a test's sentences: the cleaner keeps a short text as an article
const PROSE = 'The results were published on Monday, a day later than most analysts had expected.';
// a service's story: 'into Zorvex' once (the preposition rule), then mentions of no place
const SIGN_IN = 'Users can now sign into Zorvex with their phone numbers.';
const SERVICE = ['Zorvex said on Monday that its photo service had grown.', 'Zorvex reports directly to the chief executive.', 'The team behind Zorvex plans a new app.', 'Critics of Zorvex were not convinced.'];
const story = (...sentences: string[]) => [...sentences, PROSE].join(' ');

describe('thinPlaces', () => {
  it("leaves untyped a name the preposition rule alone made a place, in fewer than a third of five or more mentions ('sign into Flickr')", () => {
    const text = story(SIGN_IN, ...SERVICE);
    expect(types(text, 'Zorvex')).toEqual([]);
    // (said once, as an info diagnostic with the counts)
    const p = processDocument({ id: 'doc', path: 'doc.txt', text, encoding: 'utf-8', bytes: text.length }, shippedResources(), new Reporter());
    expect(p.diagnostics.filter((d) => d.code === 'tag/thin-place').map((d) => d.message)).toEqual(['"Zorvex": no place, after a preposition in 1 of its 5 mentions']);
  });

  it('keeps a place that stands after place prepositions in a third of its mentions or more', () => {
    const village = story('Fighting broke out in Zorvash on Monday.', 'Shells fell near Zorvash overnight.', 'Zorvash was quiet by morning.', 'Zorvash has 2,000 people.', 'Refugees from Zorvash reached the capital.');
    expect(types(village, 'Zorvash')).toEqual(['place', 'place', 'place', 'place', 'place']);
    // (two of six: a third)
    expect(types(story(SIGN_IN, 'Many came from Zorvex last year.', ...SERVICE), 'Zorvex')).toHaveLength(6);
  });

  it("keeps a place that a gazetteer's town names or that another rule typed too", () => {
    // 'Aurora' is a context-only town of the gazetteers ('Aurora, a suburb of Denver, Colorado' places it)
    const linked = story(
      'The shooting in Aurora, a suburb of Denver, Colorado, killed 12 people.',
      'Aurora police said on Friday the gunman had acted alone.',
      'Aurora mourned.',
      'The mayor of Aurora spoke.',
      'Aurora schools were closed.',
    );
    expect(types(linked, 'Aurora')).toEqual(['place', 'place', 'place', 'place', 'place']);
    // ('the Zorvex district': the place-cue rule)
    expect(types(story('Shells hit the Zorvex district overnight.', SIGN_IN, ...SERVICE), 'Zorvex')).toHaveLength(6);
  });

  it("keeps a place named fewer than five times, or placed by a gazetteer's place after a comma", () => {
    expect(types(story(SIGN_IN, ...SERVICE.slice(1)), 'Zorvex')).toEqual(['place', 'place', 'place', 'place']);
    expect(types(story('He lives in Zorvex, Michigan.', ...SERVICE), 'Zorvex')).toEqual(['place', 'place', 'place', 'place', 'place']);
  });

  it("leaves untyped, however few its mentions, one common noun of wink-nlp's lexicon that no gazetteer's town placed ('published in Nature')", () => {
    expect(types(story('The study was published in Nature on Wednesday.'), 'Nature')).toEqual([]);
    expect(types(story('Users can now sign in to Workday with their phones.'), 'Workday')).toEqual([]);
    // (not a noun that names a land alone, nor a town the context linked: 'Aurora' above)
    expect(types(story('Two ships sank in Gulf waters on Monday.'), 'Gulf')).toEqual(['place']);
  });
});
