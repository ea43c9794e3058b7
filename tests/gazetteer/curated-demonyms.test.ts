import { describe, expect, it } from 'vitest';
import { run } from '../helpers-docs.js';

/** [text, type, entity id] of a text's mentions, shipped gazetteers */
const mentions = (text: string) => run(text).mentions.map((m) => [m.text, m.type, m.entityId]);

describe("a people's nouns and other adjectives, merged with i18n-nationality's rows by id (gazetteers/demonyms.tsv)", () => {
  it.each([
    // [text, surface, the country's nationality]
    ['The Irishman and the Dutchman shared the lead.', 'Irishman', 'norp:irish'], // had been a nationality of no country, norp:irishman
    ['The Irishman and the Dutchman shared the lead.', 'Dutchman', 'norp:dutch'], // had been no mention
    ['Yemeni forces shelled the port.', 'Yemeni', 'norp:yemenite'], // i18n-nationality has only 'Yemenite'
    ['Bosnian Serb leaders met on Friday.', 'Bosnian', 'norp:bosnian'], // i18n-nationality's 'Bosnian - Herzegovinian' is skipped
    ['Bosnian Serb leaders met on Friday.', 'Serb', 'norp:serbian'],
    ['Emirati officials met their Kazakh counterparts.', 'Emirati', 'norp:emirian'],
    ['Emirati officials met their Kazakh counterparts.', 'Kazakh', 'norp:kazakhstani'],
    ['A Welshman won the final in Cardiff.', 'Welshman', 'norp:welsh'],
  ])('%s (%s)', (text, surface, id) => {
    expect(mentions(text).filter(([t]) => t === surface)).toEqual([[surface, 'norp', id]]);
  });

  it("gives 'Welsh' no country, not Wallis and Futuna's (i18n-nationality's WF row is dropped by the build; Wales is no ISO country)", () => {
    const welsh = run('The Welsh team sang.').entities.get('norp:welsh');
    expect(welsh?.country).toBeUndefined();
  });

  it("takes a nationality's noun before a full name off the person's name", () => {
    expect(mentions('Makinen stopped fellow Finn Juha Kankkunen in his tracks.').filter(([t]) => t !== 'Makinen')).toEqual([
      ['Finn', 'norp', 'norp:finnish'],
      ['Juha Kankkunen', 'person', 'person:juha-kankkunen'],
    ]);
    expect(mentions('Agassi beat left-handed Dane Kenneth Carlsen on Monday.')).toEqual([
      ['Dane', 'norp', 'norp:danish'],
      ['Kenneth Carlsen', 'person', 'person:kenneth-carlsen'],
    ]);
  });

  it("keeps a nationality's noun that is a given name too a given name before one word of a name list", () => {
    expect(mentions('Finn Russell kicked a late penalty.')).toEqual([['Finn Russell', 'person', 'person:finn-russell']]);
    expect(mentions('The comedian Dane Cook joked about it.')).toEqual([['Dane Cook', 'person', 'person:dane-cook']]);
    expect(mentions('Dane Kellmoor, 34, was arrested on Monday.')).toEqual([['Dane Kellmoor', 'person', 'person:dane-kellmoor']]);
    // (after a word that makes it the noun, the nationality, and one word after it the person: 'fellow Finn Bottas')
    expect(mentions('He finished ahead of fellow Finn Bottas on Sunday.')).toEqual([
      ['Finn', 'norp', 'norp:finnish'],
      ['Bottas', 'person', 'person:bottas'],
    ]);
    // (nor a religious group's word, no nationality: 'the Shiite Zorvani sect')
    expect(mentions('He belongs to the Shiite Zorvani sect.').map(([, type]) => type)).not.toContain('person');
    // (not a nationality's adjective: a dog's breed, a coast, no person)
    expect(mentions('The yacht sailed along the French Riviera.').map(([, type]) => type)).not.toContain('person');
    expect(mentions('A German Shepherd guarded the gate.').map(([, type]) => type)).not.toContain('person');
  });
});
