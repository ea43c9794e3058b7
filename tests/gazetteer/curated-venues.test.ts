import { describe, expect, it } from 'vitest';
import { PROSE, typesAndIds as ofText } from '../helpers-docs.js';

/** [type, entity id] of the mentions of `name` in a text and some prose after it */
const typesAndIds = (text: string, name: string) => ofText(text + PROSE, name);

describe("places.tsv's sports venues, airports and landmark sites", () => {
  it('makes a venue the rules split, missed or typed otherwise a place with its curated id', () => {
    // the borough's name inside the stadium's; a person by its first name; an organisation by its 'Center'
    expect(typesAndIds('Manchester United were beaten 2-1 at Old Trafford on Saturday.', 'Old Trafford')).toEqual([['place', 'place:old-trafford']]);
    expect(typesAndIds('The Knicks lost 98-95 to Chicago at Madison Square Garden on Tuesday.', 'Madison Square Garden')).toEqual([['place', 'place:madison-square-garden']]);
    expect(typesAndIds('The Lakers beat Boston 110-102 at the Staples Center on Sunday night.', 'Staples Center')).toEqual([['place', 'place:staples-center']]);
    expect(typesAndIds('Liverpool drew 1-1 with Arsenal at Anfield on Sunday.', 'Anfield')).toEqual([['place', 'place:anfield']]);
    expect(typesAndIds('The French Open champion lost in the first round at Roland Garros on Monday.', 'Roland Garros')).toEqual([['place', 'place:roland-garros']]);
  });
  it("takes a cricket ground's name with its article whole, and leaves 'Lord's' alone to the Lord", () => {
    expect(typesAndIds('Australia were bowled out for 220 on the first day of the fifth test at The Oval on Thursday.', 'The Oval')).toEqual([['place', 'place:the-oval']]);
    expect(typesAndIds("The second test will be played at Lord's Cricket Ground in July, the board said.", "Lord's Cricket Ground")).toEqual([['place', 'place:lords']]);
    // 'Lord's' alone is no alias: the Lord's Prayer, the Lord's Resistance Army
    expect(typesAndIds("The pupils recited the Lord's Prayer before lessons began.", "Lord's")).toEqual([]);
  });
  it('makes an airport known by a bare name a place, and its name with Airport the same place', () => {
    expect(typesAndIds('The flight from Frankfurt was diverted to Stansted after a bomb threat, police said.', 'Stansted')).toEqual([['place', 'place:stansted-airport']]);
    expect(typesAndIds('Passengers were stranded at Gatwick Airport overnight after snow closed the runway.', 'Gatwick Airport')).toEqual([['place', 'place:gatwick-airport']]);
    // GeoNames has a Heathrow in Florida, which the bare name was before
    expect(typesAndIds('A British Airways jet landed at Heathrow with one engine shut down, the airline said.', 'Heathrow')).toEqual([['place', 'place:heathrow-airport']]);
  });
  it('gives a venue and its other name one id', () => {
    expect(typesAndIds('Celtic beat Rangers 2-0 at Parkhead on Sunday.', 'Parkhead')).toEqual([['place', 'place:celtic-park']]);
    expect(typesAndIds('Barcelona were held to a 1-1 draw at the Nou Camp on Saturday.', 'Nou Camp')).toEqual([['place', 'place:camp-nou']]);
  });
  it('leaves the borough of Trafford, alone, the borough', () => {
    expect(typesAndIds('Trafford council approved the plans for the new tram line on Wednesday.', 'Trafford')).toEqual([['place', 'iso:GB-TRF']]);
    expect(typesAndIds('The company moved its headquarters from Salford to Trafford last year.', 'Trafford')).toEqual([['place', 'iso:GB-TRF']]);
  });
});
