import { describe, expect, it } from 'vitest';
import { run } from '../helpers-docs.js';

/** [text, type, entity id] of a text's mentions, shipped gazetteers */
const mentions = (text: string) => run(text).mentions.map((m) => [m.text, m.type, m.entityId]);

describe('curated physical features and regions of world news (gazetteers/places.tsv)', () => {
  it('links seas, rivers, mountains, deserts and regions the generated files do not hold', () => {
    expect(mentions('Snow fell in the Alps, the Nile flooded and ships crossed the Mediterranean to the Strait of Hormuz.')).toEqual([
      ['Alps', 'place', 'place:alps'],
      ['Nile', 'place', 'place:nile-river'],
      ['Mediterranean', 'place', 'place:mediterranean-sea'],
      ['Strait of Hormuz', 'place', 'place:strait-of-hormuz'],
    ]);
    // (each had been another thing or nothing: the Australian state, a brand, the city of Aden)
    expect(mentions('Boats crossed Lake Victoria as climbers left Mount Everest for the Gulf of Aden.')).toEqual([
      ['Lake Victoria', 'place', 'place:lake-victoria'],
      ['Mount Everest', 'place', 'place:mount-everest'],
      ['Gulf of Aden', 'place', 'place:gulf-of-aden'],
    ]);
  });

  it("takes 'the Red Sea' for the sea, and 'Houthi' for the movement's members", () => {
    expect(mentions('Houthi rebels fired at ships in the Red Sea, and the Houthis said more would follow.')).toEqual([
      ['Houthi', 'norp', 'norp:houthi'],
      ['Red Sea', 'place', 'place:red-sea'],
      ['Houthis', 'organization', 'organization:houthis'],
    ]);
    // (the governorate where the document's other places point to it)
    expect(mentions("Officials in Egypt's Red Sea governorate said the resort of Hurghada reopened.")[1]).toEqual(['Red Sea', 'place', 'iso:EG-BA']);
  });

  it('gives a country the generated files name otherwise its everyday name: the Vatican, the Falklands', () => {
    expect(mentions('The Vatican said the Falklands talks would resume.')).toEqual([
      ['Vatican', 'place', 'iso:VA'],
      ['Falklands', 'place', 'iso:FK'],
    ]);
    // (and since the fifty-fourth session East Timor, Swaziland, Brunei, Macau, and Trinidad alone for Trinidad and Tobago)
    expect(mentions('Runners from East Timor, Swaziland, Brunei, Macau and Trinidad competed.').map((m) => m[2])).toEqual(['iso:TL', 'iso:SZ', 'iso:BN', 'iso:MO', 'iso:TT']);
    // (and since the sixty-second session: the Republic of Congo had been the Democratic Republic's 'Congo', Cabo Verde a
    // person, St Lucia no mention, St Kitts and Nevis the island of Nevis, the Palestinian territories the nationality)
    expect(mentions('Envoys from the Republic of Congo, the Democratic Republic of Congo, Cabo Verde, St Lucia, St Kitts and Nevis, the Palestinian territories and Somaliland met.')).toEqual([
      ['Republic of Congo', 'place', 'iso:CG'],
      ['Democratic Republic of Congo', 'place', 'iso:CD'],
      ['Cabo Verde', 'place', 'iso:CV'],
      ['St Lucia', 'place', 'iso:LC'],
      ['St Kitts and Nevis', 'place', 'iso:KN'],
      ['Palestinian territories', 'place', 'iso:PS'],
      ['Somaliland', 'place', 'place:somaliland'],
    ]);
    // (and since the seventy-fifth session a country's name by its form of state, as sport writes a national side's:
    // the whole one place, not an organisation 'Republic' of a fixture line and the country after 'of')
    expect(mentions('The Republic of Ireland manager named his side.')).toEqual([['Republic of Ireland', 'place', 'iso:IE']]);
  });

  it("takes a sea's or a region's name that is an adjective too for no place before a noun, beside another name or after a time of day", () => {
    expect(mentions('Reporters on an Arctic island heard Pacific Assault at 2 p.m. Pacific, and CITIC Pacific bought a Baltic state bank.')).toEqual([]);
    // (a compass point before it makes a place's name, a region of the ocean's: 'the South Pacific', find-names' step 19e)
    expect(mentions('Sailors reached the South Pacific.')).toEqual([['South Pacific', 'place', 'place:south-pacific']]);
  });
});
