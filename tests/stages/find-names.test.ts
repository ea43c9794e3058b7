import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { loadResources } from '../../src/process.js';
import { parseConll } from '../../src/eval/conll.js';
import { conllCleanDocument, rebuildText } from '../../src/eval/documents.js';
import { splitSentences } from '../../src/stages/split-sentences.js';
import { findNames, orgKeys, personKeys, roleBefore, roleEndingAt, sameStemsAs, slug } from '../../src/stages/find-names.js';
import { matchGazetteers } from '../../src/stages/tag-entities.js';
import { PROSE, run as runDoc, shippedResources, typesAndIds } from '../helpers-docs.js';

// the mini gazetteer and the shipped role lexicon; the text goes straight to split (no boilerplate cleaning),
// one line per block, the first line being the title
const mini = loadResources(join(ROOT, 'tests/fixtures/gazetteers-mini'));
const shippedRoles = readFileSync(join(ROOT, 'gazetteers/lexicons/roles.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);
const res = { ...mini, roles: shippedRoles, lexicons: { ...mini.lexicons, roles: shippedRoles } };
function split(text: string) {
  const doc = parseConll(text.split('\n').map((l) => l.split(' ').map((w) => `${w} O`).join('\n')).join('\n\n'))[0];
  return splitSentences(conllCleanDocument(doc, rebuildText(doc)), { report: new Reporter() });
}
/** [surface, type, source] of the typed names found in a text (the first line is the title). */
function names(text: string): [string, string | null, string][] {
  const doc = split(text);
  return findNames(doc, res.lexicons, matchGazetteers(doc, res.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type, c.source]);
}
/** [surface, type, source] of the names found in a text with the shipped lexicons and gazetteers (the first line is the title) */
function shippedNames(text: string): [string, string | null, string][] {
  const doc = split(text);
  const shipped = shippedResources();
  return findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type, c.source]);
}
const TITLE = 'Report\n';
/** [surface, type, source] and [surface, type] of the mentions of a text run through every stage (shipped gazetteers) */
const mentionSources = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type, m.source]);
const mentionTypes = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
/** the texts of the mentions of a text run through every stage that `keep` keeps */
const mentionTexts = (text: string, keep: (m: ReturnType<typeof runDoc>['mentions'][number]) => boolean) => runDoc(text).mentions.filter(keep).map((m) => m.text);
/** the persons' texts of a text and `PROSE` after it run through every stage */
const personsIn = (text: string) => mentionTexts(text + PROSE, (m) => m.type === 'person');
/** the organisations' texts of a text and `PROSE` after it run through every stage */
const orgsIn = (text: string) => mentionTexts(text + PROSE, (m) => m.type === 'organization');

describe('findNames: a standings table in capitals', () => {
  it("takes a place in capitals before a team's won-lost figures for the team, in a sports report", () => {
    const text = [
      "BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY 'S GAMES .",
      'NEW YORK 1996-08-30',
      'Major League Baseball standings after games played on Thursday ( tabulate under won , lost , winning percentage and games behind ) :',
      'W L PCT GB',
      'NEW YORK 74 59 .556 -',
      'BALTIMORE 70 63 .526 4',
    ].join('\n');
    // (the table's; the dateline's is no team: a place, a dateline read as prose since its ISO date is one's)
    expect(names(text).filter(([t]) => t === 'NEW YORK').map(([t, type]) => [t, type])).toEqual([
      ['NEW YORK', 'place'],
      ['NEW YORK', 'organization'],
    ]);
  });
});

describe('findNames: typing rules, each with a name', () => {
  it.each([
    // [body text (tokens separated by spaces), expected [surface, type, source]]
    ['Yesterday soldier Elmir Ganbarov was killed .', ['Elmir Ganbarov', 'person', 'rule:title-person']],
    ['It was Lieutenant General Rustam Muradov who spoke .', ['Rustam Muradov', 'person', 'rule:title-person']],
    // a political title in lower case (roles.txt lists those forms too)
    ['He thanked Zorvanian president Suharto and others .', ['Suharto', 'person', 'rule:title-person']],
    ['Talks with former prime minister Tigran Zorvath ended .', ['Tigran Zorvath', 'person', 'rule:title-person']],
    ['Talks were led by Andrew Smithers of the delegation .', ['Andrew Smithers', 'person', 'rule:first-name']],
    // a cleric's, a head teacher's and a campaigner's titles (roles.txt): no part of the name
    ['Yesterday Monsignor Tadeusz Zorvath led the mass .', ['Tadeusz Zorvath', 'person', 'rule:title-person']],
    ['Yesterday Headteacher Paula Zorvath said pupils were safe .', ['Paula Zorvath', 'person', 'rule:title-person']],
    ['The river is dirty , said campaigner Feargal Zorvath .', ['Feargal Zorvath', 'person', 'rule:title-person']],
    // ('guest': no title of roles.txt, which 'envoy' is)
    ['Their guest Tigran Sargsyan wrote a letter .', ['Tigran Sargsyan', 'person', 'rule:surname-suffix']],
    ['Their guest Mehmet Karaoglu wrote a letter .', ['Mehmet Karaoglu', 'person', 'rule:first-name']],
    ['The Caspian Shipping Agency denied the report .', ['Caspian Shipping Agency', 'organization', 'rule:org-keyword']],
    ['Shells hit the Zardab district overnight .', ['Zardab', 'place', 'rule:place-cue']],
    ['Troops entered the city of Ganja at dawn .', ['Ganja', 'place', 'rule:place-cue']],
    // who lives or governs there, a bearing from it, a kind of place in apposition (its noun last)
    ['Residents of Zorvabad fled on Monday .', ['Zorvabad', 'place', 'rule:place-cue']],
    ['Gunmen attacked the Zorvabad suburb of the capital .', ['Zorvabad', 'place', 'rule:place-cue']],
    ['Wells on the Zorvrun oilfield were reopened .', ['Zorvrun', 'place', 'rule:place-cue']],
    ['Yesterday Zorvabad police said three people died .', ['Zorvabad', 'place', 'rule:place-cue']],
    ['The road runs 40 km north of Zorvabad to the coast .', ['Zorvabad', 'place', 'rule:place-cue']],
    ['The fighting spread to Zorvabad , a town 40 km north of the capital .', ['Zorvabad', 'place', 'rule:place-cue']],
    // (not a kind of place before another noun: 'a town councillor', a title in apposition, roles.txt's)
    ['Zorvek Lundqvar , a town councillor , resigned .', ['Zorvek Lundqvar', 'person', 'rule:person-context']],
    ['Fighting raged in Chechnya on Tuesday .', ['Chechnya', 'place', 'rule:lexicon-place']],
    ['Rain fell in Zuwarah all day .', ['Zuwarah', 'place', 'rule:place-preposition']],
    // (a when-word after it is no noun it modifies; 'to' after a journey's verb or noun is a place's preposition)
    ['Rain fell in Zuwarah last week .', ['Zuwarah', 'place', 'rule:place-preposition']],
    ['The minister flew to Zuwarah on Monday .', ['Zuwarah', 'place', 'rule:place-preposition']],
    ['All flights to Zuwarah were cancelled .', ['Zuwarah', 'place', 'rule:place-preposition']],
    ['Yesterday Ngozi Okonjo said the talks failed .', ['Ngozi Okonjo', 'person', 'rule:person-context']],
    ['The body of Amer Zorvek Ali Quimbar , 23 , was found .', ['Amer Zorvek Ali Quimbar', 'person', 'rule:person-context']],
    // a player's position or standing opening a sentence is a title (roles.txt), not a word of the name
    ['Centre Zorvek Quimbar said he was exhausted .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    ['Teenager Zorvek Quimbar won the first race .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    // abbreviated titles as American and British papers write them
    ['Yesterday VP Zorvek Quimbar met the families .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    ['Yesterday Supt Mark Zorvath led the search .', ['Mark Zorvath', 'person', 'rule:title-person']],
    // a title joined by a hyphen to its second word in capitals, opening a sentence too
    ['I spoke with Governor-Elect Zorvek Quimbar on Monday .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    ['President-Elect Zorvek Quimbar met him on Monday .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    // a leader of a kind of group (not 'leader' alone); 'evert' a verb of wink-nlp's lexicon
    ['The party leader Zorvek Evert spoke on Monday .', ['Zorvek Evert', 'person', 'rule:title-person']],
    // the chief of a force or a service (not 'chief' alone), before a name of three words no lexicon knows
    ["Kellia 's junta chief Zorvek Aung Quimbar voted on Sunday .", ['Zorvek Aung Quimbar', 'person', 'rule:title-person']],
    // a legislator by the house's name, not a name of three words with the house's in it
    ['The Democratic member of Congress Zorvek Quimbar , a reservist , spoke .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    ['Yesterday Member of Parliament Zorvek Quimbar spoke .', ['Zorvek Quimbar', 'person', 'rule:title-person']],
    ['Blackpool 0 Wycombe 2', ['Blackpool', 'organization', 'rule:score-line']],
    // 'First Lady' is a title (roles.txt), not a part of the name
    ['Yesterday First Lady Laura Zorvath spoke .', ['Laura Zorvath', 'person', 'rule:title-person']],
    // two initials in capitals are no acronym
    ['Yesterday JR Smith scored twice .', ['JR Smith', 'person', 'rule:surname-suffix']],
    // a name a stake, shares or an investment is held in is a firm, a common word too after a stake
    ['Yesterday LG bought a 20 pct stake in Zorvexa .', ['Zorvexa', 'organization', 'rule:stake-in']],
    ['Investors sold shares in Zenith and an interest in Zorvexa .', ['Zenith', 'organization', 'rule:stake-in']],
    ['Investors sold shares in Zenith and an interest in Zorvexa .', ['Zorvexa', 'organization', 'rule:stake-in']],
    // and one before its shares or stock
    ['Yesterday Zorvexa shares fell 3 pct .', ['Zorvexa', 'organization', 'rule:stake-in']],
    ['It is convertible into Zorvexa common stock .', ['Zorvexa', 'organization', 'rule:stake-in']],
    // a common word is a team in a results line: another name after its number
    ['Arsenal 2 Wycombe 1', ['Arsenal', 'organization', 'rule:score-line']],
    // a name no common word is a team before a number and a lower-case word
    ['Zorvek 12 pts , Wycombe 9 pts', ['Zorvek', 'organization', 'rule:score-line']],
    // an Australian rules score, goals and behinds and the points in brackets, either side
    ['Zorvek 14.12 ( 96 ) Wycombe 9.12 ( 66 )', ['Zorvek', 'organization', 'rule:score-line']],
    ['Zorvek 14.12 ( 96 ) Wycombe 9.12 ( 66 )', ['Wycombe', 'organization', 'rule:score-line']],
    // a common word after 'in' may be a place ('ships in Gulf')
    ['Two ships sank in Gulf waters .', ['Gulf', 'place', 'rule:place-preposition']],
    // a kind of places in the plural after names joined by 'and' or in a list
    ['Officials said the Zorva and Lundqva rivers were in flood .', ['Zorva', 'place', 'rule:place-cue']],
    ['Officials said the Zorva and Lundqva rivers were in flood .', ['Lundqva', 'place', 'rule:place-cue']],
    ['Rebels held the Zorvabad , Qelbra and Lundqvar provinces .', ['Qelbra', 'place', 'rule:place-cue']],
    ['Jobs will go across the Zorvamas and Asia-Pacific regions .', ['Zorvamas', 'place', 'rule:place-cue']],
    // company and agency words at a name's end: 'Amnesty International', 'Montgomery Securities', 'First Interstate Bancorp'
    ['Yesterday Zorvek International said the talks failed .', ['Zorvek International', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Securities said the talks failed .', ['Zorvek Securities', 'organization', 'rule:org-keyword']],
    // a newspaper's words in its own language, 'Observer', and 'Daily' before one word
    ['Yesterday Gazeta Zorvecka quoted the minister .', ['Gazeta Zorvecka', 'organization', 'rule:org-keyword']],
    ['The Zorvabad Observer reported the talks failed .', ['Zorvabad Observer', 'organization', 'rule:org-keyword']],
    ['However , Daily Zorvex said the talks failed .', ['Daily Zorvex', 'organization', 'rule:org-keyword']],
    // a caucus, a laboratory, a brotherhood, with 'of' or 'for' and what follows it
    ['The Zorvex Black Caucus met on Monday .', ['Zorvex Black Caucus', 'organization', 'rule:org-keyword']],
    ['He joined the Zorvex Brotherhood of Electrical Workers in May .', ['Zorvex Brotherhood of Electrical Workers', 'organization', 'rule:org-keyword']],
    ['He worked at the Zorvex Laboratory for Particle Physics in May .', ['Zorvex Laboratory for Particle Physics', 'organization', 'rule:org-keyword']],
    // a firm named by two founders across 'and' before its legal form, a surname or a word no lexicon has each
    ['Profits at Zorvek and Kellmoor Plc rose .', ['Zorvek and Kellmoor Plc', 'organization', 'rule:org-keyword']],
    // a hospital or a school named by its founder's possessive
    ['Surgeons at Zorvek\'s Hospital in Kellmoor operated .', ["Zorvek's Hospital", 'organization', 'rule:org-keyword']],
    // a church's see, with 'of' and its town
    ['Yesterday the Archdiocese of Zorvabad suspended the priest .', ['Archdiocese of Zorvabad', 'organization', 'rule:org-keyword']],
    ['The Catholic Diocese of Zorvabad issued a statement .', ['Catholic Diocese of Zorvabad', 'organization', 'rule:org-keyword']],
    // (a person's name before 'of the' and a party's name is no part of it: a title or a given name opens it)
    ['Regional president Matteo Zorvath of the Kellmoor party said so .', ['Kellmoor', 'organization', 'rule:org-cue']],
    // a firm's last word that ends a person's name too, after a word no lexicon has, no given name first; a place before it
    // stays in the name ('Tata' is a gazetteer's town)
    ['Yesterday Tata Steel announced a plan .', ['Tata Steel', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Pharma said the talks failed .', ['Zorvek Pharma', 'organization', 'rule:org-keyword']],
    ['Yesterday Danielle Steel signed her new novel .', ['Danielle Steel', 'person', 'rule:first-name']],
    // a state's or a public broadcaster's acronym after its kind in lower case
    ['The general was replaced , state television ZRTM reported .', ['ZRTM', 'organization', 'rule:media-before']],
    ['He read the decree on state broadcaster ZRB on Monday .', ['ZRB', 'organization', 'rule:media-before']],
    // an ordinal before a military unit's or a federal circuit's name opens it
    ['Troops of the 82nd Zorvabad Division returned .', ['82nd Zorvabad Division', 'organization', 'rule:org-keyword']],
    ['The 9th U.S. Circuit Court of Appeals ruled .', ['9th U.S. Circuit Court of Appeals', 'organization', 'rule:org-keyword']],
    // a name of two words between commas after a kind of firm; one word after a charity or an agency
    ['Yesterday her former label , Northgate Zorvek , sued her .', ['Northgate Zorvek', 'organization', 'rule:firm-context']],
    // (and at the sentence's end)
    ['Yesterday she left her former label , Northgate Zorvek .', ['Northgate Zorvek', 'organization', 'rule:firm-context']],
    ['Yesterday a drugs charity , Zorvaction , said so .', ['Zorvaction', 'organization', 'rule:firm-context']],
    // (a haulier's, a racing team's, a builder's, an engineer's last word)
    ['The family sued Halvorsen Trucking on Monday .', ['Halvorsen Trucking', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Racing confirmed the driver .', ['Zorvek Racing', 'organization', 'rule:org-keyword']],
    ['Yesterday Kellmoor Logistics won the contract .', ['Kellmoor Logistics', 'organization', 'rule:org-keyword']],
    // (an analytics firm's, a drug maker's, a chemicals maker's; a given name first where the last word is no surname nor
    // common word)
    ['Yesterday Kellmoor Analytics cut 200 jobs .', ['Kellmoor Analytics', 'organization', 'rule:org-keyword']],
    // a Spanish, Portuguese, Italian or French body's head before its topics
    ['Yesterday the Sindicato de Pilotos de Zorvana said talks failed .', ['Sindicato de Pilotos de Zorvana', 'organization', 'rule:org-keyword']],
    ['Yesterday rival Azucarera del Zorvano agreed to the deal .', ['Azucarera del Zorvano', 'organization', 'rule:org-keyword']],
    // a partnership's word alone after '&' or 'and'
    ['Yesterday Brenholt & Sons raised prices .', ['Brenholt & Sons', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek and Sons raised prices .', ['Zorvek and Sons', 'organization', 'rule:org-keyword']],
    ['Yesterday Hollis Biotherapeutics said its drug failed .', ['Hollis Biotherapeutics', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Chemicals raised prices .', ['Zorvek Chemicals', 'organization', 'rule:org-keyword']],
    // a name of two or three words before a kind of firm in apposition, no listed given name first
    ['Yesterday Sirocco Zorvair , the Tunis-based carrier , added flights .', ['Sirocco Zorvair', 'organization', 'rule:firm-context']],
    ['Yesterday Kellmoor Canopy , a security company based in Reston , said so .', ['Kellmoor Canopy', 'organization', 'rule:firm-context']],
    // (not what a person is called too: a troublemaker, a giant, a band, a broadcaster)
    ['Yesterday Tran Kellmoor , a troublemaker , was arrested .', ['Tran Kellmoor', 'person', 'rule:name-shape']],
    ['Yesterday Joanne Kellmoor , a senior broadcaster with the network , spoke .', ['Joanne Kellmoor', 'person', 'rule:first-name']],
    // a utility's, a mill's, a railway's last word; a country or a region first, a given name too, is the firm's
    ['Yesterday Zorvabad Power said outages would end .', ['Zorvabad Power', 'organization', 'rule:org-keyword']],
    ['Yesterday Kenya Power said outages would end .', ['Kenya Power', 'organization', 'rule:org-keyword']],
    ['Shares in Zambia Sugar fell 3 pct .', ['Zambia Sugar', 'organization', 'rule:org-keyword']],
    ['Yesterday Samantha Power spoke at the summit .', ['Samantha Power', 'person', 'rule:first-name']],
    // a news agency's newsroom or desk, as its bylines name it ('London Newsroom +44 171 542 7717', 'New York Energy Desk')
    ['-- Zorvath Newsroom +44 171 542 7717', ['Zorvath Newsroom', 'organization', 'rule:org-keyword']],
    ['-- Harry Milling , Zorvath Energy Desk , +1 212-859-1761', ['Zorvath Energy Desk', 'organization', 'rule:org-keyword']],
    ['-- Zorvath Newsdesk 212-859-1610 .', ['Zorvath Newsdesk', 'organization', 'rule:org-keyword']],
    ['Ships crossed the Zorvathy Sea at night .', ['Zorvathy Sea', 'place', 'rule:place-keyword']],
    // a results table's athlete: two names and a country in brackets
    ['3. Zarvo Zorvath ( Kenya ) 20.37', ['Zarvo Zorvath', 'person', 'rule:name-country']],
    // streets, squares, parks, grounds: 'Grace Road' was a person by its first word
    ['After bowling them out at Grace Road , they won .', ['Grace Road', 'place', 'rule:place-keyword']],
    ['The talks were held at the Zorvabad Serena Hotel on Monday .', ['Zorvabad Serena Hotel', 'place', 'rule:place-keyword']],
    ['Crowds filled Zorvath Square and Ewood Park on Sunday .', ['Zorvath Square', 'place', 'rule:place-keyword']],
    // arenas, domes, racecourses ('Arena' a surname too: not after a given name, 'Bruce Arena')
    ['Fans flocked to the Zorvath Arena on Sunday .', ['Zorvath Arena', 'place', 'rule:place-keyword']],
    ['Yesterday coach Bruce Arena named his squad .', ['Bruce Arena', 'person', 'rule:title-person']],
    // a museum's or a named gallery's name is a place (a building, as CoNLL-2003 tags it), its nationality kept; a
    // library's or an orchestra's an organisation
    ['Crowds visited the British Museum and the Zorvath Gallery on Monday .', ['British Museum', 'place', 'rule:place-keyword']],
    ['Crowds visited the Museum of Zorvath Art on Monday .', ['Museum of Zorvath Art', 'place', 'rule:place-keyword']],
    ['The Zorvath Symphony Orchestra played at the Zorvath Library on Monday .', ['Zorvath Symphony Orchestra', 'organization', 'rule:org-keyword']],
    // a mountain's, a lake's, a cape's head at the front; a crater's, a canyon's, a reef's name by its last word; a person
    // named so with a given name first stays one ('Ricki Lake')
    ['Climbers reached Mount Zorvath on Monday .', ['Mount Zorvath', 'place', 'rule:place-keyword']],
    // (a fort's, a camp's, a port's: the surname rules had made 'Fort Liberty' a person)
    ['Troops left Fort Zorvath for Camp Quimbar on Monday .', ['Fort Zorvath', 'place', 'rule:place-keyword']],
    ['Troops reached Camp Quimbar and Port Kellin on Monday .', ['Camp Quimbar', 'place', 'rule:place-keyword']],
    ['Troops reached Camp Quimbar and Port Kellin on Monday .', ['Port Kellin', 'place', 'rule:place-keyword']],
    ['The rover landed in Zorvath Crater on Monday .', ['Zorvath Crater', 'place', 'rule:place-keyword']],
    ['The show was hosted by Ricki Lake on Monday .', ['Ricki Lake', 'person', 'rule:first-name']],
    // a jail's, a station's, a dam's, a tunnel's name by its last word; a capitalised number word inside a sentence opens a name
    ['He was held at the Zorvath County Jail overnight .', ['Zorvath County Jail', 'place', 'rule:place-keyword']],
    ['Work on the Three Zorvath Dam was halted .', ['Three Zorvath Dam', 'place', 'rule:place-keyword']],
    // a company officer's or a police officer's title (roles.txt) before the name, not in it
    ['Chief Technology Officer Mira Zorvath demonstrated the model .', ['Mira Zorvath', 'person', 'rule:title-person']],
    ['Chief Constable Andy Zorvath said the officer was injured .', ['Andy Zorvath', 'person', 'rule:title-person']],
    // a prosecutor's, a coroner's title (roles.txt): 'District Attorney Fani Willis' had been a person 'Attorney Fani Willis'
    ['The jury agreed , District Attorney Mira Zorvath said .', ['Mira Zorvath', 'person', 'rule:title-person']],
    ['Zorvath County Attorney Mira Kellin said the officer was injured .', ['Mira Kellin', 'person', 'rule:title-person']],
    ['Coroner Mira Zorvath recorded a verdict of accidental death .', ['Mira Zorvath', 'person', 'rule:title-person']],
    // a pastor's title capitalised, a junta's leader
    ['The sermon was given by Pastor Zorvek Kellmo on Sunday .', ['Zorvek Kellmo', 'person', 'rule:title-person']],
    ['Junta leader Zorvek Kellmo visited the flooded areas .', ['Zorvek Kellmo', 'person', 'rule:title-person']],
    // legal forms of Vietnam, Russia, Peru and Spain, Germany and Hungary ('JSC', 'PJSC', 'SAC', 'SCA', 'KG', 'Zrt')
    ["Vietnam 's Zorvek Long Land JSC said it would build homes .", ['Zorvek Long Land JSC', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Andino SAC said it exports quinoa .', ['Zorvek Andino SAC', 'organization', 'rule:org-keyword']],
    ['Yesterday Zorvek Neft PJSC said output rose .', ['Zorvek Neft PJSC', 'organization', 'rule:org-keyword']],
    // a firm's last word coined of a trade's, or an Indonesian trade's word ('Softech', 'Sekuritas')
    ['Infosys rival Zorvek Softech said profits rose .', ['Zorvek Softech', 'organization', 'rule:org-keyword']],
    ['An analyst at Zorvek Sekuritas said the rupiah would fall .', ['Zorvek Sekuritas', 'organization', 'rule:org-keyword']],
    // one capital after an honorific: a person the story keeps anonymous
    ['Davies calls the abuser Mr B in the report .', ['B', 'person', 'rule:title-person']],
    // an Arabic or Urdu particle between hyphens inside one name
    ['Pakistan captain Zorvam-ul-Haq scored 50 .', ['Zorvam-ul-Haq', 'person', 'rule:title-person']],
    // an organisation's topic after 'on' ('Commission' alone was the institution)
    ['The nonpartisan Commission on Presidential Debates weighed in .', ['Commission on Presidential Debates', 'organization', 'rule:org-keyword']],
    // (not before a day's name: the name ends before 'on')
    ['The Zorvath Council on Monday said no .', ['Zorvath Council', 'organization', 'rule:org-keyword']],
    // a newspaper's one-word name where a paper stands: before what a paper does, after what is done to one
    // a kind of firm after a trade's word newer than wink-nlp's lexicon, no article before
    ['Alphabet agreed to buy cybersecurity firm Zorvex on Monday .', ['Zorvex', 'organization', 'rule:firm-before']],
    // a regulator, a watchdog, a record label, a platform, a charity
    ["Germany 's financial watchdog Zorvafin told reporters it had acted .", ['Zorvafin', 'organization', 'rule:firm-before']],
    ['They signed with independent label Kellmoor in June .', ['Kellmoor', 'organization', 'rule:firm-before']],
    // (a band, a common word too)
    ['Yesterday boy band Harvest beat them to the prize .', ['Harvest', 'organization', 'rule:firm-before']],
    // (an agency, an aid agency's too)
    ['Yesterday the Catholic aid agency Zorvafod hosted the speech .', ['Zorvafod', 'organization', 'rule:firm-before']],
    // (a band's 'The' opens its name inside a sentence)
    ['Yesterday punk band The Zorvak Dolls agreed to reform .', ['The Zorvak Dolls', 'organization', 'rule:firm-before']],
    // (a cause's last word in title case for the trade's: 'Human Rights group Liberty')
    ['On Monday Human Rights group Zorvelle said the law was unfair .', ['Zorvelle', 'organization', 'rule:firm-before']],
    // (after a possessive's determiner as after an article)
    ['He kept playing with his band Zorvashambles in June .', ['Zorvashambles', 'organization', 'rule:firm-before']],
    // (a duo, a trio, a quartet: a band's)
    ['Yesterday pop duo Zorvexa sold millions .', ['Zorvexa', 'organization', 'rule:firm-before']],
    ['Yesterday the jazz trio Zorvek Quimbar played .', ['Zorvek Quimbar', 'organization', 'rule:firm-before']],
    // a journal's name after 'journal' in lower case, a common word too
    ['The study was published in the journal Zorvex on Monday .', ['Zorvex', 'organization', 'rule:media-before']],
    ['The results appear in the scientific journal Nature .', ['Nature', 'organization', 'rule:media-before']],
    // (a newsletter, a website, a blog, a monthly)
    ['The Hamburg-based newsletter Zorvex World said stocks fell .', ['Zorvex World', 'organization', 'rule:media-before']],
    ['The figures came from property website Kellmoor on Monday .', ['Kellmoor', 'organization', 'rule:media-before']],
    ['The deal collapsed , the Guardian understands .', ['Guardian', 'organization', 'rule:newspaper']],
    ['He told the Telegraph that the talks had failed .', ['Telegraph', 'organization', 'rule:newspaper']],
    // an outlet after a comma and before 'reported' at the clause's end; a listed given name first is a person
    ['The talks collapsed , Zorvex reported on Friday , citing two officials .', ['Zorvex', 'organization', 'rule:outlet-reported']],
    ['The talks collapsed , Zorvex Kellibrand reports .', ['Zorvex Kellibrand', 'organization', 'rule:outlet-reported']],
    ['The talks collapsed , Mary Zorvex reported .', ['Mary Zorvex', 'person', 'rule:first-name']],
    // … and after 'the' or a place's possessive, before 'reports' or 'reported' at the clause's end or before 'that'
    ['The deal is off , the FT reports .', ['FT', 'organization', 'rule:outlet-reported']],
    ['Yesterday the Zorvex Quimbar reported that the mayor resigned .', ['Zorvex Quimbar', 'organization', 'rule:outlet-reported']],
    // a station's call letters in brackets after a dateline's one-word place, as after a longer one's
    ['ZORVATH (KQZX) -- A fire broke out on Monday .', ['KQZX', 'organization', 'rule:acronym-context']],
    // a people's noun's possessive inside an organisation's name ('Sheriff' was a surname, the run before it a person)
    ["The Zorvath County Sheriff's Office said it had no comment .", ["Zorvath County Sheriff's Office", 'organization', 'rule:org-keyword']],
    ["He joined the Zorvath Workers' Party in 1990 .", ["Zorvath Workers' Party", 'organization', 'rule:org-keyword']],
    // (a plural wink-nlp's lexicon lacks, by its singular's noun)
    ["He will appear at Zorvath Magistrates' Court on Friday .", ["Zorvath Magistrates' Court", 'organization', 'rule:org-keyword']],
    // a street's or a square's head at the front ('Rue de Rivoli' was the town 'Rivoli')
    ['Protesters marched down Rue de Zorvath on Sunday .', ['Rue de Zorvath', 'place', 'rule:place-keyword']],
    ['Crowds filled Plaza de Zorvath on Sunday .', ['Plaza de Zorvath', 'place', 'rule:place-keyword']],
    // … and a house's or a palace's ('Casa Santa Marta' had been the Colombian city)
    ['The pope lives in Casa Santa Marta inside the Vatican .', ['Casa Santa Marta', 'place', 'rule:place-keyword']],
    ['The prime minister spoke at Palazzo Zorvath on Monday .', ['Palazzo Zorvath', 'place', 'rule:place-keyword']],
    ['The president received him at the Palais Zorvath on Monday .', ['Palais Zorvath', 'place', 'rule:place-keyword']],
    // a stadium's word at the front: a ground, and 'Stade' and one name a French club, no person by the name's shape
    ['The final was played at the Estadio Zorvanco on Sunday .', ['Estadio Zorvanco', 'place', 'rule:place-keyword']],
    ['He left Stade Zorvais for the champions last season .', ['Stade Zorvais', 'organization', 'rule:club-name']],
    // … a French club's by its name's ending ('Stade Toulousain', 'Stade Rennais', 'Stade Brestois'); a ground's name of
    // one word is a place ('Stade Gerland', 'Stade Bollaert')
    ['Lyon drew with Lens at the Stade Zorvand on Sunday .', ['Stade Zorvand', 'place', 'rule:place-keyword']],
    ['He joined Stade Zorvain in the summer .', ['Stade Zorvain', 'organization', 'rule:club-name']],
    // an abbey's name by its last word ('Downton Abbey' had been the village), not a surname after a given name
    ['The monks left Zorvath Abbey in 1539 .', ['Zorvath Abbey', 'place', 'rule:place-keyword']],
    // a shoal's and an archipelago's ('Scarborough Shoal' had been a person by the shape of its two words)
    ['Vessels fired water cannon near Zorvath Shoal on Monday .', ['Zorvath Shoal', 'place', 'rule:place-keyword']],
    ['The Zorvath Archipelago is a haven for smugglers .', ['Zorvath Archipelago', 'place', 'rule:place-keyword']],
    ['Yesterday John Abbey said she was happy .', ['John Abbey', 'person', 'rule:first-name']],
    ['The Andrew Health Access Initiative denied it .', ['Andrew Health Access Initiative', 'organization', 'rule:org-keyword']],
    // 'Beach' a place's last word ('Oakwood Beach' had been a person by its surname list)
    ['The house sits in the Zorvath Beach area of the island .', ['Zorvath Beach', 'place', 'rule:place-keyword']],
    // a college's or a university's name ending with its town ('London' alone had been the place)
    ['Researchers at Zorvex College London agreed .', ['Zorvex College London', 'organization', 'rule:org-keyword']],
    // (after a title's possessive too)
    ["She studied at King's College Zorvale .", ["King's College Zorvale", 'organization', 'rule:org-keyword']],
    // a title inside a run splits it: the organisation before, the titled person after
    ['Yesterday Zorvek CEO Stephen Frater told reporters .', ['Stephen Frater', 'person', 'rule:title-person']],
    ['The House Speaker Paul Ryan spoke .', ['Paul Ryan', 'person', 'rule:title-person']],
    // a title before a name of two common words ('dick', 'spring')
    ['Talks with Foreign Minister Dick Spring ended .', ['Dick Spring', 'person', 'rule:title-person']],
    // particles inside a name
    ['Spanish Farm Minister Loyola de Palacio spoke .', ['Loyola de Palacio', 'person', 'rule:title-person']],
    ['Museum director Laurence des Zorvats spoke .', ['Laurence des Zorvats', 'person', 'rule:title-person']],
    ['The goal came from Andrew van der Zorvek on Friday .', ['Andrew van der Zorvek', 'person', 'rule:first-name']],
    // an acronym that speaks, owns, is 'the ...' or stands in parentheses
    ['Yesterday ZQK said the talks failed .', ['ZQK', 'organization', 'rule:acronym-context']],
    ['Talks with the QPUK ended .', ['QPUK', 'organization', 'rule:acronym-context']],
    ["Yesterday ZQK 's fighters left .", ['ZQK', 'organization', 'rule:acronym-context']],
    ['The rebels ( ZPF ) left .', ['ZPF', 'organization', 'rule:acronym-context']],
    // (after a body's kind in lower case too)
    ['Yesterday the Dutch football federation ( QKNB ) spoke .', ['QKNB', 'organization', 'rule:acronym-context']],
    // (and after a pronoun, no term's word)
    ['Someone will come in , or they ( QMTS ) will have to pay .', ['QMTS', 'organization', 'rule:acronym-context']],
    // a title word that opens an organisation's name is no title
    ['The General Assembly voted .', ['General Assembly', 'organization', 'rule:org-keyword']],
    ['He lay in the King Zorvek Hospital for a week .', ['King Zorvek Hospital', 'organization', 'rule:org-keyword']],
    // a common word of no name list and a name that speak: a firm ('Time Warner said')
    ['Yesterday Time Zorvek said the talks failed .', ['Time Zorvek', 'organization', 'rule:org-context']],
    // but a surname's particle, an honorific or a given name before the name: a person
    ['Yesterday Du Zorvek said the talks failed .', ['Du Zorvek', 'person', 'rule:person-context']],
    ['Yesterday Mr Zorvek said the talks failed .', ['Zorvek', 'person', 'rule:title-person']],
    // a word of two capitalised parts: a firm's coinage
    ['Shares of ZorvCorp rose .', ['ZorvCorp', 'organization', 'rule:camel-case']],
    // ... or a word and an acronym run together
    ['Shares of ZorvAI rose .', ['ZorvAI', 'organization', 'rule:camel-case']],
    // British style titles without a full stop
    ['Yesterday Gen Zorvek said the talks failed .', ['Zorvek', 'person', 'rule:title-person']],
    // one unknown word that says what 'it' did is a firm; not when 'it' opens a reported clause of anyone's
    ['Yesterday Zorvexa said it bought a plant .', ['Zorvexa', 'organization', 'rule:said-it']],
    // (a day between, as a wire writes it)
    ['Yesterday Zorvexa said on Monday that it bought a plant .', ['Zorvexa', 'organization', 'rule:said-it']],
    // one that 'who' and a verb in the singular follow is a person
    ['Yesterday Lundqvar , who founded the firm in 1990 , left .', ['Lundqvar', 'person', 'rule:said-he']],
    // ... or what befalls a person only
    ['Officials said Lundqvar died on Monday .', ['Lundqvar', 'person', 'rule:said-he']],
    ['Yesterday Lundqvar told reporters on Monday that he would resign .', ['Lundqvar', 'person', 'rule:said-he']],
    ['" We will win , " Lundqvar told reporters after the meeting .', ['Lundqvar', 'person', 'rule:said-he']],
    ['In 2010 Lundqvar was elected president .', ['Lundqvar', 'person', 'rule:said-he']],
    // two unknown words are a person unless the document types them otherwise
    ['The prize went to Zarvo Quimbly on Sunday .', ['Zarvo Quimbly', 'person', 'rule:name-shape']],
    ['Shells hit the Zarvo Quimbly district . Later Zarvo Quimbly was calm .', ['Zarvo Quimbly', 'place', 'rule:document-consistency']],
  ])('%s', (body, expected) => {
    expect(names(TITLE + body)).toContainEqual(expected);
  });

  it("takes a sentence's first word that is a kind of firm off the firm's name after it, which it types", () => {
    expect(names(TITLE + 'Drugmaker Zorvex Kellmo said sales rose .')).toContainEqual(['Zorvex Kellmo', 'organization', 'rule:firm-before']);
    expect(names(TITLE + 'Refiner Highland Zorvex said it regretted the limit .')).toContainEqual(['Highland Zorvex', 'organization', 'rule:firm-before']);
    // (not a word a person is called too)
    expect(names(TITLE + 'Broadcaster Chris Zorvans has begun selling his possessions .').map(([t, type]) => [t, type])).toContainEqual(['Chris Zorvans', 'person']);
    expect(names(TITLE + 'Miner Mario Zorvez was the first to be rescued .').map(([t, type]) => [t, type])).toContainEqual(['Mario Zorvez', 'person']);
    expect(names(TITLE + 'Miner Zorvek Tinto said shipments rose .')).toContainEqual(['Zorvek Tinto', 'organization', 'rule:firm-before']);
    // (nor before a common word's plural, a name's that the kind opens)
    expect(names(TITLE + 'Airline Pilots Association president Zorvek Kellmo said the strike would go ahead .').map(([t]) => t)).toContain('Airline Pilots Association');
    // (nor before a listed given name)
    expect(names(TITLE + 'Insurer Mario Zorvez was the first to be rescued .').map(([t, type]) => [t, type])).toContainEqual(['Mario Zorvez', 'person']);
  });

  it("takes no place of an unknown name before 'Ocean': a firm's as often ('Hanwha Ocean'), the oceans are the gazetteer's", () => {
    expect(names(TITLE + 'Yesterday Zorvell Ocean won an order for ten tankers .').filter(([, type]) => type === 'place')).toEqual([]);
  });

  it("joins an office's name across 'of', up to a person's name after it, not into a people's adjective before a noun", () => {
    expect(names(TITLE + 'The storm killed 12 people , the Office of Civil Defense said on Monday .')).toContainEqual(['Office of Civil Defense', 'organization', 'rule:org-keyword']);
    const shaub = names(TITLE + 'He succeeded Director of the Office of Government Ethics Walter Zorvek on Monday .').map(([t, type]) => [t, type]);
    expect(shaub).toContainEqual(['Office of Government Ethics', 'organization']);
    expect(shaub).toContainEqual(['Walter Zorvek', 'person']);
    // (a title between them stays the run's, which step 4 splits)
    expect(names(TITLE + 'Yesterday Bank of Zorvia Governor Walter Zorvek said rates would rise .').map(([t, type]) => [t, type])).toContainEqual(['Walter Zorvek', 'person']);
    expect(shippedNames(TITLE + 'The Central Issuing Office of the Swiss cantonal banks said it would sell bonds .').map(([t]) => t)).not.toContain('Central Issuing Office of the Swiss');
    // (a people's plural is a name's; a saint's name and a name before an organisation's word stay the body's; an office
    // of its own name takes no 'of')
    expect(shippedNames(TITLE + 'The Council of Canadians said the deal was a betrayal .').map(([t]) => t)).toContain('Council of Canadians');
    expect(names(TITLE + 'The wedding was held at the Church of St Mary Zorvalene on Monday .').map(([t]) => t)).toContain('Church of St Mary Zorvalene');
    expect(names(TITLE + 'He is a fellow at the University of Zorvia Martin School now .').map(([t]) => t)).toContain('University of Zorvia Martin School');
    expect(names(TITLE + 'The president spoke from the Oval Office of the Zorvek Palace on Tuesday .').map(([t]) => t)).not.toContain('Oval Office of the Zorvek Palace');
  });

  it("ends a title's portfolio after a place's name of two words in it, the person's name after it", () => {
    expect(names(TITLE + 'The Governor of New York Zorvek Kellmo said the case was closed .')).toContainEqual(['Zorvek Kellmo', 'person', 'rule:title-person']);
    expect(shippedNames(TITLE + 'The U.S. Attorney for the Southern District of New York Zorvek Kellmo said the case was closed .')).toContainEqual(['Zorvek Kellmo', 'person', 'rule:title-person']);
  });

  it("takes no person's name ending in 'State': a university's ('graduated from Wayne State')", () => {
    expect(names(TITLE + 'Yesterday Bell graduated from Wayne State in 2010 .').filter(([t, type]) => t === 'Wayne State' && type === 'person')).toEqual([]);
  });

  it("takes a name after a settlement's word and 'of' for a place, whatever shape it has", () => {
    expect(names(TITLE + 'Flooding hit the town of Zorvek Ridge on Sunday .')).toContainEqual(['Zorvek Ridge', 'place', 'rule:place-cue']);
    expect(names(TITLE + 'He was born in the village of Mario del Zorvo in 1950 .')).toContainEqual(['Mario del Zorvo', 'place', 'rule:place-cue']);
    // (not before its possessive, nor after a title)
    expect(names(TITLE + "They met in the city of John Zorvek 's birth .").map(([t, type]) => [t, type])).not.toContainEqual(['John Zorvek', 'place']);
    // (nor a person's name with a suffix: a county named after a judge)
    expect(names(TITLE + 'The county of John Zorvek Jr. was named after the judge .').filter(([, type]) => type === 'place')).toEqual([]);
  });

  it('takes no band after a duo or a trio where its members follow', () => {
    expect(names(TITLE + 'Yesterday the duo Zorvek and Quimbar won the doubles .').filter(([, , src]) => src === 'rule:firm-before')).toEqual([]);
    expect(names(TITLE + 'Yesterday the trio Zorvek , Quimbar and Kellmo won .').filter(([, , src]) => src === 'rule:firm-before')).toEqual([]);
    // (nor before a listed given name, nor after the kind capitalised)
    expect(names(TITLE + 'Yesterday the duo Mary Zorvek toured .').filter(([, , src]) => src === 'rule:firm-before')).toEqual([]);
  });

  it('takes no body after a platform that is a structure, a rig', () => {
    expect(names(TITLE + 'Yesterday the streaming platform Zorvex Horizon said it grew .')).toContainEqual(['Zorvex Horizon', 'organization', 'rule:firm-before']);
    expect(names(TITLE + 'Yesterday the drilling platform Zorvex Horizon was shut .').filter(([, , src]) => src === 'rule:firm-before')).toEqual([]);
    expect(names(TITLE + 'Yesterday an offshore platform Zorvex Horizon was shut .').filter(([, , src]) => src === 'rule:firm-before')).toEqual([]);
    // (a video production platform is a body)
    expect(names(TITLE + 'Yesterday the video production platform Zorvex raised money .')).toContainEqual(['Zorvex', 'organization', 'rule:firm-before']);
  });

  it.each([
    // [body, surfaces that must not be typed names]
    ['The talks ended on Sunday in Dec .', ['The', 'Sunday', 'Dec']], // sentence openers, weekdays, months
    ['According to the report , the Kremlin-backed group left .', ['According', 'Kremlin-backed']], // sentence-initial word, '-backed' adjective
    ['| Home | News | Sport | Weather |', ['Home', 'News', 'Sport']], // not prose
    ['Sales of the set grew in HDTV and in QXR alike .', ['HDTV', 'QXR']], // an acronym after 'in' is no evidence of a place
    ['Few people in Parliament agreed .', ['Parliament']], // nor an organisation word alone (no place)
    ['Shr 34 cts vs 1.19 dlrs', ['Shr']], // a number with a unit after a word is an amount, no score line
    ['At a mere 20 pounds , Metal Zorvek 3 is as cheap as they come .', ['Metal Zorvek']], // a number before a verb is a sequel's or a model's
    ['Zorvexa 5 released a new album and toured the country .', ['Zorvexa']], // a name and a number in prose, no sports report: a band's
    ['The Plaza Accord was signed in 1985 .', ['Plaza Accord']], // a plan's name, no square ('Plaza' opens streets' names)
    ['Tools capture shaders , textures , Zorvek states and pixels .', ['Zorvek']], // a list of common nouns before a plural place word
    ['Ministers of the Baltic and Nordic states met .', ['Baltic', 'Nordic']], // adjectives before a plural place word (`adjectival`: '-ic')
    ['Gen Z protesters organised online , and Gen X voters stayed home .', ['Z', 'X']], // a generation, no general
    ['The Sun rose over the city , and the Star of the show sang .', ['Sun', 'Star']], // no paper's context
    ['Qualifier vs. Zorvath Quimble ( Kenya )', ['Qualifier']], // a draw's own word before 'vs.': no team
    ['Group 4', ['Group']], // a table's
    ['View the Full Gallery and the Image Gallery of photos .', ['Full Gallery', 'Image Gallery']], // a web page's photo galleries
    // 'on' before a day, a name that is no common word, or after an event's word: no topic of the name
    ['The Zorvath Council on Monday said no , and the Zorvath Committee on Russia met .', ['Zorvath Council on Monday', 'Zorvath Committee on Russia']],
    ['Delegates left the Zorvath Conference on Disarmament early .', ['Zorvath Conference on Disarmament']],
    ['Brad Zorvath , CTO QZXI , said so .', ['QZXI']], // an officer's acronym before a firm's: its firm, no person
    ['Reporters met at the press centre of Zorvex \'s convention headquarters .', ['Zorvex']], // a place's word before a possessive: no place's
    ['Critics chose the Best Business Books of the year .', ['Best Business Books']], // a firm's last word after common words only
    ['Then Riot police came , and ZQPD police left .', ['Riot', 'ZQPD']], // 'police' after a common word or an acronym: no town's
    ['Zorvex , who were shortlisted , won . Groening , creator of Lundqvar , who also received a prize , spoke .', ['Zorvex', 'Lundqvar']], // 'who' and a plural verb; after 'of'
    ['The Sheikh-ul-Zorvath of the city spoke .', ['-ul-Zorvath', 'Sheikh-ul-Zorvath']], // a title's word before the particle: an office
    ['Three Zorvath voters said no , and Banc One Zorvek Corp rose .', ['Three Zorvath', 'One Zorvek Corp']], // a sentence's first word; 'One', a firm's word
    ["Yesterday Zorvek 's Justice Department and Apple 's Board met .", ["Zorvek 's Justice Department", "Apple 's Board"]], // a name's possessive, no people's noun
    // a title before one common word, or before an organisation's word, is no titled person
    ['Yesterday the General Staff met .', ['Staff', 'General Staff']],
    ['Yesterday shares of Private Eye fell .', ['Eye', 'Private Eye']],
    ['Yesterday he played Major League Baseball .', ['League Baseball', 'Major League Baseball', 'League']],
    ['Talks ended , trade union Secretary General and member Zorvek said .', ['General', 'Secretary General']],
    // no acronym rule for two letters, a Roman numeral, a first name in capitals, or an acronym without the context
    ['Yesterday QZ said and the III said and EMILY said .', ['QZ', 'III', 'EMILY']],
    ['Yesterday ZQK rose 3 percent .', ['ZQK']],
    ['Yesterday the GDP figure rose and HIV is spreading .', ['GDP', 'HIV']], // acronyms that name no organisation
    // no firm from a surname with a particle or a prefix written as one word, from abbreviations run together, nor an event
    ['Yesterday McZorvath , DiZorvath and LaZorvek left .', ['McZorvath', 'DiZorvath', 'LaZorvek']],
    ['The NovDec contract and the FinMin left , as did the SuperCup .', ['NovDec', 'FinMin', 'SuperCup']],
    ['Yesterday BridgeGate and AndrewZorvek spread .', ['BridgeGate', 'AndrewZorvek']],
    ['Yesterday Zorvexa said it was a mistake .', ['Zorvexa']],
    // no firm from a common word before a common word or a place
    ['Yesterday Trade Representative said the talks failed .', ['Trade Representative']],
    // no place from a common word after a preposition in a title-case line, inside a name across the preposition, before
    // a number, nor from a common word's plural
    ["Witness One Woman 's Descent Into Madness as Her Coworkers Steal", ['Madness']],
    ['Game review : Into Madness', ['Madness']],
    ['Yesterday BlackBerry maker Research in Motion said the talks failed .', ['Motion']],
    ['He ran for 140 yards in Week 5 against them .', ['Week']],
    ['He was seen in Brothels and in Carnivals .', ['Brothels', 'Carnivals']],
    ['It raised money in Series A funding from people in C and in Q .', ['Series', 'C', 'Q']],
    ['K 1600 GT sold well', ['K']],
    // no score line from a year, nor from a common word numbered before a colon or a lower-case word (a label)
    ['Halloween 2012 : Readers pictures', ['Halloween']],
    ['Tier 1 includes the seats .', ['Tier']],
    ['Episode 3 : Born to run', ['Episode']],
    // no person from a surname after an acronym or an organisation compromise knows (a product, a logo)
    ['Yesterday the ZQX Smith logo was shown and Google Smith closed .', ['ZQX Smith', 'Google Smith']],
    // nor from an acronym last ('Local SEO'), nor is a computing term an organisation ('the CPU')
    ['Yesterday Practical SEO said the CPU and the HTML failed .', ['Practical SEO', 'CPU', 'HTML']],
    // no broadcaster of a name that is no acronym after 'national television' (a clause's subject)
    ['On national television Zorvath spoke on Monday .', ['Zorvath']],
    // no organisation of a term's short form in brackets after a word in lower case
    ['The ban followed a case of mad cow disease ( QBSX ) in the herd .', ['QBSX']],
    // no firm after 'the label' alone (a blog's tag), as none after 'a giant'
    ['Find more recipes by using the label Zorvath Quell or the index .', ['Zorvath Quell', 'Zorvath']],
    // no firm of a legal form alone after a kind ('Jacobs Engineering group Inc said')
    ['Yesterday Zorvek Engineering group Inc said shareholders agreed .', ['Inc']],
    // no person of a craft's or a mission's name, a given name first ('the Athena IV mission')
    ['Yesterday the agency said its Athena Zorvek mission would be late .', ['Athena Zorvek']],
  ])('%s', (body, surfaces) => {
    const typed = names(TITLE + body).filter(([, t]) => t !== null).map(([s]) => s);
    for (const s of surfaces) expect(typed).not.toContain(s);
  });
});

describe('findNames: a nickname in quotes', () => {
  it('joins a given name, the nickname and the surname into one person, whom the surname alone names after', () => {
    expect(mentionSources('Boxing legend Roberto " Hands of Stone " Duran climbs into the ring on Saturday. Duran, 45, said he was not retiring.' + PROSE)).toEqual(
      expect.arrayContaining([
        ['Roberto " Hands of Stone " Duran', 'person', 'rule:nickname'],
        ['Duran', 'person', 'coreference'],
      ]),
    );
  });
  it('also when the given name opens the sentence', () => {
    expect(mentionSources('Hector "Macho" Camacho won the fight on Saturday. Camacho said he would fight again.' + PROSE)).toEqual(
      expect.arrayContaining([
        ['Hector "Macho" Camacho', 'person', 'rule:nickname'],
        ['Camacho', 'person', 'coreference'],
      ]),
    );
  });
  it.each([
    // not after a word that is no given name, nor before a lower-case word
    'The album " Abbey Road " Beatles fans love was reissued on Monday .',
    'Then Roberto " said no " to the offer and left the meeting early .',
  ])('%s: no nickname', (body) => expect(names(TITLE + body).filter(([, , src]) => src === 'rule:nickname')).toEqual([]));
});

describe("findNames: a poll's or a survey's maker", () => {
  it.each([
    ['A new Zorvex poll shows the senator ahead .', 'Zorvex'],
    ['According to a Zorvex Quimbar survey , most adults drink coffee .', 'Zorvex Quimbar'],
    ["Sunday 's Zorvex survey of 2,000 adults found the same .", 'Zorvex'],
    // (a partner's name after or before a slash: both)
    ['The latest Quimbar / Zorvex poll has him at 40 percent .', 'Quimbar'],
    ['The latest Quimbar / Zorvex poll has him at 40 percent .', 'Zorvex'],
  ])('%s: %s', (body, name) => expect(names(TITLE + body)).toContainEqual([name, 'organization', 'rule:poll-maker']));

  it.each([
    // a compound's modifier, a politician's: 'poll numbers', 'poll lead'
    ['The Zorvek poll numbers fell sharply .', 'Zorvek'],
    ['Yesterday the Zorvek poll lead shrank .', 'Zorvek'],
    // a listed given name first, a month, a feast, common words only, an adjective, an acronym of no body
    ['The Mary Zorvek poll found the same .', 'Mary Zorvek'],
    ['The December survey found that prices rose .', 'December'],
    ['A Christmas poll of shoppers found the same .', 'Christmas'],
    ['An Easter survey of shoppers found the same .', 'Easter'],
    ['The Morning Consult poll found that voters were split .', 'Morning Consult'],
    ['A Democratic poll found the same .', 'Democratic'],
    ['A Pan-European survey found the same .', 'Pan-European'],
    ['The PMI survey is due on Monday .', 'PMI'],
    // no article nor possessive before it: the verb's
    ['Residents of Zorvex survey the damage .', 'Zorvex'],
    // a topic the story writes before other nouns: what the poll asked about
    ['Zorvid cases rose . A Zorvid survey of nurses found the same .', 'Zorvid'],
  ])('%s: no maker %s', (body, name) => expect(names(TITLE + body).filter(([t, , src]) => t === name && src === 'rule:poll-maker')).toEqual([]));

  it("leaves a gazetteer's place of the name a place, and a surname of a person named in full to the person", () => {
    expect(shippedNames(TITLE + 'A Florida poll showed the race tied .').map(([t, type]) => [t, type])).toContainEqual(['Florida', 'place']);
    // (and a gazetteer's name inside the run its own)
    expect(shippedNames(TITLE + 'A NEW CNN poll has him ahead .').filter(([, , src]) => src === 'rule:poll-maker')).toEqual([]);
    expect(names(`${TITLE}Andrew Quimblor spoke on Monday .\nLater a Quimblor poll found him ahead .`)).toContainEqual(['Quimblor', 'person', 'rule:document-person']);
  });
});

describe("findNames: a source after 'according to'", () => {
  it.each([
    ['According to Zorvex , sales fell .', 'Zorvex'],
    ['Sales fell 4 percent , according to Zorvexa .', 'Zorvexa'],
    // (a name of several words with a common word, a firm's)
    ['According to Zorvex Relations , sales fell .', 'Zorvex Relations'],
  ])('%s: %s', (body, name) => expect(names(TITLE + body)).toContainEqual([name, 'organization', 'rule:according-to']));

  it.each([
    // not before more of the clause: a person's title, a possessive, a noun
    ['According to Zorvex analyst Ann Kellmoor , sales are weak .', 'Zorvex'],
    // a given name, a surname of compromise's list, common words only, an adjective, an acronym of no body
    ['According to Andrew , the talks failed .', 'Andrew'],
    ['According to Chen , the talks failed .', 'Chen'],
    ['According to Scripture , the world was made in six days .', 'Scripture'],
    ['According to Pan-Zorvexic , the talks failed .', 'Pan-Zorvexic'],
    ['According to PMI , output rose .', 'PMI'],
    // a particle, or unknown words only: a person's name
    ['According to Van Zorvek , the talks failed .', 'Van Zorvek'],
    ['According to Zorvek Kellin Quimbar , the talks failed .', 'Zorvek Kellin Quimbar'],
    // a statistic's acronym after the name, no common word of the name's
    ['He is the second best according to Zorvex WAR , so none of it matters .', 'Zorvex WAR'],
    // 'According' of a title inside the sentence
    ['She will star in the sitcom The World According to Zorvexa , penned by him .', 'Zorvexa'],
  ])('%s: no source %s', (body, name) => expect(names(TITLE + body).filter(([t, , src]) => t === name && src === 'rule:according-to')).toEqual([]));

  it("leaves a gazetteer's place and a name inside the run their own, and a surname of a person named in full to the person", () => {
    expect(shippedNames(TITLE + 'According to Kenya , 40 people died .').map(([t, type]) => [t, type])).toContainEqual(['Kenya', 'place']);
    expect(shippedNames(TITLE + 'According to Google Trends , searches rose .').filter(([, , src]) => src === 'rule:according-to')).toEqual([]);
    expect(names(`${TITLE}Andrew Quimblor spoke on Monday .\nAccording to Quimblor , the car is safe .`)).toContainEqual(['Quimblor', 'person', 'rule:document-person']);
    // (a place after the comma opens the next clause: no 'Houston, Texas')
    expect(shippedNames(`${TITLE}Andrew Quimblor spoke on Monday .\nAccording to Quimblor , Colombia will grow .`)).toContainEqual(['Quimblor', 'person', 'rule:document-person']);
  });
});

describe("findNames: an outlet after 'the' or a place's possessive that reports", () => {
  it('takes a common word after a place\'s possessive, not after a broadcaster\'s nor a surname', () => {
    expect(shippedNames(TITLE + "Yesterday the UK 's Express reports that the minister resigned .")).toContainEqual(['Express', 'organization', 'rule:outlet-reported']);
    expect(shippedNames(TITLE + "Yesterday Zorvex 's Express reports that the minister resigned .").filter(([, , src]) => src === 'rule:outlet-reported')).toEqual([]);
    expect(shippedNames(TITLE + "Yesterday Kenya 's Kipchoge reported that he was fine .").filter(([, , src]) => src === 'rule:outlet-reported')).toEqual([]);
  });
  it.each([
    // common words only after 'the', an adjective; a given name first; 'reports' a noun
    'Yesterday the Ministry reported that 40 people died .',
    'Yesterday the Pan-Zorvexic reported that output fell .',
    'Yesterday the Andrew Zorvek reported that output fell .',
    'Yesterday the Zorvex reports portend gains .',
  ])('%s: no outlet', (body) => expect(names(TITLE + body).filter(([, , src]) => src === 'rule:outlet-reported')).toEqual([]));
});

describe('findNames: stakes and shares', () => {
  it('makes no firm of a name before the verb shares, a number, nor of a given name, a country or a possessive', () => {
    const found = names(`${TITLE}In this talk Zorvath shares her experience .\nAvg shares 12.3 mln\nLater Andrew shares fell and Kenya shares rose .\nThe value of Zorvexa's stock rose .`);
    expect(found.filter(([, , src]) => src === 'rule:stake-in')).toEqual([]);
  });

  it('leaves the surname of a person named in full to the person', () => {
    expect(names(`${TITLE}Andrew Quimblor spoke on Monday .\nLater Quimblor shares fell .`)).toContainEqual(['Quimblor', 'person', 'rule:document-person']);
  });

  it('makes no place of a film or a show after appearing or a role in it', () => {
    const found = names(`${TITLE}He appeared in Zorvexa and had a role in Quimblor .`);
    expect(found.filter(([, t]) => t === 'place')).toEqual([]);
  });

  it('makes no firm of a common word after an interest or an investment', () => {
    const found = names(`${TITLE}She has an interest in Physics and investments in Property .`);
    for (const w of ['Physics', 'Property']) expect(found.filter(([s, t]) => s === w && t === 'organization')).toEqual([]);
  });
});

describe('findNames: no person ends in a nationality (surname morphology: -ian)', () => {
  it.each(['Yesterday the West Indian team left .', 'Yesterday Total Canadian shares rose .'])('%s', (body) => {
    expect(names(TITLE + body).filter(([, t]) => t === 'person')).toEqual([]);
  });
});

describe('findNames: the longer list of given names', () => {
  // 'Zorvath' stands for a word of lexicons/first-names.txt that compromise does not list as a first name
  const lexicons = { ...res.lexicons, givenNames: new Set(['zorvath']) };
  const typed = (text: string) => {
    const doc = split(TITLE + text);
    return findNames(doc, lexicons, matchGazetteers(doc, res.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type, c.source]);
  };

  it('makes a person of a name it starts', () => {
    expect(typed('Talks were led by Zorvath Smithers of the delegation .')).toContainEqual(['Zorvath Smithers', 'person', 'rule:first-name']);
  });

  it('does not keep a score line from naming a team (towns are given names too: Houston, Sydney, Lincoln)', () => {
    expect(typed('Zorvath 1 Wycombe 0')).toContainEqual(['Zorvath', 'organization', 'rule:score-line']);
  });
});

describe("findNames: an acronym the document never defines, an organisation's initials", () => {
  const ids = (text: string) => runDoc(text).mentions.filter((m) => m.text === m.text.toUpperCase()).map((m) => [m.text, m.entityId, m.source]);

  it('is the organisation the document names in full with them, a legal form written as a word giving a letter too', () => {
    // (the part after a hyphen gives a letter)
    expect(ids('The Zorvabad-Kellmoor Trade Association said on Monday it would cut jobs. The deal allows ZKTA to simplify operations.')).toEqual([
      ['ZKTA', 'organization:zorvabad-kellmoor-trade-association', 'rule:acronym-of-name'],
    ]);
    expect(ids('Zorvabad Mining Corporation said on Monday it would cut jobs. The deal allows ZMC to simplify operations.').map(([t, id]) => [t, id])).toEqual([['ZMC', 'organization:zorvabad-mining']]);
  });

  it('of two letters only where the document has it speak or own', () => {
    expect(ids('Kellmoor Motors said on Monday it would cut jobs. Later KM said it would hire.')).toEqual([['KM', 'organization:kellmoor-motors', 'rule:acronym-of-name']]);
    expect(ids('Kellmoor Motors said on Monday it would cut jobs. Guests came from NY, KM, DC and TX.').map(([t]) => t)).not.toContain('KM');
    // (nor an office's or a trade's acronym, which speaks too; nor a legal form's abbreviation a letter)
    expect(ids('The Mellor Party said on Monday it would campaign. The MP said she had received threats.').map(([t]) => t)).not.toContain('MP');
    expect(ids('Zorvex Corp said sales doubled. The ZC said it would hire.').map(([t]) => t)).not.toContain('ZC');
    expect(ids('Quimbar Zorvex Industry Corp said sales doubled. Later QZIC said it would hire.').map(([t, id]) => [t, id])).toEqual([['QZIC', 'organization:quimbar-zorvex-industry']]);
  });

  it("of initials joined by '&', the organisation of two parts joined by '&' or 'and'", () => {
    expect(ids('Zorvex & Quandell Ltd said sales rose on Monday. Later Z&Q said it would hire 200 staff.').map(([t, id]) => [t, id])).toEqual([['Z&Q', 'organization:zorvex-quandell']]);
    expect(ids('Zorvex and Quandell Ltd said sales rose on Monday. Later Z&Q said it would hire 200 staff.').map(([t, id]) => [t, id])).toEqual([['Z&Q', 'organization:zorvex-and-quandell']]);
    // (the second part's first initial, its firm's word after it none: 'Zorvex & Quandell Holdings')
    expect(ids('Zorvex & Quandell Holdings said sales rose on Monday. Later Z&Q said it would hire 200 staff.').map(([t, id]) => [t, id])).toEqual([['Z&Q', 'organization:zorvex-quandell-holdings']]);
    // (no such name, no organisation: 'R&D', 'Q&A')
    expect(ids('Zorvex & Quandell Ltd said its R&D budget grew. A Q&A session followed.').map(([t]) => t)).toEqual([]);
  });
});

describe("findNames: an acronym the document never defines, a place's initials", () => {
  const places = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'place').map((m) => [m.text, m.entityId]);

  it('is the town, region or country the document names in two words or more', () => {
    expect(places('He moved to San Diego in 2001. Every time I show up in SD, it rains.')).toEqual([
      ['San Diego', 'geonames:5391811'],
      ['SD', 'geonames:5391811'],
    ]);
    expect(places('The New Jersey police said the NJ bombings were linked.')).toEqual([
      ['New Jersey', 'iso:US-NJ'],
      ['NJ', 'iso:US-NJ'],
    ]);
  });

  it("nor an abbreviation seldom a place's, a bill's number, or an organisation's initials the document names", () => {
    expect(places('The mayor of Cape Town was given a CT scan on Monday.').map(([t]) => t)).not.toContain('CT');
    expect(places('Lawmakers in Santa Barbara debated SB 1070 on Monday.').map(([t]) => t)).not.toContain('SB');
    expect(places('Sundial Dynamics Inc opened a plant in San Diego, and the SD plant will hire.').map(([t]) => t)).not.toContain('SD');
  });

  it("not where two places have them, nor a word's abbreviation, a ticker's exchange or a currency", () => {
    expect(places('South Africa and South Australia signed a deal. SA officials said it was good.').map(([t]) => t)).not.toContain('SA');
    expect(places('Shoppers in The Village waited on Monday. The TV crews filmed them.').map(([t]) => t)).not.toContain('TV');
    expect(places('Hong Kong Electric <HKEH.HK> rose. HK shares fell, and HK$ 40 mln changed hands.').map(([t]) => t)).not.toContain('HK');
  });
});

describe("findNames: a law case's parties across 'v' are no teams", () => {
  const types = (text: string) => mentionSources(text).filter(([, , source]) => source === 'rule:score-line' || source === 'rule:firm-context');

  it("by the Crown ('R', as British courts name criminal cases) or a court's word in the sentence", () => {
    expect(types('In R v Quimbar, the judge criticised the bank. Quimbar had denied fraud.' + PROSE)).toEqual([]);
    expect(types('R v Quimbar continues at Southwark on Monday.' + PROSE)).toEqual([]);
    expect(types('In Zorvek v Kellmoor Borough Council, the court ruled for the claimant.' + PROSE)).toEqual([]);
    // (a fixture stays a fixture, a sports report's appeal and ruling no court's)
    expect(types('Zorvanby v Kellmoor was abandoned after the referee\'s ruling, and the club lost its appeal.' + PROSE).map(([t]) => t)).toEqual(['Zorvanby', 'Kellmoor']);
    expect(types('Zorvanby v Kellmoor kicks off at 3pm on Saturday.' + PROSE).map(([t]) => t)).toEqual(['Zorvanby', 'Kellmoor']);
  });

  it("takes names across 'vs.' for teams in a sports report or a fixtures line only, not a comparison's in prose", () => {
    expect(types('Zorvanby vs Kellmoor: the cast of the show.' + PROSE)).toEqual([]);
    expect(types('An in-depth view on Zorvanby vs. Kellmoor Holdings for savers.' + PROSE)).toEqual([]);
    expect(types('Zorvanby vs. Kellmoor\n' + PROSE)).toEqual([]);
    expect(types('May 20 vs. Zorvanby\n' + PROSE).map(([t]) => t)).toEqual(['Zorvanby']);
    expect(types('Zorvanby vs. Kellmoor kicks off at 3pm. The striker scored twice in the league match.').map(([t]) => t)).toEqual(['Zorvanby', 'Kellmoor']);
  });

  it("takes no clause after a comma for a firm's apposition ('Quimbar, the judge criticised the bank')", () => {
    expect(mentionSources('Jurors heard about Quimbar, the judge criticised the bank.' + PROSE).filter(([t]) => t === 'Quimbar').map(([, type]) => type)).not.toContain('organization');
    expect(mentionSources('Shares of Zorvex rose. Quimbar, a small software maker, fell.' + PROSE)).toContainEqual(['Quimbar', 'organization', 'rule:firm-context']);
  });

  it("takes four words before the kind of firm, and a platform, an app, a fintech, no producer or provider ('Lumora, a San Francisco-based artificial intelligence startup,')", () => {
    const firms = (text: string) => mentionSources(text + PROSE).filter(([, , source]) => source === 'rule:firm-context').map(([t]) => t);
    expect(firms('Lumora, a New York-based artificial intelligence startup, said it raised money. Zahlwerk, a Berlin-based fintech, grew. Quimbar, a ride-hailing app, expanded.')).toEqual(['Lumora', 'Zahlwerk', 'Quimbar']);
    expect(firms('Kellmoor, a film producer, died on Monday. Quimbar, a home health care provider in Ohio, was charged.')).toEqual([]);
  });
});

describe('findNames: document-level consistency', () => {
  it('a name typed once keeps its type in the document', () => {
    const found = names(`${TITLE}Shells hit the Zardab district .\nLater Zardab was quiet .`);
    expect(found.filter(([s]) => s === 'Zardab').map(([, t, src]) => [t, src])).toEqual([
      ['place', 'rule:place-cue'],
      ['place', 'rule:document-consistency'],
    ]);
  });

  it('a lone surname of a person named in full is that person (beating a gazetteer place of that name)', () => {
    const found = names(`${TITLE}Yesterday soldier Elmir Ganbarov was killed .\nLater Ganbarov was buried .`);
    expect(found).toContainEqual(['Ganbarov', 'person', 'rule:document-person']);
  });

  it('ALL-CAPS headline words are not names unless the body names them', () => {
    const found = names('ZARDAB SHELLED AS TALKS STALL\nShells hit the Zardab district overnight .');
    expect(found).toContainEqual(['ZARDAB', 'place', 'rule:headline-borrow']);
    expect(found.map(([s]) => s)).not.toContain('SHELLED');
    expect(found.map(([s]) => s)).not.toContain('TALKS');
  });

  it("names a rule's firm of several words by its name before the legal form, not a person's ('Morgan Tallis' of 'Morgan Tallis & Co')", () => {
    const text = 'The regulator fined Morgan Kellwynn & Co 3 million pounds for failing to report trades. Morgan Kellwynn said it had cooperated fully.' + PROSE;
    expect(mentionSources(text).filter(([t]) => t.startsWith('Morgan'))).toEqual([
      ['Morgan Kellwynn & Co', 'organization', 'rule:org-keyword'],
      ['Morgan Kellwynn', 'organization', 'coreference'],
    ]);
  });

  it("names a firm by its name before its line of business, a common word too inside a sentence or before what a firm does ('Halcyon' of 'Halcyon Records')", () => {
    const halcyon = 'Singer Ana Zorvell signed with Halcyon Records on Tuesday. Halcyon chief executive Tom Hale called her a great voice. The deal gives Halcyon three albums.' + PROSE;
    expect(mentionSources(halcyon).filter(([t]) => t.startsWith('Halcyon'))).toEqual([
      ['Halcyon Records', 'organization', 'rule:org-keyword'],
      ['Halcyon', 'organization', 'coreference'],
      ['Halcyon', 'organization', 'coreference'],
    ]);
    // (a refiner's sugar, a legal form after it)
    const kestrel = 'Kestrel Sugar Co agreed to buy a rival for $200 million on Monday. The deal gives Kestrel control of four mills.' + PROSE;
    expect(mentionSources(kestrel).filter(([t]) => t.startsWith('Kestrel'))).toEqual([
      ['Kestrel Sugar Co', 'organization', 'rule:org-keyword'],
      ['Kestrel', 'organization', 'coreference'],
    ]);
    // (a short form a legal form gives stays one anywhere, the name written later without it too; a line of business's
    // word alone before a legal form is a name of its own)
    const dome = 'Dome Petroleum Ltd is under pressure to sell its stake. Dome Petroleum said on Monday it would not sell. Dome has pledged the shares as security.' + PROSE;
    expect(mentionSources(dome).filter(([t]) => t === 'Dome').map(([t, type]) => [t, type])).toEqual([['Dome', 'organization']]);
    const dynamics = 'Dynamics Corp said it had bought 27 pct of the firm. The stake cost 40 mln dlrs, it said. Dynamics said it would seek two board seats.' + PROSE;
    expect(mentionSources(dynamics).filter(([t]) => t === 'Dynamics').map(([t, type]) => [t, type])).toEqual([['Dynamics', 'organization']]);
    // (not a common word opening a sentence where no firm speaks or acts: 'Solar panels')
    const solar = 'The installer Solar Energy said sales rose on Monday. Solar panels are cheaper this year, analysts said.' + PROSE;
    expect(mentionSources(solar).filter(([t]) => t === 'Solar')).toEqual([]);
    // a research firm's, a shipping line's, a tanker owner's last word
    expect(mentionSources('Analysts at Quenbridge Research said demand was weak. Shipping line Marvento Lines said it would add ships.' + PROSE).filter(([, type]) => type === 'organization')).toEqual([
      ['Quenbridge Research', 'organization', 'rule:org-keyword'],
      ['Marvento Lines', 'organization', 'rule:org-keyword'],
    ]);
  });

  it.each([
    ['Administrator Bill Norton said the agency would review the schedule.', 'Bill Norton'],
    ['Member Park Min-seo, 24, wrote that the group would return.', 'Park Min-seo'],
    ['Songwriter Guy Chambers, who has worked with stars, backed the scheme.', 'Guy Chambers'],
  ])("drops a sentence's first common noun, a title the role list lacks, before a person's name: %s", (text, name) => {
    expect(mentionSources(text + PROSE).filter(([, type]) => type === 'person').map(([t]) => t)).toEqual([name]);
  });

  it.each([
    "Whenever I fly, I watch the safety video closely.\nAir New Zealand's 'An Unexpected Briefing'\nHere's the video: it is a short film.",
    'Startup Idea Stuck? Read on for ideas.',
    'Potato Basil PureeFor a simple twist, add cream.',
  ])("keeps a sentence's first noun where no person's name follows it: %j", (text) => {
    expect(mentionSources(text + PROSE).filter(([t]) => /^(?:New Zealand|Idea|Basil)/.test(t))).toEqual([]);
  });

  it.each([
    // a hall's name, a common noun before 'Hall' (a given name first too); an observatory, an institution as CoNLL-2003 tags it
    ["The orchestra will play at Zorvabad's Royal Concert Hall in May.", [['Royal Concert Hall', 'place']]],
    ['The Edith Kellmoor Observatory released its first images.', [['Edith Kellmoor Observatory', 'organization']]],
    // (a telescope is no person; a hall of fame no hall; a person's surname 'Hall' after a given name)
    ['Astronomers using the Harold Zorvenn Space Telescope found water.', []],
    ['He was inducted into the Zorva Music Hall of Fame in 1993.', []],
    ['Stuart Hall said the show would go on.', [['Stuart Hall', 'person']]],
  ])('types a hall, an observatory, a telescope: %s', (text, expected) => {
    expect(mentionSources(text + PROSE).filter(([t]) => !/^(?:Zorvabad|Zorva)$/.test(t)).map(([t, type]) => [t, type])).toEqual(expected);
  });

  it("takes a regulator after a name's possessive in apposition, a place's '-based' before a kind of firm, a common word before 'International' for a short form", () => {
    expect(mentionSources("The deal still needs approval from Chile's competition regulator, Fenecor." + PROSE).filter(([t]) => t === 'Fenecor')).toEqual([['Fenecor', 'organization', 'rule:firm-context']]);
    expect(mentionSources('She previously led menswear at Milan-based label Arvossi.' + PROSE).filter(([t]) => t === 'Arvossi')).toEqual([['Arvossi', 'organization', 'rule:firm-before']]);
    const harvest = "Harvest International accused police of torture on Monday. Harvest's regional director said the abuses must stop." + PROSE;
    expect(mentionSources(harvest).filter(([t]) => t.startsWith('Harvest')).map(([t, type]) => [t, type])).toEqual([
      ['Harvest International', 'organization'],
      ['Harvest', 'organization'],
    ]);
  });

  // the review's cases of the sixty-ninth session's rules (each had gone wrong)
  it.each([
    // a person called Hall after a title's word, or double-barrelled, is no hall
    ['The comedian Arsenio Hall will host the awards next month.', /Hall/, []],
    ['Former England winger Rhys Oakley-Hall was sentenced on Monday.', /Hall/, [['Rhys Oakley-Hall', 'person']]],
    // a kind of body that describes a person too, before a listed given name or a clause of its subject
    ['The chief nuclear regulator Mike Zorvman will lead the inquiry.', /Zorvman/, [['Mike Zorvman', 'person']]],
    ['It was the biggest vote the union Bob Kellan heads had won.', /Kellan/, [['Bob Kellan', 'person']]],
    // a founder named with the firm of his name
    ['Builder Tom Kellmo founded Tom Kellmo Ltd in 1998. The firm employs 300 people. Tom Kellmo said it would grow.', /^Tom Kellmo$/, [['Tom Kellmo', 'person'], ['Tom Kellmo', 'person']]],
    // a person's work in apposition: no firm's kind at the head
    ['Tom Zorvale, a mail carrier in Dayton, found the boy.', /Zorvale/, [['Tom Zorvale', 'person']]],
    ['Rhodri Zorvale, a volunteer at Cardiff food bank, said demand had doubled.', /Zorvale/, [['Rhodri Zorvale', 'person']]],
    // a union leader's surname before 'said its members'
    ["The union's general secretary, Mick Kellan, spoke in Leeds. Kellan said its members would strike.", /Kellan/, [['Mick Kellan', 'person'], ['Kellan', 'person']]],
    // an office's acronym in brackets, two country codes joined, a list of works, an office's holder of a charity
    ['The figures were published by the national statistics office (QSTAT) on Friday.', /QSTAT/, [['QSTAT', 'organization']]],
    ['The sides met in Brussels on Thursday. EU-UK officials said a deal was close.', /EU|UK/, [['EU', 'organization'], ['UK', 'place']]],
    ['He played classics such as Skyrim, Prince of Persia and Halo on the console.', /Skyrim/, []],
    ['The prize went to the founder of the charity, Zorvan Kellmo.', /Kellmo/, [['Zorvan Kellmo', 'person']]],
    // a town's officials after a record label of its word
    ['The singer signed with Island Records in 2019. Island officials said the road would close.', /^Island$/, []],
  ])('keeps the new rules from what they took wrongly: %s', (text, names, expected) => {
    expect(mentionSources(text + PROSE).filter(([t]) => names.test(t)).map(([t, type]) => [t, type])).toEqual(expected);
  });

  it("types a name before a kind of firm in apposition a firm, a listed given name first too, a name's possessive for the article", () => {
    const text = "Shares in Warren Zorvagri, Canada's largest listed grain company, fell on Monday." + PROSE;
    expect(mentionSources(text).filter(([t]) => t.startsWith('Warren'))).toEqual([['Warren Zorvagri', 'organization', 'rule:firm-context']]);
  });

  it('takes an ALL-CAPS headline word for the person whose surname it is, or the organisation whose shorter name it is, named in full in the body', () => {
    const ids = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.entityId]);
    // (a headline above a dateline: the cleaner keeps it as the title)
    expect(ids('GANBAROV NAMED AS ARMY CHIEF\n\n    BAKU, March 3 - The soldier Elmir Ganbarov was named on Friday. Ganbarov said he was honoured.')).toContainEqual(['GANBAROV', 'person', 'person:elmir-ganbarov']);
    // (with the given name before it: the whole name)
    expect(ids('ROBERTO DURAN FIGHTS ON\n\n    PANAMA CITY, Aug 30 - Boxing legend Roberto " Hands of Stone " Duran climbs into the ring on Saturday.')).toContainEqual(['ROBERTO DURAN', 'person', 'person:roberto-duran']);
    expect(ids('ZORVEX TO SELL UNIT\n\n    TORONTO, March 3 - Zorvex Corp said on Monday it would sell its unit.')).toContainEqual(['ZORVEX', 'organization', 'organization:zorvex']);
    // (the mention says which rule found it: the body's)
    expect(mentionSources('ZORVEX TO SELL UNIT\n\n    TORONTO, March 3 - Zorvex Corp said on Monday it would sell its unit.' + PROSE)).toContainEqual(['ZORVEX', 'organization', 'rule:document-organization']);
    expect(mentionSources('GANBAROV NAMED AS ARMY CHIEF\n\n    BAKU, March 3 - The soldier Elmir Ganbarov was named on Friday.' + PROSE)).toContainEqual(['GANBAROV', 'person', 'rule:document-person']);
    // a word the body gives both a person and an organisation is neither
    expect(ids('ZORVEX TO SELL UNIT\n\n    TORONTO, March 3 - Zorvex Corp said on Monday that Alan Zorvex would sell its unit.').map((m) => m[0])).not.toContain('ZORVEX');
    // nor a word the body does not name
    expect(ids('GANBAROV NAMED AS ARMY CHIEF\n\n    BAKU, March 3 - A soldier was named on Friday.').map((m) => m[0])).not.toContain('GANBAROV');
    // the organisation's shorter name of several words, whole ('ZORVEX INDUSTRIES' of 'Zorvex Industries Inc'; not its first word)
    expect(ids('ZORVEX INDUSTRIES TO SELL UNIT\n\n    TORONTO, March 3 - Zorvex Industries Inc said on Monday it would sell its unit.')).toContainEqual(['ZORVEX INDUSTRIES', 'organization', 'organization:zorvex-industries']);
    // (not a shorter name of one common word: 'ENERGY' of 'Energy Systems Corp')
    expect(ids('ENERGY SAYS PROFIT UP\n\n    TORONTO, March 3 - Energy Systems Corp said on Monday its profit rose.').map((m) => m[0])).not.toContain('ENERGY');
  });

  it("takes a team's ALL-CAPS headline name for the team over a gazetteer's place, and the town after 'AT' for the place", () => {
    const typed = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
    const body = '\n\n    LONDON, Aug 30 - Leicestershire beat Somerset by an innings in the county championship on Friday. Their captain took four wickets and the bowlers the rest of the match.';
    expect(typed('CRICKET - LEICESTERSHIRE TAKE OVER AT TOP' + body)).toContainEqual(['LEICESTERSHIRE', 'organization']);
    expect(typed('CRICKET - SOMERSET AT LEICESTERSHIRE' + body)).toContainEqual(['LEICESTERSHIRE', 'place']);
  });
});

describe('helpers', () => {
  it.each([
    ['Rustam Muradov', 'rustam-muradov'],
    ['İlham Əliyev', 'ilham-eliyev'],
    ['Søren Kierkegaard-Ås', 'soren-kierkegaard-as'],
    ['Łukasz Fabiański', 'lukasz-fabianski'],
    ['Müller', 'muller'],
    ['Владимир Зеленський', 'vladimir-zelenskiy'],
    ["O'Brien", 'o-brien'],
    ['O’Brien', 'o-brien'],
    ['Children’s Defense Fund', 'children-s-defense-fund'],
    // initials with periods one word, as written without them; one initial a word of its own
    ['J.D. Vance', 'jd-vance'],
    ['J. D. Vance', 'jd-vance'],
    ['JD Vance', 'jd-vance'],
    ['J.R.R. Tolkien', 'jrr-tolkien'],
    ['U.S. Army', 'us-army'],
    ['John F. Kennedy', 'john-f-kennedy'],
    ['St. Louis', 'st-louis'],
  ])('slug %s', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  it.each([
    ['met Lieutenant General ', 'Lieutenant General'],
    ['the Colonel General ', 'Colonel General'],
    ['met soldier ', 'soldier'],
    ['met the ', null],
    ['a Generalissimo ', null], // whole words only
    ['met Lieutenant General, \n', 'Lieutenant General'], // trailing commas and spaces cut
    ['Soldier ', 'Soldier'], // a lower-case role capitalised because it opens the sentence
    ['', null],
  ])('roleBefore %j', (text, expected) => {
    expect(roleBefore(text, res.roles)).toBe(expected);
  });

  it.each([
    // [text, from, to, expected]: the same as roleBefore on text.slice(from, to)
    ['We met soldier Emin Aliyev.', 3, 15, 'soldier'],
    ['We met soldier Emin Aliyev.', 7, 15, 'soldier'],
    ['We met soldier Emin Aliyev.', 8, 15, null], // 'oldier' is no whole word
    ['Soldier Emin Aliyev', 0, 8, 'Soldier'],
  ])('roleEndingAt %j [%d, %d)', (text, from, to, expected) => {
    expect(roleEndingAt(text, from, to, res.roles)).toBe(expected);
    expect(roleBefore(text.slice(from, to), res.roles)).toBe(expected);
  });

  // roleEndingAt looks a role up by the text's last word (its index by the roles' last words, built once per list):
  // roles of several words, of a word that ends in a mark ('Zorv.'), ties of one length in the list's order
  const invented = ['Quandell', 'High Quandell', 'Zorvex-Quandell', 'Zorv.', 'Lt. Zorv.', 'quell warden', 'Zorvexquandell', 'Zorvex'];
  it.each([
    ['met the High Quandell ', 'High Quandell'], // the longest of the roles ending in the word
    ['met the Quandell ', 'Quandell'],
    ['met the Zorvex-Quandell ', 'Zorvex-Quandell'], // a hyphen joins the words: still the word after it
    ['met the Zorvexquandell ', 'Zorvexquandell'],
    ['met the XQuandell ', null], // whole words only
    ['met Lt. Zorv. ', 'Lt. Zorv.'], // a role that ends in a mark: its last word none
    ['met Zorv. ', 'Zorv.'],
    ['met Lt.Zorv. ', 'Zorv.'],
    ['Quell warden ', 'Quell warden'], // a lower-case role capitalised because it opens the text
    ['met Co-Zorvex ', 'Co-Zorvex'], // a title's prefix joined by a hyphen
    ['', null],
  ])('roleBefore %j with invented roles', (text, expected) => {
    expect(roleBefore(text, invented)).toBe(expected);
    expect(roleEndingAt(`x ${text}y`, 2, text.length + 2, invented)).toBe(expected);
  });
});

describe('findNames with the shipped name lexicons (gazetteers/lexicons/first-names.txt, surnames.txt)', () => {
  const people = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.source]);

  it.each([
    // [a full name's words, the words a lone mention of it may be]
    [['Ilham', 'Aliyev'], ['Aliyev']],
    [['Park', 'Smith'], ['Smith']], // the last word a known surname: a name in Western order, though 'Park' is a surname too
    [['Xi', 'Jinping'], ['Jinping', 'Xi']], // family name first
    [['Lee', 'Jae-myung'], ['Jae-myung', 'Lee']], // a given name of two syllables, the second in lower case: family name first
    [['Kim', 'Jong-un'], ['Jong-un', 'Kim']], // (though 'Kim' is a given name too)
    [['Mary', 'Smith-Jones'], ['Smith-Jones']],
    [['Li', 'Keqiang'], ['Keqiang', 'Li']],
    [['Zheng', 'Qiang'], ['Qiang', 'Zheng']], // a Chinese given name that the lists hold ('Qiang'): both words pinyin
    [['Zorvek', 'al-Quimbar'], ['al-Quimbar', 'Quimbar', 'Al-Quimbar']], // an Arabic surname's article joined by a hyphen: without it, capitalised
    [['Liu', 'Xiang'], ['Xiang', 'Liu']], // both words surnames of the lists, both pinyin: a Chinese name, family name first
    [['Zheng', 'Comfort'], ['Comfort']], // a given name last, not pinyin: no name in family-first order
    [['Park', 'Smith'], ['Smith']], // (a surname last, not pinyin)
    [['Liu', 'Xiang', 'Zhang'], ['Zhang']], // (two words only)
    [['Cohen', 'Joe'], ['Joe']], // (nor words the pinyin table has no syllables for)
    [['Edwin', 'van', 'der', 'Zorvath'], ['Zorvath', 'van der Zorvath']], // (the particles from the first)
    [['Bill', 'de', 'Zorvath'], ['Zorvath', 'de Zorvath']], // a surname with its particle: 'Mr. de Zorvath'
    [['President', 'Jefferson'], ['Jefferson']], // a last word that is a given name
    [['President', 'Keqiang'], ['Keqiang']], // a title first
    [['Sierra', 'Pacific'], ['Pacific']], // a given name first
    [['OM', 'Gruppen'], ['Gruppen']], // capitals
    [['Western', 'Russian'], ['Russian']], // a nationality last
    [['Xochitl', 'Galvez', 'Ruiz'], ['Ruiz', 'Galvez', 'Galvez Ruiz']], // two surnames, a Spanish name's: the first alone, and both
    [['Edgar', 'Morales', 'Zorvutz'], ['Zorvutz', 'Morales', 'Morales Zorvutz']], // (the second of no list, an indigenous one)
    [['Edgar', 'Morales', 'Table'], ['Table']], // (not a common word)
    [['Lee', 'Harvey', 'Oswald'], ['Oswald']], // (a middle name that is a given name too is no surname)
    [['Aliyev'], []],
  ])('personKeys(%j) = %j', (words, keys) => {
    expect(personKeys(words, shippedResources().lexicons)).toEqual(keys);
  });

  it("links a lone first surname of a Spanish name of two to the person named in full", () => {
    const ids = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.entityId]);
    expect(ids('Former president Alvaro Uribe Velez was indicted. Uribe denied wrongdoing.')).toEqual([
      ['Alvaro Uribe Velez', 'person:alvaro-uribe-velez'],
      ['Uribe', 'person:alvaro-uribe-velez'],
    ]);
    // (and the two surnames together: 'Galvez Ruiz said')
    expect(ids('Xochitl Galvez Ruiz conceded defeat. Galvez Ruiz said she would fight on.').map(([, id]) => id)).toEqual(['person:xochitl-galvez-ruiz', 'person:xochitl-galvez-ruiz']);
  });

  it.each([
    // a town before a player's position and a name is a club, in a brief with no three sports words
    ['Newcastle striker Zorvek Quimbar joined on Monday for a record fee.', [['Newcastle', 'organization']]],
    ['Barcelona coach Zorvek Quimbar praised the young winger on Monday.', [['Barcelona', 'organization']]],
    // not before a manager (a firm's 'Paris manager'), nor a national side
    ["The bank's Paris manager Zorvek Quimbar resigned on Monday.", [['Paris', 'place']]],
    ['England striker Zorvek Quimbar scored twice on Monday.', [['England', 'place']]],
  ])('types the town of %j', (text, expected) => {
    expect(runDoc(text).mentions.filter((m) => m.type === 'place' || m.type === 'organization').map((m) => [m.text, m.type])).toEqual(expected);
  });

  it.each([
    // India's and Britain's ministers and secretaries ('Union Home' had been an organisation, the role 'Minister')
    ['Union Home Minister Zorvek Quimbar dismissed the claim on Monday.', 'Union Home Minister'],
    ['Maharashtra Chief Minister Zorvek Quimbar spoke on Monday.', 'Chief Minister'],
    ['Home Secretary Zorvek Quimbar said the plan was ready.', 'Home Secretary'],
  ])('takes the whole title of %j', (text, role) => {
    const doc = runDoc(text);
    expect(doc.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.role])).toEqual([['Zorvek Quimbar', role]]);
    expect(doc.mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });

  it("takes a given name of human-names' lists that the other sources lack before a town's name ('Aoife', 'Kirsty')", () => {
    expect(people('The committee elected Aoife Swindon as its president on Monday.')).toEqual([['Aoife Swindon', 'rule:first-name']]);
  });

  it('takes a Korean name whose given name is two syllables joined by a hyphen whole, and its family name alone for it', () => {
    // the run stopped at the hyphen: 'Lee Jae' was the person
    const text = 'President Lee Jae-myung met Kim Jong-un\'s envoy and Prime Minister Han Duck-soo in Seoul. Lee said the talks were useful, and Kim In-so agreed.';
    const doc = runDoc(text);
    const persons = doc.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.entityId]);
    expect(persons).toEqual([
      ['Lee Jae-myung', 'person:lee-jae-myung'],
      ['Kim Jong-un', 'person:kim-jong-un'],
      ['Han Duck-soo', 'person:han-duck-soo'],
      ['Lee', 'person:lee-jae-myung'],
      ['Kim In-so', 'person:kim-in-so'], // its first syllable a word the tagger reads as no name
    ]);
    expect(doc.mentions.find((m) => m.text === 'Lee Jae-myung')?.source).toBe('rule:hyphen-given');
  });

  it("takes such a family name alone at a sentence's start where it is a common word too, never in lower case", () => {
    // ('Moon' is a noun to wink-nlp: a sentence's first word that is one needs the document to write it as a name)
    expect(typesAndIds('President Moon Jae-in met the envoy in Seoul on Monday.\n\nMoon said the talks were useful.', 'Moon')).toEqual([['person', 'person:moon-jae-in']]);
    expect(typesAndIds('President Moon Jae-in met the envoy in Seoul on Monday.\n\nMoon said the moon was full.', 'Moon')).toEqual([]);
    // (nor before a noun in lower case: 'Park rangers', 'Moon rocks')
    expect(typesAndIds('Former president Park Geun-hye was released on Monday.\n\nPark rangers found a body near Seoul.', 'Park')).toEqual([]);
    // (but before a person's people: 'Moon aides said')
    expect(typesAndIds('President Moon Jae-in met the envoy in Seoul on Monday.\n\nMoon aides said the talks were useful.', 'Moon')).toEqual([['person', 'person:moon-jae-in']]);
    // (not before a park's or a camp's office: 'Park office staff said')
    expect(typesAndIds('Former president Park Geun-hye was released on Monday.\n\nPark office staff said visitors doubled.', 'Park')).toEqual([]);
  });

  it.each([
    // a name and a head that makes an adjective of it, or a plural: no given name
    ['The Hong Kong-based bank said profits rose this year.', '-based'],
    ['The Sri Lanka-born actor said he would return this year.', '-born'],
    ['The Joe Biden-era rules were dropped this year.', '-era'],
    ['The Wall Street-style trading floor was closed this year.', '-style'],
    ['Fans bought Star Wars-themed toys and Mario T-shirts this year.', '-'],
  ])('takes no given name into %j', (text, tail) => {
    const found = runDoc(text).mentions.map((m) => m.text);
    expect(found.filter((m) => m.includes(tail))).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([
    // a person's name of four words besides one particle
    ['Sheikh Mohammed bin Rashid Al Maktoum, the ruler of Dubai, opened the new terminal on Monday.', 'Mohammed bin Rashid Al Maktoum', 'person'],
    ["Brazil's Luiz Inacio Lula da Silva said on Wednesday that he would visit Beijing.", 'Luiz Inacio Lula da Silva', 'person'],
    // (not two: an Italian firm)
    ['Shares in Monte del Paschi di Siena rose on Wednesday after the bank reported profits.', 'Monte del Paschi di Siena', undefined],
  ])('types the long name in %j', (text, name, type) => {
    expect(runDoc(text).mentions.find((m) => m.text === name)?.type).toBe(type);
  });

  it.each([
    // 'Will' before a capitalised word is a given name ...
    ['Former England captain Will Carling scored 20 points on Saturday.', ['Will Carling']],
    ['Actor Will Smith and singer Will Young attended the ceremony in London on Sunday.', ['Will Smith', 'Will Young']],
    ['Will Smith said on Sunday that he would return to London next year.', ['Will Smith']],
    // ... not a question's verb, nor a verb's or a title-case line's
    ['Analysts asked: "Will Democrats win the Senate?" Nobody answered them on Monday.', []],
    ['Will Trump run again? Nobody in the party answered them on Monday.', []],
    ['Trump Will Visit China Next Month, Officials Say', []],
    ['The banner said that Questions Will Become Answers this year.', []],
  ])('reads the given name Will in %j', (text, persons) => {
    expect(mentionTexts(text, (m) => m.type === 'person' && m.text.startsWith('Will'))).toEqual(persons);
  });

  it.each([
    // a name before a word in lower case that says organisation (names no gazetteer holds: Georgian Dream, Law and
    // Justice and Alternative for Germany are curated parties since the fifty-third session)
    ['Thousands marched against the ruling Georgian Renewal party on Monday.', ['Georgian Renewal']],
    ['Voters backed the Order and Justice party, and the Move Forward party came second.', ['Order and Justice', 'Move Forward']],
    ['The far-right Alternative for Sweden party gained votes in the east on Sunday.', ['Alternative for Sweden']],
    // (a name no gazetteer holds: Black Lives Matter is a curated organisation since it had none)
    ['Protesters joined the Fridays for Future movement in the city on Sunday.', ['Fridays for Future']],
    // a newspaper's or a magazine's name, one common word too; a weekday's abbreviation joined by a hyphen stays in it
    ["The Guardian newspaper and Rolling Stone magazine ran the story, and Florida's Zorvex-Quimble newspaper too.", ['Guardian', 'Rolling Stone', 'Zorvex-Quimble']],
    // ... not adjectives, a kind before the name that follows, a tournament's group, an event's party, a common word
    ['The Democratic party met, and an Iraqi Kurdish group said it would talk on Monday.', []],
    ['Banking group ING rose on Monday, as did the Pop group on the charts.', []],
    ['Austria played their World Cup group four qualifier on Saturday.', []],
    ['Guests came to the New Years Eve party at the hotel on Monday.', []],
  ])('takes the name before a word of organisation in %j', (text, orgs) => {
    expect(mentionTexts(text, (m) => m.source === 'rule:org-cue')).toEqual(orgs);
  });

  it("takes a name after a nationality's 'leader' for a titled person; not 'leader' alone, nor after 'market leader'", () => {
    const doc = runDoc('Cambodian leader Zorvek Manet met market leader Qelbrix on Monday, and the leader Kellin spoke.');
    expect(doc.mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.role])).toEqual([['Zorvek Manet', 'leader']]);
  });

  it("takes a relative's name after a possessive for a person, the person named in full where the document names one", () => {
    const doc = runDoc("Boris Yeltsin visited his wife Naina in hospital on Friday, and Yeltsin's daughter Tatyana came too.");
    expect(doc.mentions.filter((m) => m.source === 'rule:kin').map((m) => m.text)).toEqual(['Naina', 'Tatyana']);
    // (a relative's lone given name of a person named in full is that person: the resolve stage's given-name key)
    const osbourne = runDoc('Sharon Osbourne arrived on Monday, and Ozzy Osbourne said his wife Sharon would sing.');
    expect(osbourne.mentions.filter((m) => m.text === 'Sharon').map((m) => m.entityId)).toEqual(['person:sharon-osbourne']);
    // (over a gazetteer's place of the name: 'Victoria', the Australian state; 'Jordan', the country)
    const places = runDoc('Zorvek Quimbar came with his wife Victoria, and her son Jordan stayed home.');
    expect(places.mentions.filter((m) => m.source === 'rule:kin').map((m) => [m.text, m.type])).toEqual([
      ['Victoria', 'person'],
      ['Jordan', 'person'],
    ]);
  });

  it("leaves a news story's epithet that opens a sentence out of the firm's name after it", () => {
    expect(mentionTypes('Struggling Zorvex Motors cut 300 jobs. Embattled Quimbar Bank sought a rescue.' + PROSE).slice(0, 2)).toEqual([
      ['Zorvex Motors', 'organization'],
      ['Quimbar Bank', 'organization'],
    ]);
    // (a name's own first word stays: 'Advanced Medical Corp', 'Upstart Holdings')
    expect(mentionTypes('Upstart Holdings shares fell 12 percent.' + PROSE)[0]).toEqual(['Upstart Holdings', 'organization']);
    expect(mentionTypes('Advanced Zorvex Corp cut 300 jobs.' + PROSE)[0]).toEqual(['Advanced Zorvex Corp', 'organization']);
  });

  it("takes a relative's name after a comma, as an obituary or a court report names them, and the names of a list", () => {
    const kin = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.source === 'rule:kin').map((m) => [m.text, m.type]);
    expect(kin('He is survived by his wife, Zorva, and two daughters, Efua and Abena.')).toEqual([
      ['Zorva', 'person'],
      ['Efua', 'person'],
      ['Abena', 'person'],
    ]);
    expect(kin('She leaves a son, Kellin. Her husband, Tomas, died in 2008. He leaves three children, Ama, Kofi and Yaw.').map(([t]) => t)).toEqual(['Kellin', 'Tomas', 'Ama', 'Kofi', 'Yaw']);
    // (over a gazetteer's place: 'Nancy', a French city)
    expect(kin('Reagan denounced reports that his wife, Nancy, is running the government.')).toEqual([['Nancy', 'person']]);
    // (the name alone after the comma: not a town of an apposition, nor a list of no relatives)
    expect(kin('Her son, London-based banker Zorvek Quimbar, spoke. They visited two towns, Leeds and York.')).toEqual([]);
  });

  it("takes a relative's name after words that qualify the relative's word, with a comma or without ('his late wife, Zorva,', 'his ex-wife, Lorna')", () => {
    const kin = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.source === 'rule:kin').map((m) => [m.text, m.type]);
    expect(kin("Kellin Quimbar's ex-model wife, Zorva, is to lead the campaign.")).toEqual([['Zorva', 'person']]);
    expect(kin('His late wife, Zorva, died in 2001. His ex-wife, Lorna, spoke. His 62-year-old husband, Tomas, spoke.').map(([t]) => t)).toEqual(['Zorva', 'Lorna', 'Tomas']);
    expect(kin('He met his future wife Zorva at university, and her younger brother Tomas came too.').map(([t]) => t)).toEqual(['Zorva', 'Tomas']);
    // (not over a function word, nor a gazetteer's organisation after the qualified word)
    expect(kin('He met her and son, Tomas, on Monday.')).toEqual([]);
    expect(runDoc("The firm's big brother, Microsoft, said no." + PROSE).mentions.filter((m) => m.text === 'Microsoft').map((m) => m.type)).toEqual(['organization']);
  });

  it("links a lone surname with an apostrophe after its capital to the person named in full, no other of its letter", () => {
    const doc = runDoc("Eddie O'Sullivan named Ronan O'Gara at fly-half on Monday. O'Sullivan said O'Gara was fit.");
    expect(doc.mentions.map((m) => [m.text, m.entityId])).toEqual([
      ["Eddie O'Sullivan", 'person:eddie-o-sullivan'],
      ["Ronan O'Gara", 'person:ronan-o-gara'],
      ["O'Sullivan", 'person:eddie-o-sullivan'],
      ["O'Gara", 'person:ronan-o-gara'],
    ]);
  });

  it.each([
    // one unknown word that owns what only a person has, or what only a firm has
    ["Netanyahu's government said the talks had stalled, and Sinwar's wife fled on Monday.", [['Netanyahu', 'person'], ['Sinwar', 'person']]],
    ['Prosecutors charged Zorvance and its founder with fraud on Monday.', [['Zorvance', 'organization']]],
    // ... or says what its results or its members did
    ['Yesterday Kellmo said its members would strike.', [['Kellmo', 'organization']]],
    // a trade union: its kind before the name, after a trade's or a possessive plural's word; a common word before 'union'
    ['The rail union Zorvex said talks had failed.', [['Zorvex', 'organization']]],
    ["On Friday the train drivers' union Kellmo announced a walkout.", [['Kellmo', 'organization']]],
    ['Members of the Harvest union voted to strike on Friday.', [['Harvest', 'organization']]],
    // two acronyms a hyphen joins, where it speaks; not where it acts, as a format's name does
    ['Yesterday ZAG-QTRA said its members would strike.', [['ZAG-QTRA', 'organization']]],
    ['Yesterday ZD-QVD will hold more data than discs.', []],
    // what a firm has after its possessive (step 12h'); a firm named in the possessive, "Boatmen's stock" where the
    // document writes "Boatmen's was", is the firm-context test's below
    ["Analysts bought Zorvens's stock on Monday.", [['Zorvens', 'organization']]],
    // a person's lawyer, 'the … administration', an apposition that opens with a title
    ["Yesterday Zorvek's lawyer said his client was innocent.", [['Zorvek', 'person']]],
    ['Officials said the Zorvek administration denied it.', [['Zorvek', 'person']]],
    ['Yesterday Zorvek, the former mayor, won the seat.', [['Zorvek', 'person']]],
    ['Yesterday Zorvek was the mayor of the town.', [['Zorvek', 'person']]],
    // a two-word name too, the title after an age or a word or two
    ['Yesterday Joss Stone, a 17-year-old soul singer from Devon, won.', [['Joss Stone', 'person'], ['Devon', 'place']]],
    // with no article, a title in lower case only (not a work's name: 'Prince of Persia has been')
    ['"It is a big day," said Zorvek, director of the institute.', [['Zorvek', 'person']]],
    // (a title a hyphen joins, in lower case: lexicons/roles.txt)
    ['"It is a big day," said Zorvek, director-general of the institute.', [['Zorvek', 'person']]],
    ['Since its start on the Zorvore Amiga, Prince of Persia has been about moves.', []],
    // (capitalised right after the comma and before 'of', as a firm's release writes it, over a gazetteer place's word)
    ['Zorvan Saba, Chairman of Quimbar Corp, said it would invest more.', [['Zorvan Saba', 'person'], ['Quimbar Corp', 'organization']]],
    ['Yesterday Zorvan Saba, President of the Kellmoor Institute, spoke.', [['Zorvan Saba', 'person'], ['Kellmoor Institute', 'organization']]],
    // (not a title that is an adjective before a noun, nor a peer's seat after 'of')
    ['Yesterday Zorvex, the private firm which runs the lines, agreed.', [['Zorvex', 'organization']]],
    // (the peer herself a person by her title, roles.txt's 'Baroness', not her seat)
    ['Yesterday Baroness Zorvek of Zorvdon, a former aide, spoke.', [['Zorvek', 'person']]],
  ])('types one word by what it owns in %j', (text, expected) => {
    expect(runDoc(text).mentions.map((m) => [m.text, m.type])).toEqual(expected);
  });

  it('splits a run at a month or a weekday, but not at one joined by a hyphen to a name', () => {
    expect(mentionTexts('Jan-Michael Gambill beat Andre Agassi in Washington on Monday.', (m) => m.type === 'person')).toEqual(['Jan-Michael Gambill', 'Andre Agassi']);
    expect(mentionTexts('Sales rose in the April-July period, Harbourline Corp said on Monday.', (m) => m.text.includes('April'))).toEqual([]);
  });

  it('takes initials of two or three letters and a name for a person, not a country\'s or a common word\'s', () => {
    expect(mentionTexts('Joe Biden met J.D. Zorvath in Washington on Monday, and A.J. Quimbly drove.', (m) => m.source === 'rule:initial-person')).toEqual(['J.D. Zorvath', 'A.J. Quimbly']);
    expect(mentionTexts('The D.C. Circuit ruled on Monday, and U.S. Zorvathcorp shares rose.', (m) => m.type === 'person')).toEqual([]);
  });

  it("gives a weak rule's name the type the document gives it with more confidence", () => {
    // 'Hun Sen said': a common word and a name that speak are a firm (rule:org-context, 0.55); the title said person
    expect(typesAndIds('Prime Minister Hun Sen met reporters in Phnom Penh on Monday. Hun Sen said the election would be held in July.', 'Hun Sen')).toEqual([
      ['person', 'person:hun-sen'],
      ['person', 'person:hun-sen'],
    ]);
  });

  it("leaves a person's lone surname before such a word to the person", () => {
    expect(typesAndIds('George Soros said on Monday that the Soros group would invest in Ukraine this year.', 'Soros')).toEqual([['person', 'person:george-soros']]);
  });

  it.each([
    // roles in lower case of roles.txt's later lines
    ['The editor, Hen Vipheak, was released from prison on Monday, his lawyer said.', 'Hen Vipheak', 'editor'],
    ['Fullback Andre Joubert scored the other try in the second half on Saturday.', 'Andre Joubert', 'Fullback'],
    ['The airline was set up by founder Stelios Haji-Ioannou in 1995, officials said.', 'Stelios Haji-Ioannou', 'founder'],
    // a title with a prefix joined by a hyphen
    ['Cambodian Co-Premier Hun Sen met reporters in Phnom Penh on Monday.', 'Hun Sen', 'Co-Premier'],
    ['China said Vice-Premier Liu Kang met reporters in Beijing on Monday.', 'Liu Kang', 'Vice-Premier'],
    ['Ukraine said ex-President Leonid Kuchma met reporters on Monday.', 'Leonid Kuchma', 'ex-President'],
  ])('reads the role before the name in %j', (text, name, role) => {
    const m = runDoc(text).mentions.find((x) => x.text === name);
    expect([m?.type, m?.role]).toEqual(['person', role]);
  });

  it('reads no role in a verb after a subject pronoun or a modal', () => {
    const doc = runDoc('I judge Black Lives Matter activists on their actions, he told reporters on Monday.');
    expect(doc.mentions.filter((m) => m.role === 'judge')).toEqual([]);
  });

  it("takes a lone surname after a title for the person the document names in full, over a gazetteer's town or firm", () => {
    // 'Paterson' is a town of New Jersey (GeoNames); a one-word name after a title other than an honorific had yielded to it
    const doc = runDoc('Chris Paterson kicked six penalties on Saturday. The full-back Paterson also kicked a drop goal in the second half.');
    expect(doc.mentions.filter((m) => m.text === 'Paterson').map((m) => [m.type, m.entityId, m.role])).toEqual([['person', 'person:chris-paterson', 'full-back']]);
  });

  it.each([
    // [an organisation's full name, the shorter names a later mention of it may use]
    ['Magna International Inc', ['Magna International', 'Magna']],
    ['Deutsche Bank AG', ['Deutsche Bank']],
    ["Aaron's, Inc.", ["Aaron's"]],
    ['Douglas & Lomason Co', ['Douglas & Lomason']],
    ['USAir Group Inc', ['USAir Group', 'USAir']],
    ['Bank of England', []], // no legal form: the whole name only
    ['General Motors Corp', ['General Motors']],
    ['Pennzoil Co', ['Pennzoil']],
    // a one-word short name that is a title or a nationality (a common word is one after a legal form, and a given name:
    // the firm's founder's, 'Olin Corp' -> 'Olin'; a person of that given name the story names keeps it, resolve)
    ['Ambassador Corp', []],
    ['American Corp', []],
    ['Target Corporation', ['Target']], // (findNames takes it inside a sentence only)
    ['Peter Ltd', ['Peter']],
    ['Co Inc', []],
    ['Goldman Sachs & Co', ['Goldman Sachs']],
    ['Lazard Freres & Co., Inc.', ['Lazard Freres']],
    ['Douglas & Lomason', []],
    // a bank holding company's word goes too; without a legal form, only before a generic company word and not a common word
    ['Mercantile Bancorp Inc', ['Mercantile Bancorp', 'Mercantile']],
    ['Magna International', ['Magna']],
    // (a trade's common words after 'and': the name before it, and its line of business left off)
    ['Zorvex Oil and Gas Ltd', ['Zorvex Oil and Gas', 'Zorvex Oil', 'Zorvex']],
    ['Quimbar Trust and Banking Co Ltd', ['Quimbar Trust and Banking', 'Quimbar Trust']],
    ['Zorvex Oil and Quimbar Ltd', ['Zorvex Oil and Quimbar']],
    ['Islamic Group', []],
    ['Commerce Bancshares', []],
    // (a trade's generic word too: 'Systems', 'Technologies', 'Networks', 'Analytics')
    ['Zorvex Analytics Inc', ['Zorvex Analytics', 'Zorvex']],
    ['Nortel Networks', ['Nortel']],
    // (a line of business too: 'Airways', 'Energy', 'Studios', 'Resources'; not opening the name)
    ['Brennick Airways', ['Brennick']],
    ['Lionhead Studios', ['Lionhead']],
    ['Energy Zorvex Partners', ['Energy Zorvex']],
    // (and a line of business before a company word or a legal form: 'Aspen' of 'Aspen Insurance Holdings')
    ['Zorvex Insurance Holdings', ['Zorvex Insurance', 'Zorvex']],
    ['Zorvex Learning Inc', ['Zorvex Learning', 'Zorvex']],
    ['Zorvex Games Oy', ['Zorvex Games', 'Zorvex']],
    ['Zorvex Apparels Ltd', ['Zorvex Apparels', 'Zorvex']],
    // (a firm named by a trade's plural that is no line of business's word: 'Resorts' of 'Resorts International')
    ['Resorts International', ['Resorts']],
    ['Zorvex Labs', ['Zorvex']], // (and a lab's, a drug maker's, a fund's: 'Labs', 'Pharma', 'Biotech', 'Ventures')
    ['Brevant Pharma', ['Brevant']],
    ['Quimbar Ventures', ['Quimbar']],
    // (not a place's name compromise knows, without a legal form: 'Boston' after 'Boston Ventures' is the city; nor is a
    // company word a team's nickname after it)
    ['Boston Ventures', []],
    ['Boston Ventures Ltd', ['Boston Ventures', 'Boston']],
    // a team's nickname after its town (a place of compromise's lexicon); not a word ending in 'ss', nor after no place
    ['Los Angeles Dodgers', ['Dodgers']],
    ['Boston Celtics', ['Celtics']],
    ['United States Congress', []],
    ['Zorvex Dodgers', []],
    // (and a football club's last word after its town: 'United', 'City')
    ['Manchester United', ['United']],
    ['Leicester City', ['City']],
    ['Zorvex City', []],
    // (and a newspaper's after its town: 'the Post' of 'The Washington Post'; not 'Star', 'the Star of David')
    ['Boston Globe', ['Globe']],
    ['Zorvex Globe', []],
    // (after two words or more of a town the lexicon lacks too, not an edition's: 'The Sunday Telegraph')
    ['Zorvex Bay Times', ['Times']],
    ['The Sunday Telegraph', []],
    ['Toronto Star', []],
    // (a given name before a legal form: the founder's name the story calls the firm by; not without one, nor a place's)
    ['Maribel Corp', ['Maribel']],
    ['Maribel & Co', ['Maribel']],
    ['Maribel Ventures', []],
    ['Georgia Inc', []],
    // (a maker's line of business: 'Hughes' of 'Hughes Tool Co'; after a legal form, a plural common noun that ends a
    // name of three words or more: 'Blue Grass' of 'Blue Grass Breeders Inc', not of two words nor with no legal form)
    ['Zorvek Tool Co', ['Zorvek Tool', 'Zorvek']],
    ['Zorvek Instruments Inc', ['Zorvek Instruments', 'Zorvek']],
    ['Blue Kellgrass Breeders Inc', ['Blue Kellgrass Breeders', 'Blue Kellgrass']],
    ['Zorvek Breeders Inc', ['Zorvek Breeders']],
    ['Blue Kellgrass Breeders', []],
    // (a club's one first word before its town, no word of a lexicon; not before a country, a firm's branch, nor a common
    // word's, a given name's, a place's)
    ['Zorvitan Belgrade', ['Zorvitan']],
    ['Zorvitan Canada', []],
    ['Zorvitan USA', []],
    ['Air Belgrade', []],
    ['Maria Belgrade', []],
    ['Red Star Belgrade', []],
  ])('orgKeys(%j) = %j', (name, keys) => {
    expect(orgKeys(name.split(' '), shippedResources().lexicons)).toEqual(keys);
  });

  it.each([
    // [text, the organisation a trade's or a profession's staff and 'at' (an analyst's or an economist's 'with') name]
    ['"It is a big step," said Ross Kelden, development director at Quorvanta.', 'Quorvanta'],
    ['"Growth will slow," said Mara Velt, chief economist with Tarvex Pellin Management in Boston.', 'Tarvex Pellin Management'],
    ['"Growth will slow," said Mara Velt, UK economist for Quimbar Economics.', 'Quimbar Economics'],
    // (over the shape of a person's name)
    ['"We will appeal," said Dana Pruitt, a lawyer at Arvendt Kolle in Geneva.', 'Arvendt Kolle'],
    // (and one word before its academic or economist and a person's name)
    ['Quimbar chief economist Dana Quint said rates would rise.', 'Quimbar'],
    ['Analysts agreed, and ZVK chief economist Dana Quint said rates would rise.', 'ZVK'],
  ])("takes the employer after a person's staff noun and 'at' for an organisation: %s", (text, org) => {
    expect(runDoc(text).mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual([org]);
  });

  it("takes a name after an airline's kind of carrier for the firm, not after an aircraft carrier", () => {
    const typed = (t: string) => runDoc(t).mentions.map((m) => [m.text, m.type]);
    expect(typed('Shares in low-cost carrier Virgin Kellmo fell 5%.')).toEqual([['Virgin Kellmo', 'organization']]);
    expect(typed('The national carrier Zorvex said it would cut flights.')).toEqual([['Zorvex', 'organization']]);
    expect(typed('The aircraft carrier Zorvex sailed on Monday.').filter(([, t]) => t === 'organization')).toEqual([]);
  });

  it.each([
    // [text, the firm a trade's last word names: 'Management' after a name or a fund's word, 'Distributors',
    // 'Consultants'; 'Magazine' an organisation's word]
    ['Shares were sold by Tarvex Pellin Management on Monday.', 'Tarvex Pellin Management'],
    ['Shares were sold by Quimbar Asset Management on Monday.', 'Quimbar Asset Management'],
    ['He later worked for Zorvex Comic Distributors.', 'Zorvex Comic Distributors'],
    ['The survey by Kellmoor Magazine was published on Monday.', 'Kellmoor Magazine'],
  ])("takes a trade's last word for a firm's: %s", (text, org) => {
    expect(runDoc(text).mentions.filter((m) => m.type === 'organization').map((m) => m.text)).toEqual([org]);
  });

  it("takes no 'Management' of a field or a product for a firm", () => {
    expect(runDoc("The upgrade includes Zorvex Information Rights Management, the firm said.").mentions.map((m) => m.text)).not.toContain('Zorvex Information Rights Management');
    expect(runDoc("It works with Kellmo's Application Lifecycle Management software.").mentions.map((m) => m.text)).not.toContain('Application Lifecycle Management');
  });

  it("takes no word in camel case after 'in' for a place, a product's coinage; a surname's or a town's prefix keeps it", () => {
    const places = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'place').map((m) => m.text);
    expect(places('The enhancements in VMotion increased speed, and experiments in XQuery began.')).toEqual([]);
    expect(places('She lived in LaQuinta in 2010 and later in DeVarro.')).toEqual(['LaQuinta', 'DeVarro']);
    // (nor one or two small letters between capitals, a district's: 'SoHo', 'NoHo')
    expect(places('He opened a restaurant in SoHo last year.')).toEqual(['SoHo']);
  });

  it.each([
    // [text, the organisation: a trade's gerund or a compound opening the sentence before a kind of firm, an officer's title and 'of']
    ['The deal was made by filtering firm Kellvane last year.', 'Kellvane'],
    ['Anti-spam group Zorvhaus is warning users about the worm.', 'Zorvhaus'],
    ['Polling firm Kellvane said support for the plan fell.', 'Kellvane'],
    ['Mark Doyle, director of ZRVH, said the problem was growing.', 'ZRVH'],
    ['Mark Doyle, the founder of Zorvhaus, said the problem was growing.', 'Zorvhaus'],
    ['Ann Cole, vice president of business development for Kellvane, said the deal was good.', 'Kellvane'],
    ['"It works," said Ann Cole, co-founder of Kellvane.', 'Kellvane'],
  ])('takes an organisation in %j', (text, name) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name).map((m) => m.type)).toEqual(['organization']);
  });

  it("takes no organisation after an officer's title where the name is a place, a common word, an award's or before a possessive", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs('He was director of Communications before he became president of France.')).toEqual([]);
    expect(orgs('The film won best director for Kellvane and best actor for the star.')).toEqual([]);
    expect(orgs("said Mark Kellvane, president of Kellvane's Retail Report, on Monday.")).not.toContain('Kellvane');
    expect(orgs('said Mark Doyle, the founder of Bikers for Peace.')).not.toContain('Bikers');
    // (a director's of a name that is no acronym nor coinage: a film's as often; a creed's founder)
    expect(orgs('said Mark Doyle, director of Kellvane, on Monday, and John Wesley, founder of Methodism.')).toEqual([]);
    // (nor, after a kind of firm, the first part of a name cut at a function word)
    expect(orgs('Anti-war group Stop the War said it would march on Monday.')).toEqual([]);
    // (nor a pack's riders after a group's word: two names across 'and')
    expect(orgs('In the chasing group Kellberg and Zorvani worked hard on the climb.')).toEqual([]);
    expect(orgs('The German group Zentrax and Kellmo signed a supply deal on Monday.')).toContain('Zentrax');
  });

  it("takes a given name no list has alone for the person the document names in full, not one a gazetteer's place overruled", () => {
    const persons = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.entityId]);
    expect(persons('We interviewed Zaviera Kellmont last week. In the talk, Zaviera shares her experience of the market.')).toEqual([
      ['Zaviera Kellmont', 'person:zaviera-kellmont'],
      ['Zaviera', 'person:zaviera-kellmont'],
    ]);
    // (a gazetteer's place inside the name: its first word stays no person alone, 'Lycos Europe', 'Illva Saronno')
    expect(persons('We interviewed Zaviera Saronno last week. In the talk, Zaviera shares her experience of the market.').map((p) => p[0])).toEqual(['Zaviera Saronno']);
    // (nor of a common word last, a place's or a shop's)
    expect(persons('A fire broke out at Kelham Mill on Tuesday. Residents near Kelham were evacuated.')).not.toContainEqual(['Kelham', 'person:kelham-mill']);
  });

  it("takes no organisation of a headline's common words a field's name, nor of a field's adjective before 'services'", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    const body = '\n\nMany people buy cover they do not need, and the market keeps growing each year in the state.';
    expect(orgs('How to Make Health Insurance a Bad Bet' + body)).toEqual([]);
    expect(orgs('Lower Your Odds of Needing Insurance' + body)).toEqual([]);
    // (a body's name of 'of' or an acronym stays one, as does a run the story writes again)
    expect(orgs('Why They Went to the FISA Court' + body)).toEqual(['FISA Court']);
    expect(orgs('Coast Guard Rescues Fishermen Off Maine\n\nThe coast guard said it rescued four fishermen on Monday.')).toContain('Coast Guard');
    expect(orgs('Report\n\nThe U.K. Financial services group Kellmo said profits rose.')).not.toContain('U.K. Financial');
  });

  it("takes no person of a given name's letters in capitals before a word in title case, a league's division", () => {
    expect(runDoc('The Orioles are still in the AL East race after the win on Monday.').mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it("takes 'Liberal Democrat' before a party's officer for the British party, not a 'liberal Democrat'", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.entityId]);
    expect(orgs('Liberal Democrat leader Mark Doyle said the plan was wrong.')).toEqual([['Liberal Democrat', 'organization:liberal-democrats']]);
    expect(orgs('In Washington, a liberal Democrat from Ohio spoke.')).toEqual([]);
  });

  it("takes a team sheet's players for persons, a gazetteer's place or a famous surname among them too, and its label's side as any name", () => {
    const text = [
      'Portvale beat Kellmore',
      '',
      'Anders Lykke scored twice as Portvale beat Kellmore on Saturday, and the home side never looked like losing the match after the break.',
      '',
      'Portvale FC: Marlow, Holland, Thatcher, Tolland (Pesce 67), Anders Lykke, Young (Van Dam 88), Okafor, Dunmore.',
      '',
      'Subs Not Used: Quennell, Whitlow.',
    ].join('\n');
    const doc = runDoc(text);
    const sheet = doc.mentions.filter((m) => m.start >= text.indexOf('Portvale FC:'));
    expect(sheet.map((m) => [m.text, m.type])).toEqual([
      ['Portvale FC', 'organization'],
      ...['Marlow', 'Holland', 'Thatcher', 'Tolland', 'Pesce', 'Anders Lykke', 'Young', 'Van Dam', 'Okafor', 'Dunmore', 'Quennell', 'Whitlow'].map((n) => [n, 'person']),
    ]);
    // (nor is a list of clubs or countries with figures in brackets a sheet, though the cleaner keeps its line)
    const table = runDoc(
      [
        'Portvale stay top',
        '',
        'Portvale beat Kellmore 2-0 on Saturday, and Marlow scored twice to keep his side top of the table after the weekend.',
        '',
        'Leading scorers: Marlow (Arsenal 25), Quennell (Chelsea 21), Tolland (Liverpool 14), Ruddock (Everton 13), Pesce (Newcastle 12), Lykke (Tottenham 11), Whitlow (Fulham 10), Okafor (Leeds 9).',
      ].join('\n'),
    );
    expect(table.mentions.filter((m) => m.source === 'rule:team-sheet')).toEqual([]);
    // (a player's surname is no famous person's of lone-surnames.tsv; a player named in full above is that player)
    expect(sheet.find((m) => m.text === 'Thatcher')?.entityId).toBe('person:thatcher');
    expect(sheet.find((m) => m.text === 'Anders Lykke')?.entityId).toBe('person:anders-lykke');
  });

  it.each([
    // [text, the coinage: a product's, a program's or a show's name wherever the document writes it]
    ['Zorvo said the ZorvStation 3 will ship in May. Sales of the ZorvStation rose.', 'ZorvStation'],
    ['Kellmo first launched its KellBoy console in 1989. The KellBoy sold well.', 'KellBoy'],
    ['Users of the file-sharing program SwapTorrent face lawsuits. SwapTorrent is popular.', 'SwapTorrent'],
    ['The QuarkDoom virus spread fast. QuarkDoom slowed searches.', 'QuarkDoom'],
    ['First look at ZorvStation 3 chip. The chip is fast.', 'ZorvStation'],
    ['Gamers bought millions of ZorvStations. The ZorvStation leads.', 'ZorvStation'],
    // (a web platform's, a program's or a show's noun after it: plugins, a site, an interface, an actress)
    ['I often get asked about ZorvPress plugins. ZorvPress is free.', 'ZorvPress'],
    ['Log in to the KellWords interface. KellWords grew fast.', 'KellWords'],
    ['Former QuandEnders actress Marlow spoke on Monday. QuandEnders is popular.', 'QuandEnders'],
    // (a game, a version, code, a show's star or character after it)
    ['Gamers bought a ZorvStation game. ZorvStation sales rose.', 'ZorvStation'],
    ['The KellBox version sold well. KellBox is popular.', 'KellBox'],
    ['Developers wrote QuandScript code. QuandScript is popular.', 'QuandScript'],
    ['The QuandEnders star Kim Dale left. QuandEnders is popular.', 'QuandEnders'],
    // (an organisation's possessive before it, or a product's kind in the plural and 'such as')
    ["Zorvex Corporation said the Zorvex Corporation's KellStation led sales. KellStation sold well.", 'KellStation'],
    ['Viewers can download programmes such as QuandEnders and others. QuandEnders is popular.', 'QuandEnders'],
    ['New consoles, such as the KellCube, could buoy up sales. KellCube is popular.', 'KellCube'],
    // (in the list after it too, and after 'like')
    ["New consoles, such as Zorvex's KellBox and QuandStation, could buoy up sales. QuandStation is big.", 'QuandStation'],
    ["You have to use special software, like Zorvex's KellTools or Quandell Systems' Embassy. KellTools is new.", 'KellTools'],
  ])('takes no firm of a camel-case product: %j', (text, name) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name)).toEqual([]);
  });

  it("keeps a camel-case coinage a firm where the document says so anywhere, even beside a product's cue", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs('The ZorvCom browser failed. ZorvCom executives denied fraud.')).toEqual(['ZorvCom', 'ZorvCom']);
    expect(orgs("The KellNet toolbar was late. KellNet's chief resigned.")).toEqual(['KellNet', 'KellNet']);
    expect(orgs('The KellNet program failed, said the firm KellNet.')).toEqual(['KellNet', 'KellNet']);
    // (a firm's kind or 'at' before it, 'shares in' it; a year, a price or a count after it is no model's number; a
    // firm's technology, software or system is no product's cue; a kind of work before a clause's verb none either)
    expect(orgs('Shares in SanVolt rose. Demand for SanVolt technology grew.')).toEqual(['SanVolt', 'SanVolt']);
    expect(orgs('Telecoms operator BellSouth will cut jobs. The BellSouth 2006 budget is tight.')).toEqual(['BellSouth', 'BellSouth']);
    expect(orgs('Engineers at SeekFast say it works. The SeekFast browser toolbar is new.')).toEqual(['SeekFast', 'SeekFast']);
    expect(orgs('Tracks from OnDisc cost less. OnDisc 99p tracks sold well.')).toEqual(['OnDisc', 'OnDisc']);
    expect(orgs('MediGen won a contract to equip MediGen 12 hospitals.')).toEqual(['MediGen', 'MediGen']);
    expect(orgs('The game KellWorks released sold well, and KellWorks grew.')).toEqual(['KellWorks', 'KellWorks']);
    expect(orgs('The KellSoft software is new, and the unit is a division of KellSoft.')).toEqual(['KellSoft', 'KellSoft']);
    // (no cue at all: the coinage stays a firm, step 12f)
    expect(orgs('Shares of ZorvCorp rose after ZorvCorp won.')).toEqual(['ZorvCorp', 'ZorvCorp']);
    // (a platform's firm that the story gives a firm's cue: its app, its site)
    expect(orgs('ZorvLink said on Monday that the ZorvLink app will change.')).toEqual(['ZorvLink', 'ZorvLink']);
    // (a person's or a place's possessive before it is no product's cue: "Nate Kellmo's ZorvEight", "Germany's KellKrupp";
    // nor 'services' before 'such as', a firm's as often)
    expect(orgs("Nate Kellmo's ZorvEight gives odds. ZorvEight is popular.")).toEqual(['ZorvEight', 'ZorvEight']);
    expect(orgs("Shares in Germany's KellKrupp fell. KellKrupp is big.")).toContain('KellKrupp');
    expect(orgs('Phone services, such as TalkZorv, grew. TalkZorv is popular.')).toEqual(['TalkZorv', 'TalkZorv']);
  });

  it.each([
    // [text, the person: a friend's or a relative's name after a speaker's possessive]
    ['Post inspired by my friend Surajit.', 'Surajit'],
    ['We thank our colleague Kellmo for the photographs.', 'Kellmo'],
    ['Then my dear friend Zaviera called from the station.', 'Zaviera'],
  ])('takes %j for a person', (text, name) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name).map((m) => m.type)).toEqual(['person']);
  });

  it("takes a writer's or a composer's surname alone for that person, over a brand index's firm of the name (lone-surnames.tsv)", () => {
    expect(runDoc('The play recalls Shakespeare at his best, and a Mozart opera followed.').mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Shakespeare', 'person', 'person:william-shakespeare'],
      ['Mozart', 'person', 'person:wolfgang-amadeus-mozart'],
    ]);
  });

  it("takes 'Chair' before a name for a title, the role of the person after it", () => {
    const persons = runDoc('ZRC Chair Kellan Zorvatti said the party was united, and Zorvatti laughed.').mentions.filter((m) => m.type === 'person');
    expect(persons.map((m) => [m.text, m.role])).toEqual([
      ['Kellan Zorvatti', 'Chair'],
      ['Zorvatti', null],
    ]);
  });

  it("takes no person of a body a friend's word names with 'its' after it", () => {
    expect(runDoc('The minister thanked our good friend Zentrax for its support on Monday.').mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it("takes no person of a page's links after 'my wife', nor an acronym's plural", () => {
    const persons = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(persons("I won't support those who attack my wife Replay More Videos and Kellmo's friend DJs for you.")).toEqual([]);
  });

  it.each([
    // [text, a name after a friend's word that is no friend: a country, a club, a firm, a page's link, a reporter's outlet]
    ["Germany's neighbour Poland has closed its border.", 'Poland', 'place'],
    ['Our neighbour Mexico must pay for the wall.', 'Mexico', 'place'],
    ['Like a friend, Russia has shielded it at the United Nations.', 'Russia', 'place'],
  ])("takes no friend of %j", (text, name, type) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });

  it("takes no friend before a person's trade ('My colleague Reuters reporter Jane Doe') nor of one common word", () => {
    const persons = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(persons('My colleague Zorvex reporter Dana Quint contributed to this story.')).toEqual(['Dana Quint']);
    expect(persons('Invite your colleague Sign Up Free today.')).toEqual([]);
  });

  it("takes a school district's name for an organisation, a given name first too", () => {
    expect(runDoc('Spokespeople for the Charles County Public Schools have refused to comment.').mentions.map((m) => [m.text, m.type])).toEqual([['Charles County Public Schools', 'organization']]);
  });

  it.each([
    // [text, a name after a staff noun and 'at' or 'with' that is no employer, its type]
    ['Karen Hale, a Democratic strategist with Marla Quint, said the race was close.', 'Marla Quint', 'person'],
    ['Tom Ruiz, a strategist for Marla Quint, said the race was close.', 'Marla Quint', 'person'],
    ["Lee Park, an engineer at Marcus Hollis' laboratory, said the test failed.", 'Marcus Hollis', 'person'],
    ['She was a senior director at Tomas Kellner campaign headquarters in 2019.', 'Tomas Kellner', 'person'],
    ['Ken Loach, the veteran director at Cannes this year, won the prize.', 'Cannes', 'place'],
    ["Andy Murray's former sparring partner at Wimbledon, Dan Evans, said so.", 'Wimbledon', 'place'],
  ])("takes no employer after a staff noun where the name is no firm's: %s", (text, name, type) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name).map((m) => m.type)).toEqual([type]);
  });

  it("takes a firm's name whole after a staff noun, a gazetteer's town inside it ('BDO Stoy Hayward'), and one before a firm's part", () => {
    expect(runDoc('Optimism is high, say researchers at BDO Stoy Hayward.').mentions.map((m) => [m.text, m.type])).toEqual([['BDO Stoy Hayward', 'organization']]);
    expect(runDoc('Jerry Kellner, analyst with Conner Ballan division of Zorvex Corp, said so.').mentions.filter((m) => m.text === 'Conner Ballan').map((m) => m.type)).toEqual(['organization']);
  });

  it("takes no follower's, people's or rank's word before an academic's noun for an employer", () => {
    for (const text of ['Brexiteer economist Dana Quint backed the plan.', 'Thatcherite economist Dana Quint advised her.', 'Adjunct professor Dana Quint taught the class.', 'Ex-Fed economist Dana Quint said rates would rise.'])
      expect(runDoc(text).mentions.filter((m) => m.type === 'organization' && !m.entityId.includes('federal-reserve')).map((m) => m.text), text).toEqual([]);
  });

  it("takes no organisation after a lawyer's 'with', his client's as often", () => {
    expect(runDoc('"We will appeal," said Dana Pruitt, who is a lawyer with Kellmoor.').mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });

  it('joins a legal form after a comma to the firm, not to a place after "of" nor a county\'s "Co." or a state\'s code', () => {
    const texts = (t: string) => runDoc(t).mentions.map((m) => [m.text, m.type]);
    expect(texts('Zorvex Widgets, Inc. said on Monday that profit rose. The suit names Kellmo Holdings, LLC as a defendant.')).toEqual([
      ['Zorvex Widgets, Inc.', 'organization'],
      ['Kellmo Holdings, LLC', 'organization'],
    ]);
    expect(texts('Logos need the consent of Kellmo Enterprises, L.P. in writing.')).toEqual([['Kellmo Enterprises, L.P.', 'organization']]);
    // (nor a town's state or country after its comma, 'Co.' Colorado's, 'S.A.' South Africa's; after 'and' a list's next firm)
    expect(texts('He moved to Denver, Co. in 2005. She was born in Johannesburg, S.A. and moved to London.').filter(([, t]) => t === 'organization')).toEqual([]);
    expect(texts('Zorvex, Inc. and Kellmo-Quint, Inc. reported results on Monday.')).toEqual([
      ['Zorvex, Inc.', 'organization'],
      ['Kellmo-Quint, Inc.', 'organization'],
    ]);
    expect(texts('It bought Hunter Helicopter of Nevada, Inc. on Monday. He lives in Mallow, Co. Cork, and works in Las Vegas, NV.')).toEqual([
      ['Nevada', 'place'],
      ['Co. Cork', 'place'],
      ['Las Vegas', 'place'],
    ]);
  });

  it("keeps a given name alone a person where it is one, beside a firm of that name ('Ariel, 34, a welder, said he')", () => {
    const doc = runDoc('Shares in Maribel Corporation fell. Maribel, 34, a welder, said he voted for the plan. Maribel, the owner\'s son, declined to comment.');
    expect(doc.mentions.filter((m) => m.text === 'Maribel').map((m) => m.type)).toEqual(['person', 'person']);
  });

  it("takes 'Schools' for a school district's only after a kind of school", () => {
    expect(runDoc('Bristol Schools face cuts, and other Public Schools too.').mentions.filter((m) => m.type === 'organization')).toEqual([]);
  });

  it("links a firm named by a given name and a legal form to the given name alone, which is no speaker's", () => {
    const doc = runDoc('Maribel Corp said on Monday that its quarterly profit rose 12 pct. Maribel said it would open two plants.');
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Maribel Corp', 'organization', 'organization:maribel'],
      ['Maribel', 'organization', 'organization:maribel'],
    ]);
  });

  it("takes no speaking given name for a person where it opens a hyphenated firm's name the story gives", () => {
    const doc = runDoc('Morgan-Voss Corp cut its forecast on Tuesday. Morgan said demand for its trucks had slowed.');
    expect(doc.mentions.filter((m) => m.type === 'person')).toEqual([]);
  });

  it("links an organisation's shorter name to its full name, over a gazetteer place of that name", () => {
    // 'Magna' is a town in Utah (GeoNames); in the last sentence it is the first word, where the name finder finds no run
    const doc = runDoc('Magna International Inc said on Tuesday that Magna would buy Douglas & Lomason Co. Magna shares rose.');
    expect(doc.mentions.filter((m) => m.text.startsWith('Magna')).map((m) => [m.text, m.type, m.entityId, m.source])).toEqual([
      ['Magna International Inc', 'organization', 'organization:magna-international', 'rule:org-keyword'],
      ['Magna', 'organization', 'organization:magna-international', 'coreference'],
      ['Magna', 'organization', 'organization:magna-international', 'coreference'],
    ]);
  });

  it("takes a gazetteer town's name a firm's context gives a firm for the firm elsewhere in the story, not after a preposition of place", () => {
    // 'Harderwijk' is a Dutch town (GeoNames); a kind of firm before it makes it a firm (step 8b)
    const doc = runDoc('Shares rose after the chemicals group Harderwijk said profits doubled. Harderwijk owns 40% of the unit. Workers in Harderwijk were not pleased.');
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Harderwijk', 'organization', 'organization:harderwijk'],
      ['Harderwijk', 'organization', 'organization:harderwijk'],
      ['Harderwijk', 'place', 'geonames:2754848'],
    ]);
  });

  it("keeps a one-word firm a kind of firm names first for the firm, not its founder's surname, where nothing says person", () => {
    const doc = runDoc('The computer firm Kellbrook reported higher profits. Founder Peter Kellbrook said demand was strong. Kellbrook shares rose 3%. Analysts said Kellbrook had done well. Kellbrook said he would stay.');
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Kellbrook', 'organization', 'organization:kellbrook'],
      ['Peter Kellbrook', 'person', 'person:peter-kellbrook'],
      ['Kellbrook', 'organization', 'organization:kellbrook'],
      ['Kellbrook', 'organization', 'organization:kellbrook'],
      ['Kellbrook', 'person', 'person:peter-kellbrook'],
    ]);
    // (not where the person is named first: the cue misread him, 'a company Kellbrook is forming')
    const later = runDoc('Theodore Kellbrook said he would bid. A company Kellbrook is forming would buy the firm. Kellbrook, whose group includes his wife, said so.');
    expect(later.mentions.filter((m) => m.start > 60).map((m) => [m.text, m.type])).toEqual([['Kellbrook', 'person']]);
  });

  it("keeps a firm's town the town in a sentence that writes it after a preposition of place too ('live in Harderwijk, and Harderwijk has')", () => {
    const doc = runDoc('Shares rose after the chemicals group Harderwijk said profits doubled. Thousands of people live in Harderwijk, and Harderwijk has a new school.');
    expect(doc.mentions.map((m) => [m.text, m.type])).toEqual([
      ['Harderwijk', 'organization'],
      ['Harderwijk', 'place'],
      ['Harderwijk', 'place'],
    ]);
  });

  it("joins one word, 'and' and one or two words before a legal form into one firm, not a name of its own, a list's or an acronym", () => {
    const orgs = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs('Analysts said Tarvo and Lyle Sugar PLC would gain. Thomas and Howell Co said it sold a unit.')).toEqual(['Tarvo and Lyle Sugar PLC', 'Thomas and Howell Co']);
    // (a name in capitals or a coinage, a lexicon's firm, a list's name after a comma, a plural opening the sentence, an acronym or three
    // words after 'and')
    expect(orgs('Shares of QMX and Quandell Hotels Ltd fell.')).toEqual(['QMX', 'Quandell Hotels Ltd']);
    expect(orgs('Buyers include Ohio-based ZorvCorp and Banc Quimbar Corp.')).toEqual(['ZorvCorp', 'Banc Quimbar Corp.']);
    expect(orgs('Shares of Ford and Quandell Motors Corp fell.')).toEqual(['Ford', 'Quandell Motors Corp']);
    expect(orgs('The deal was led by Zorvex, Kellby and Quandell Hotels Corp on Monday.')).toEqual(['Quandell Hotels Corp']);
    expect(orgs('Analysts and Quandell Hotels Corp agreed on Monday.')).toEqual(['Quandell Hotels Corp']);
    expect(orgs('The bid came from Redvale and QMV Holdings Inc on Monday.')).toEqual(['QMV Holdings Inc']);
    expect(orgs('The bid came from Jenvek and Pacific Asset Holdings L.P. on Monday.')).toEqual(['Pacific Asset Holdings L.P.']);
    // (a name the story writes alone elsewhere: a band of its own)
    expect(orgs('The band toured with former Zorvek and Bad Quandell Company singer Tom Hale. Hale sang with rockers Zorvek, who split.')).toEqual(['Bad Quandell Company']);
  });

  it("takes a weak rule's person that opens a firm named with its legal form for the firm (owning too), not where it says 'he'", () => {
    const doc = runDoc('Dexter Quandell Mining Corp said profits rose. Dexter Quandell said output rose. Dexter Quandell owns 17 pct of the mine. Halvard Zorbeck Holdings said it would buy a stake. Halvard Zorbeck said he would resign.');
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Dexter Quandell Mining Corp', 'organization', 'organization:dexter-quandell-mining'],
      ['Dexter Quandell', 'organization', 'organization:dexter-quandell-mining'],
      ['Dexter Quandell', 'organization', 'organization:dexter-quandell-mining'],
      ['Halvard Zorbeck Holdings', 'organization', 'organization:halvard-zorbeck-holdings'],
      ['Halvard Zorbeck', 'person', 'person:halvard-zorbeck'],
    ]);
  });

  it("takes a weak rule's person whose words are a wire headline's run before its ticker for the firm, not where it says 'he'", () => {
    const types = (text: string) => runDoc(text).mentions.filter((m) => /^(?:dexter|DEXTER)/i.test(m.text)).map((m) => [m.text, m.type]);
    expect(types('DEXTER WORKS <DXW> MAKES ACQUISITIONS\n\n    PORTVALE, March 5 - Dexter Works said it has acquired a maker of door hardware.')).toEqual([
      ['DEXTER WORKS', 'organization'],
      ['Dexter Works', 'organization'],
    ]);
    expect(types('DEXTER WORKS <DXW> MAKES ACQUISITIONS\n\n    PORTVALE, March 5 - Dexter Works said he has acquired a maker of door hardware.').map(([, t]) => t)).not.toContain('organization');
    // (not a later run of the headline, a place's after 'OF')
    const place = runDoc('QUIMBAR CORP OF SANTA MONICA <QSM> SETS PAYOUT\n\n    SANTA MONICA, Calif., March 5 - Quimbar Corp of Santa Monica said its Santa Monica Savings and Loan Association unit would pay.').mentions;
    expect(place.filter((m) => m.text === 'Santa Monica').map((m) => m.type)).toEqual(['place']);
  });

  it("keeps a firm's opening words a person where the story names someone of the surname in full, or a gazetteer's firm of the span", () => {
    const doc = runDoc('Halvard Zorbeck Holdings said it would buy a stake. Its founder, Anna Zorbeck, agreed. Halvard Zorbeck said the deal was good. Dexter Quandell Mining Corp said profits rose. Dexter Quandell said output rose.');
    expect(doc.mentions.filter((m) => m.text === 'Halvard Zorbeck' || m.text === 'Dexter Quandell').map((m) => [m.text, m.type])).toEqual([
      ['Halvard Zorbeck', 'person'],
      ['Dexter Quandell', 'organization'],
    ]);
    const known = runDoc('Morgan Stanley Asia Ltd said profits rose. A Morgan Stanley spokesman declined to comment. Dexter Quandell Mining Corp said profits rose. Dexter Quandell said output rose.');
    expect(known.mentions.filter((m) => m.text === 'Morgan Stanley' || m.text === 'Dexter Quandell').map((m) => [m.text, m.source])).toEqual([
      ['Morgan Stanley', 'gazetteer:world-organizations'],
      ['Dexter Quandell', 'coreference'],
    ]);
  });

  it("links a firm's name without its line of business to it, but keeps a gazetteer firm's arm apart ('Barclays Capital')", () => {
    const doc = runDoc('Brennick Airways cut jobs on Monday. Brennick chief executive Owen Baines said so. Barclays said profits at Barclays Capital rose.');
    const id = (text: string) => doc.mentions.find((m) => m.text === text)?.entityId;
    expect(doc.mentions.filter((m) => m.text.startsWith('Brennick')).map((m) => [m.text, m.entityId])).toEqual([
      ['Brennick Airways', 'organization:brennick-airways'],
      ['Brennick', 'organization:brennick-airways'],
    ]);
    expect(id('Barclays')).toBeDefined();
    expect(id('Barclays Capital')).toBeDefined();
    expect(id('Barclays Capital')).not.toEqual(id('Barclays'));
  });

  it("links a team's nickname to its name with its town the document gives ('Dodgers' after 'Los Angeles Dodgers')", () => {
    const doc = runDoc('The Los Angeles Dodgers beat the Boston Celtics on Monday. The Dodgers manager said the Celtics played well.');
    expect(doc.mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['Los Angeles Dodgers', 'organization:los-angeles-dodgers'],
      ['Boston Celtics', 'organization:boston-celtics'],
      ['Dodgers', 'organization:los-angeles-dodgers'],
      ['Celtics', 'organization:boston-celtics'],
    ]);
  });

  it("links a club's last word alone to the club ('United' after 'Manchester United'), not 'City' after 'the'", () => {
    const doc = runDoc('Manchester City beat Manchester United at the City of Manchester Stadium. Rooney put United ahead, and City did fight back. Banks in the City said so. Later City officials said the match was peaceful.');
    expect(doc.mentions.filter((m) => m.text === 'United' || m.text === 'City').map((m) => [m.start, m.entityId])).toEqual([
      [doc.text.indexOf('United ahead'), 'organization:manchester-united'],
      [doc.text.indexOf('City did'), 'organization:manchester-city'],
    ]);
    // ('United' after 'the' is the club's all the same: no district nor town is called so)
    const united = runDoc('Malcolm Glazer wants to buy Manchester United. The United board rejected his offer, and the United players trained.');
    expect(united.mentions.filter((m) => m.text === 'United').map((m) => m.entityId)).toEqual(['organization:manchester-united', 'organization:manchester-united']);
  });

  it("links a newspaper's last word after 'the' to the paper the document names in full ('the Post')", () => {
    const doc = runDoc('The Leeds Post said on Monday the plan failed. A spokesman disputed the Post story. The Post Office closed.');
    expect(doc.mentions.filter((m) => m.text.endsWith('Post')).map((m) => [m.text, m.entityId])).toEqual([
      ['Leeds Post', 'organization:leeds-post'],
      ['Post', 'organization:leeds-post'],
    ]);
  });

  it("links a common word that is a firm's shorter name inside a sentence, and two names across '&'", () => {
    const doc = runDoc(
      'Mercantile Bancorp Inc and Douglas & Lomason Co said on Tuesday that talks went on. Analysts said Mercantile and Douglas & Lomason did not comment. Key Corp fell. Traders said Key would not comment. Key talks failed.',
    );
    // (not a word of compromise's common lexicon opening a sentence: 'Key talks failed')
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Mercantile Bancorp Inc', 'organization', 'organization:mercantile-bancorp'],
      ['Douglas & Lomason Co', 'organization', 'organization:douglas-lomason'],
      ['Mercantile', 'organization', 'organization:mercantile-bancorp'],
      ['Douglas & Lomason', 'organization', 'organization:douglas-lomason'],
      ['Key Corp', 'organization', 'organization:key-corp'],
      ['Key', 'organization', 'organization:key-corp'],
    ]);
  });

  it('types a common word and a surname that speak as a firm; a surname, a particle or an honorific first as a person', () => {
    // (shipped lexicons: 'Time' is a common word of no name list, 'Price' and 'Dick' are surnames, 'Du' a particle)
    expect(mentionSources('Time Warner said on Friday that profits rose. Dick Pound said no. Du Plessis said it rose. Gen Zorvath said so.')).toEqual([
      ['Time Warner', 'organization', 'rule:org-context'],
      ['Dick Pound', 'person', 'rule:person-context'],
      ['Du Plessis', 'person', 'rule:person-context'],
      ['Zorvath', 'person', 'rule:title-person'],
    ]);
    // a family name written first before an unknown word: a person, not the town of Donghai; the lone family name is linked
    expect(mentionSources('The title went to Wang Donghai of China on Sunday. Wang won again.')).toEqual([
      ['Wang Donghai', 'person', 'rule:name-shape'],
      ['China', 'place', 'gazetteer:places'],
      ['Wang', 'person', 'coreference'],
    ]);
    // a firm that says what it did is the one named in full, and beats a gazetteer's town ('Andover', Massachusetts)
    expect(mentionSources('Shares of Magna International Inc rose on Monday. Analysts said Magna said it bought a plant, and Andover said it sold one.')).toEqual([
      ['Magna International Inc', 'organization', 'rule:org-keyword'],
      ['Magna', 'organization', 'coreference'],
      ['Andover', 'organization', 'rule:said-it'],
    ]);
    // (a country that says what it did stays the country: only a town's name gives way)
    expect(mentionSources('BELGRADE, March 30 - Yugoslavia said it has been asked to help. Yugoslavia is a communist state, and Yugoslavia will produce parts.').filter(([t]) => t === 'Yugoslavia')).toEqual([
      ['Yugoslavia', 'place', 'gazetteer:places'],
      ['Yugoslavia', 'place', 'gazetteer:places'],
      ['Yugoslavia', 'place', 'gazetteer:places'],
    ]);
    // a given name and 'Brothers' or 'Bros' is a firm, not a person ('Salomon Bros', 'Parker Brothers')
    expect(mentionSources('David Shulman, an economist at Salomon Bros, said Parker Brothers would gain.').filter(([t]) => /Bro/.test(String(t)))).toEqual([
      ['Salomon Bros', 'organization', 'rule:org-keyword'],
      ['Parker Brothers', 'organization', 'rule:org-keyword'],
    ]);
    // (not an article: 'Les Choristes', a film, 'Los Zorvathos'; 'Die Welt' is a curated newspaper)
    expect(mentionTypes('The award went to Les Choristes, Los Zorvathos and Die Welt on Sunday.')).toEqual([['Die Welt', 'organization']]);
    // a title may start at a later word of a run of title words ('Interior' of 'Interior Minister' is none alone): the
    // person after it is found, not the town of Tsang
    expect(mentionSources('Hong Kong Interior Secretary Donald Tsang said on Friday that it rose.')).toEqual([
      ['Hong Kong', 'place', 'gazetteer:world-places'],
      ['Donald Tsang', 'person', 'rule:title-person'],
    ]);
    // a possessive before 'stock' is no firm's name ("Zorvexa's" stays one token of wink-nlp's inside the quotation)
    const possessive = mentionSources(
      'Zorvexa falls on bankruptcy filing\n\n"It had a greater relative impact on Quimbly\'s stock then on Zorvexa\'s," analyst Sanford Margoshes said, citing the sharper decline this morning.\n\n"From the standpoint of the attractiveness of Zorvexa\'s stock," Margoshes said, "I have turned quite bullish."',
    );
    expect(possessive.filter(([text]) => String(text).includes("'"))).toEqual([]);
    // an acronym ends no person's name ('SEO', a Korean surname too): no 'Local SEO' to link the lone acronym to
    expect(mentionTypes('Local SEO is hard work. Zarko Zivkovic founded Practical SEO on Monday, and SEO paid.')).toEqual([['Zarko Zivkovic', 'person']]);
    // a surname after an honorific is the person, over a gazetteer's organisation of that name ('Williams', an energy company)
    expect(mentionSources('Mr Williams said on Monday that Ms Sears agreed.')).toEqual([
      ['Williams', 'person', 'rule:title-person'],
      ['Sears', 'person', 'rule:title-person'],
    ]);
    // two words no lexicon knows are a person's name; not an article, a saint, a place's head, a hyphenated firm, a pair
    // holding a continent; a foreign firm's word makes an organisation
    expect(
      mentionSources('The award went to Merlene Ottey on Sunday, while La Jornada, Ciba-Geigy, Lycos Europe, Banque Paribas, Norsk Hydro and Lazard Freres watched from Fort Bonifacio.'),
    ).toEqual([
      ['Merlene Ottey', 'person', 'rule:name-shape'],
      ['Ciba', 'place', 'gazetteer:world-places'],
      ['Europe', 'place', 'gazetteer:places'],
      ['Banque Paribas', 'organization', 'rule:org-keyword'],
      ['Norsk Hydro', 'organization', 'rule:org-keyword'],
      ['Lazard Freres', 'organization', 'rule:org-keyword'],
      // (a fort's head makes a place: step 6b')
      ['Fort Bonifacio', 'place', 'rule:place-keyword'],
    ]);
    // (nor a common word and a country by this rule: 'Statistics Canada said' is a national body by step 19c, which
    // asks for a field of government or sport before the country, not a firm that speaks; 'Hotel Rwanda' is none)
    expect(mentionSources('Statistics Canada said on Friday that profits rose.')).toEqual([['Statistics Canada', 'organization', 'rule:national-body']]);
    // (a heritage body's or an arts body's adjective too)
    expect(mentionSources('Historic England said on Friday that the hall would be listed.')).toEqual([['Historic England', 'organization', 'rule:national-body']]);
    expect(mentionTypes('Hotel Rwanda said on Friday that profits rose.')).toEqual([['Rwanda', 'place']]);
    // (a nation and one sport's word the other way round, a governing body's name (step 4n); not before an event's or a
    // team's word, nor after a region)
    expect(mentionSources('Officials of UK Athletics and England Netball met on Friday.')).toEqual([
      ['UK Athletics', 'organization', 'rule:national-body'],
      ['England Netball', 'organization', 'rule:national-body'],
    ]);
    expect(mentionTypes('She won at the UK Athletics championships, and in Ohio Swimming is popular.')).toEqual([
      ['UK', 'place'],
      ['Ohio', 'place'],
    ]);
    // (a nationality or a country and 'FA' are its football association (step 4n'), not the nationality and England's
    // body; not inside a cup's name)
    expect(mentionSources('The Danish FA fined Zorvex, and a Peru FA official said the Quimble club would appeal.')).toEqual([
      ['Danish FA', 'organization', 'rule:national-body'],
      ['Peru FA', 'organization', 'rule:national-body'],
    ]);
    expect(mentionSources('Zorvex won the Danish FA Cup final on Sunday.').map((m) => m[0])).not.toContain('Danish FA');
    // (nor a region's, nor after 'of': a savings bank's legal form)
    expect(mentionSources('Zorvex Savings of Denmark FA said it bought back notes.').map((m) => m[2])).not.toContain('rule:national-body');
    expect(mentionSources('The Ohio FA said it bought back notes.').map((m) => m[2])).not.toContain('rule:national-body');
    expect(mentionSources('Zorvex won the Danish FA Cup final on Sunday.').map((m) => m[2])).not.toContain('rule:national-body');
  });

  it("a network's one word that is a surname too is the network where the document says network (step 8b'''')", () => {
    const fox = (text: string) => runDoc(text).mentions.filter((m) => m.text === 'Fox').map((m) => [m.type, m.source]);
    // (its channel, a network's word after it, 'on' before it)
    expect(fox('Zorvex Quandell said on Fox News that he would run. Fox reported the plan on Monday.')).toEqual([['organization', 'rule:network']]);
    expect(fox('The show aired on the Fox network. Fox said the show would return.')).toEqual([
      ['organization', 'rule:network'],
      ['organization', 'rule:network'],
    ]);
    // (a person of the surname named in full keeps it; no cue, no network; 'on Fox' before a gerund is none)
    expect(fox('Tamsin Fox, the Quandell minister, appeared on Fox News. Fox said the plan was fine.')).toEqual([['person', 'coreference']]);
    expect(fox('Fox said the plan was fine. Fox is a Quandell minister.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(fox('The ban on Fox hunting began. Fox hunting with dogs is now illegal in Quandell, Fox said.').filter(([type]) => type === 'organization')).toEqual([]);
    // (nor a show's title's first word, before 'and' and a common word)
    expect(fox('Quandell was interviewed on Fox and Friends, a Fox News show, on Monday.')).toEqual([]);
    // (a verb after the surname is a person's as well: no cue)
    expect(fox('Dr Fox reported that the mice recovered. Fox said the results were strong.').filter(([type]) => type === 'organization')).toEqual([]);
    expect(fox('Ms Fox aired her concerns at the meeting. Fox said she would stay.').filter(([type]) => type === 'organization')).toEqual([]);
  });

  it("a national body's short form alone is the nation's the story names, else in a football story the Football Association (step 16b'')", () => {
    const fa = (text: string) => runDoc(text).mentions.filter((m) => m.text === 'FA').map((m) => [m.type, m.entityId]);
    // (a football story: a sports report with a word of the game; no 'Football Association' written out)
    const football = 'Zorvex United striker Tam Quandell was charged by the FA after the match. The FA said the referee missed the penalty. Zorvex play their league game next season.';
    expect(fa(football)).toEqual([
      ['organization', 'organization:football-association'],
      ['organization', 'organization:football-association'],
    ]);
    // (the one nation's body the story names with its nation)
    expect(fa('The Danish FA fined Zorvex for the trouble at the match. Talks with the FA about the penalty and the league season went on.')).toEqual([['organization', 'organization:danish-fa']]);
    // (not two nations' bodies, nor outside a football story)
    expect(fa('The Danish FA and the Peru FA met before the match. The FA will rule on the penalty in the league season.')).toEqual([]);
    expect(fa('Quandell holds an FA from the Zorvex Art School, and the FA show opens on Friday.')).toEqual([]);
    expect(fa('The Zorvex cricket team beat Quandell in the league match after the tournament. The FA said the innings was fine.')).toEqual([]);
  });

  it('a word wink-nlp ships as a common noun is a name where the document writes it as one only', () => {
    // 'gaddafi' is a NOUN of wink's lexicon (read from web text in lower case), with no plural: written capitalised, on
    // its own too, and never in lower case, it is a name, so 'Muammar Gaddafi' is a pair of unknown words
    const libya = 'The coup brought Muammar Gaddafi to power in 1969. Diplomats said Gaddafi was abroad. Gaddafi has dismissed any unrest.';
    expect(mentionSources(libya).filter(([, type]) => type === 'person')).toEqual([
      ['Muammar Gaddafi', 'person', 'rule:name-shape'],
      ['Gaddafi', 'person', 'coreference'],
      ['Gaddafi', 'person', 'coreference'],
    ]);
    // not once the document writes it in lower case, nor when it never stands on its own (the head word of a firm's name)
    expect(mentionTypes(libya + ' A gaddafi is no word.')).not.toContainEqual(['Muammar Gaddafi', 'person']);
    expect(mentionTypes('The coup brought Muammar Gaddafi to power in 1969. Diplomats said Muammar Gaddafi was abroad.')).not.toContainEqual(['Muammar Gaddafi', 'person']);
    // a common noun with its plural in the lexicon stays common ('Chemical', 'chemicals'): 'Zorvex Chemical' is no person
    expect(mentionTypes('Shares of Zorvex Chemical rose. Chemical stocks led, and Chemical was up again.')).not.toContainEqual(['Zorvex Chemical', 'person']);
  });

  it('links a shorter name the organisation-word rule typed to the full name, and leaves the city a place', () => {
    const doc = runDoc('Houston Industries Inc said profits rose. Its plant near Houston was closed, Houston Industries said.');
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Houston Industries Inc', 'organization', 'organization:houston-industries'],
      ['Houston', 'place', 'geonames:4699066'],
      ['Houston Industries', 'organization', 'organization:houston-industries'],
    ]);
  });

  it('takes a name before a country in brackets for an athlete, but not a club before its score nor a subsidiary', () => {
    const typed = (text: string) => names(TITLE + text).filter((n) => n[2] === 'rule:name-country').map((n) => n[0]);
    expect(typed('1. Zarvo Zorvath ( Kenya ) 3 minutes 49.09 seconds')).toEqual(['Zarvo Zorvath']);
    expect(typed('Levski Zorvath ( Kenya ) 1 Olimpija ( Kenya ) 0')).toEqual([]);
    expect(typed('The loan goes to Kumagai Zorvath ( Kenya ) Ltd on Monday .')).toEqual([]);
    expect(typed('Shares of European Sugar ( Kenya ) rose .')).toEqual([]);
    // in prose rather than a table's entry: a company's branch
    expect(typed('He will take a stake in Kumagai Zorvath ( Kenya ) this year .')).toEqual([]);
  });

  it("takes a goal's scorer in a results line for a person, over a gazetteer's town of the name: 'Bastia 1 ( Drobnjak 82nd )'", () => {
    const persons = (text: string) => names(TITLE + text).filter((n) => n[1] === 'person').map((n) => [n[0], n[2]]);
    expect(persons('Nice 1 ( Zorvath 39th ) Bastia 2 ( Quimblor 10th , Baku 56th 59th , Drelik 89th penalty ) .')).toEqual([
      ['Zorvath', 'rule:scorer'],
      ['Quimblor', 'rule:scorer'],
      ['Baku', 'rule:scorer'],
      ['Drelik', 'rule:scorer'],
    ]);
    // (inside brackets after a score only: not a district's number, 'Arizona 1st and California 21st', '(Michigan 11th)')
    expect(persons('In two districts , Zorvath 1st and Quimblor 21st , and a vacant seat ( Drelik 11th ) .')).toEqual([]);
    // (over a gazetteer's town: the shipped gazetteers' Paris)
    expect(mentionSources('Karlsruhe 4 ( Keller 18th , Paris 56th , Haessler 90th ) .' + PROSE).filter(([t]) => t === 'Paris')).toEqual([['Paris', 'person', 'rule:scorer']]);
  });

  it("makes no person of a storm's or an operation's name, and an organisation of a ballet's, a registry's", () => {
    const typed = (text: string) => mentionTypes(text + PROSE);
    expect(typed('Hurricane Ivan hit the coast, and Operation Barbarossa began.').filter(([, t]) => t === 'person')).toEqual([]);
    expect(typed('The Zorvath Ballet and the Quimble Registry opened an office.')).toEqual([
      ['Zorvath Ballet', 'organization'],
      ['Quimble Registry', 'organization'],
    ]);
    // (and a newspaper's word: 'Boston Herald', 'Salt Lake Tribune' were persons by their last word)
    expect(typed('He told the Zorvath Herald and the Quimble Tribune about it.')).toEqual([
      ['Zorvath Herald', 'organization'],
      ['Quimble Tribune', 'organization'],
    ]);
  });

  it("takes a wire's dateline with an ISO date for its place, and a common word's nowhere else ('NICE , France')", () => {
    const shipped = shippedResources();
    const typedIn = (text: string) => {
      const doc = split(text);
      return findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type, c.source]);
    };
    expect(typedIn('RALLYING - ZORVATH WINS .\nQUIMBLEVA , Finland 1996-08-25\nThe rally ended on Sunday .')).toContainEqual(['QUIMBLEVA', 'place', 'rule:dateline']);
    expect(typedIn('SOCCER - COACH SACKED .\nNICE , France 1996-08-29\nStruggling side Nice sacked their coach .\nNice are 18th in the table .').filter(([n, t]) => n === 'Nice' && t === 'place')).toEqual([]);
  });

  it("takes a cricket scorecard's fielder and bowler for persons, over a gazetteer's town", () => {
    const shipped = shippedResources();
    const doc = split('CRICKET - ENGLAND V PAKISTAN SCORES .\nPakistan first innings\nAamir Zorvath c Cork b Croft 46\nMoin Khan b Salisbury 23\nExtras ( lb-2 ) 3');
    const found = findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).filter((c) => c.source === 'rule:scorecard').map((c) => [doc.clean.slice(c.start, c.end), c.type]);
    expect(found).toEqual([
      ['Cork', 'person'],
      ['Croft', 'person'],
      ['Salisbury', 'person'],
    ]);
    // (not a 'b' or a 'c' in prose: 'Plan B Zorvath 4', 'section c Zorvath said')
    const prose = split('Report\nThey chose plan b Zorvath said , and section c Quimble rules apply .');
    expect(findNames(prose, shipped.lexicons, matchGazetteers(prose, shipped.matcher)).filter((c) => c.source === 'rule:scorecard')).toEqual([]);
  });

  it("takes the side of a draw facing a person across 'vs.' for a person too, not a cup's club (shipped gazetteers)", () => {
    const shipped = shippedResources();
    const doc = split('TENNIS - RESULTS AT THE OPEN .\nResults of first round matches at the tennis tournament :\nGrant Stafford ( South Africa ) vs. Zorvath Forget ( France )\nLevski Zorvath ( Bulgaria ) v Quimblor ( Slovenia )');
    const typed = findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type]);
    expect(typed).toContainEqual(['Zorvath Forget', 'person']);
    expect(typed).toContainEqual(['Quimblor', 'organization']);
  });

  it("takes the untyped side of a draw's result facing a person across 'beat' for a person, a seed's number before either", () => {
    const typed = (line: string) => shippedNames('TENNIS - RESULTS AT THE OPEN .\nResults of second round matches at the tennis tournament :\n' + line);
    expect(typed('4 - Zorvika Date ( Japan ) beat 2 - Conchita Martinez ( Spain ) 6-2 7-5 .')).toContainEqual(['Zorvika Date', 'person', 'rule:draw-player']);
    expect(typed('Kimberly Po ( U.S. ) beat 10 - Zorvika Date ( Japan ) 6-2 7-5')).toContainEqual(['Zorvika Date', 'person', 'rule:draw-player']);
    // (not the rest of a name whose first word was cut off, 'Sun' a weekday's abbreviation here; nor with no person
    // across the verb)
    expect(typed('Sun Zorvik ( China ) beat Marina Andrievska ( Sweden ) 11-8 11-2')).toContainEqual(['Zorvik', null, 'rule:proper-noun']);
    expect(typed('Zorvika Date ( Japan ) beat Quimble Lundqvar ( Spain ) 6-2 7-5 .')).not.toContainEqual(['Zorvika Date', 'person', 'rule:draw-player']);
  });

  it("takes the name after a rider's or a driver's country in brackets for the team, before a time or the line's end", () => {
    const typed = (line: string) => shippedNames('MOTOR RACING - GRAND PRIX PRACTICE TIMES .\nPractice times in the race on Friday :\n' + line);
    // ('Jordan' a country of the gazetteer)
    expect(typed('9. Martin Brundle ( Britain ) Jordan 1:55.385')).toContainEqual(['Jordan', 'organization', 'rule:race-team']);
    expect(typed('6. Jans Zorvek ( Netherlands ) Zorvexa')).toContainEqual(['Zorvexa', 'organization', 'rule:race-team']);
    expect(typed('3. Tristan Hoffman ( Netherlands ) Zorvexa same time')).toContainEqual(['Zorvexa', 'organization', 'rule:race-team']);
    const teams = (line: string) => typed(line).filter(([, , source]) => source === 'rule:race-team');
    // (a car: a make and its model; a record's place before its date; a year in the brackets; no person before them;
    // a verb after the name)
    expect(teams('2. Juha Kankkunen ( Finland ) Toyota Celica 12 seconds')).toEqual([]);
    expect(teams('2:30.67 Christine Wachtel ( Germany ) Berlin 17.8.90')).toEqual([]);
    expect(teams('Martin Brundle ( 1986 ) Zorvexa 12')).toEqual([]);
    expect(teams('Zorvex Holdings ( Britain ) Zorvexa 12')).toEqual([]);
    expect(teams('Martin Brundle ( Britain ) Zorvexa said')).toEqual([]);
  });

  it("takes a player of a draw after 'vs.' for a person, not a score line's team", () => {
    // (given names of the longer list only: compromise's first names stop the score-line rule already)
    const lex = { ...res.lexicons, givenNames: new Set(['galo', 'hernan']) };
    const sources = (text: string) => {
      const doc = split(TITLE + text);
      return findNames(doc, lex, matchGazetteers(doc, res.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type, c.source]);
    };
    expect(sources('Qualifier vs. Galo Quimblor ( Kenya )')).toContainEqual(['Galo Quimblor', 'person', 'rule:first-name']);
    // (a club: no given name first; a given name and a common word last, without the country: 'Hernan City')
    expect(sources('Qualifier vs. Levski Zorvath ( Kenya )')).toContainEqual(['Levski Zorvath', 'organization', 'rule:score-line']);
    expect(sources('Qualifier vs. Hernan City 6-3')).toContainEqual(['Hernan City', 'organization', 'rule:score-line']);
    // (without the country, a given name first and no common word last is a player since the fifty-sixth session: the
    // score-line rule refuses it, a cricket averages table's 'Salim Malik 3 5 2 195')
    expect(sources('Qualifier vs. Hernan Zorvath 6-3')).toContainEqual(['Hernan Zorvath', 'person', 'rule:first-name']);
  });

  it("leaves a results line's national side its country, but not a club of a country's name among clubs", () => {
    // (the shipped gazetteers: countries, and towns; a results page as CoNLL-2003 has it)
    const shipped = shippedResources();
    const typedIn = (text: string) => {
      const doc = split(text);
      return findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type]);
    };
    const nations = typedIn('SOCCER - AFRICAN NATIONS CUP RESULTS .\nResults of African Nations Cup soccer matches on Sunday :\nEthiopia 1 Uganda 1\nNamibia 6 Botswana 0');
    expect(nations.filter(([, t]) => t === 'organization')).toEqual([]);
    expect(nations).toContainEqual(['Ethiopia', 'place']);
    // 'Monaco' the club: a line with a town's club, and a table's line of one team among clubs
    const clubs = typedIn('SOCCER - FRENCH LEAGUE RESULTS .\nResults of French first division soccer matches on Saturday :\nCannes 0 Monaco 2\nGuingamp 2 Lens 1\nStandings :\nMonaco 4 2 1 1 7 4 7\nLens 4 2 1 1 6 4 7');
    expect(clubs.filter(([n]) => n === 'Monaco')).toEqual([
      ['Monaco', 'organization'],
      ['Monaco', 'organization'],
    ]);
  });

  it("gives a team's ALL-CAPS headline mention the team's type", () => {
    expect(names('SOMERSET SLUMP TO DEFEAT\nSomerset lost to Kent by six wickets in the county championship match on Friday . Their captain took three wickets .').filter((n) => n[0].toUpperCase() === 'SOMERSET')).toEqual([
      ['SOMERSET', 'organization', 'rule:headline-borrow'],
      ['Somerset', 'organization', 'rule:sports-team'],
    ]);
  });

  it('takes a town or county that plays in a sports report for its team, and leaves the venue a place', () => {
    const typed = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type, m.source]);
    // 'Leicestershire' is a GeoNames region, 'Somerset' a place of compromise's lexicon; 'Leicester' follows 'at', the
    // last 'Somerset' 'in': the venue
    expect(typed('Leicestershire beat Somerset by an innings and 39 runs in the county championship on Friday. Simmons took four wickets at Leicester. Somerset were bowled out for 83 after lunch. The sides meet again in Somerset in May.').filter((m) => m[0] !== 'Simmons')).toEqual([
      ['Leicestershire', 'organization', 'rule:sports-team'],
      ['Somerset', 'organization', 'rule:sports-team'],
      ['Leicester', 'place', 'gazetteer:world-places'],
      ['Somerset', 'organization', 'rule:sports-team'],
      ['Somerset', 'place', 'rule:lexicon-place'],
    ]);
    // the same words outside a sports report
    expect(typed('Leicestershire beat Somerset by a wide margin in the council vote on Friday, officials in Leicester said.')).toEqual([
      ['Leicestershire', 'place', 'gazetteer:world-places'],
      ['Somerset', 'place', 'rule:lexicon-place'],
      ['Leicester', 'place', 'gazetteer:world-places'],
    ]);
    // towns only the gazetteer knows (the name finder's runs are untyped there); 'at Fulham' is a venue
    expect(typed('Middlesbrough drew with Charlton in the league match on Saturday and the striker scored twice. Middlesbrough are fourth, and Southampton lost 2-1 at Fulham.').filter((m) => m[0] !== 'Charlton')).toEqual([
      ['Middlesbrough', 'organization', 'rule:sports-team'],
      ['Middlesbrough', 'organization', 'rule:sports-team'],
      ['Southampton', 'organization', 'rule:sports-team'],
      ['Fulham', 'place', 'gazetteer:world-places'],
    ]);
    // a list's later towns after the cue before its first, read over more than the 24 code units before the name
    expect(typed('The striker scored twice in the league match on Saturday. Premiership strugglers Middlesbrough, Southampton and Fulham all lost.')).toEqual([
      ['Middlesbrough', 'organization', 'rule:sports-team'],
      ['Southampton', 'organization', 'rule:sports-team'],
      ['Fulham', 'organization', 'rule:sports-team'],
    ]);
    // a national side is its country
    expect(typed('Italy beat England 2-1 in the World Cup qualifier on Saturday. The striker scored both goals in the match.')).toEqual([
      ['Italy', 'place', 'gazetteer:world-places'],
      ['England', 'place', 'gazetteer:world-places'],
    ]);
    // a name that is no place, before a player's or an official's role, is a club wherever the report names it; not
    // a nationality, an event, nor a run that opens with an adjective ('Zorvex' and 'Quimble' are in no gazetteer;
    // 'Zorvex' the winner by the result and its score, `matchSide`)
    expect(typed('Zorvex beat Quimble 2-1 in the league on Saturday after a VAR review. Quimble manager Mauricio Pochettino said his players deserved a draw.').filter((m) => m[1] === 'organization')).toEqual([
      ['Zorvex', 'organization', 'rule:sports-team'],
      ['Quimble', 'organization', 'rule:sports-team'],
      ['Quimble', 'organization', 'rule:sports-team'],
    ]);
    const teams = (text: string) => typed(text).filter((m) => m[2] === 'rule:sports-team');
    expect(teams('Turkish fans sang before the league match, and the striker scored twice. Davis Cup captain John Newcombe watched the season end.')).toEqual([]);
    expect(teams('Former Zorvex captain Will Carling watched the league match, and the striker scored twice this season.')).toEqual([]);
    // a role qualified by a word in lower case, or a player's position, before a person's name, at a sentence's start
    // too: the club wherever the report names it ('Zorvex' and 'Quimble' are in no gazetteer); not a nation's side, a
    // nationality, nor a common word opening the sentence
    expect(teams('Zorvex assistant boss Steve Clarke said the league match was hard. The striker scored twice as Zorvex won.').map((m) => m[0])).toEqual(['Zorvex', 'Zorvex']);
    expect(teams("Quimble flanker Johnny O'Connor was injured in the league match. The striker scored twice this season.").map((m) => m[0])).toEqual(['Quimble']);
    expect(teams('The league said Zorvex left-back Wayne Bridge will miss the match. The striker scored twice this season.').map((m) => m[0])).toEqual(['Zorvex']);
    expect(teams('England assistant coach Steve Clarke said the league match was hard. The Spanish assistant coach Luis Aragones agreed, and the striker scored twice.')).toEqual([]);
    expect(teams('The league said Zorvex youth coach Quandell Academy will train the players. The striker scored twice this season.')).toEqual([]);
    // (nor the last word of a longer name, whose word before is capitalised though its last token is not: "Val-d'Or")
    expect(teams("The league said Zorvia-d'Or Quimbles left wing Anthony Mantha will play. The striker scored twice this season.").map((m) => m[0])).not.toContain('Quimbles');
    expect(teams('Replacement hooker Robin Morris came on in the league match. Bench assistant coach Andy Etchebarren said the striker scored twice.')).toEqual([]);
    // a club of an unknown word and its town, which the name-shape rule made a person, where a team stands; not a
    // player whose first word is a given name ('Michael Washington')
    expect(teams('Hamburg beat Zorvex Rostock 1-0 in the league match on Saturday, and the striker scored twice this season.').map((m) => m[0])).toContain('Zorvex Rostock');
    expect(typed('Patrick Rafter upset Michael Washington 6-2 6-1 in the tournament match, his coach said after the season.').filter((m) => m[0] === 'Michael Washington')).toEqual([['Michael Washington', 'person', 'rule:first-name']]);
    // ... whose town alone was the mention: an untyped run of an acronym or a word and a gazetteer's town or district
    // where a team stands, or before its country in brackets and a score ('Nijmegen', 'Larnaca', 'Prague' are GeoNames')
    expect(teams('PSV beat NEC Nijmegen 4-1 in the league match, and AEK Larnaca drew with Zorvex. The striker scored twice this season.').map((m) => m[0])).toEqual(['NEC Nijmegen', 'AEK Larnaca']);
    expect(teams('Results of Cup Winners Cup matches on Thursday: In Prague : Zorvex Prague ( Czech Republic ) 8 Glentoran 0. The striker scored.').map((m) => m[0])).toContain('Zorvex Prague');
    // (not a run that opens with an adjective, 'Former England captain'; nor a compass word's part of a town)
    expect(teams('Former England captain Will Carling drew with the league leaders, and the striker scored twice this season.')).toEqual([]);
    expect(teams('The striker joined the league club this season after he moved to West Belfast, his coach said.')).toEqual([]);
    // a name no gazetteer types, the subject of a plural verb, is a club ('Zorvex' is in no gazetteer); not after a
    // determiner, not the last of a list, not a sentence's first word the document writes nowhere else as a name
    const SPORT = ' The striker scored twice in the league match this season.';
    expect(teams('The manager said Zorvex have all the tools to win the title.' + SPORT).map((m) => m[0])).toEqual(['Zorvex']);
    expect(teams('The manager said his Zorvex are not very good.' + SPORT)).toEqual([]);
    expect(teams('Ullrich, Basso, Zorvex are names on the podium.' + SPORT)).toEqual([]);
    expect(teams('"Zorvexes are part of the sport," the coach said.' + SPORT)).toEqual([]);
    // ... and one in the possessive before a person's name ("Chelsea's Damien Duff": 'Chelsea' a given name, in no
    // gazetteer); not a surname of a person the report names in full
    expect(teams("Zorvex's Marta Quandell scored twice." + SPORT).map((m) => m[0])).toEqual(['Zorvex']);
    expect(teams("Arsene Zorvex was angry. Zorvex's Patrick Quandell was booked." + SPORT)).toEqual([]);
    // ... or before its season's, its table's or its squad's noun, a word or two between ("Chelsea's Premiership lead",
    // "Rangers' boss"); not a surname of a person named in full ("Kellan's boss"), nor the bare apostrophe after a name
    // that ends in no s, nor a clause's word between, nor a common word opening the sentence ("Today's squad")
    expect(teams("The defeat cut Zorvex's Premiership lead to two points." + SPORT).map((m) => m[0])).toEqual(['Zorvex']);
    expect(teams("Quimbars' third boss of the season was sacked on Monday." + SPORT).map((m) => m[0])).toEqual(['Quimbars']);
    expect(teams("Marta Quandell was in form. Quandell's boss was poor, and Zorvex' boss was sacked." + SPORT)).toEqual([]);
    expect(teams("The coach praised Zorvex's and the fans' spirit." + SPORT)).toEqual([]);
    expect(teams("Team's boss was sacked on Monday." + SPORT)).toEqual([]);
    expect(teams("The derby filled Easter's stadium with fans." + SPORT)).toEqual([]);
    expect(teams("The R's manager Ian Holloway said so." + SPORT)).toEqual([]);
    expect(teams("Coach Zorro Quandell won again. Zorro's squad was superb." + SPORT)).toEqual([]);
    // (nor a name the report has speak alone, a manager's: 'Zorvex said')
    expect(teams("Zorvex's Marta Quandell scored twice. Zorvex said the striker was superb." + SPORT)).toEqual([]);
    // (no continent: "Europe's most clinical striker"; 'Europe' is a curated place of no country)
    expect(teams("He has become Europe's most clinical striker this season, and the league match was won.")).toEqual([]);
    // a town alone in brackets after a player's name is his club, a country his nationality
    expect(typed('Zorvexia named their squad for the World Cup qualifier match against Azerbaijan on Friday. Defenders - Stephane Henchoz ( Hamburg ), Ramon Vega ( Cagliari ), Marc Zorvex ( Italy ). The striker scored twice.').filter((m) => m[1] !== 'person')).toEqual([
      ['Azerbaijan', 'place', 'gazetteer:places'],
      ['Hamburg', 'organization', 'rule:sports-team'],
      ['Cagliari', 'organization', 'rule:sports-team'],
      ['Italy', 'place', 'gazetteer:world-places'],
    ]);
    // ... and so is a word and a town there, which the name-shape rule had made a person ('Widzew Lodz', 'Sokol Tychy')
    expect(
      typed('Zorvexia named their squad for the World Cup qualifier match against Azerbaijan on Friday. Midfielders - Jacek Zorvinski ( Zorvew Lodz ), Bogdan Lundqvik ( Sokol Tychy ). The striker scored twice.')
        .filter((m) => /Lodz|Tychy/.test(m[0]))
        .map((m) => [m[0], m[1]]),
    ).toEqual([
      ['Zorvew Lodz', 'organization'],
      ['Sokol Tychy', 'organization'],
    ]);
    // a squad list of a sports report, each player's club in brackets: the clubs organisations, of two words too, a
    // captain's mark beside one, a town's club, 'The' before one left out; the players persons
    const squad = (list: string) => typed(`Zorvexia named their squad for the rugby match against the league leaders on Saturday, and the coach praised the team. ${list} The striker scored twice.`);
    expect(squad('J Marlow (Kellmore Rovers, capt); R Quennell (Hamburg), M Tolland (Dunmore Rugby), T Pesce (The Whitlows).')).toEqual([
      ['J Marlow', 'person', 'rule:team-sheet'],
      ['Kellmore Rovers', 'organization', 'rule:squad-club'],
      ['R Quennell', 'person', 'rule:team-sheet'],
      ['Hamburg', 'organization', 'rule:squad-club'],
      ['M Tolland', 'person', 'rule:team-sheet'],
      ['Dunmore Rugby', 'organization', 'rule:squad-club'],
      ['T Pesce', 'person', 'rule:team-sheet'],
      ['Whitlows', 'organization', 'rule:squad-club'],
    ]);
    // (a gazetteer's club there keeps its entry; a list of nations in brackets is of the players' countries, whatever
    // else its brackets hold: 'SA' no club)
    expect(squad('J Marlow (Juventus), R Quennell (Hamburg), M Tolland (Dunmore Rugby), T Pesce (Whitlow Saints).')[1]).toEqual(['Juventus', 'organization', 'gazetteer:organizations']);
    expect(squad('J Marlow (Italy), R Quennell (Kellmore Rovers), M Tolland (SA), T Pesce (Whitlow Saints).').filter((m) => m[2] === 'rule:squad-club')).toEqual([]);
    // (and a nation among clubs the player's nationality, its place standing)
    expect(squad('J Marlow (Italy), R Quennell (Kellmore Rovers), M Tolland (Dunmore Rugby), T Pesce (Whitlow Saints), O Okafor (Zorvex Town).').find((m) => m[0] === 'Italy')).toEqual(['Italy', 'place', 'gazetteer:world-places']);
    // (and so is a list of nations' abbreviations, a bracket's one word of two or three letters: 'Aus', 'NZ')
    expect(squad('J Marlow (Aus); R Quennell (Fij), M Tolland (SA), T Pesce (NZ), O Okafor (Aus, capt).').filter((m) => m[2] === 'rule:squad-club')).toEqual([]);
    // (a club and the player's nation joined by 'and' is the club, the nation a place: 'Kellmore Rovers and Italy')
    expect(squad('J Marlow (Kellmore Rovers and Italy), R Quennell (Hamburg), M Tolland (Dunmore Rugby), T Pesce (Whitlow Saints).').filter((m) => /Kellmore|Italy/.test(m[0]))).toEqual([
      ['Kellmore Rovers', 'organization', 'rule:squad-club'],
      ['Italy', 'place', 'gazetteer:world-places'],
    ]);
    // (and a line of fewer entries of the shape in a document that has such a list: an athletics team's event by event)
    const single = 'Pole vault: N Okafor (Quimbly AC).';
    expect(squad(`J Marlow (Kellmore Rovers), R Quennell (Dunmore Harriers), M Tolland (Whitlow AC), T Pesce (Zorvex AC).\n\n${single}`).filter((m) => m[0] === 'Quimbly AC')).toEqual([['Quimbly AC', 'organization', 'rule:squad-club']]);
    expect(squad(single).filter((m) => m[2] === 'rule:squad-club')).toEqual([]);
    // (only in a sports report: a list of nominees and their films is none)
    expect(typed('The nominees were announced on Monday. J Marlow (Kellmore Rovers), R Quennell (Dunmore Nights), M Tolland (Whitlow Saints), T Pesce (Zorvex Tales).').filter((m) => m[2] === 'rule:squad-club')).toEqual([]);
    // a town whose club the name-shape rule had made a person is the town alone, not that person's surname (a results
    // page, as CoNLL-2003 has it: no cleaning; the shipped gazetteers' 'Siauliai')
    const shipped = shippedResources();
    const doc = split('SOCCER - UEFA CUP RESULTS .\nResults of UEFA Cup second leg soccer matches on Tuesday :\nIn Siauliai : Kareda Siauliai ( Lithuania ) 0 Sion ( Switzerland ) 0');
    const found = findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher)).map((c) => [doc.clean.slice(c.start, c.end), c.type]);
    expect(found).toContainEqual(['Kareda Siauliai', 'organization']);
    expect(found).toContainEqual(['Siauliai', 'place']);
    // outside a sports report, a town and a nickname after 'the' where a team stands ('beat'); not a town's office or
    // event that stands elsewhere ('the U.S. Census', 'the Milan Indoors')
    expect(typed('The Kansas City Zorvexes beat the visitors in the final on Sunday.').filter((m) => m[1] === 'organization')).toEqual([['Kansas City Zorvexes', 'organization', 'rule:team-nickname']]);
    expect(typed('Officials at the Kansas City Zorvexes counted the votes on Sunday.').filter((m) => m[1] === 'organization')).toEqual([]);
    // a surname of a player named in full is no team ('Washington' is a gazetteer place)
    expect(typed('Patrick Rafter upset sixth-seeded Michael Washington 6-2 6-1 in the tournament. Washington beat him last season, his coach said.').map((m) => m[1])).not.toContain('organization');
  });

  it('makes a defined abbreviation one name with its long form, and the same entity wherever the document uses it', () => {
    const mentions = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type, m.entityId, m.source]);
    // the long form whole across 'for' and 'and' ('Mine Action' alone was a person, by its first word)
    expect(mentions('The Azerbaijan National Agency for Mine Action (ANAMA) cleared 200 mines on Monday. ANAMA said more remained.')).toEqual([
      ['Azerbaijan National Agency for Mine Action', 'organization', 'organization:azerbaijan-national-agency-for-mine-action', 'rule:abbreviation'],
      ['ANAMA', 'organization', 'organization:azerbaijan-national-agency-for-mine-action', 'rule:abbreviation'],
      ['ANAMA', 'organization', 'organization:azerbaijan-national-agency-for-mine-action', 'rule:abbreviation'],
    ]);
    // a short form the gazetteer holds gives the long form its entry, when the entry's name has the same words
    // ('Organisation' and 'Cooperation' against the entry's 'Organization', 'Co-operation'); 'Europe' is no place here
    expect(mentions('The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.')).toEqual([
      ['Organisation for Security and Cooperation in Europe', 'organization', 'organization:osce', 'rule:abbreviation'],
      ['OSCE', 'organization', 'organization:osce', 'gazetteer:organizations'],
    ]);
    // a short form in capitals that is an English word too ('QUIT'), or one capital and small letters ('Qymex')
    expect(mentions('The Quandell Union of Insurers and Traders (QUIT) is investigating. The QUIT said it would report.').map((m) => [m[0], m[2]])).toEqual([
      ['Quandell Union of Insurers and Traders', 'organization:quandell-union-of-insurers-and-traders'],
      ['QUIT', 'organization:quandell-union-of-insurers-and-traders'],
      ['QUIT', 'organization:quandell-union-of-insurers-and-traders'],
    ]);
    // (not a function word: 'Integrated Network (IN) products')
    expect(mentions('Sales of Kellin Integrated Network (IN) products rose. IN products sold well.').map((m) => m[0])).not.toContain('IN');
    expect(mentions('Traders on the Quandell Yardley Mercantile Exchange (Qymex) bought oil. Later Qymex said volumes doubled.').map((m) => [m[0], m[2]])).toEqual([
      ['Quandell Yardley Mercantile Exchange', 'organization:quandell-yardley-mercantile-exchange'],
      ['Qymex', 'organization:quandell-yardley-mercantile-exchange'],
      ['Qymex', 'organization:quandell-yardley-mercantile-exchange'],
    ]);
    // a term of common words is no name unless its short form speaks or acts; a name of them that does is an organisation
    const prose = ' The results were published on Monday, a day later than expected by most analysts.';
    expect(mentions('Most screens use Liquid Crystal Display (LCD) panels made in Asia.' + prose).filter((m) => m[0].includes('LCD') || m[0].includes('Liquid'))).toEqual([]);
    expect(mentions('Shares of Electronic Arts (EA) rose. EA said sales grew.' + prose).map((m) => m[0])).toEqual(['Electronic Arts', 'EA', 'EA']);
    // a name's part after an article and a hyphen gives a letter as a word does ('Zorvan el-Quandab', a place's form)
    expect(mentions('Ships sailed past Zorvan el-Quandab (ZEQ) on Monday. ZEQ officials said.').map((m) => [m[0], m[2]])).toEqual([
      ['Zorvan el-Quandab', 'organization:zorvan-el-quandab'],
      ['ZEQ', 'organization:zorvan-el-quandab'],
      ['ZEQ', 'organization:zorvan-el-quandab'],
    ]);
    // (not one after another word's part: 'Trans-Quandell' gives one letter or two)
    expect(mentions('The Zorvex Trans-Quandell Bank (ZTB) met. ZTB officials said.').map((m) => [m[0], m[2]])).toEqual([
      ['Zorvex Trans-Quandell Bank', 'organization:zorvex-trans-quandell-bank'],
      ['ZTB', 'organization:zorvex-trans-quandell-bank'],
      ['ZTB', 'organization:zorvex-trans-quandell-bank'],
    ]);
    // (a short form written as a word only where it speaks: a product's name takes a possessive too)
    expect(mentions('The new Arimo (Advanced Robotic Innovative Mobility) can run. Arimo’s walk is faster.' + prose).map((m) => m[0])).toEqual([]);
    expect(mentions('Qymex (Quandell Yardley Mercantile Exchange) bought oil. Later Qymex said volumes doubled.').map((m) => [m[0], m[2]])).toEqual([
      ['Qymex', 'organization:quandell-yardley-mercantile-exchange'],
      ['Quandell Yardley Mercantile Exchange', 'organization:quandell-yardley-mercantile-exchange'],
      ['Qymex', 'organization:quandell-yardley-mercantile-exchange'],
    ]);
    // a name that opens with a first name is a firm's as often as a person's: an organisation
    expect(mentions('Firms such as Archer Daniels Midland (ADM) make ethanol.' + prose)[0]).toEqual(['Archer Daniels Midland', 'organization', 'organization:archer-daniels-midland', 'rule:abbreviation']);
    // dotted initials after a first name are a person's
    expect(mentions('The British historian Alan John Percivale (A.J.P.) Taylor died in 1990, his family said.').filter((m) => m[3] === 'rule:abbreviation').map((m) => m[1])).toEqual(['person', 'person']);
    // a law, a measure or a disease is no name, nor is its short form
    expect(mentions('The Earned Income Tax Credit (EITC) helps families. The EITC grew.').filter((m) => m[0] === 'EITC')).toEqual([]);
    expect(mentions('Sheep could contract Bovine Spongiform Encephalopathy (BSE), the scientists said.').filter((m) => m[0] === 'BSE')).toEqual([]);
    // nor is a term's short form that words in lower case define, wherever the text writes it
    expect(mentions('Sony backed digital rights management (DRM) and a zorvex video recorder (ZVR) on Monday. The DRM rules, and the ZVR’s price, were new.' + prose).map((m) => m[0])).toEqual(['Sony']);
  });

  it("leaves a technology's term with a short form untyped, though its head is an organisation's word", () => {
    const mentions = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type, m.entityId, m.source]);
    const prose = ' The results were published on Monday, a day later than expected by most analysts.';
    // a service's, a network's or an operator's term with a word of technology before it, its short form too
    expect(mentions('Phones will use the Orbital Packet Radio Service (OPRS) from June. OPRS lets people browse the web.' + prose)).toEqual([]);
    expect(mentions('The firm became a Rural Virtual Network Operator (Rvno) last year. Each Rvno rents capacity.' + prose)).toEqual([]);
    expect(mentions('Phones use Rapid Downlink Packet Access (RDPA) to reach the web.' + prose)).toEqual([]);
    // an organisation's word in it makes an organisation ('Association', 'Police'), and so does a coinage ('Quandell')
    expect(mentions('The Police Data Network (PDN) links the forces.' + prose).map((m) => [m[0], m[1]])).toEqual([
      ['Police Data Network', 'organization'],
      ['PDN', 'organization'],
    ]);
    expect(mentions('The Wireless Packet Association (WPA) counts phones.' + prose).map((m) => [m[0], m[1]])).toEqual([
      ['Wireless Packet Association', 'organization'],
      ['WPA', 'organization'],
    ]);
    expect(mentions('Phones will use the Quandell Packet Radio Service (QPRS) from June.' + prose).map((m) => [m[0], m[1]])).toEqual([
      ['Quandell Packet Radio Service', 'organization'],
      ['QPRS', 'organization'],
    ]);
    // a service without a word of technology before it is a body's ('Telephone Preference Service')
    expect(mentions('The Orbital Preference Service (OPS) lets people opt out of calls.' + prose).map((m) => [m[0], m[1]])).toEqual([
      ['Orbital Preference Service', 'organization'],
      ['OPS', 'organization'],
    ]);
  });

  it("types a name before a US legislator's party and state as a person, and not the party and state", () => {
    expect(mentionSources('The bill, said Ryan (R-Wis.), would pass. Sen. Bob Dole, R-Kan., said no.')).toEqual([
      ['Ryan', 'person', 'rule:party-state'],
      ['Wis.', 'place', 'gazetteer:world-places'],
      ['Bob Dole', 'person', 'rule:party-state'],
      ['Kan.', 'place', 'gazetteer:world-places'],
    ]);
    // a gazetteer's place of the same span yields ('Paris'); a gazetteer's person keeps its entry
    expect(mentionSources('Then Paris (D-Ill.) spoke.')[0]).toEqual(['Paris', 'person', 'rule:party-state']);
    expect(mentionSources('Senate Minority Leader Harry Reid (D-Nev.) objected.').find((m) => m[1] === 'person')).toEqual(['Harry Reid', 'person', 'gazetteer:world-people']);
  });

  it('splits a name written twice in a row, but not one word written twice', () => {
    expect(mentionTypes('The new book by John Kellibrand John Kellibrand is out on Monday, and readers like it.')).toEqual([
      ['John Kellibrand', 'person'],
      ['John Kellibrand', 'person'],
    ]);
    expect(names(TITLE + 'Yesterday Sirhan Sirhan was denied parole .').map((n) => n[0])).toContain('Sirhan Sirhan');
  });

  it('takes buildings for places by their last word, but not a person with such a family name', () => {
    expect(mentionTypes('Protesters gathered outside Zorvath Tower and the Kellibrand Building on Sunday.')).toEqual([
      ['Zorvath Tower', 'place'],
      ['Kellibrand Building', 'place'],
    ]);
    expect(mentionTypes('The inquiry was led by Senator John Tower, and Barbara Castle spoke.')).toEqual([
      ['John Tower', 'person'],
      ['Barbara Castle', 'person'],
    ]);
    // (a given name that only opens a hyphenated word is none: 'Al' of 'Al-Yamamah')
    expect(mentionTypes('The envoy arrived at Al-Quimbar Palace on Monday, and later at El-Zorvath Castle.')).toEqual([
      ['Al-Quimbar Palace', 'place'],
      ['El-Zorvath Castle', 'place'],
    ]);
  });

  it('takes a surname of a person named in full for that person, not a team, in a poll or a match-up', () => {
    const typed = (text: string) => typesAndIds(text, 'Kellibrand');
    expect(typed('John Kellibrand and Mary Osterling met in the debate. A new poll gives Osterling 45%, Kellibrand 42%.')).toEqual([['person', 'person:john-kellibrand']]);
  });

  it("takes a name after a sportsman's role for a person, the role apart, even where a place has the surname", () => {
    const m = runDoc('Wimbledon finalist Malivox Washington lost to Marcelo Rios on Friday, and fast bowler Martin Kelloway took four wickets.' + PROSE).mentions;
    expect(m.filter((x) => x.type === 'person').map((x) => [x.text, x.role])).toEqual([
      ['Malivox Washington', 'finalist'],
      ['Marcelo Rios', null],
      ['Martin Kelloway', 'bowler'],
    ]);
  });

  it("takes a party whip's title for a role (roles.txt), the house apart: 'House Minority Whip Steny Hoyer'", () => {
    const m = runDoc('House Minority Whip Stenvo Hoylar said the bill would fail, and Chief Whip Marla Quent agreed.' + PROSE).mentions;
    expect(m.filter((x) => x.type === 'person').map((x) => [x.text, x.role])).toEqual([
      ['Stenvo Hoylar', 'Minority Whip'],
      ['Marla Quent', 'Chief Whip'],
    ]);
  });

  it("takes a name before a legal form or a company officer's title for an organisation, and its short name too", () => {
    // every legal form ends an organisation's name, and the name without it is that organisation in the document
    expect(mentionSources('Shares of Zorvex S.A. plunged on Friday. Zorvex shares fell again.' + PROSE).map((m) => [m[0], m[1]])).toEqual([
      ['Zorvex S.A.', 'organization'],
      ['Zorvex', 'organization'],
    ]);
    expect(mentionSources('Analysts said Kellibrand CEO Stephen Frater spoke well.' + PROSE)[0]).toEqual(['Kellibrand', 'organization', 'rule:officer-title']);
    // (the legal forms of Finnish, Italian, Latin American, Indonesian and Japanese firms and of partnerships too)
    for (const form of ['Oy', 'Oyj', 'Srl', 'Ltda', 'Tbk', 'KK', 'LP', 'LLP'])
      expect(mentionSources(`Fertiliser maker Zorvek Quimbar ${form} said on Thursday profits fell.` + PROSE).map((m) => [m[0], m[1]])[0]).toEqual([`Zorvek Quimbar ${form}`, 'organization']);
    // … or a general manager's, and after such a title and 'of'; not after 'president of' or 'director of'
    expect(mentionSources('Analysts said Kellibrand general manager Laszlo Sebesvari had resigned.' + PROSE)[0]).toEqual(['Kellibrand', 'organization', 'rule:officer-title']);
    // (the title in title case, as a headline-style byline or a caption writes it)
    expect(mentionSources('Analysts said Kellibrand Chairman Stephen Frater spoke well.' + PROSE)[0]).toEqual(['Kellibrand', 'organization', 'rule:officer-title']);
    // ('chair' before the officer's name only: not furniture)
    expect(mentionSources('The governor met ZRTA chair Stephen Frater on Monday.' + PROSE)[0]).toEqual(['ZRTA', 'organization', 'rule:officer-title']);
    expect(mentionSources("He restored the Kellibrand chair for the museum, and the Captain's chair too." + PROSE).filter((m) => m[1] === 'organization')).toEqual([]);
    expect(mentionSources('He will serve as acting chief executive officer of Kellibrand, Frater said.' + PROSE)[0]).toEqual(['Kellibrand', 'organization', 'rule:officer-title']);
    expect(mentionSources('The board of directors of Kellibrand met on Friday.' + PROSE)[0]).toEqual(['Kellibrand', 'organization', 'rule:officer-title']);
    expect(mentionSources('He met the president of Kellibrand on Friday.' + PROSE).map((m) => m[2])).not.toContain('rule:officer-title');
    // not an organisation word alone, nor a common word opening the sentence
    expect(mentionSources('Then Committee chairman Barry Sheerman said it was a waste.' + PROSE).map((m) => m[0])).not.toContain('Committee');
    expect(mentionSources('Current chairman Eishiro Saito said it was a waste.' + PROSE).map((m) => m[0])).not.toContain('Current');
  });

  it('takes counties and parishes for places by their last word; not an adjective or a deity after a place preposition', () => {
    expect(mentionTypes('Voters in Franklin County and St. Landry Parish went to the polls.' + PROSE)).toEqual([
      ['Franklin County', 'place'],
      ['St. Landry Parish', 'place'],
    ]);
    // creeks, falls, springs and heights ('Kidd Creek', 'Myra Falls' were persons by their first word)
    expect(mentionTypes('Miners at Jonathan Creek and Myra Falls went on strike.' + PROSE)).toEqual([
      ['Jonathan Creek', 'place'],
      ['Myra Falls', 'place'],
    ]);
    expect(mentionTypes('The seat stayed in Democratic hands, and they believe in God, he said in Zorvakian.' + PROSE).filter((m) => m[1] === 'place')).toEqual([['Zorvakian', 'place']]);
  });

  it('takes a name before a comma and a state or country for a town, and the town wherever the document names it', () => {
    // 'Flint' is an adjective in wink's lexicon, so the place-preposition rule leaves 'in Flint' alone
    expect(mentionSources('The water crisis in Flint, Michigan, went on for years. Residents in Flint were angry.' + PROSE).filter((m) => m[0] === 'Flint')).toEqual([
      ['Flint', 'place', 'rule:place-comma'],
      ['Flint', 'place', 'rule:document-consistency'],
    ]);
    // not an apposition, nor a common noun
    expect(mentionSources("Then Zorbadi, Libya's leader, spoke, and the Partnership for Peace, France said, grew." + PROSE).filter((m) => m[1] === 'place').map((m) => m[0])).toEqual(['Libya', 'France']);
    // a person by a surname's shape alone is a town after a preposition of place; a list's lawmaker stays a person
    expect(mentionTypes('The launch site in Quimbarra Chica, Texas, was closed.' + PROSE)[0]).toEqual(['Quimbarra Chica', 'place']);
    expect(mentionTypes('Among the lawmakers were Quimbar Zorvanov, Texas, and others.' + PROSE)[0]).toEqual(['Quimbar Zorvanov', 'person']);
    // a common noun is a town's name after a preposition of place ('from', which the place-preposition rule leaves alone)
    expect(mentionSources('He runs the service from Reading, England, for now.' + PROSE)[0]).toEqual(['Reading', 'place', 'rule:place-comma']);
    // (not after 'the', nor a body's word)
    expect(mentionSources('He transferred to the Navy, Canada said on Monday.' + PROSE).filter((m) => m[1] === 'place').map((m) => m[0])).toEqual(['Canada']);
    expect(mentionSources('Voters in Parliament, Scotland and Wales will decide.' + PROSE).filter((m) => m[1] === 'place').map((m) => m[0])).toEqual(['Scotland', 'Wales']);
  });

  it("takes the last of names joined by 'and' or 'or' after a place's preposition for a place where the name before it is one", () => {
    const places = (text: string) => mentionSources(text + PROSE).filter((m) => m[1] === 'place').map((m) => m[0]);
    expect(places('Fighting continued in Sanaa and Zorvath on Monday.')).toEqual(['Sanaa', 'Zorvath']);
    expect(places('Protests spread in Taiz, Sanaa or Zorvath on Monday.')).toEqual(['Taiz', 'Sanaa', 'Zorvath']);
    // not after a name of another type, nor before a verb or a preposition of its own
    expect(places('Interest grew in Microsoft and Zorvath on Monday.')).toEqual([]);
    expect(places('He was in Paris and Zorvath was in Rome on Monday.')).toEqual(['Paris', 'Rome']);
    expect(places('Makers like Lenovo in China and Zorvath in Russia will win.')).toEqual(['China', 'Russia']);
  });

  it('cuts a common noun or a party before a given name off the name; not a noun that heads a place, nor before no surname', () => {
    const persons = (text: string) => mentionSources(text + PROSE).filter((m) => m[1] === 'person');
    expect(persons('Moderator Lester Zorvath asked the candidates about it.')).toEqual([['Lester Zorvath', 'person', 'rule:first-name']]);
    expect(persons('Then Seahawks Quarterback Russell Zorvath spoke to reporters.')).toEqual([['Russell Zorvath', 'person', 'rule:first-name']]);
    expect(persons('Former U.S. Diplomat Joseph Zorvath has called for it.')).toEqual([['Joseph Zorvath', 'person', 'rule:first-name']]);
    // ('Attorney' is a title of roles.txt)
    expect(persons('Former U.S. Attorney Joseph Zorvath has called for it.')).toEqual([['Joseph Zorvath', 'person', 'rule:title-person']]);
    expect(persons('The vote ensured Republican Abraham Zorvath the election.')).toEqual([['Abraham Zorvath', 'person', 'rule:first-name']]);
    // (a match official's is a role of roles.txt: 'Referee Howard Webb' was one person's name)
    expect(persons('Referee Howard Zorvath waved play on.')).toEqual([['Howard Zorvath', 'person', 'rule:title-person']]);
    // (a nationality's noun, and an adjective opening the run: 'Swede Kenneth Eriksson', 'Unseeded Patrick Rafter')
    expect(persons('Swede Kenneth Zorvath kept Subaru in the hunt.')).toEqual([['Kenneth Zorvath', 'person', 'rule:first-name']]);
    expect(persons('Unseeded Patrick Zorvath recorded the best result.')).toEqual([['Patrick Zorvath', 'person', 'rule:first-name']]);
    // (a given name of the longer list, gazetteers/lexicons/first-names.txt, that is no common word: 'Berti', 'Ousmane')
    expect(persons('Yesterday Moderator Ousmane Zorvath asked the candidates about it.')).toEqual([['Ousmane Zorvath', 'person', 'rule:first-name']]);
    // (and a verb that opens the name, a headline's imperative: 'Disavow Donald Trump'; not one inside it)
    expect(persons('They urged them to Disavow Donald Zorvath at once.')).toEqual([['Donald Zorvath', 'person', 'rule:first-name']]);
    expect(persons('The Tax Bill Passes Senate vote came late.')).toEqual([]);
    // (an adjective before a surname that alone names one person of the news, lexicons/lone-surnames.tsv: a headline's)
    expect(runDoc('Victorious Obama faces familiar challenges at home.' + PROSE).mentions.map((m) => [m.text, m.entityId])).toEqual([['Obama', 'person:barack-obama']]);
    // (a company officer's acronym, roles.txt: 'CIO')
    expect(runDoc('Yesterday Zorvex CIO Walt Quimbar said the plan would work.' + PROSE).mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.role])).toEqual([['Walt Quimbar', 'CIO']]);
    // a party before a title (roles.txt: 'MP')
    expect(persons('Tory MP Patrick Zorvath said it would fail.')).toEqual([['Patrick Zorvath', 'person', 'rule:title-person']]);
    // a common noun ending in '-ian' is no surname
    expect(persons('Yesterday the Zorvak Librarian met the board.')).toEqual([]);
    // a noun some surname list has too ('Work', 'Farmer'), not an adjective ('Grand')
    expect(persons('He attacked the Minister for Work Jane Zorvath on Monday.')).toEqual([['Jane Zorvath', 'person', 'rule:first-name']]);
    expect(persons('Farmer Geoff Zorvath said the harvest was poor.')).toEqual([['Geoff Zorvath', 'person', 'rule:first-name']]);
    expect(persons('Tonight the Grand Ole Zorvry opens its doors.')).toEqual([]);
  });

  it("cuts a plural noun of agents that opens a sentence off a firm's name after it (step 13b'); not a firm's own plural", () => {
    expect(orgsIn('Rivals Zorvex Co and Quimble AG have also cut prices.')).toEqual(['Zorvex Co', 'Quimble AG']);
    expect(orgsIn('Carmakers Zorvex Motor Corp said output fell.')).toEqual(['Zorvex Motor Corp']);
    // (before a common word the plural is the firm's: 'Travelers Cos', 'Farmers Group')
    expect(orgsIn('Farmers Group Inc said profits rose.')).toEqual(['Farmers Group Inc']);
  });

  it("takes a surname's plural for the family of a person the document names in full; not a common word's", () => {
    expect(mentionSources('Hillary Clinton spoke first. The Clintons left early.' + PROSE).slice(1)).toEqual([['Clintons', 'person', 'rule:document-person']]);
    expect(mentionSources('Minister Marcel Masse spoke first. The Masses left early.' + PROSE).map((m) => m[0])).not.toContain('Masses');
  });

  it('takes no name of common words for a person: a given name that is a common word before one, common words before a verb', () => {
    const persons = (text: string) => mentionSources(text + PROSE).filter((m) => m[1] === 'person').map((m) => m[0]);
    expect(persons('The film was nominated for a Golden Globe and won at the Brit Awards last year.')).toEqual([]);
    expect(persons('A report in the China-published Economic Observer said on Monday that talks had stopped.')).toEqual([]);
    // a plural of a common word ('Globes'), a common word and a country before a verb
    expect(persons('At the Golden Globes the film won, Statistics Canada said on Monday.')).toEqual([]);
    // a surname, or a word that is no common word, after such a given name: a person
    expect(persons('The try came from Frank Bunce, and Rex Zorvath scored again.')).toEqual(['Frank Bunce', 'Rex Zorvath']);
  });

  it("joins an organisation word, 'for' and the name after it: 'Office for National Statistics', past 'and' and then 'in'", () => {
    expect(orgsIn('The Office for National Statistics said the Department for Work and Pensions had erred.')).toEqual([
      'Office for National Statistics',
      'Department for Work and Pensions',
    ]);
    expect(orgsIn('The Organisation for Zorvak Cooperation and Development in Europe met, said the Kellibrand Institute for International Economics in Washington.')).toEqual([
      'Organisation for Zorvak Cooperation and Development in Europe',
      'Kellibrand Institute for International Economics',
    ]);
  });

  it("keeps a town that ISO 3166-2 names as a region with a place's last word after it, but not a nationality", () => {
    const places = (text: string) => mentionTexts(text + PROSE, (m) => m.type === 'place');
    expect(places('Crowds gathered on Westminster Bridge and outside London Stadium on Monday, the police said.')).toEqual(['Westminster Bridge', 'London Stadium']);
    expect(places('Tourists flew to the Bulgarian Black Sea resorts on Monday, the airline said.')).toEqual(['Black Sea']);
  });

  it("joins an organisation's topics after 'of' or 'for' across commas and 'and' when they are common words, not a name after them", () => {
    expect(orgsIn('The Zorvak Ministry of Trade and Industry said the Kellibrand Bureau of Alcohol, Tobacco, Firearms and Explosives had erred.')).toEqual([
      'Zorvak Ministry of Trade and Industry',
      'Kellibrand Bureau of Alcohol, Tobacco, Firearms and Explosives',
    ]);
    expect(orgsIn('The Centers for Disease Control and Prevention agreed.')).toEqual(['Centers for Disease Control and Prevention']);
    // a name that is no common word, an organisation's word or a title after 'and': two names, or none
    expect(orgsIn('The Zorvak Ministry of Defence and Qelbrix Corp agreed, as did the Kellibrand University of Oxford and Harvard University.')).toEqual([
      'Zorvak Ministry of Defence',
      'Qelbrix Corp',
      'Kellibrand University of Oxford',
      'Harvard University',
    ]);
    expect(orgsIn('The Zorvak Ministry of Health and Education Minister Qelbrix agreed.')).toEqual(['Zorvak Ministry of Health']);
    // (nor an acronym whose letters spell a common word)
    expect(orgsIn('The Zorvak Department of Homeland Security and ICE said 1,200 people were held.')).not.toContain('Zorvak Department of Homeland Security and ICE');
    // a word of a title that is not its last ('Foreign Affairs Minister') and a trade's organisation word are topics
    expect(orgsIn('The Zorvak Department for Environment, Food and Rural Affairs agreed with the Kellibrand Department for Culture, Media and Sport.')).toEqual([
      'Zorvak Department for Environment, Food and Rural Affairs',
      'Kellibrand Department for Culture, Media and Sport',
    ]);
    // a plural of a common noun wink-nlp's lexicon lacks ('Machinists') and a trade's word ('Aerospace') are topics too
    expect(orgsIn('The Zorvak Association of Machinists and Aerospace Workers agreed with the Kellibrand Ministry of Shipping and Mining.')).toEqual([
      'Zorvak Association of Machinists and Aerospace Workers',
      'Kellibrand Ministry of Shipping and Mining',
    ]);
  });

  it("goes on past an aim's 'of' after 'for the': 'Society for the Protection of Unborn Children'; not before a person's name", () => {
    expect(orgsIn('The Zorvak Society for the Protection of Unborn Quimbars said the Kellibrand Institute for the Study of War agreed.')).toEqual([
      'Zorvak Society for the Protection of Unborn Quimbars',
      'Kellibrand Institute for the Study of War',
    ]);
    // (not after 'for' alone: a body and its country may follow)
    expect(orgsIn('The Zorvak Committee for Economic Development of Kellibria said so.')).toEqual(['Zorvak Committee for Economic Development']);
    expect(mentionTypes('The Zorvak Campaign for the Release of Nelson Mandela said so.' + PROSE)).toEqual([
      ['Zorvak Campaign for the Release', 'organization'],
      ['Nelson Mandela', 'person'],
    ]);
  });

  it("takes two unknown words after 'the' for no person, but before what a person has ('the … family')", () => {
    expect(personsIn('He testified before the Select Subcommittee on the Qelbrix Zorvath last week.')).toEqual([]);
    expect(personsIn('A placard at the Zorvath Qelbrix home said so.')).toEqual([]);
    expect(personsIn('The accident happened when the Zorvath Qelbrix family took their boat out.')).toEqual(['Zorvath Qelbrix']);
  });

  it("takes a club's word before or after a gazetteer's town for the club, not the town: 'Bayern Munich', 'Nashville SC'", () => {
    expect(orgsIn('Bayern Munich beat Borussia Dortmund, PSV Eindhoven drew with AC Milan and Inter Miami lost to Nashville SC.')).toEqual([
      'Bayern Munich',
      'Borussia Dortmund',
      'PSV Eindhoven',
      'AC Milan',
      'Inter Miami',
      'Nashville SC',
    ]);
    // not a film's, a class's or a camera's name: 'Racing', 'Club' and a trailing 'SV' are no club words
    expect(orgsIn('The film Racing Stripes opened as Club World seats sold out and the Pentax Optio SV shipped.')).toEqual([]);
  });

  it("takes a law's, a treaty's or a plan's name for no person, nor the place that opens it", () => {
    const typed = (text: string) => mentionTypes(text + PROSE).map((m) => m[0]);
    expect(typed('The Kyoto Protocol expired, the Dayton Accords held and the Zorvath Qelbrix Act passed, said Penn Treaty.')).toEqual([]);
    // (a given name keeps its country: 'U.S. President Bill Clinton'; 'the Republican National Convention', an event's
    // name, the party's people no more, as 'the Iraq War' no country: tag-entities' event words)
    expect(typed('U.S. President Bill Clinton spoke to the Republican National Convention in Kyoto.')).toEqual(['U.S.', 'Bill Clinton', 'Kyoto']);
  });

  it("takes no pronoun run together with a verb for a name ('I’m', 'I'm'), nor 'in' and a plural of a common word for a place", () => {
    expect(mentionTypes('I moved from London I’m sure, and I\'m told I’m off.' + PROSE).map((m) => m[0])).toEqual(['London']);
    expect(mentionTypes('Remap the key in Windows, he said, as the vote in Sales and the work in Notes went on.' + PROSE)).toEqual([]);
    // (but 'Lords', the House of Lords's alias: 'the vote in Lords' is the chamber's)
    expect(mentionTypes('The vote in Lords went on.' + PROSE)).toEqual([['Lords', 'organization']]);
  });

  it("takes a byline's names for persons whatever a gazetteer makes of their words, not a sentence that opens with 'By'", () => {
    const persons = (text: string) => mentionTypes(text).filter((m) => m[1] === 'person').map((m) => m[0]);
    expect(persons('Why the site matters\n\nBy Lim Cheng Soon, 18 August 2010\n\nBy Zorvak Qelbrix and Tan Boon Huat\n\n' + PROSE)).toEqual(['Lim Cheng Soon', 'Zorvak Qelbrix', 'Tan Boon Huat']);
    expect(persons('By contrast, he said, New Labour had listened. By any measure, New Yorker Zorvak Qelbrix won. By Reuters Staff' + PROSE)).not.toContain('New Labour');
    expect(mentionTypes('By Reuters Staff\n\n' + PROSE).filter((m) => m[1] === 'person')).toEqual([]);
    // in capitals, a given name of the shorter list first ('By BRIAN X. CHEN'), the id the name's without its initial;
    // not a sentence in capitals that opens with 'By'
    const doc = runDoc('TECH GIANT UNVEILS NEW PHONE\n\nBy DANA X. KELLMOOR\n\nBY ANY MEASURE IT WAS BAD\n\n' + PROSE);
    expect(doc.mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([['DANA X. KELLMOOR', 'person', 'person:dana-kellmoor']]);
  });

  it("takes a post header's lone given name between 'by' and 'on' and a date for its writer", () => {
    const persons = (text: string) => mentionTypes(text).filter((m) => m[1] === 'person').map((m) => m[0]);
    expect(persons('Home\nAbout\nHarbour fees go up again\nby Dana on July 7, 2012\n' + PROSE)).toEqual(['Dana']);
    // (not a word no given-name list has, nor a 'by' inside a line)
    expect(persons('Harbour fees go up again\nby Quandell on July 7, 2012\n' + PROSE)).toEqual([]);
    expect(persons('The fees were set by Dana on July 7, 2012, the board said.' + PROSE)).toEqual([]);
    // (the writer the page names in full: that person)
    const doc = runDoc('Home\nAbout\nHarbour fees go up again\nby Dana on July 7, 2012\n' + PROSE + '\n\nWritten by Dana Quandell');
    expect(doc.mentions.filter((m) => m.text === 'Dana').map((m) => m.entityId)).toEqual(['person:dana-quandell']);
  });

  it("takes a photo credit's given name and surname for a photographer, whatever place or firm the surname names", () => {
    const persons = (text: string) => mentionTypes(text).filter((m) => m[1] === 'person').map((m) => m[0]);
    // a slash and the outlet after the name, or a credit's opening before it
    expect(persons('Illustration by Dana Bristol/The Quandell Times\n\n' + PROSE)).toEqual(['Dana Bristol']);
    expect(persons('The harbour at dawn. Photo: Dana Court/Zorvex Images\n\n' + PROSE)).toEqual(['Dana Court']);
    expect(persons('Photograph by Dana Bristol\n\n' + PROSE)).toEqual(['Dana Bristol']);
    // (not places joined by a slash, no given name first; nor a place after a photo's word in prose)
    expect(mentionTypes('The ferry stops every hour at Quandell Road/Zorvex Street.' + PROSE).filter((m) => m[1] === 'person')).toEqual([]);
    expect(persons('Photo: Quandell Council/AFP\n\n' + PROSE)).toEqual([]);
    // (nor names before a slash that words in lower case follow: a poll's makers)
    expect(persons('A recent Dana Bristol/Quandell Times poll showed a close race.' + PROSE)).toEqual([]);
  });

  it("drops a sentence's opening conjunction after an opening quotation mark too", () => {
    // ('Rangers' the club named in full after it: a team's nickname after its town, `orgKeys`)
    expect(mentionTypes('"Once Rangers receive our letter we will act," he said. Glasgow Rangers agreed.' + PROSE).map((m) => m[0])).toEqual(['Rangers', 'Glasgow Rangers']);
    // and after a colon, an interview's answer: 'Alec: When Congress raised …'
    expect(mentionTypes('Zorvak: When Congress raised the limit, the bill passed.' + PROSE).map((m) => m[0])).toEqual(['Congress']);
  });

  it("joins the particles 'la', 'ten', 'ter', 'zu', Welsh 'ap' and Arabic 'bint' inside a name", () => {
    expect(mentionTypes('Boxer Oscar de la Hoya met manager Erik ten Hag, goalkeeper Marc-André ter Stegen and Karl-Theodor zu Guttenberg.' + PROSE).filter((m) => m[1] === 'person').map((m) => m[0])).toEqual([
      'Oscar de la Hoya',
      'Erik ten Hag',
      'Marc-André ter Stegen',
      'Karl-Theodor zu Guttenberg',
    ]);
    expect(mentionTypes('Leader Rhun ap Quimbeth met Sheikha Fatima bint Zorvak on Monday.' + PROSE).filter((m) => m[1] === 'person').map((m) => m[0])).toEqual(['Rhun ap Quimbeth', 'Fatima bint Zorvak']);
  });

  it("takes an infirmary for an organisation, with its town after 'of'", () => {
    expect(mentionTypes('He was taken to the Royal Infirmary of Zorvale on Monday.' + PROSE)).toEqual([['Royal Infirmary of Zorvale', 'organization']]);
  });

  it("takes 'Police Chief' for a title, 'Police' alone for none; the words before a title and a name no person", () => {
    const people = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'person').map((m) => [m.text, m.role]);
    expect(people('Police Chief Kellin Quimby declined to comment.')).toEqual([['Kellin Quimby', 'Police Chief']]);
    expect(people('Zorvabad Police Chief Kellin Quimby declined to comment.')).toEqual([['Kellin Quimby', 'Police Chief']]);
    // (a given name and a surname before the title: the office's place, not a person)
    expect(mentionSources('Charlotte-Mecklenburg Police Chief Kellin Quimby declined to comment.' + PROSE)).toEqual([['Kellin Quimby', 'person', 'rule:title-person']]);
    // (a name before a title and its firm stays the person's)
    expect(people('Thanks to Kellin Zorvek CTO ZRX for the talk.')).toEqual([['Kellin Zorvek', null]]);
    expect(mentionSources('He was taken to Quimbar Cross Police Station, and the State Police said it would look into it.' + PROSE)).toEqual([
      ['Quimbar Cross Police Station', 'place', 'rule:place-keyword'],
      ['State Police', 'organization', 'rule:org-keyword'],
    ]);
  });

  it("types a given name, a Dutch or German particle and a surname no list has a person: 'Zorvan van Quimbeek'", () => {
    expect(mentionSources('Zorvan van Quimbeek was present, and so were Kellis von Drabnitz and Dorvan vom Quell.' + PROSE)).toEqual([
      ['Zorvan van Quimbeek', 'person', 'rule:particle-name'],
      ['Kellis von Drabnitz', 'person', 'rule:particle-name'],
      ['Dorvan vom Quell', 'person', 'rule:particle-name'],
    ]);
    // (not after a common word, nor before a place; a misspelt word before a name is no given name of it)
    expect(mentionSources('The Museum van Quimbeek opened, and ferries left Hoek van Holland.' + PROSE).filter((m) => m[1] === 'person')).toEqual([]);
    expect(mentionSources('Subtitute Zorvan van Quimbeek came on.' + PROSE).map((m) => m[0])).not.toContain('Subtitute Zorvan van Quimbeek');
  });

  it("takes a legislature's, a treasury's or a commission's one-word name for an organisation: 'Congress', 'the Senate', 'the Treasury', 'the Commission'", () => {
    expect(mentionSources('The Treasury said that Congress and the Senate would vote, but Parliament would not, and the Commission agreed.' + PROSE)).toEqual([
      ['Treasury', 'organization', 'rule:institution'],
      ['Congress', 'organization', 'rule:institution'],
      ['Senate', 'organization', 'rule:institution'],
      ['Commission', 'organization', 'rule:institution'],
    ]);
    // a party's adjective or plural beside it is no word of its name; a party's name of its own stays
    expect(mentionSources('A Democratic Congress passed it, Senate Republicans agreed, and the Republican National Committee objected.' + PROSE).filter((m) => m[1] === 'organization')).toEqual([
      ['Congress', 'organization', 'rule:institution'],
      ['Senate', 'organization', 'rule:institution'],
      ['Republican National Committee', 'organization', 'rule:org-keyword'],
    ]);
  });

  it("takes one word that says what 'he' or 'she' did, or with an age after it, for a person, the lone surname of one named in full for that one", () => {
    expect(mentionSources('Zorvakian said he would not attend the talks, and Police said he was arrested.' + PROSE)).toEqual([['Zorvakian', 'person', 'rule:said-he']]);
    expect(mentionSources('Qelbrix told reporters that she would appeal.' + PROSE)).toEqual([['Qelbrix', 'person', 'rule:said-he']]);
    // (and 'his' or 'her' after the verb: 'Xie said her bank would')
    expect(mentionSources('Qelbrix said her bank would cut lending.' + PROSE)).toEqual([['Qelbrix', 'person', 'rule:said-he']]);
    // (and one word with an age after it: 'Rahami, 28, was ...')
    expect(mentionSources('Police arrested Qelbrix, 28, on Monday.' + PROSE)).toEqual([['Qelbrix', 'person', 'rule:said-he']]);
    // (a firm says 'it')
    expect(mentionSources('Qelbrix said it sold a unit.' + PROSE)).toEqual([['Qelbrix', 'organization', 'rule:said-it']]);
    const ids = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId]);
    expect(ids('Rustam Zorvakian arrived on Monday. Zorvakian said he would stay.')).toEqual([
      ['Rustam Zorvakian', 'person:rustam-zorvakian'],
      ['Zorvakian', 'person:rustam-zorvakian'],
    ]);
    // (the gazetteer's person where a gazetteer's candidate names the word so elsewhere: WordNet's 'President Reagan')
    expect(ids('President Reagan met aides on Monday. Later Reagan said he would stay.')).toEqual([
      ['Reagan', 'person:ronald-reagan'],
      ['Reagan', 'person:ronald-reagan'],
    ]);
    // (an organisation's shorter name stays the organisation's: the 'he' is someone of the firm's)
    expect(ids('Zorvakian Inc sold a unit on Monday. Zorvakian said he would stay.').map(([, id]) => id)).toEqual(['organization:zorvakian', 'organization:zorvakian']);
  });

  it("takes no person of one hyphenated word that joins a country, a nationality or an acronym: 'Israel-PLO' talks", () => {
    const persons = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(persons('The Israel-PLO talks and the Franco-German plan were discussed in Raleigh-Durham on Monday.')).toEqual([]);
    // (a double-barrelled surname stays a person's)
    expect(persons('On Monday, Lewis-Francis was pleased with his run.')).toEqual(['Lewis-Francis']);
    // (so does one before an age or an apposition a title heads, no firm of its founders' names; a title in capitals
    // after 'the' is no organisation either)
    expect(runDoc('Yesterday Zorvek-Quimbar, the MEP, said the party would split, and Kellin-Vorst, 25, won.' + PROSE).mentions.map((m) => [m.text, m.type])).toEqual([
      ['Zorvek-Quimbar', 'person'],
      ['Kellin-Vorst', 'person'],
    ]);
  });

  it("links the one word to the gazetteer's organisation the document names in full with it, when one alone has it", () => {
    const ids = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId]);
    expect(ids('The European Commission proposed rules on Monday. The Commission said they would apply next year.')).toEqual([
      ['European Commission', 'organization:european-commission'],
      ['Commission', 'organization:european-commission'],
    ]);
    // (two commissions named in full: the lone word is neither)
    expect(ids('The European Commission and the Federal Trade Commission met on Monday. The Commission said it would act.').filter(([t]) => t === 'Commission')).toEqual([['Commission', 'organization:commission']]);
    // (nor a party named with the word, whose short name is another: the lone 'Congress' is a legislature or another
    // party; one that its aliases call by the word stays, the Indian National Congress's 'Congress party')
    expect(ids('The Trinamool Congress won on Monday. It accused Congress of a deal.').filter(([t]) => t === 'Congress')).toEqual([['Congress', 'organization:congress']]);
    expect(ids('The African National Congress lost its majority on Monday. Congress will vote.').filter(([t]) => t === 'Congress')).toEqual([['Congress', 'organization:congress']]);
    expect(ids('The Indian National Congress won on Monday. Congress leaders met.').filter(([t]) => t === 'Congress')).toEqual([['Congress', 'Q10225']]);
  });

  it("takes no adjective before a place cue for a place: 'a Democratic town', 'English county sides'", () => {
    expect(mentionTypes('Being a Democrat in a Democratic town was hard, and English county sides agreed.' + PROSE).filter((m) => m[1] === 'place')).toEqual([]);
  });

  it("takes no person's name from a firm's hyphenated name, an event, a plan, a compass word or a nationality after a common word", () => {
    const persons = (text: string) => mentionSources(text + PROSE).filter((m) => m[1] === 'person').map((m) => m[0]);
    expect(persons('Shares of Kellibrand-Zorvath rose, and Davis Cup ties in West Zorvath and the Marshall Plan were discussed.')).toEqual([]);
    expect(persons('Royal Dutch said on Monday that Merrill Lynch Capital Markets had advised it.')).toEqual([]);
    // a hyphenated surname after a title or a given name is a person's
    expect(persons('Then Mr Kellibrand-Zorvath spoke, and Lena Kellibrand-Zorvath agreed.')).toEqual(['Kellibrand-Zorvath', 'Lena Kellibrand-Zorvath']);
  });

  it('takes a common noun before the surname of a person named in full for a descriptor, the role', () => {
    const doc = runDoc('Donald Zorvath spoke on Monday. Candidate Zorvath promised many things.' + PROSE);
    expect(doc.mentions.map((m) => [m.text, m.entityId, m.role])).toEqual([
      ['Donald Zorvath', 'person:donald-zorvath', null],
      ['Zorvath', 'person:donald-zorvath', 'Candidate'],
    ]);
  });

  it("takes a lone given name of a person named in full for that person, not a country's, an organisation's or a found place's name", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.entityId]);
    expect(rows('Hillary Zorvath spoke on Monday. Later Hillary said she would stay.')).toEqual([
      ['Hillary Zorvath', 'person', 'person:hillary-zorvath'],
      ['Hillary', 'person', 'person:hillary-zorvath'],
    ]);
    // a country of that name; the first word of a gazetteer organisation in the document
    expect(rows('Israel Zorvath spoke on Monday. Later Israel said it would stay.').filter((m) => m[0] === 'Israel')).toEqual([['Israel', 'place', 'iso:IL']]);
    // a gazetteer place by its own name (not an alias only, as 'Ahmad' of Al Ahmadi)
    expect(rows('Sydney Zorvath spoke on Monday. Later she flew to Sydney.').filter((m) => m[0] === 'Sydney').map((m) => m[1])).toEqual(['place']);
    // a place the rules found ('Charlotte' is in no gazetteer: a given name and a dessert)
    expect(rows('Charlotte Zorvath spoke on Monday. Later it rained in Charlotte, North Carolina.').filter((m) => m[0] === 'Charlotte').map((m) => m[1])).toEqual(['place']);
    expect(rows('Morgan Zorvath of Morgan Stanley spoke. Later Morgan said it would stay.').filter((m) => m[0] === 'Morgan')).toEqual([]);
  });

  it("takes a surname two people named in full share for the one whose sex a pronoun after it says, as the subject or before 'and her'", () => {
    // ('Hillary' is in compromise's list of women's names, 'Bill' in neither list: the one named last had been taken)
    const ids = (sentence: string) => runDoc(`Hillary Kellmoor and Bill Kellmoor arrived on Monday. ${sentence}${PROSE}`).mentions.filter((m) => m.text === 'Kellmoor').map((m) => m.entityId);
    expect(ids('Kellmoor said she would run.')).toEqual(['person:hillary-kellmoor']);
    expect(ids('It was the mantra of Kellmoor and her aides.')).toEqual(['person:hillary-kellmoor']);
    // (not an object's, whose pronoun after is the subject's as often, nor before a possessive)
    expect(ids("She mocked Kellmoor's speeches as she spoke.")).toEqual(['person:bill-kellmoor']);
    expect(ids('She praised Kellmoor as she spoke.')).toEqual(['person:bill-kellmoor']);
    expect(ids("Kellmoor's lawyer said she would appeal.")).toEqual(['person:bill-kellmoor']);
  });

  it("takes a knight's given name after 'Sir', and the name alone after it, for the knight the document names in full", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId]);
    expect(rows('Sir Edward Zorvath died on Sunday. Sir Edward had said that was impossible, and Edward later smiled.')).toEqual([
      ['Edward Zorvath', 'person:edward-zorvath'],
      ['Edward', 'person:edward-zorvath'],
      ['Edward', 'person:edward-zorvath'],
    ]);
    // (and a dame's)
    expect(rows('Dame Judith Kellmoor sang on Sunday. Later Dame Judith bowed.').map(([, id]) => id)).toEqual(['person:judith-kellmoor', 'person:judith-kellmoor']);
    // (to a knight named so in full before another of the given name; to one named without the title where no knight is,
    // as writers name a knight in full without it too; not after another title)
    expect(rows('Sir Edward Zorvath died on Sunday. Edward Kellmoor spoke. Sir Edward had said so.').map(([, id]) => id)).toEqual(['person:edward-zorvath', 'person:edward-kellmoor', 'person:edward-zorvath']);
    expect(rows('Joshua Zorvath painted him in 1774. Sir Joshua said the work was done.').map(([, id]) => id)).toEqual(['person:joshua-zorvath', 'person:joshua-zorvath']);
    expect(rows('Judge Edward Zorvath ruled on Monday. Judge Edward said the case was closed.').map(([, id]) => id)).toEqual(['person:edward-zorvath', 'person:edward']);
    expect(rows('Ms Lee said the plan was wrong. Lee Zorvath, a rival, disagreed. Lee added that talks would go on.').map(([, id]) => id)).toEqual(['person:lee', 'person:lee-zorvath', 'person:lee']);
  });

  it("takes the untyped names of a list after a kind of organisation and 'such as' or 'including' for organisations", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.source]);
    expect(rows('Microsoft left the market to specialist firms such as Zorvex, Quimbarra and Kellmoor Micro last year.').slice(1)).toEqual([
      ['Zorvex', 'organization', 'rule:list'],
      ['Quimbarra', 'organization', 'rule:list'],
      ['Kellmoor Micro', 'organization', 'rule:list'],
    ]);
    // (a kind of more than 15 letters with 'such as' or 'including' before the list: the whole cue read, not its last 16 code units)
    expect(rows('The union said companies including Zorvex and Quimbarra had cut jobs.')).toEqual([
      ['Zorvex', 'organization', 'rule:list'],
      ['Quimbarra', 'organization', 'rule:list'],
    ]);
    expect(rows('Car manufacturers, such as Zorvex and Quimbarra, cut jobs.').map(([, type]) => type)).toEqual(['organization', 'organization']);
    // (not without the kind: a list of two untyped names stays untyped)
    expect(rows('The market went to Zorvex and Quimbarra last year.')).toEqual([]);
  });

  it("takes the untyped names of a list right after a kind of organisation in the plural ('French companies Zorvex, Quimbarra and Kellmoor Micro')", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.source]);
    // (a place that opens a hyphenated name in the list is no mention of its own: the firm's longer span wins)
    expect(rows('The deal involves French companies Danube-Quimbarra, Zorvex and Kellmoor Micro.').slice(1)).toEqual([
      ['Danube-Quimbarra', 'organization', 'rule:list'],
      ['Zorvex', 'organization', 'rule:list'],
      ['Kellmoor Micro', 'organization', 'rule:list'],
    ]);
    expect(rows('Internet firms Zorvex and Quimbarra found the spyware.')).toEqual([
      ['Zorvex', 'organization', 'rule:list'],
      ['Quimbarra', 'organization', 'rule:list'],
    ]);
    // (not two names of the name lists joined by 'and' alone, nor two names joined by '&': one firm's name of its partners)
    expect(rows('Analysts at firms Walker and Hughes said so.').filter(([, type]) => type === 'organization')).toEqual([]);
    expect(rows('It includes the firms Young & Quimbarra and Kellmoor Micro.').filter(([, , source]) => source === 'rule:list')).toEqual([]);
    // (nor warships after 'aircraft carriers')
    expect(rows('Jets flew from the aircraft carriers Zorvex and Quimbarra on Monday.').filter(([, type]) => type === 'organization')).toEqual([]);
    // (nor a railway's lines after 'lines' alone)
    expect(rows('The lines Zorvex and Quimbarra were closed on Monday.').filter(([, type]) => type === 'organization')).toEqual([]);
  });

  it("takes a name a surname rule made a person of for a firm before what 'it' said of its own, no given name first", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.source]);
    expect(rows('Comissaria Smith said in its weekly review that prices rose.')).toEqual([['Comissaria Smith', 'organization', 'rule:said-it']]);
    expect(rows('Zorvek Smith said his profits rose.')).toEqual([['Zorvek Smith', 'person', 'rule:surname-suffix']]);
  });

  it("takes a gazetteer's small town after shares or a stake in it for a firm, not a market's city", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type]);
    // ('Pinecrest' is a GeoNames town of Florida, 19,452 people)
    expect(rows('Shares in Pinecrest fell 4 pct on Monday.')).toEqual([['Pinecrest', 'organization']]);
    expect(rows('Shares in London fell 2 pct on Monday.')).toEqual([['London', 'place']]);
    expect(rows('Investment in Pinecrest rose on Monday.')).toEqual([['Pinecrest', 'place']]);
  });

  it("leaves what the review of the sixty-eighth session's rules found them taking wrongly", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.role ?? '']);
    const types = (text: string) => rows(text).map(([text, type]) => `${text}:${type}`);
    // a club the gazetteer names whole, a compass word first, stays a club where a team stands (step 19e)
    expect(types('North Melbourne beat Essendon by 12 points. North Melbourne coach Alastair Clarkson praised his team. North Melbourne have won two games.').filter((t) => t.startsWith('North Melbourne'))).toEqual(['North Melbourne:organization', 'North Melbourne:organization', 'North Melbourne:organization']);
    // a leader's 'its' is a country's, a quote's 'its' is "it's": no firm (SAID_ITS wants a firm's noun after it)
    expect(types('Shehbaz Zorvari said its economy was recovering. Yoweri Kellmoor said its troops would stay.')).toEqual(['Shehbaz Zorvari:person', 'Yoweri Kellmoor:person']);
    // an office or a magazine after 'County' is no county
    expect(types('County Clerk Kim Zorvath refused to issue licences. He is County Commissioner for Dallas.')).not.toContain('County Clerk:place');
    expect(types('He is County Commissioner for Dallas.')).not.toContain('County Commissioner:place');
    // a county's other mentions keep its region's id
    expect(runDoc('Police in County Fermanagh arrested two men. The County Fermanagh man was charged.' + PROSE).mentions.map((m) => m.entityId)).toEqual(['iso:GB-FER', 'iso:GB-FER']);
    // a mountain a firm is named after stays the mountain
    expect(types('Everest Realty sold the tower. Climbers on Everest died last year.')).toContain('Everest:place');
    // a blog's or a website's name after 'a' may open a clause
    expect(types('He shared a blog Zorvath had linked to.')).not.toContain('Zorvath:organization');
    // a full name of common words is a person's after a role and a comma
    expect(rows('The Brazilian striker, Vinicius Junior, was abused by fans.').slice(1)).toEqual([['Vinicius Junior', 'person', 'striker']]);
    // two firms across 'and', a lexicon's firm first
    expect(types('Talks between Hasbro and Mattel Inc collapsed.')).not.toContain('Hasbro and Mattel Inc:organization');
    // a manager's surname before his club's academy is his
    expect(types('Mikel Zorvath praised the youngsters. Two of Zorvath\'s Academy graduates started.')).not.toContain("Zorvath's Academy:organization");
    // land holdings in a town are no shares
    expect(types("Crofters' holdings in Stornoway were flooded.")).toContain('Stornoway:place');
    // 'Deacon', 'Abbot', 'Mufti' alone are no titles of roles.txt
    expect(rows('Deacon Jones, the football great, died.')[0]?.[2]).toBe('');
    // a headline's words in capitals open no acronym's run
    expect(types('The World Health Organization said so. WHO IS TO BLAME? asked the headline.')).not.toContain('WHO:organization');
  });

  it("takes a capitalised domain name for a firm's or a site's name, alone, with the gazetteer's organisation the document names by its first part", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.entityId]);
    expect(rows('Zorvex.com said bookings rose. He later joined Zorvex, the travel site.')).toEqual([
      ['Zorvex.com', 'organization', 'organization:zorvex-com'],
      ['Zorvex', 'organization', 'organization:zorvex'],
    ]);
    expect(rows('The NFL fined the team. NFL.com reported the fine first.').map(([text, , id]) => [text, id])).toEqual([
      ['NFL', 'organization:nfl'],
      ['NFL.com', 'organization:nfl'],
    ]);
    // (a name after it is a name of its own)
    expect(rows('Tonight on Kellmoor.com Zorva Kellmoor talks about motorcycles.').map(([text]) => text)).toEqual(['Kellmoor.com', 'Zorva Kellmoor']);
  });

  it("takes an untyped name of several words before a firm's analyst or economist and a person's name for the firm", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type]);
    expect(rows('Peel Hunt analyst Zorva Kellmoor said the shares were cheap.')).toEqual([
      ['Peel Hunt', 'organization'],
      ['Zorva Kellmoor', 'person'],
    ]);
  });

  it("takes a founder's surname alone for the firm named by the founder's initials, the surname and a legal form", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId]);
    expect(rows('W.R. Grace and Co said it would sell the unit. Analysts said Grace would gain.')).toEqual([
      ['W.R. Grace and Co', 'organization:wr-grace'],
      ['Grace', 'organization:wr-grace'],
    ]);
  });

  it("takes a firm named by two founders across 'and' before a legal form for one name, a listed surname that is a common word too", () => {
    expect(runDoc('Turner and Kellmoor Plc said profits rose.' + PROSE).mentions.map((m) => [m.text, m.type])).toEqual([['Turner and Kellmoor Plc', 'organization']]);
  });

  it("takes an acronym that is an English word too for the gazetteer's organisation the document names in full with those initials", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId]);
    expect(rows('The World Health Organization warned of a new wave. The WHO said cases were rising.')).toEqual([
      ['World Health Organization', 'organization:world-health-organization'],
      ['WHO', 'organization:world-health-organization'],
    ]);
    // (not where the document names no such organisation)
    expect(rows('Doctors WHO said cases were rising met on Monday.')).toEqual([]);
  });

  it('takes no name after a role and a comma where it ends in a common word no surname list has and no given name opens it', () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.role]);
    expect(rows('You see, chicken man, self-righteous pastor, Lesbian Activist and me, we all agree.')).toEqual([]);
    // (a given name first, or a surname last, is a person's in apposition)
    expect(rows('Its chairman, Will Smith, said so. Its director, Kellmoor Brown, resigned.')).toEqual([
      ['Will Smith', 'person', 'chairman'],
      ['Kellmoor Brown', 'person', 'director'],
    ]);
  });

  it("takes a firm's name without its line of business for its later mentions, and a gazetteer firm's product for none", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.entityId]);
    expect(rows('Kellmoor Analytics cut 200 jobs. Analysts said Kellmoor would recover.')).toEqual([
      ['Kellmoor Analytics', 'organization', 'organization:kellmoor-analytics'],
      ['Kellmoor', 'organization', 'organization:kellmoor-analytics'],
    ]);
    expect(rows('Vantor Chemicals said sales fell 5 pct. Analysts said Vantor would recover.').map(([text, , id]) => [text, id])).toEqual([
      ['Vantor Chemicals', 'organization:vantor-chemicals'],
      ['Vantor', 'organization:vantor-chemicals'],
    ]);
    expect(rows('I saw something in Google Analytics yesterday.')).toEqual([['Google', 'organization', 'organization:google']]);
  });

  it("takes a name ending in a public service's word and 'District' for an American special district, a body", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.source]);
    expect(rows('The Zorvabad Unified School District said classes resume Monday.')).toEqual([['Zorvabad Unified School District', 'organization', 'rule:org-keyword']]);
    expect(rows('The Kellmoor County Flood Control District issued a warning.')).toEqual([['Kellmoor County Flood Control District', 'organization', 'rule:org-keyword']]);
    // (not a district of a country, nor the two words alone)
    expect(rows('Fighting spread to the Kellmoor District last week.').map(([, type]) => type)).not.toContain('organization');
    expect(rows('The School District said no.')).toEqual([]);
  });

  it("takes 'County' or 'Co.' and one name, no article before, for a county: the gazetteer's region of the name, else one id however written (step 6b'')", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.type, m.entityId, m.source]);
    expect(rows('The farmer from County Zorvary said prices fell. He moved to Co. Zorvary later.')).toEqual([
      ['County Zorvary', 'place', 'place:county-zorvary', 'rule:county'],
      ['Co. Zorvary', 'place', 'place:county-zorvary', 'rule:county'],
    ]);
    expect(rows('He was born in County Durham.')).toEqual([['County Durham', 'place', 'iso:GB-DUR', 'rule:county']]);
    expect(rows('The attack happened in Co Tyrone last night.')).toEqual([['Co Tyrone', 'place', 'place:county-tyrone', 'rule:county']]);
    // (not after 'the', nor before a building's or an organisation's word)
    expect(rows('The match at the County Zorvary was rained off.').map(([, type]) => type)).not.toContain('place');
    expect(rows('He works at County Hall.')).toEqual([]);
    expect(rows('County Zorvary Council said the road was shut.').map(([, type, , source]) => [type, source])).toEqual([['organization', 'rule:org-keyword']]);
  });

  it("takes a position's word and a gazetteer's place, one run, for a place of its own, not the place inside it (step 19e)", () => {
    const rows = (text: string) => runDoc(text + PROSE).mentions.map((m) => [m.text, m.entityId, m.source]);
    expect(rows('Officials in Inner Mongolia said the site was clear.')).toEqual([['Inner Mongolia', 'place:inner-mongolia', 'rule:place-position']]);
    // (a compass point's word too: a region of the place)
    expect(rows('For East Malaysia, it put output at 2.5 mln tonnes.')).toEqual([['East Malaysia', 'place:east-malaysia', 'rule:place-position']]);
    // (not before a noun in lower case, an adjective's)
    expect(rows('Upper Egypt tourism grew on Monday.').map(([t]) => t)).toEqual(['Egypt']);
  });

  it("takes a field of government or sport and a country or a nation of the UK for a national body, not the country (step 19c)", () => {
    const rows = (text: string) => mentionSources(text + PROSE).map((m) => m.slice(0, 3));
    expect(rows('Statistics Canada said on Friday that inflation eased, and Hockey Canada named a new board.')).toEqual([
      ['Statistics Canada', 'organization', 'rule:national-body'],
      ['Hockey Canada', 'organization', 'rule:national-body'],
    ]);
    // (common words before the field: 'Public Health England'; a nation of the UK)
    expect(rows('Public Health England published the figures on Monday.')).toEqual([['Public Health England', 'organization', 'rule:national-body']]);
    // not any noun before a country (a work, a time, a kin word), nor an adjective, nor the part of bodies joined by 'and'
    for (const text of ['Critics praised Hotel Rwanda on Monday.', 'Today England face Wales at home.', 'The song praised Mother Russia on Monday.', 'Voters in Rural England were angry on Monday.']) {
      expect(rows(text).filter(([, type]) => type === 'organization')).toEqual([]);
    }
    expect(rows('Officials of Fisheries and Oceans Canada closed the fishery.').filter(([, type]) => type === 'organization')).toEqual([]);
  });

  it('takes a place and a party or group word for the two, not for a person', () => {
    expect(mentionTypes('The debate went well, a Virginia Republican said on Friday.' + PROSE)).toEqual([
      ['Virginia', 'place'],
      ['Republican', 'norp'],
    ]);
    // (the Senate, and the party's members: step 2c)
    expect(mentionTypes('Senate Democrats said the bill would fail.' + PROSE)).toEqual([
      ['Senate', 'organization'],
      ['Democrats', 'norp'],
    ]);
  });

  it("takes a gazetteer's one-word organisation and a country or continent for the firm's branch there, not for a person; a given name and a country stays a person", () => {
    const rows = (text: string) => mentionSources(text + PROSE).map((m) => m.slice(0, 3));
    expect(rows('Texaco Canada said on Monday it would raise crude prices.')).toEqual([['Texaco Canada', 'organization', 'rule:org-area']]);
    // its name with a legal form is the same organisation
    expect(runDoc('Texaco Canada Inc raised prices on Monday. Later Texaco Canada said demand was strong.' + PROSE).mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Texaco Canada Inc', 'organization', 'organization:texaco-canada'],
      ['Texaco Canada', 'organization', 'organization:texaco-canada'],
    ]);
    // its headline in capitals follows the body
    expect(mentionSources('TEXACO CANADA RAISES CRUDE PRICES\n\n    TORONTO, March 3 - Texaco Canada said on Monday it would raise crude prices.' + PROSE)).toContainEqual(['TEXACO CANADA', 'organization', 'rule:headline-borrow']);
    // (an untyped run too, a gazetteer organisation of any length before the area: step 19d; not before a noun in lower
    // case, where the two name a topic)
    expect(rows('Officials said Amnesty International Kenya called for calm on Monday.')).toContainEqual(['Amnesty International Kenya', 'organization', 'rule:org-area']);
    // (or a firm's name no gazetteer holds that ends in a legal form: the country had been the mention)
    expect(rows('The deal was signed by Zorvek Corp Australia on Monday.')).toEqual([['Zorvek Corp Australia', 'organization', 'rule:org-area']]);
    expect(rows('Leaders met at the EU Africa summit on Monday.')).toEqual([
      ['EU', 'organization', 'gazetteer:organizations'],
      ['Africa', 'place', 'gazetteer:places'],
    ]);
    // (and a news organisation's division, a broadcaster's channel by its number after an acronym: 'org-division';
    // not 'World', nor a product's number before a capitalised word)
    expect(rows('Kellmoor told BBC Sport he was happy, and BBC Two showed the match.').filter((m) => m[1] === 'organization')).toEqual([
      ['BBC Sport', 'organization', 'rule:org-division'],
      ['BBC Two', 'organization', 'rule:org-division'],
    ]);
    // (a broadcaster's station: its medium and a place, a gazetteer's or one word that is no common word; not a common
    // word's, the town's name alone no station)
    expect(rows('Kellmoor told BBC Radio Scotland he was happy, and BBC Radio Quandellford asked him too.').filter((m) => m[1] !== 'person')).toEqual([
      ['BBC Radio Scotland', 'organization', 'rule:org-division'],
      ['BBC Radio Quandellford', 'organization', 'rule:org-division'],
    ]);
    expect(rows('Kellmoor told BBC Radio Gold he was happy.').filter((m) => m[1] !== 'person').map((m) => m[0])).toEqual(['BBC']);
    expect(rows('He visited Nintendo World and bought the HTC One X on Monday.').map((m) => m[0])).toEqual(['Nintendo', 'HTC']);
    // (a channel's number after a broadcaster only: 'HTC One' is a phone)
    expect(rows('HTC said on Tuesday the HTC One would ship in May.').map((m) => m[0])).toEqual(['HTC', 'HTC']);
    // (a given name compromise lists that is a gazetteer's organisation too: 'Merrill' of Merrill Lynch)
    for (const name of ['Tony Jordan', 'Merrill Jordan']) expect(rows(`${name} said on Monday he would stay.`).filter((m) => m[1] === 'person').map((m) => m[0])).toEqual([name]);
  });

  it('reads a country or state that is also a given name as the first name before a surname, not before another word', () => {
    const persons = (text: string) => mentionSources(text + PROSE).filter((m) => m[1] === 'person').map((m) => m[0]);
    expect(persons('Then Jordan Zorvathson scored twice for the visitors.')).toEqual(['Jordan Zorvathson']);
    expect(persons('Then Kent O. Zorvath spoke and Minister Florence Kellibrand agreed.')).toEqual(['Kent O. Zorvath', 'Florence Kellibrand']);
    // ('Trump' is a person since lexicons/lone-surnames.tsv names him: the point is 'America First', no person)
    expect(persons("The Florida Marlins won, and Trump's America First agenda was discussed.")).toEqual(['Trump']);
  });

  it("gives a list's untyped names the type its typed names share", () => {
    const prose = ' The board said so in a statement on Monday, a day later than most had expected.';
    expect(mentionSources('The squad lists Flemming, Jason Gillespie, Stuart Law, Glenn McGrath and Ricky.' + prose).filter((m) => m[2] === 'rule:list')).toEqual([
      ['Flemming', 'person', 'rule:list'],
      ['Ricky', 'person', 'rule:list'],
    ]);
    // not a firm named by several names; not when fewer than half the names are typed; no band for a person
    expect(mentionSources('Shares were sold by Merrill Lynch Inc, Donaldson, Lufkin and Jenrette Inc and Morgan Stanley Inc.' + prose).filter((m) => m[2] === 'rule:list')).toEqual([]);
    expect(mentionSources('Searches included EastEnders, Zorvak, John Peel, Harry Potter and Olympics.' + prose).filter((m) => m[2] === 'rule:list')).toEqual([]);
    expect(mentionSources('The song features Alicia Keys, Velvet Revolver and Tim McGraw.' + prose).filter((m) => m[2] === 'rule:list')).toEqual([]);
  });

  it("joins names across '&' when they end in an organisation word, and only then", () => {
    const names = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
    expect(names('Procter & Gamble Co said on Monday it would cut prices.')).toEqual([['Procter & Gamble Co', 'organization']]);
    expect(names('Britain & France signed the deal on Monday, officials said.')).toEqual([
      ['Britain', 'place'],
      ['France', 'place'],
    ]);
    // (joined, 'Baker & Jones' was one person by its surname ending)
    expect(names('Baker & Jones said on Monday they would appeal.').map(([t]) => t)).not.toContain('Baker & Jones');
  });

  it("takes two surnames across '&' for a firm of its founders' names; not common words, nor two given names", () => {
    const orgs = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.source]);
    expect(orgs('Dana Kroll of Kellmoor & Watkins declined to comment. She joined Latham & Zorvabek in 2019.')).toEqual([
      ['Kellmoor & Watkins', 'rule:ampersand-firm'],
      ['Latham & Zorvabek', 'rule:ampersand-firm'],
    ]);
    expect(orgs('Tom & Jerry was on the television, and the Fixtures & Results page was down.')).toEqual([]);
    // (nor the surnames of two people named in full, nor names the document gives a place's type)
    expect(orgs('Tim Kellmoor and Andy Zorvabek won. Later Kellmoor & Zorvabek claimed the awards.')).toEqual([]);
    expect(orgs('In 2001 Kellmoor won the Folkestone & Hythe seat with 20,645 votes.').map(([t]) => t)).not.toContain('Folkestone & Hythe');
    // (two firms a rule typed each are two: camel-case coinages)
    expect(orgs('Check out the ZorvTech & QuimbNet groups online.').map(([t]) => t)).toEqual(['ZorvTech', 'QuimbNet']);
    // (nor a double act's)
    expect(orgs('The comedy pair Kellmoor & Watkins toured in May.')).toEqual([]);
  });

  it("joins a firm's name across 'and' before a partnership's word, or between two common nouns; not two names", () => {
    expect(orgsIn('It hired Zorvek and Co Inc, Kellibrand Telephone and Telegraph Co and the Zarvo Savings and Loan Association.')).toEqual([
      'Zorvek and Co Inc',
      'Kellibrand Telephone and Telegraph Co',
      'Zarvo Savings and Loan Association',
    ]);
    // a known name, an adjective or a place's word before 'and', one word or a proper name after it: two names ('Ford'
    // a lexicon's firm: a word no lexicon has, one or two words and a legal form after it, is one firm's, `pairFirmEnd`)
    expect(orgsIn('Talks between Ford and Kellibrand Motors Corp, Zorvek Electric Power and Zorvek International Airport, and Continental and Western Grain Corp went on.')).toEqual([
      'Ford',
      'Kellibrand Motors Corp',
      'Zorvek Electric Power',
      'Zorvek International Airport',
      'Western Grain Corp',
    ]);
    // an adjective that opens the name, alone after 'the' or at the sentence's start, before two common words and an
    // organisation word: one name
    expect(orgsIn('The Economic and Social Research Council said the Public and Commercial Services Union would meet.')).toEqual([
      'Economic and Social Research Council',
      'Public and Commercial Services Union',
    ]);
    // (not one word and an organisation's word after it: two parties)
    expect(orgsIn('The Conservative and Labour Party conferences will both be held in May.')).toEqual(['Labour Party']);
  });

  it("joins a firm's name across 'and' before a trade's common words and a legal form; not after a legal form, nor before an adjective or a known name", () => {
    expect(orgsIn('Zorvex Trust and Banking Co Ltd will provide the letter, said Quimbar Gas and Electric Corp on Monday.')).toEqual(['Zorvex Trust and Banking Co Ltd', 'Quimbar Gas and Electric Corp']);
    expect(orgsIn('The deposits were assumed by Kellby National Bank and Trust Co of Portvale.')).toEqual(['Kellby National Bank and Trust Co']);
    // (two firms: a legal form before 'and', an adjective or a gazetteer's firm after it)
    expect(orgsIn('Shares of Zorvex Corp and Dynamics Corp rose.')).toEqual(['Zorvex Corp', 'Dynamics Corp']);
    expect(orgsIn('Talks between Zorvex Group and Global Trading Corp went on.')).toEqual(['Zorvex Group', 'Global Trading Corp']);
    expect(orgsIn('Talks between Zorvex Group and Standard Oil Co went on.')).toEqual(['Zorvex Group', 'Standard Oil Co']);
    expect(orgsIn('Talks between Zorvex Group and Shell Oil Co went on.')).toEqual(['Zorvex Group', 'Shell Oil Co']);
    // (nor after a name's word or a body's head: a person or a body, and a firm of its own)
    expect(orgsIn('Talks between Paul Zorvex and Power Corp went on.')).toEqual(['Power Corp']);
    expect(orgsIn('The Zorvex Commission and Power Corp agreed on Monday.')).toEqual(['Zorvex Commission', 'Power Corp']);
  });

  it('takes no name that speaks for a person when its last word is a common noun of no name list, but after a given name', () => {
    // (a publication's, a campaign's, a body's in capitals: 'Apple Insider said', 'THE CLINTON CAMPAIGN says')
    expect(personsIn('Zorvex Insider said the phone would ship in May.')).toEqual([]);
    expect(personsIn('THE ZORVEX COMMITTEE says it is hosting parties in 50 states.')).toEqual([]);
    expect(personsIn('Al Breach said the phone would ship in May.')).toEqual(['Al Breach']);
  });

  it('takes no person of a given name and three words or more that end in a common noun, but after a second given name or an initial', () => {
    expect(personsIn('She founded Sally Zorvath Science to teach girls, and it grew.')).toEqual([]);
    expect(personsIn('Juan Ignacio Chela won, and Mary Q. Economy agreed.')).toEqual(['Juan Ignacio Chela', 'Mary Q. Economy']);
  });

  it("takes no person of a town's name and a common noun's plural, a team's", () => {
    expect(mentionTypes('The women the former Boston Bruins star partied with were interviewed.' + PROSE).filter((m) => m[1] === 'person')).toEqual([]);
  });

  it("takes no person of a title's word last after a word that is no given name, an office; a peer's title opens a person", () => {
    expect(personsIn('She was the first woman to be Zorvex Speaker, said the report on Monday.')).toEqual([]);
    expect(personsIn('The Zorvex County Sheriff arrested him on Monday.')).toEqual([]);
    // (the name after the title, as CoNLL-2003 tags a peer's: roles.txt's 'Baroness')
    expect(personsIn('Carole King said she would sing, and Baroness Zorvath said she would listen.')).toEqual(['Carole King', 'Zorvath']);
  });

  it("leaves letters after a name out of the person, and takes no person of a weak rule that ends in an acronym", () => {
    expect(personsIn('Tessa Zorvath QC said the ruling was wrong, and Mira Kellin MP agreed.')).toEqual(['Tessa Zorvath', 'Mira Kellin']);
    // (a product's or a unit's acronym: no person; a Roman numeral or a surname in capitals of five letters is a name's)
    expect(personsIn('Everyone wanted to see the new Zorvex Kellin DS on Monday.')).toEqual([]);
    expect(personsIn('Robert Zorvath III threw for 300 yards, and Ian KELLIN said so.')).toEqual(['Robert Zorvath III', 'Ian KELLIN']);
  });

  it('takes no role before a comma for the words before a title inside a run', () => {
    // ('a spokesman for the prosecutor, New York State Comptroller Alan Hevesi,' had made a person 'New York State')
    const found = mentionTypes('But a spokesman, Zorvia State Commissioner Mira Kellin, said no agreement had been made.' + PROSE);
    expect(found.filter((m) => m[1] === 'person')).toEqual([['Mira Kellin', 'person']]);
  });

  it("leaves the surname of a person the document names in full to that person before 'reported', not an outlet", () => {
    expect(mentionTypes('Mary Zorvex spoke on Monday. The talks collapsed, Zorvex reported.' + PROSE).filter((m) => m[0] === 'Zorvex')).toEqual([['Zorvex', 'person']]);
  });

  it("joins a committee's topics across 'and' after a trade's word, not two bodies", () => {
    expect(orgsIn('The Zorvek Energy and Commerce Committee questioned the Kellibrand Oil and Natural Resources Commission.')).toEqual([
      'Zorvek Energy and Commerce Committee',
      'Kellibrand Oil and Natural Resources Commission',
    ]);
    // (a body's word before 'and': two bodies)
    expect(orgsIn('The Zorvek Justice Department and Kellibrand Competition Commission met.')).toEqual(['Zorvek Justice Department', 'Kellibrand Competition Commission']);
  });

  it("leaves a minister's portfolio to the title: no organisation before 'Minister' or 'Secretary'", () => {
    expect(mentionTypes('Indonesian Energy Minister Subroto said on Monday that prices would stay firm.' + PROSE).slice(0, 2)).toEqual([
      ['Indonesian', 'norp'],
      ['Subroto', 'person'],
    ]);
    // (the organisation word before another word stays one: 'Zorvak Energy said')
    expect(mentionTypes('Zorvak Energy said on Monday that prices would stay firm.' + PROSE)[0]).toEqual(['Zorvak Energy', 'organization']);
  });

  it('takes no place after a location preposition for an acronym\'s plural or a name that modifies a noun, but a site\'s word keeps it', () => {
    const places = (text: string) => mentionTypes(text + PROSE).filter((m) => m[1] === 'place').map((m) => m[0]);
    expect(places('The update fixes flaws in PCs bought before November, and in IDNs too.')).toEqual([]);
    expect(places('About 1.1 billion dlrs in Zorvak assets were sold, and trading in Kellibrand common stock rose.')).toEqual([]);
    expect(places('Two men were executed in Zorvak prison on Monday, and others in Kellibrand township.')).toEqual(['Zorvak', 'Kellibrand']);
    expect(places('Two men were executed in Zorvak on Monday, the newspaper said.')).toEqual(['Zorvak']);
  });

  it("types a broadcaster's station and its number an organisation ('BBC Radio 4', 'Radio Five Live'), not an award named after one", () => {
    expect(mentionTypes("He told BBC Radio 4's Today programme so. Speaking on Radio Five Live, he agreed. The Zorvex Radio 3 Music Award went to a band. Migrants crossed the Channel 3 times." + PROSE).filter(([, t]) => t === 'organization')).toEqual([
      ['BBC Radio 4', 'organization'],
      ['Radio Five Live', 'organization'],
    ]);
  });

  it("leaves a vessel's name after its kind in lower case untyped ('the tanker Marisol Star'), as after a ship's prefix", () => {
    expect(mentionTypes('The Liberian-flagged tanker Marisol Kellmoor reported minor damage, and Dana Kellmoor said so.' + PROSE)).toEqual([
      ['Liberian', 'norp'],
      ['Dana Kellmoor', 'person'],
    ]);
    // (not before a relative clause's verb, nor a firm's name after the verb 'ship')
    expect(mentionTypes('The yacht Dana Tarnowska bought in 2019 sank. Quimbar agreed to ship Zorvek Motors vehicles.' + PROSE)).toEqual([
      ['Dana Tarnowska', 'person'],
      ['Zorvek Motors', 'organization'],
    ]);
  });

  it("types no person of three words after an article whose last is a common word, a surname's too ('the Royal Festival Hall')", () => {
    expect(mentionTypes('The award was presented at the Royal Festival Hall on Monday, and Royal Kellmoor said so.' + PROSE).filter(([, t]) => t === 'person')).toEqual([['Royal Kellmoor', 'person']]);
    // (a given name of the shorter list first stays a person's: 'the Sarah Jane Brown case')
    expect(mentionTypes('He spoke about the Sarah Jane Brown case on Monday.' + PROSE)).toEqual([['Sarah Jane Brown', 'person']]);
  });

  it("types a given name and a keyword of organisations or places before an age or 'said he' a person ('Ruth Church, 61,')", () => {
    expect(mentionTypes('Ruth Church, 61, was sentenced on Monday. Mike Post said he was happy. Dana Church was arrested. The Zorvek Church said it would help.' + PROSE)).toEqual([
      ['Ruth Church', 'person'],
      ['Mike Post', 'person'],
      ['Dana Church', 'person'],
      ['Zorvek Church', 'organization'],
    ]);
    // (a listed surname only: not an institution's word, 'Austin Police said he had been drinking')
    expect(mentionTypes('Austin Police said he had been drinking.' + PROSE)).toEqual([['Austin Police', 'organization']]);
  });

  it("leaves a quoted title untyped by the weak person rules, the stop or a comma inside the marks too ('for \"Northside Hymns.\"')", () => {
    expect(mentionTypes('He won album of the year for "Zorvath Hymns." Dana Kellmoor said so.' + PROSE).filter(([, t]) => t === 'person')).toEqual([['Dana Kellmoor', 'person']]);
    // (after a word that says a title comes only: not a name said)
    expect(mentionTypes('"Marek Kellmoor," she said, "is the best."' + PROSE)).toEqual([['Marek Kellmoor', 'person']]);
  });

  it("types a people's or a place's name and 'Executive' a devolved government, not a chief executive", () => {
    expect(mentionTypes('A Scottish Executive spokesman said the Northern Ireland Executive had met.' + PROSE)).toEqual([
      ['Scottish Executive', 'organization'],
      ['Northern Ireland Executive', 'organization'],
    ]);
    // (not an award's before 'of', nor a headline's in title case)
    expect(mentionTypes('He won British Executive of the Year on Monday.' + PROSE)).toEqual([['British', 'norp']]);
    expect(mentionTypes('They accuse the Scottish Executive of using the tax.' + PROSE)).toEqual([['Scottish Executive', 'organization']]);
    expect(mentionTypes('American Executive Kidnapped in Zorvabad\n\n' + PROSE)[0]).toEqual(['American', 'norp']);
    // ('Executive' after other words, or after a place's name and a common word, no organisation's word)
    expect(mentionTypes('Scottish Chief Executive Dana Kellmoor met the Zorvek Executive on Monday.' + PROSE).filter(([, t]) => t === 'organization')).toEqual([]);
  });

  it("types a name ending in a trade's word an organisation, though its first word is a place or a given name", () => {
    // made-up firms with place and given names first ('Texas Instruments', 'Boston Scientific', 'Lincoln Savings')
    expect(mentionTypes('Shares of Dallas Zorvetronics Semiconductor and Lincoln Savings rose after Boston Scientific and Texas Instruments said profits grew.' + PROSE).slice(0, 4)).toEqual([
      ['Dallas Zorvetronics Semiconductor', 'organization'],
      ['Lincoln Savings', 'organization'],
      ['Boston Scientific', 'organization'],
      ['Texas Instruments', 'organization'],
    ]);
    // the trade's word before 'and' is a name's word: one firm ('National Distillers and Chemical Corp')
    expect(mentionTypes('Zarvo Distillers and Chemical Corp said on Monday it would sell a unit.' + PROSE)[0]).toEqual(['Zarvo Distillers and Chemical Corp', 'organization']);
    // (not before a word naming the trade or its goods' trade: 'India Sugar prices')
    expect(mentionTypes('India Sugar prices fell as Kenya Power said so.' + PROSE).slice(0, 2)).toEqual([
      ['India', 'place'],
      ['Kenya Power', 'organization'],
    ]);
    // (a nationality's before a firm's last word is the goods', 'Algerian Sugar'; a country's given name before what says
    // person the person's, 'Chad Power, 34,')
    expect(mentionTypes('Imports of Algerian Sugar rose, and Chad Power, 34, missed twice.' + PROSE).slice(0, 2)).toEqual([
      ['Algerian', 'norp'],
      ['Chad Power', 'person'],
    ]);
    // a country's name before a firm's last word is the firm's, a nationality's the goods' ('Algerian LNG')
    expect(mentionTypes('Imports of Algerian LNG rose after Kenya Power said so.' + PROSE).slice(0, 2)).toEqual([
      ['Algerian', 'norp'],
      ['Kenya Power', 'organization'],
    ]);
    // before a word naming the trade, it names the trade: no firm
    expect(mentionTypes('Capital spending in the U.K. Chemical industry rose, and U.S. Shipping companies will buy ships.' + PROSE).slice(0, 2)).toEqual([
      ['U.K.', 'place'],
      ['U.S.', 'place'],
    ]);
  });

  it('makes a gazetteer organisation with its legal form after it that organisation', () => {
    // 'Deutsche Bank' and 'Morgan Stanley' are in the shipped organisations (Wikidata ids); the gazetteer's match takes
    // a legal form right after it in (tag-entities.ts, `legalFormEnd`), the rules' name one after '&'
    const doc = runDoc('Deutsche Bank AG and Morgan Stanley & Co said on Monday they would advise the buyer.');
    expect(doc.mentions.map((m) => [m.text, m.entityId, m.source])).toEqual([
      ['Deutsche Bank AG', 'Q66048', 'gazetteer:world-organizations'],
      ['Morgan Stanley & Co', 'Q334204', 'rule:legal-form'],
    ]);
  });

  it('leaves a gazetteer organisation its entry when a longer name of it has a legal form', () => {
    const doc = runDoc('Texaco Inc said on Monday it would appeal. Later Texaco said the ruling was wrong.');
    expect(doc.mentions.map((m) => [m.text, m.entityId, m.source])).toEqual([
      ['Texaco Inc', 'Q775060', 'gazetteer:world-organizations'],
      ['Texaco', 'Q775060', 'gazetteer:world-organizations'],
    ]);
  });

  it("takes 'of' and a name into an organisation's name after an organisation word that takes it, and only then", () => {
    const names = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
    expect(names('The Bank of Finland left rates unchanged on Monday, officials said.')).toEqual([['Bank of Finland', 'organization']]);
    expect(names('The Kurdistan Democratic Party of Iran said on Monday it would fight on.')).toEqual([['Kurdistan Democratic Party of Iran', 'organization']]);
    expect(names('He studied at the University of the Witwatersrand before joining the firm.')).toEqual([['University of the Witwatersrand', 'organization']]);
    // a title after 'of' starts a person's name; a word of a title alone does not
    expect(names('Choudhury was backed by the Awami League of Prime Minister Sheikh Hasina on Monday.').map(([t]) => t)).toContain('Awami League');
    expect(names('The president ordered the Department of Defense to plan for a deployment.')).toEqual([['Department of Defense', 'organization']]);
    // (an organisation's head first and an event's word last is the event: no organisation)
    expect(names('He won at the Academy Awards, and Zorvex College won the University Cup on Sunday.')).toEqual([['Zorvex College', 'organization']]);
    // (a journal's: 'Zorvex Journal' alone had been the name; not before a place, the paper's edition there)
    expect(names('A study published in the Zorvex Journal of Quimbar Studies found the drug worked.')).toEqual([['Zorvex Journal of Quimbar Studies', 'organization']]);
    expect(names('He wrote for the Zorvex Journal of London on Monday.')).toEqual([
      ['Zorvex Journal', 'organization'],
      ['London', 'place'],
    ]);
    // not after other words: 'Frank Smith of Ohio'
    expect(names('Frank Smith of Ohio said on Monday the bill would pass.')).toEqual([
      ['Frank Smith', 'person'],
      ['Ohio', 'place'],
    ]);
  });

  it("takes a sentence's first word into an organisation's name that ends in an organisation word, and only there", () => {
    const names = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
    expect(names('New York Times Co said on Monday its profits rose.')).toEqual([['New York Times Co', 'organization']]);
    expect(names('Advanced Medical Corp said on Monday it would buy a rival.')).toEqual([['Advanced Medical Corp', 'organization']]);
    expect(names('New Harry Potter tops the book chart again this week.')).toEqual([['Harry Potter', 'person']]);
    // (a bare imperative opening the sentence is no part of a name)
    expect(names('Watch ABC News tonight for the full interview.').map(([t]) => t)).not.toContain('Watch ABC News');
    // a first word joined by a hyphen: the firm's name only where it ends in an organisation word
    expect(names('Scan-Graphics Inc said on Monday it would buy a rival.')).toEqual([['Scan-Graphics Inc', 'organization']]);
    expect(names('Anglo-Portvale talks ended on Monday without a deal.')).toEqual([]);
    expect(names('Allied-Lyons said on Monday it would buy a rival.').map(([t]) => t)).not.toContain('-Lyons');
    // a run with an organisation word, cut at a role and its holder; not a run without one
    expect(names('First Zorvex Bancorp Chairman Anna Berg said the bank would lose money.')).toEqual([
      ['First Zorvex Bancorp', 'organization'],
      ['Anna Berg', 'person'],
    ]);
    expect(names('First Zorvex Lundholm said the bank would lose money.').map(([t]) => t)).not.toContain('First Zorvex Lundholm');
    // a listed given name that is a verb to the tagger, before one word; not a reporting verb before its speaker
    expect(names('Don Zorvex, chairman of the firm, said the bank would lose money.')).toEqual([['Don Zorvex', 'person']]);
    expect(names('Said Zorvex, the coach, was happy with the result.').map(([t]) => t)).not.toContain('Said Zorvex');
    // (one word: a longer run after a given name is no person's name as often as one, 'Grant Park Avenue Hotel')
    expect(names('Grant Zorvex Lundholm Harbour opened on Monday.').map(([t]) => t.split(' ')[0])).not.toContain('Grant');
  });

  it('makes no person of a common word and a place', () => {
    expect(mentionTypes('Analysts said Cooper Canada would cut jobs this year.' + PROSE)).toEqual([['Canada', 'place']]);
    expect(mentionTypes('Analysts said Cooper Zorvex would cut jobs this year.' + PROSE)).toEqual([['Cooper Zorvex', 'person']]);
  });

  it("reads a dateline's sentence as any other: the place after it typed, its capitals no headline's", () => {
    // ('TIDEWATER, N.C.': a place by the comma rule, the line mostly capitals; the name after the dateline opens the next sentence: 'Soldier' is
    // no part of it)
    const text = 'Soldier killed\n\nTIDEWATER, N.C., March 5 - Soldier Anna Berg was killed near Lundholm, the ministry said.' + PROSE;
    expect(mentionTypes(text)).toEqual([
      ['TIDEWATER', 'place'],
      ['N.C.', 'place'],
      ['Anna Berg', 'person'],
      ['Lundholm', 'place'],
    ]);
    // (and a dateline on a line of its own)
    const own = 'Soldier killed\n\nTIDEWATER, N.C., March 5\n\nSoldier Anna Berg was killed near Lundholm, the ministry said.' + PROSE;
    expect(mentionTypes(own).slice(0, 2)).toEqual([
      ['TIDEWATER', 'place'],
      ['N.C.', 'place'],
    ]);
  });

  it("makes a place of the capitals a dateline opens with, whatever its words would be elsewhere (step 5a)", () => {
    const lead = (place: string, rest = ', Mich., March 3 - Ford Motor Co said it would add jobs at the plant.') =>
      runDoc('Plant grows\n\n' + place + rest + PROSE).mentions.map((m) => [m.text, m.type, m.source]);
    // a given name first, in no gazetteer (a misspelt 'STERLING HEIGHTS'): was a person by the given-name rule
    expect(lead('STERLING HEIGHS')[0]).toEqual(['STERLING HEIGHS', 'place', 'rule:dateline']);
    // a word the tagger makes a verb ('FALLS') no longer ends the place: was 'MARION' alone, untyped and dropped
    expect(lead('MARION FALLS')[0]).toEqual(['MARION FALLS', 'place', 'rule:dateline']);
    expect(lead('ZORVEX-LUNDHOLM')[0]).toEqual(['ZORVEX-LUNDHOLM', 'place', 'rule:dateline']);
    expect(lead('ZORVEX', ' (Reuters) - Ford Motor Co said it would add jobs at the plant.')[0]).toEqual(['ZORVEX', 'place', 'rule:dateline']);
    // a gazetteer's entry of the span still names it (its id, the rule the finder)
    expect(runDoc('Plant grows\n\nNEW YORK, March 3 - Ford Motor Co said it would add jobs.' + PROSE).mentions[0]).toMatchObject({ text: 'NEW YORK', type: 'place' });
    // (but a gazetteer's organisation of the span is no dateline's town where its region follows a comma: 'STANFORD,
    // Calif.' had been the university, 'RICHARDSON, Texas' a brand; 'UNITED NATIONS, March 3' stays the organisation)
    expect(lead('STANFORD', ', Calif. (AP) - Ford Motor Co said it would add jobs at the plant.')[0]).toEqual(['STANFORD', 'place', 'rule:dateline']);
    expect(lead('UNITED NATIONS', ', March 3 (Reuters) - Ford Motor Co said it would add jobs at the plant.')[0]).toEqual(['UNITED NATIONS', 'organization', 'gazetteer:organizations']);
    expect(lead('UNITED NATIONS', ', MARCH 3 (Reuters) - Ford Motor Co said it would add jobs at the plant.')[0]).toEqual(['UNITED NATIONS', 'organization', 'gazetteer:organizations']);
    // not a title and its maker in brackets alone on a line, which the dateline pattern fits too (no day, no dash)
    const games = 'Top games\n\nThe list of the best games of the year was published on Monday.\n\nZORVEX FORCE (LUNDHOLM GAMES)\n\nA shooter in space.' + PROSE;
    expect(runDoc(games).mentions.filter((m) => m.source === 'rule:dateline')).toEqual([]);
    // a dateline past a page's first sentences is read in capitals by the gazetteers too: their entry names it
    const late = 'Hockey\n\nThe first of four paragraphs is here. The second one follows. The third one too. And a fourth.\n\nTORONTO (AP) - Derek Sanderson recalls the season.' + PROSE;
    expect(runDoc(late).mentions.find((m) => m.text === 'TORONTO')).toMatchObject({ type: 'place', source: 'gazetteer:world-places', name: 'Toronto' });
    // nor the capitals that open a sentence that is no dateline
    expect(mentionSources('ZORVEX FALLS, the company said, would add jobs at the plant.' + PROSE).filter(([, , src]) => src === 'rule:dateline')).toEqual([]);
  });

  it("makes an initial and a name a person (a scorecard's players), not a team, and not before a place", () => {
    const names = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type]);
    expect(names('Gloucestershire 280 ( J. Russell 63 , D. Fulton 52 not out ) .')).toEqual([
      ['Gloucestershire', 'organization'],
      ['J. Russell', 'person'],
      ['D. Fulton', 'person'],
    ]);
    expect(names('Talks with S. Africa resumed on Monday, officials said.')).toEqual([['Africa', 'place']]);
    // (a town's name after an initial is a player's: 'Lenham' is a village of Kent)
    expect(names('Sussex 389 ( N. Lenham 145 , V. Drakes 59 ) .').filter(([, type]) => type !== 'organization')).toEqual([
      ['N. Lenham', 'person'],
      ['V. Drakes', 'person'],
    ]);
    // the end of an abbreviation is no initial, a common word no name
    expect(names('They warn of anti-U.S. Krummrich here.')).toEqual([]);
    expect(names('Talks with G. Krummrich ended on Monday.')).toEqual([['G. Krummrich', 'person']]);
    expect(names('Talks with W. Trade ended on Monday.')).toEqual([]);
  });

  it('does not make two common words before a reporting verb a person, but a courtesy title and a name', () => {
    const people = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'person').map((m) => m.text);
    expect(people('Age Concern said on Monday that pensions should rise with prices.')).toEqual([]);
    expect(people('Mr Mates said on Monday that the bill would pass.')).toEqual(['Mates']);
    // a courtesy title without its full stop (British style) is the mention's role, as 'Mr.' is
    const titled = runDoc('Mr Zorvathy said on Monday that Ms Kellibrand would go.').mentions.map((m) => [m.text, m.type, m.role]);
    expect(titled).toEqual([
      ['Zorvathy', 'person', 'Mr'],
      ['Kellibrand', 'person', 'Ms'],
    ]);
  });

  it('leaves a country a place after a company named for it', () => {
    const doc = runDoc('Japan Inc is how some call the country. Japan exported more cars in May.');
    expect(doc.mentions.filter((m) => m.text === 'Japan').map((m) => m.type)).toEqual(['place']);
  });

  it('makes a full name after a title a person where a gazetteer has an organisation of that name', () => {
    // 'John Lewis' is a retailer in the shipped organisations (world-organizations.tsv.gz)
    const doc = runDoc('Rep. John Lewis, the civil rights leader, said on Wednesday that the vote mattered to his district.');
    expect(doc.mentions.filter((m) => m.text === 'John Lewis').map((m) => [m.type, m.source, m.role])).toEqual([['person', 'rule:title-person', 'Rep.']]);
  });

  it('leaves a gazetteer person after a title its entry', () => {
    const doc = runDoc('Lieutenant General Rustam Muradov met the delegation in Baku on Monday, the ministry said.');
    expect(doc.mentions.filter((m) => m.text === 'Rustam Muradov').map((m) => [m.entityId, m.source])).toEqual([['person:rustam-muradov', 'gazetteer:people']]);
  });

  it('keeps a hyphenated compound whole rather than cutting a qualifier off it', () => {
    const doc = runDoc('The report named two Indian-Americans who had been investigated by the regulators last year.');
    expect(doc.mentions.map((m) => m.text).filter((t) => t.startsWith('-'))).toEqual([]);
  });

  it('links a lone family name to the full name written family name first', () => {
    const doc = runDoc('Chinese Premier Li Keqiang met officials in Beijing on Monday, state media said. Li said the talks were useful.');
    expect(doc.mentions.filter((m) => m.text === 'Li').map((m) => [m.entityId, m.source])).toEqual([['person:li-keqiang', 'coreference']]);
  });

  it('takes first names and surnames from the lexicon files, not only from compromise', () => {
    // 'Carter' and 'Conway' are in the shipped lists, not in compromise's lexicon
    // ('guest': no title of roles.txt, which 'adviser' is)
    expect(people('The guest Kellyanne Conway met the investor Carter Page in Ohio on Monday, the campaign said in a statement.')).toEqual([
      ['Kellyanne Conway', 'rule:surname-suffix'],
      ['Carter Page', 'rule:first-name'],
    ]);
  });

  it('reads a name with its accents off against the folded lists', () => {
    expect(people('Reporters later heard from José Ramírez, a farmer, about the drought in the region, the agency said.')).toEqual([['José Ramírez', 'rule:first-name']]);
  });

  it('does not take a listed surname for a person when a word of the name is a common word', () => {
    // 'Day', 'Matter' and 'Lady' are surnames too
    expect(people('Thousands marched with Black Lives Matter on Election Day in Ohio, and the First Lady spoke to the crowd.')).toEqual([]);
  });

  it("takes a title's word, 'of' and a portfolio of common words for the title of the name after it", () => {
    expect(people('Secretary of Defense Zorvek Quimbar flew to Kiev on Monday, officials said.')).toEqual([['Zorvek Quimbar', 'rule:title-person']]);
    expect(people('The President of the Republic Zorvek Quimbar signed the decree on Monday.')).toEqual([['Zorvek Quimbar', 'rule:title-person']]);
    // (a role of the list that ends the title keeps its own: 'Gen.')
    expect(mentionSources('Minister of Defence Gen. Ray Quimbar spoke on Monday.').map((m) => m[0])).toEqual(['Ray Quimbar']);
    // (not before common words only)
    expect(people('The report of the Minister of Agricultural Commodity Markets said prices fell on Monday.')).toEqual([]);
  });

  it("takes no name with a verb's past in it for a person ('McCain Criticized Trump'), but a given name that is one ('Ted')", () => {
    expect(people('Readers shared the story McCain Criticized Trump widely in Ohio on Monday.').map((p) => p[0])).not.toContain('McCain Criticized Trump');
    expect(people('The novel Atlas Shrugged sold well in Ohio on Monday.')).toEqual([]);
    expect(people('Readers praised Ted Quimbar in Ohio on Monday.')).toEqual([['Ted Quimbar', 'rule:first-name']]);
  });

  it("takes no show, lecture or memorial named after a person for the person ('The Ellen DeGeneres Show')", () => {
    expect(people('She talked about it on The Ellen Quimbar Show in Ohio on Monday.')).toEqual([]);
    expect(people('He gave the Adam Quimbar Lecture in Ohio on Monday.')).toEqual([]);
    expect(people('Cars were shown at the Geneva Motor Show in March.')).toEqual([]);
  });

  it("types names joined by commas and 'and' after a kind of places in the plural and 'of' as places", () => {
    const places = (text: string) => mentionSources(text).filter((m) => m[1] === 'place').map((m) => m[0]);
    expect(places('Fighting spread to the towns of Quorvia, Talvikovo and Brenzk on Monday.')).toEqual(['Quorvia', 'Talvikovo', 'Brenzk']);
    expect(places('Shelters opened in the cities of Quorvia and Talvikovo on Monday.')).toEqual(['Quorvia', 'Talvikovo']);
    // (not 'ports of', a program's as often)
    expect(places('There are ports of Zorvex and Quimble for the console.')).toEqual([]);
  });

  it("leaves a sentence's first 'Former', 'Acting', 'Outgoing' out of the name after it", () => {
    expect(mentionSources('Former Zorvex Authority executives planned the closures on Monday.').map((m) => m[0])).toEqual(['Zorvex Authority']);
    expect(mentionSources('Acting Zorvex Corp chairman Dmitri Quimbar spoke on Monday.').map((m) => m[0])).toEqual(['Zorvex Corp', 'Dmitri Quimbar']);
  });

  it("takes no acronym of three capitals or more before a word in lower case for a person's name ('SBC Warburg')", () => {
    expect(people('ZRV Warburg said it was keeping its forecast for Ohio on Monday.')).toEqual([]);
    expect(people('Planes took off from RAF Fairford in Ohio on Monday.')).toEqual([]);
    // ('JR' two capitals, initials)
    expect(people('Yesterday JR Smith scored twice in Ohio on Monday.')).toEqual([['JR Smith', 'rule:surname-suffix']]);
    // nor before another acronym outside a line in capitals ('Sep' a given name); a surname in capitals stays
    expect(people('The types of account available are SEP IRA and the Roth account.')).toEqual([]);
    expect(people('GLENN THRUSH asks whether the plan will work in Ohio on Monday.')).toEqual([['GLENN THRUSH', 'rule:first-name']]);
  });

  it("takes 'Daily' and a word for no newspaper after an article or a possessive, and 'Courier' for a surname", () => {
    expect(mentionSources('The Briefing is A Daily Analysis of news in Ohio on Monday.').map((m) => m[1])).not.toContain('organization');
    expect(mentionSources("Eighth seed Jim Courier withdrew with a bruised knee in Ohio on Monday.").map((m) => [m[0], m[1]])).toContainEqual(['Jim Courier', 'person']);
  });

  it("takes no cricket averages table's or scorecard's players for teams by their numbers", () => {
    const text = ['Zorvek Quimbar 3 6 1 344 141 68.80', 'Tarik Zorvani 3 5 2 195 100 65.00', 'Amir Quolat 2 4 0 87 35 21.75', '', 'Zorvani 100 not out , Quimbar 61 )', ''].join('\n') + PROSE;
    expect(mentionSources(text).filter((m) => m[1] === 'organization')).toEqual([]);
    expect(mentionSources('Extras 9' + '\n\n' + PROSE).map((m) => m[0])).not.toContain('Extras');
  });

  it("cuts a photo agency's credit off the headline's name it was run into ('| Getty McConnell punts'), not the agency's own names", () => {
    const names = (text: string) => mentionSources(text).map((m) => m[0]);
    const text = 'Senator Mitch McConnell spoke in Ohio on Monday about the budget and the vote that was expected later in the week.\n\nReaders also liked: | Getty McConnell punts budget vote to buy time for a deal with the Democrats, aides said on Monday.';
    expect(names(text)).toEqual(['Mitch McConnell', 'Ohio', 'McConnell', 'Democrats']);
    expect(names('The paintings went to the Getty Museum in Ohio on Monday.')).toContain('Getty Museum');
    // ('AP Photo', the Associated Press's credit)
    expect(names(text.replace('| Getty McConnell', '| AP Photo McConnell'))).toEqual(['Mitch McConnell', 'Ohio', 'AP', 'McConnell', 'Democrats']);
  });

  it("takes no saint's name for a person by its surname ('St Pauli', 'St Gallen': clubs, towns, churches)", () => {
    expect(people('Christian Springer put St Pauli back in touch in the 64th minute, the club said.')).toEqual([['Christian Springer', 'rule:first-name']]);
    expect(people('The team flew to St Kitts on Monday, the club said.')).toEqual([]);
  });

  it("takes a role after 'best' for an award's category, and the name after it for no person ('the best actress Oscar')", () => {
    expect(people('She is favourite to win the best actress Zorvex at the ceremony in Ohio on Monday.')).toEqual([]);
    expect(people('He won the best supporting actor Quimble in Ohio on Monday.')).toEqual([]);
    expect(people('The actress Zorvek Quimbar won in Ohio on Monday.')).toEqual([['Zorvek Quimbar', 'rule:title-person']]);
  });

  it('takes one capitalised common word after a title in lower case for a person, not after an adjective', () => {
    // ('Usher' and 'Scalp' are common words of compromise's lexicon; 'general' and 'major' are titles and adjectives)
    expect(people('The R&B singer Usher won two awards in Ohio on Monday, the organisers said.')).toEqual([['Usher', 'rule:title-person']]);
    // ('star' a title too: 'Game of Thrones star Kit Harington', whose 'Kit' is a common word, no given name of the lists)
    expect(people('Game of Zorvaks star Kit Quimbleton joined the cast in Ohio on Monday, the studio said.')).toEqual([['Kit Quimbleton', 'rule:title-person']]);
    expect(people('It is a general Scalp disorder, and major Internet providers said so in Ohio on Monday.')).toEqual([]);
    // (nor an adjective's or a nationality's capital after it)
    expect(people('The ministers met a lawyer Western diplomats trusted in Ohio on Monday.')).toEqual([]);
  });

  it('does not take two common words for a person because a surname list has the last, unless the first is a given name', () => {
    // 'Story', 'Crown' and 'Camera' are in the surname list; 'Sandy' is a given name as well as a word
    expect(people('The report was called The India Success Story and praised the Triple Crown winner in Ohio on Monday.')).toEqual([]);
    expect(people('Fans cheered when Sandy Story arrived in Ohio on Monday, the agency said.')).toEqual([['Sandy Story', 'rule:first-name']]);
  });

  it("does not take a common noun's plural and a surname for a person ('Presidents Obama and Bush'), a given name's that is one stays", () => {
    expect(people('Under Presidents Obama and Bush the agency grew in Ohio, the report said.').map(([n]) => n)).not.toContain('Presidents Obama');
    expect(people('Fans cheered when Miles Obama arrived in Ohio on Monday, the agency said.')).toEqual([['Miles Obama', 'rule:first-name']]);
    // (the plural is cut off the run before a listed name, a title's or a group's: the person stands)
    expect(people('Moderators Robert Zorvath and Jim Kellmoor spoke in Ohio on Monday, the agency said.')).toEqual([
      ['Robert Zorvath', 'rule:first-name'],
      ['Jim Kellmoor', 'rule:first-name'],
    ]);
  });

  it("takes a sentence's first word for a name where the document writes it as a surname after a given name, never in lower case", () => {
    // wink-nlp's lexicon tags 'Hinge' a verb, which a sentence's first word needs to be no name
    expect(typesAndIds('The envoy Mira Hinge arrived in Ohio on Monday.\n\nHinge said the talks were useful.', 'Hinge')).toEqual([['person', 'person:mira-hinge']]);
    expect(typesAndIds('The envoy Mira Hinge arrived in Ohio on Monday.\n\nHinge said the door had a broken hinge.', 'Hinge')).toEqual([]);
  });

  it("takes a sentence's first two words whole where the document writes them inside a sentence as a name of their own", () => {
    // ('Sun' is no given name: the opener alone was left out, and 'Yang' the mention)
    expect(typesAndIds('The Olympic champion Sun Yang was banned on Monday.\n\nSun Yang denied wrongdoing.', 'Sun Yang')).toEqual([
      ['person', 'person:sun-yang'],
      ['person', 'person:sun-yang'],
    ]);
    // (not two words the document writes inside a longer run only)
    expect(runDoc('The Olympic champion Sun Yang Zorvath was banned on Monday.\n\nSun Yang denied wrongdoing.').mentions.map((m) => m.text)).not.toContain('Sun Yang');
  });

  it("takes a lone given name that is a common word too for the person named in full with it, where the document writes it only as a name", () => {
    // ('anil' a dye to the lexicon; 'faith in Anil' had made a place of every lone 'Anil')
    const text = 'The board met Anil Zorvani on Monday.\n\nThe board reaffirmed its faith in Anil, who runs the unit. Later Anil said he would stay.';
    expect(typesAndIds(text, 'Anil')).toEqual([
      ['person', 'person:anil-zorvani'],
      ['person', 'person:anil-zorvani'],
    ]);
    // (nor one the document writes after an article, a thing's or a title's: 'the Bill' after 'Bill Zorvash')
    expect(typesAndIds('Sir Bill Zorvash said the Bill would restore sovereignty.\n\nThe Bill passed its third reading, and Zorvash said he was delighted.', 'Bill')).toEqual([]);
    // (nor of a name that is no person's shape, a product's a rule took for one: 'Mac OS X')
    expect(typesAndIds('Apple launched Mac OS X on Monday.\n\nLater the Mac mini sold well, and critics said a Mac was cheap.', 'Mac').filter(([type]) => type === 'person')).toEqual([]);
    // (not a work's title: the film named after him)
    expect(typesAndIds('The singer Ray Zorvan died in 2004.\n\nThe biopic Ray was a hit. Ray has been nominated for an Oscar, and Foxx won for Ray.', 'Ray')).toEqual([]);
  });

  it("takes a given name alone before 'and' and a person's full name for the first of a couple or of siblings, minted with the surname", () => {
    expect(typesAndIds('The restaurant is run by siblings Lucia and Diego Zorvez Kellmo.', 'Lucia')).toEqual([['person', 'person:lucia-zorvez-kellmo']]);
    expect(typesAndIds('Herman and Rosa Zorvek were married in 1950.', 'Herman')).toEqual([['person', 'person:herman-zorvek']]);
    // (not where nothing says couple: a club's name before a player's, two people who have spoken; nor a person the
    // document names otherwise)
    expect(typesAndIds('He played for Chelsea and John Zorvek was his captain.', 'Chelsea').filter(([type]) => type === 'person')).toEqual([]);
    expect(typesAndIds('Pope Francis met the president in Rome.\n\nFrancis and Joe Zorvek have spoken often.', 'Francis').map(([, id]) => id)).toEqual(['person:pope-francis', 'person:pope-francis']);
  });

  it("takes a listed given name alone that speaks for a person, not a firm's or a club's", () => {
    expect(typesAndIds('The plan was rejected on Monday.\n\n"We are disappointed," Joyce said.', 'Joyce')).toEqual([['person', 'person:joyce']]);
    expect(typesAndIds('The plan was rejected on Monday.\n\n"We are disappointed," said Joyce.', 'Joyce')).toEqual([['person', 'person:joyce']]);
    // (not before 'it', after a spokesman, nor the first word of an organisation's name)
    expect(typesAndIds('The plan was rejected on Monday.\n\nJoyce said it would appeal.', 'Joyce')).toEqual([]);
    expect(typesAndIds('The plan was rejected on Monday.\n\nA spokeswoman for Joyce said the club would appeal.', 'Joyce')).toEqual([]);
    expect(typesAndIds('Joyce Zorvek Steel Corp cut its prices on Monday.\n\nJoyce said the cut was needed.', 'Joyce').filter(([type]) => type === 'person')).toEqual([]);
    // (nor a word of one, nor before its staff)
    expect(typesAndIds('Eli Joyce Corp reported higher profit on Monday.\n\nJoyce said demand was strong.', 'Joyce').filter(([type]) => type === 'person')).toEqual([]);
    expect(typesAndIds('The results were poor.\n\n"We will recover," said Joyce spokeswoman Linda Zorvek.', 'Joyce').filter(([type]) => type === 'person')).toEqual([]);
  });

  it('an untyped surname with its particle capitalised is the person named in full with it', () => {
    expect(typesAndIds('The full-back Roland de Zorvigny kicked well on Saturday.\n\nJones missed, and De Zorvigny then hit the post.', 'De Zorvigny')).toEqual([['person', 'person:roland-de-zorvigny']]);
    // (of two particles too)
    expect(typesAndIds('Oscar de la Zorvoya retired in 2009.\n\nPromoters said De La Zorvoya would attend the fight.', 'De La Zorvoya')).toEqual([['person', 'person:oscar-de-la-zorvoya']]);
  });

  it('a lone surname of a person named in full is that person, even after a place preposition', () => {
    expect(typesAndIds('The investor Carter Page had ties to Moscow, the newspaper said on Monday.\n\nAs I started looking into Page, calls came about the ties Page has to Russian firms.', 'Page')).toEqual([
      ['person', 'person:carter-page'],
      ['person', 'person:carter-page'],
    ]);
  });
});

describe('findNames: a month that is a word of a name', () => {
  const people = (text: string) => runDoc(text).mentions.filter((m) => m.type === 'person').map((m) => m.text);

  it('is a given name before a listed surname, and a surname after a listed given name', () => {
    expect(people('The singer June Carter wrote songs, and Jan Shaw of the charity spoke on Monday.')).toEqual(['June Carter', 'Jan Shaw']);
    expect(people('Analysts at the bank, Rick May and Kenneth May, said prices would rise.')).toEqual(['Rick May', 'Kenneth May']);
  });

  it("is 'Jan' before a word of no lexicon that opens a name or follows a known word, not after an unknown one", () => {
    expect(people('The seed Jan Zorvacek of Slovakia won 6-4 6-3, and he said on Monday that he was pleased.')).toEqual(['Jan Zorvacek']);
    expect(people('He faces Czech Jan Zorvacek in the final, and the organisers said on Monday that tickets were sold.')).toEqual(['Jan Zorvacek']);
    // (a Dutch name of two given names: the surname the title rule types, 'Jan' cutting it off)
    expect(people('Ard Jan Zorvacek, the consultant, spoke. Mr Zorvacek said the survey showed support on Monday.')).toEqual(['Zorvacek', 'Zorvacek']);
    // (a common word after it, or another month abbreviated in the document: the month)
    expect(people('Traders said Jan Crude futures hardened, and prices rose on Monday.')).toEqual([]);
    expect(people('Traders said Jan Comex silver hardened and Mar Comex eased, and prices rose on Monday.')).toEqual([]);
  });

  it('stays a month after a word of time, before a number, a plural noun or a name compromise knows', () => {
    expect(people('In June Carter stores reported higher sales, the company said on Monday.')).toEqual([]);
    // (but 'by' after a participle is the passive's agent: a name)
    expect(people('Analysts led by Jan Zorvath raised their forecast, and the bank agreed on Monday.')).toEqual(['Jan Zorvath']);
    expect(people('Sales will rise by June Carter stores said, and the company agreed on Monday.')).toEqual([]);
    expect(people('Sales rose after the August Games in Athens, the company said on Monday.')).toEqual([]);
    expect(people('Radcliffe carried the hopes, August Games being her target, the coach said on Monday.').filter((p) => p.includes('August'))).toEqual([]);
    expect(people('Prices hardened to 14 points under May New York, dealers said on Monday.')).toEqual([]);
    expect(people('Dealers said May New York futures hardened, and prices rose on Monday.')).toEqual([]);
    expect(people('Dealers said June Comex silver hardened, and prices rose on Monday.')).toEqual([]);
    expect(people('Traders said Karen May 5 delivery was firm, and prices rose on Monday.')).toEqual([]);
  });

  it("is a month in capitals or miscased before a day's number in a dateline, no team's score", () => {
    const names = (text: string) => runDoc(text).mentions.map((m) => m.text);
    expect(names('SHAMROCK SETS DIVIDEND\n\nDALLAS, MARCH 2 - Diamond Shamrock Corp said it set a quarterly dividend.')).not.toContain('MARCH');
    expect(names('MCI WINS CONTRACT\n\nRYE BROOK, N.Y., MArch 2 - MCI Communications Corp said it has won a contract.')).not.toContain('MArch');
  });
});

describe("findNames: a schedule's line in a sports report", () => {
  const TABLE = 'Major league baseball standings after games played on Thursday .\nKANSAS CITY 61 74 .452 20\nDETROIT 48 86 .358 33\nFRIDAY , AUGUST 30 SCHEDULE\n';
  // (the shipped lexicons and gazetteers: the towns are theirs)
  const teams = (text: string) => {
    const doc = split(text);
    const shipped = shippedResources();
    return findNames(doc, shipped.lexicons, matchGazetteers(doc, shipped.matcher))
      .filter((c) => c.source === 'rule:sports-team')
      .map((c) => [doc.clean.slice(c.start, c.end), c.type]);
  };

  it('takes the name before AT for the team, not the town after it', () => {
    expect(teams(TITLE + TABLE + 'KANSAS CITY AT DETROIT')).toEqual([['KANSAS CITY', 'organization']]);
  });

  it("beats the gazetteer's town in the tables", () => {
    const doc = runDoc('Baseball roundup\n\nMajor league baseball standings after games played on Thursday showed Kansas City trailing, and the league said the season would go on.\n\nKANSAS CITY AT DETROIT\n\nThe teams meet again on Saturday, the league said in a statement on Friday.');
    expect(doc.mentions.filter((m) => m.text === m.text.toUpperCase()).map((m) => [m.text, m.type])).toEqual([
      ['KANSAS CITY', 'organization'],
      ['DETROIT', 'place'],
    ]);
  });

  it('leaves a national side its country, a name that is no place the report knows, and a place in no sports report alone', () => {
    expect(teams(TITLE + TABLE + 'England at Wales')).toEqual([]);
    expect(teams(TITLE + TABLE + 'Dinner at Eight')).toEqual([]);
    expect(teams(TITLE + 'Shares rose on Thursday in heavy trading .\nKANSAS CITY AT DETROIT')).toEqual([]);
  });
});

describe("findNames: a table's names of one kind", () => {
  // (the shipped lexicons and gazetteers: 'Chelsea' and 'Chester' are given names of their lists, which the score-line
  // rule refuses alone; 'Zorvath' a name of none)
  const types = (text: string) => shippedNames(text).map(([name, type]) => [name, type]);
  const HEAD = 'SOCCER - LEAGUE RESULTS .\nResults of league soccer matches on Saturday :\n';

  it('takes a name no rule typed for a team where two thirds of the rows\' names are organisations', () => {
    const text = HEAD + 'Aston Villa 2 Derby 0\nChelsea 2 Coventry 0\nLeicester 0 Arsenal 2\nWolverhampton 1 Chester 0';
    expect(types(text)).toContainEqual(['Chelsea', 'organization']);
    expect(types(text)).toContainEqual(['Chester', 'organization']);
    // (a standings table: a name and its figures)
    expect(types(HEAD + 'Chester 4 1 1 2 6 7 4\nDerby 4 2 0 2 4 3 6\nCoventry 4 2 1 1 8 5 7\nArsenal 4 1 1 2 5 5 4')).toContainEqual(['Chester', 'organization']);
  });

  it("takes a weak rule's person there for a club too, a given name and a town ('Petra Drnovice')", () => {
    const text = HEAD + 'Aston Villa 2 Derby 0\nPetra Zorvice 1 Coventry 3\nLeicester 0 Arsenal 2\nWolverhampton 1 Chester 0';
    expect(types(text)).toContainEqual(['Petra Zorvice', 'organization']);
  });

  it("leaves a players' averages table its persons: a given name of the longer list first is no score line's club", () => {
    const text = 'CRICKET - TEST AVERAGES .\nAverages after the series , the match , the innings and the wickets :\nSalim Zorvik 3 5 2 195 100 65.00\nRashid Lundqvar 1 1 0 45 45 45.00\nSalim Qelbrak 2 3 1 158 105 79.00';
    expect(types(text).filter(([, type]) => type === 'organization')).toEqual([]);
    // (a given name before a common word is a club's: 'Sydney City', 'Crystal Palace')
    expect(shippedNames(HEAD + 'Sydney City 2 Zorvath 0')).toContainEqual(['Sydney City', 'organization', 'rule:score-line']);
  });

  it('leaves the names of a table of persons, of two rows, and a table\'s own words', () => {
    // (the rows' names mostly persons or untyped: a golf table)
    expect(types(HEAD + 'Chelsea 70 68\nTiger Woods 69 70\nErnie Els 71 67\nColin Montgomerie 72 66')).not.toContainEqual(['Chelsea', 'organization']);
    // (two rows are no table)
    expect(types(HEAD + 'Aston Villa 2 Derby 0\nChelsea 2 Coventry 0')).not.toContainEqual(['Chelsea', 'organization']);
    // (rows that are no table's: words between the figures)
    expect(types(HEAD + 'Aston Villa 2 Derby 0\nChelsea won 2 and Coventry 0\nLeicester 0 Arsenal 2\nWolverhampton 1 Bradford 0')).not.toContainEqual(['Chelsea', 'organization']);
    expect(types(HEAD + 'Group 1\nAston Villa 2 Derby 0\nLeicester 0 Arsenal 2\nWolverhampton 1 Coventry 0')).not.toContainEqual(['Group', 'organization']);
  });
});

describe('findNames: the sides of a match by its result and score', () => {
  const types = shippedNames;
  const HEAD = 'BASKETBALL - LEAGUE RESULTS .\nResults of league basketball matches on Saturday , the coach said :\n';

  it('takes the unknown names on either side of the verb for clubs, in a sports report', () => {
    const found = types(HEAD + 'Zorvath beat Lundqvaria 97-94 ( halftime 39-32 ) .');
    expect(found).toContainEqual(['Zorvath', 'organization', 'rule:sports-team']);
    expect(found).toContainEqual(['Lundqvaria', 'organization', 'rule:sports-team']);
  });

  it("leaves a tennis match's players, a report's persons and a gazetteer's club", () => {
    expect(types(HEAD + 'Zorvath beat Lundqvaria 6-3 6-4 .').filter(([, type]) => type === 'organization')).toEqual([]);
    // (a surname of a person the report names in full)
    expect(types(HEAD + 'Ronnie Zorvath won the title .\nZorvath beat Lundqvaria 9-5 .')).not.toContainEqual(['Zorvath', 'organization', 'rule:sports-team']);
    // (a given name of the lists first: the first-name rule's person)
    expect(types(HEAD + 'Mark Zorvath beat Lundqvaria 9-5 .')).toContainEqual(['Mark Zorvath', 'person', 'rule:first-name']);
    // (nor a common word first)
    expect(types(HEAD + 'Visitors Zorvath beat Lundqvaria 97-94 .')).not.toContainEqual(['Visitors Zorvath', 'organization', 'rule:sports-team']);
    expect(types(HEAD + 'Liverpool beat Olympiakos 3-1 .')).not.toContainEqual(['Olympiakos', 'organization', 'rule:sports-team']);
    // (no sports report)
    expect(types('Report\nZorvath beat Lundqvaria 97-94 in the vote .').filter(([, type]) => type === 'organization')).toEqual([]);
  });
});

describe('tag and findNames: an event named after a place, in a headline in capitals', () => {
  // (the shipped gazetteers; the gazetteer's and the name finder's candidates of the headline, as a CoNLL-2003 document has it)
  const names = (headline: string) => {
    const doc = split(`Report\n${headline}\nThe players met on Monday in Hong Kong , Milwaukee and Germany , the organisers said .`);
    const shipped = shippedResources();
    const known = matchGazetteers(doc, shipped.matcher);
    return [...known, ...findNames(doc, shipped.lexicons, known)].filter((c) => c.sentence === 1 && c.type !== null).map((c) => doc.clean.slice(c.start, c.end));
  };

  it("leaves out the place at the headline's end or before a round's word", () => {
    expect(names('SQUASH - HONG KONG OPEN SEMIFINAL RESULTS .')).toEqual([]);
    expect(names('GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN .')).toEqual([]);
  });

  it('keeps it where the event word is a verb', () => {
    expect(names('OFFICIAL URGES GERMANY OPEN MARKETS .')).toContain('GERMANY');
    // (and in capitals, only right after the place: every word of the headline is capitalised)
    expect(names('TENNIS - U.S. TEAMS OPEN .')).toContain('U.S.');
  });
});

describe('findNames: a role before a comma', () => {

  it("titles a full name in apposition, not one word ('console was king, Zorvity primarily used')", () => {
    expect(personsIn('When console was king, Zorvity primarily used its own tools .')).toEqual([]);
    expect(personsIn('The company said its chairman, Robert Zorvity, would retire .')).toEqual(['Robert Zorvity']);
    // (by the title rule, whose role it is)
    expect(runDoc('The company said its chairman, Robert Zorvity, would retire .' + PROSE).mentions.map((m) => [m.text, m.source, m.role])).toEqual([['Robert Zorvity', 'rule:title-person', 'chairman']]);
  });
});

describe('findNames: two words joined by a hyphen, the first a given name', () => {

  const typed = (body: string, name: string) => mentionTypes(body + PROSE).filter(([text]) => text === name).map(([, type]) => type);

  it("are no person where one is a gazetteer's country, region or continent ('Asia-Pacific')", () => {
    expect(typed('It opened an Asia-Pacific office in Hong Kong last month .', 'Asia-Pacific')).toEqual([]);
  });

  it("are a firm of two founders' names alone ('Allis-Chalmers said'), a person after the document names one in full", () => {
    expect(typed('Allis-Chalmers said it will exchange preferred stock . Analysts said Morton-Thiokol stock was weak .', 'Allis-Chalmers')).toEqual(['organization']);
    expect(typed('Analysts said Morton-Thiokol stock was weak .', 'Morton-Thiokol')).toEqual(['organization']);
    expect(typed('Mark Lewis-Francis won the final . Later Lewis-Francis thanked the crowd .', 'Lewis-Francis')).toEqual(['person']);
    expect(typed('Yesterday Mr Lewis-Francis thanked the crowd .', 'Lewis-Francis')).toEqual(['person']);
    // (or with a personal pronoun after it)
    expect(typed('Yesterday Lewis-Francis said his run was good .', 'Lewis-Francis')).toEqual(['person']);
  });

  it("are no firm: two people the document names ('the Reagan-Gorbachev summit'), an article, a combining form, two given names", () => {
    expect(typed('Ronald Reagan met Mikhail Gorbachev . Later the Reagan-Gorbachev summit ended .', 'Reagan-Gorbachev')).toEqual([]);
    // (a famous person's surname of the lone-surname list and another surname, no one named in full)
    expect(typed('It drew more viewers than the Reagan-Carter debate did .', 'Reagan-Carter')).toEqual([]);
    // (not before no pair's word where only one is of the list: 'Thatcher-Glass', a firm)
    expect(typed('Later Thatcher-Glass said output fell .', 'Thatcher-Glass')).toEqual(['organization']);
    expect(typed('Later Al-Zorvani said oil prices would rise .', 'Al-Zorvani')).not.toContain('organization');
    expect(typed('He wrote on the Franco-Zorvanian war in 1870 .', 'Franco-Zorvanian')).not.toContain('organization');
    expect(typed('Later Francois-Rene thanked the crowd .', 'Francois-Rene')).toEqual(['person']);
  });
});

describe('findNames: a title that is an adjective too', () => {

  it("is no title before a common word of wink-nlp's lexicon ('General Election', 'General Acquisition said', 'major European currencies')", () => {
    expect(personsIn('They met before the General Election .')).toEqual([]);
    expect(personsIn('Yesterday General Acquisition said the board could not act .')).toEqual([]);
    expect(personsIn('The dollar fell against major European currencies .')).toEqual([]);
  });

  it('still is before a name, and a title that is no adjective still counts a common word of wink-nlp only as a name', () => {
    expect(personsIn('Yesterday General Zorvek said the talks failed .')).toEqual(['Zorvek']);
    // (after a courtesy title any word is a surname, the title the mention's role: 'Mr Mates' had been one person of
    // both words, id 'person:mr-mates')
    expect(personsIn('Yesterday Mr Mates said the talks failed .')).toEqual(['Mates']);
    expect(personsIn('Yesterday Ms Short said the talks failed .')).toEqual(['Short']);
    // (a title of roles.txt too where no one is addressed)
    expect(personsIn('Yesterday Ms King said the talks failed .')).toEqual(['King']);
    // (not a title after it, nor a nickname in quotation marks)
    expect(personsIn('" Thank you , Mr. President , " the senator said .')).toEqual([]);
    expect(personsIn('He is a politician with a " Mr Clean " reputation .')).toEqual([]);
    // (but one after a reporting verb, or of a person the document names in full, is a person before a mark too)
    expect(personsIn('" It is over , " said Mr King , who was 45 .')).toEqual(['King']);
    expect(personsIn('Later Tom King arrived . " It is over , Mr King , " she said .')).toEqual(['Tom King', 'King']);
    // (a quotation closing before the title is no nickname's)
    expect(personsIn('" It was phenomenal . " Mr Gates said the talks failed .')).toEqual(['Gates']);
    // (a common word of wink-nlp's after a title that is no adjective: a name, 'jobs' of no name list)
    expect(personsIn('Yesterday Mr Jobs said the talks failed .')).toEqual(['Jobs']);
    // (after one that is, a surname of the longer list: 'Sessions')
    expect(personsIn('Yesterday Attorney General Sessions said the talks failed .')).toEqual(['Sessions']);
    expect(personsIn('A spokeswoman for Prince Rainier said the palace had no comment .')).toEqual(['Prince Rainier']);
  });
});

describe("findNames: a team's nickname in a sports report", () => {
  const SPORT = 'The league said the season would go on after the match, and the coach praised the squad. ';
  const orgs = (text: string) => runDoc(text).mentions.filter((m) => m.source === 'rule:team-nickname').map((m) => m.text);

  it("takes 'the' and a capitalised plural for a team", () => {
    expect(orgs(SPORT + 'The Saints upended the Falcons 31-27, and the Braves lost to the Orioles on Sunday.')).toEqual(['Saints', 'Falcons', 'Braves', 'Orioles']);
  });

  it("not without 'the', nor a tournament's, a town's people's, a title's or a listed name's plural, nor outside a sports report", () => {
    expect(orgs(SPORT + 'Things fell in for Giggs, who won four Opens, and the Olympics drew the Londoners to the stadium.')).toEqual([]);
    expect(orgs(SPORT + 'He came to the UK for Top of the Pops, and the Curtis family watched the Parisians cheer.')).toEqual([]);
    expect(orgs('Shares rose on Monday after the Falcons said profits would grow, the company said in a statement.')).toEqual([]);
  });

  it("takes the gazetteer's town or state before it too, even before a listed name's plural", () => {
    // ('the Texas Rangers' is the organisation-word rule's since 'Rangers' is a club's word: 'Glasgow Rangers')
    expect(orgs(SPORT + 'The Texas Vipers beat the Minnesota Twins, and the Kansas City Royals lost to the Florida Marlins on Sunday.')).toEqual([
      'Texas Vipers',
      'Minnesota Twins',
      'Kansas City Royals',
      'Florida Marlins',
    ]);
    // a city's name opens the run itself (no qualifier as a state's is)
    expect(orgs(SPORT + 'The Montreal Vipers shut out the St. Louis Zorvers 3-0 on Sunday.')).toEqual(['Montreal Vipers', 'St. Louis Zorvers']);
    // (without 'the' before the place too, in a sports report; not a word that is no place before the nickname)
    expect(orgs(SPORT + 'Minnesota Twins fans cheered as the Zorvex Vipers lost.')).toEqual(['Minnesota Twins']);
  });

  it("takes a town and a nickname of more words with no 'the' in a sports report, as cricket's and rugby's write them", () => {
    expect(orgs(SPORT + 'Kolkata Knight Riders beat Rajasthan Royals by 20 runs, and Neath-Swansea Ospreys lost.')).toEqual(['Kolkata Knight Riders', 'Rajasthan Royals', 'Neath-Swansea Ospreys']);
    // (not a race's plural, a town's given name before a surname's plural shape, nor outside a sports report)
    expect(orgs(SPORT + 'Jordan Nobbs scored the winner as fans left the Tokyo Paralympics.')).toEqual([]);
    expect(orgs(SPORT + 'She ran the 2002 and 2003 London Marathons.')).toEqual([]);
    expect(orgs('Shares of Kolkata Knight Riders rose on Monday, the company said in a statement to investors.')).toEqual([]);
  });
});

describe('findNames: a headline in title case', () => {
  const BODY = '\n\nSenator John McCain spoke on Monday about Donald Trump and the sheriff, reporters said in a statement.';
  const headline = (title: string) => runDoc(title + BODY).mentions.filter((m) => m.sentence === 0).map((m) => [m.text, m.type, m.entityId]);

  it('is split at its verbs: the names on either side are the people the story names', () => {
    expect(headline('McCain Criticized Trump For Arpaio Pardon').slice(0, 2)).toEqual([
      ['McCain', 'person', 'person:john-mccain'],
      ['Trump', 'person', 'person:donald-trump'],
    ]);
    expect(headline('McCain Defends Trump Over His Remarks')).toEqual([
      ['McCain', 'person', 'person:john-mccain'],
      ['Trump', 'person', 'person:donald-trump'],
    ]);
  });

  it("where no verb splits it, the surnames of persons the body names in full: 'McCain Slams Trump' ('Slams' no verb of the lexicon)", () => {
    expect(headline('McCain Slams Trump Over Border Crisis')).toEqual([
      ['McCain', 'person', 'person:john-mccain'],
      ['Trump', 'person', 'person:donald-trump'],
    ]);
    // (a word alone that only a weak rule typed in the body is borrowed no more: 'Graphic' of 'in Graphic', a place)
    expect(runDoc('Quimby Slams Graphic Over Border Crisis\n\nSenator John Quimby wrote in Graphic on Monday, reporters said in a statement.').mentions.filter((m) => m.sentence === 0).map((m) => m.text)).toEqual(['Quimby']);
  });

  it("only where it is one: the document's title, or a function word capitalised after the first word; no full stop at the end", () => {
    expect(shippedNames(TITLE + 'McCain Defends Trump, Pelosi Said').map(([t]) => t)).not.toContain('McCain');
    expect(headline('McCain Defends Trump, Pelosi Said').map(([t]) => t)).toContain('McCain');
    expect(headline('McCain Defends Trump Over His Remarks.').map(([t]) => t)).not.toContain('McCain');
  });

  it("not at a participle inside a firm's or a place's name, nor at a word in -ing", () => {
    // (the name finder alone, on a line of its own: the run's pieces as typed)
    const typed = (line: string) => names(TITLE + line).filter(([, t]) => t !== null).map(([t]) => t);
    expect(typed('Investors Say Franklin Insured Tax-Free Income Fund Warns On Gains')).toEqual(['Franklin Insured Tax-Free Income Fund']);
    expect(typed('Investors Say Acme Shipping Corp Warns On Gains')).toEqual(['Acme Shipping Corp']);
    expect(typed('Fans Say Manchester United Warns On Gains')).toEqual(['Manchester United']);
    // (a run's pieces, typed or not)
    const pieces = (line: string) => names(TITLE + line).map(([t]) => t);
    expect(pieces('Investors Say Rising Star Corp Warns On Gains')).toContain('Rising Star Corp');
    expect(pieces('Fans Say Denver Unleashed Warns On Gains')).toContain('Denver Unleashed');
    expect(pieces('Fans Say Hugh Grant Warns On Gains')).toContain('Hugh Grant');
    expect(pieces('Analysts Say American Express Warns On Gains')).toContain('American Express');
  });

  it("the document's title needs no function word, and a person of three words it alone names is read by what the body names", () => {
    const doc = (text: string) => runDoc(text).mentions.map((m) => [m.text, m.type, m.entityId]);
    // ('Edge' no verb of the lexicon: one person of three words had made each lone 'Kellmoor' and 'Zorvanby' of the body him)
    expect(doc('Kellmoor Edge Zorvanby\n\nKellmoor Rovers beat Zorvanby Athletic 2-0 on Saturday, and fans of Kellmoor cheered. Zorvanby fans were quiet.').filter(([, type]) => type === 'person')).toEqual([]);
    // ('Dead' an adjective: the headline's person is the body's)
    expect(doc('Singer Lena Quimbar Dead At 61\n\nLena Quimbar, the singer, died on Monday in Oslo. Quimbar was 61.').filter(([t]) => t.includes('Quimbar'))).toEqual([
      ['Lena Quimbar', 'person', 'person:lena-quimbar'],
      ['Lena Quimbar', 'person', 'person:lena-quimbar'],
      ['Quimbar', 'person', 'person:lena-quimbar'],
    ]);
    // (not a name of no common word, which a body writes by its surname alone: 'Who Is Juan Pablo Zorvek?')
    expect(doc('Who Is Juan Pablo Zorvek?\n\nZorvek, 44, was named chief executive on Monday. Zorvek said he was pleased.').map(([t, , id]) => [t, id])).toEqual([
      ['Juan Pablo Zorvek', 'person:juan-pablo-zorvek'],
      ['Zorvek', 'person:juan-pablo-zorvek'],
      ['Zorvek', 'person:juan-pablo-zorvek'],
    ]);
    // (a name list's common word last is the name's where the story writes it after, else the headline's word)
    expect(doc('Remembering Mary Anne Brown\n\nBrown taught at the school for 40 years, her family said on Monday.').map(([t]) => t)).toEqual(['Mary Anne Brown', 'Brown']);
    expect(doc('Mary Anne Quimbar Back\n\nMary Anne Quimbar returned to the school on Monday, her family said.').map(([t]) => t)).toEqual(['Mary Anne Quimbar', 'Mary Anne Quimbar']);
    // (not a name the body writes so too, which may have no other type there; nor one with an initial: a book's author)
    expect(doc('Honey Zorva Boo Says She Hates Winter\n\nIt seems Honey Zorva Boo was confused. In other news, Honey Zorva Boo is scaring babies at a fair.').map(([t]) => t)).toEqual(['Honey Zorva Boo', 'Honey Zorva Boo', 'Honey Zorva Boo']);
    expect(doc('Alice H. Zorvek On Leadership\n\nThe book was published on Monday by a small press in Oslo.').map(([t]) => t)).toContain('Alice H. Zorvek');
  });
});

describe('findNames: a lone surname that is also a well-known place', () => {
  const lone = typesAndIds;

  it("is the person named in full where nothing around it says place (compromise's place lexicon yields)", () => {
    expect(lone('The actor Denzel Washington starred in the film last year.\n\nAs other stars live a liberal life, Washington has explained that he is proud of his roots.', 'Washington')).toEqual([
      ['person', 'person:denzel-washington'],
    ]);
  });

  it('stays the place after a preposition of place, before a state, and where the gazetteer has a country or state of that name', () => {
    expect(lone('The actor Denzel Washington starred in the film last year.\n\nHe flew to Washington on Monday to meet the producers.', 'Washington')).toEqual([['place', 'place:washington']]);
    expect(lone('The singer Whitney Houston sang at the gala last year.\n\nFans gathered in Houston, Texas, on Monday, and Houston was remembered.', 'Houston').map(([t]) => t)).toEqual(['place', 'person']);
    expect(lone('The rugby player Chris Paterson kicked three goals last year.\n\nPaterson, New Jersey remembered the mills, officials said on Monday.', 'Paterson')).toEqual([['place', 'geonames:5102466']]);
    // (a false person's surname, the rules' 'Franco Nevada' of a firm's name, is not the state's)
    expect(lone('The miner Franco Nevada said the gain in its stock price was related to drilling.\n\nNevada is a state with many mines, officials said on Monday.', 'Nevada').slice(-1)).toEqual([['place', 'iso:US-NV']]);
  });

  it("takes no surname from a person the name finder found where a gazetteer's place of the same span stands", () => {
    // ('East Berlin said': a reporting verb after it made it a person, the gazetteer's place won; 'Berlin' was then a person)
    expect(lone('Barley was damaged north of Berlin, the agricultural officer in East Berlin said.\n\nThe damage was severe, he added on Monday.', 'Berlin')).toEqual([['place', 'geonames:2950159']]);
  });
});

describe('findNames on names with letters beyond Latin-1 (wink cuts such words; the adapter joins them)', () => {
  it('finds the whole name', () => {
    const found = runDoc('Later, Józef Wąsikówna and Ömer Çağlar met reporters in the city of Ganja on Monday, the ministry said.').mentions.map((m) => [m.text, m.type]);
    expect(found).toContainEqual(['Józef Wąsikówna', 'person']);
    expect(found).toContainEqual(['Ömer Çağlar', 'person']);
  });
});

describe('findNames: apostrophes as web text writes them', () => {
  it("reads a name list's surname with a curly apostrophe as with a straight one ('O’Rourke' is 'o'rourke'), and a list's curly one from a straight one", () => {
    for (const apostrophe of ["'", '’']) {
      const text = `Derval O${apostrophe}Rourke broke her own Irish record by clocking 8.06 seconds on Sunday.` + PROSE;
      expect(mentionSources(text)).toContainEqual([`Derval O${apostrophe}Rourke`, 'person', 'rule:surname-suffix']);
    }
    // the shipped list writes this Uzbek given name with a curly apostrophe (the surname is no list's, of no surname's form)
    expect(mentionSources("Ma'ruf Zorvath won the race in the capital on Sunday." + PROSE)).toContainEqual(["Ma'ruf Zorvath", 'person', 'rule:first-name']);
  });

  it("takes no contraction the sources list among surnames for one ('Unfortunately I'm')", () => {
    const text = 'She thanked the crew. "Unfortunately I\'m not able to be there," she said on Monday.' + PROSE;
    expect(mentionSources(text).filter(([t]) => String(t).includes("I'm"))).toEqual([]);
  });
});

describe('findNames: a word wink-nlp tags an auxiliary that is no English one', () => {
  it("takes 'Das' (German's article to wink's lexicon, AUX) for a name's word, after a given name and opening a sentence", () => {
    const text = 'Governor Shaktikanta Das said on Friday that rates would stay. Das added that inflation was easing.' + PROSE;
    expect(mentionSources(text)).toEqual([
      ['Shaktikanta Das', 'person', 'rule:title-person'],
      ['Das', 'person', 'coreference'],
    ]);
  });

  it("takes no half of a contraction the tokenizer cuts for a name ('Ca' of \"Can't\", 'Re' of 'P.Re.')", () => {
    // (no name at all, not even an untyped one for coreference)
    expect(names("He said: Can't stop now, the coach said on Friday. Won't you come? Vote for P.Re in the poll." + PROSE).filter(([t]) => /^(?:Ca|Wo|Re)$/.test(t))).toEqual([]);
  });
});

describe('findNames: a firm of several words before its shares', () => {
  /** the names of a text's organisations, prose after it */
  const orgs = (text: string) =>
    mentionTypes(text + PROSE)
      .filter(([, t]) => t === 'organization')
      .map(([name]) => name);

  it("makes no person of a given name and a common word after 'the': a thing named after someone", () => {
    const persons = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'person');
    expect(persons('Critics attacked the Ryan Budget on Monday.')).toEqual([]);
    expect(persons('Visitors crowded into the Paul Zorvex Theater on Monday.')).toEqual([]);
    // (nor after 'a' or 'an': 'from a Christian Perspective'; a surname after it stays a person's)
    expect(persons('He wrote it from a Christian Perspective, and read an Easter Poem on Monday.')).toEqual([]);
    expect(persons('He went to a Frank Zorvex concert on Monday.')).toEqual([['Frank Zorvex', 'person']]);
    // (nor of a name after the article and before a kind of place in lower case: step 11's place; 'state' stays, a visit's)
    expect(mentionTypes('Output at the El Zorvex mine fell, and officials in the Ali Quimbar district said so.' + PROSE).slice(0, 2)).toEqual([
      ['El Zorvex', 'place'],
      ['Ali Quimbar', 'place'],
    ]);
    expect(persons('The Emmanuel Zorvex state visit began on Monday, and the Hillary Quimbar town hall drew crowds.')).toEqual([
      ['Emmanuel Zorvex', 'person'],
      ['Hillary Quimbar', 'person'],
    ]);
    // (without the article the name stays a person's, a common word last or not)
    expect(persons('Sally Ride flew into space on Monday.')).toEqual([['Sally Ride', 'person']]);
  });

  it("makes no person of a work's title after its kind, nor of the document's other mentions of it (step 8c)", () => {
    const persons = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'person');
    expect(persons("The film Anna Zorvex won on Sunday, and Anna Zorvex took the prize.")).toEqual([]);
    // (a person's name stays, before a verb too: 'play Roger Lundholm' is no play)
    expect(persons('The drama star Anna Zorvex will play Roger Lundholm on Sunday.')).toEqual([
      ['Anna Zorvex', 'person'],
      ['Roger Lundholm', 'person'],
    ]);
  });

  it('makes no person of a weak rule of a name in double quotation marks of its own: a title (step 13a\')', () => {
    const persons = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'person');
    expect(persons('Her album "Cowboy Zorvex" topped the chart, and he is best known for “Viva Quimbar” on Sunday.')).toEqual([]);
    expect(persons('Der Film «Viva Quimbar» lief am Sonntag, and „Anna Zorvath" won on Sunday.')).toEqual([]);
    // (a nickname between a person's names stays inside the name, the nickname rule's; a name outside quotation marks
    // stays a person's)
    expect(persons('Drug lord Joaquin "El Zorvex" Quimbar was extradited, and Anna Kellin spoke on Sunday.').map(([t]) => t)).toEqual(['Joaquin "El Zorvex" Quimbar', 'Anna Kellin']);
  });

  it("makes no place of a language after a place's preposition (gazetteers/lexicons/languages.txt)", () => {
    expect(mentionTypes('The leaflet was printed in Swahili, and the sign was in Esperanto on Monday.' + PROSE)).toEqual([]);
    // (a name of no language stays a place there)
    expect(mentionTypes('The leaflet was printed in Zorvabad on Monday.' + PROSE)).toEqual([['Zorvabad', 'place']]);
  });

  it("takes a when-word after a name for no noun it modifies, but not 'early', which opens a noun's phrase too", () => {
    expect(mentionTypes('Rain fell in Zorvabad last week.' + PROSE)).toEqual([['Zorvabad', 'place']]);
    // (and a journey's 'to' before names joined by 'and')
    expect(mentionTypes('The minister flew to Paris and Zorvabad on Monday.' + PROSE)).toEqual([
      ['Paris', 'place'],
      ['Zorvabad', 'place'],
    ]);
    expect(mentionTypes('Shares of Kellin rose in Zorvabad early trading on Monday.' + PROSE).filter(([, t]) => t === 'place')).toEqual([]);
  });

  it("makes no person of the 'Q.' that opens a question and the name after it", () => {
    const persons = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'person');
    expect(persons('Q. Zorvex 8 ships with a new kernel. Can I install it?')).toEqual([]);
    // (an initial is one still: a scorecard's player)
    expect(persons('The match ended early. R. Zorvex scored twice in the second half.')).toEqual([['R. Zorvex', 'person']]);
  });

  it("makes no person of one unknown word twice, a word said of itself ('what makes Linux Linux'), by the name-shape rule", () => {
    const persons = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'person');
    expect(persons('Fans say that what makes Zorvex Zorvex is its small kernel.')).toEqual([]);
    expect(persons('Fans say that what makes Zorvex Lundqvar is its small kernel.')).toEqual([['Zorvex Lundqvar', 'person']]);
  });

  it('types a name after a kind of firm as a firm, and its other mentions the given-name rule made persons (step 8b)', () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Zorvex|Lundholm|Berg|CEO/.test(t));
    expect(types("He stole millions from the firm Polly Zorvex. The payments were not approved by Polly Zorvex's board.")).toEqual([
      ['Polly Zorvex', 'organization'],
      ['Polly Zorvex', 'organization'],
    ]);
    expect(types('Shoppers queued outside the British retailer John Lundholm on Monday.')).toEqual([['John Lundholm', 'organization']]);
    // not a word a person is called too, nor a name that opens a clause of its own, nor an officer's title
    expect(types('Critics praised the film maker Anna Berg on Monday.')).toEqual([['Anna Berg', 'person']]);
    expect(types('The company John Zorvex built grew fast.')).toEqual([['John Zorvex', 'person']]);
    expect(types('A startup CEO with a plan will do well.')).toEqual([]);
    // no article, after a trade's or a nationality's word: 'Russian oil giant Yukos', 'Dutch bank ING'; 'giant' after a
    // trade's word only ('a giant Trump win'), and the kind a whole word (not the 'up' of 'start-up': 'clean up Zorvex')
    expect(types('The owners of embattled Russian oil giant Zorvex are to ask for a loan.')).toEqual([['Zorvex', 'organization']]);
    expect(types('Shares in Dutch bank Lundholm rose on Monday.')).toEqual([['Lundholm', 'organization']]);
    // (a trade's acronym too: 'IT giant EDS')
    expect(types('The MPs found that IT giant Zorvex had failed.')).toEqual([['Zorvex', 'organization']]);
    expect(types('It was a giant Zorvex win, he said.').filter(([, t]) => t === 'organization')).toEqual([]);
    expect(types('The tools clean up Zorvex machines.').filter(([, t]) => t === 'organization')).toEqual([]);
  });

  it("leaves untyped a work's title that the preposition rule made a place elsewhere in the document (step 8c)", () => {
    const places = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'place');
    expect(places('Audrey Lundqvar, star of hit film Zorvabelle, will play the lead. Jeunet directed Lundqvar in Zorvabelle in 2001.')).toEqual([]);
    // (with no work of the name, the preposition's place stands)
    expect(places('Audrey Lundqvar will play the lead. Jeunet directed Lundqvar in Zorvabelle in 2001.')).toEqual([['Zorvabelle', 'place']]);
  });

  it("types a name after a kind of firm that is its sentence's subject, not a person's run into it, nor its surname alone (step 8b)", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Zorvex|Lundholm|Camus/.test(t));
    // the verb after the name says the name is the subject ('is', 'has agreed'), not a clause of its own ('has built')
    expect(types('German retailer Zorvex is in advanced talks about selling its assets.')).toEqual([['Zorvex', 'organization']]);
    expect(types('German retailer Zorvex has agreed to sell its assets.')).toEqual([['Zorvex', 'organization']]);
    expect(types('The company John Zorvex has built grew fast.')).toEqual([['John Zorvex', 'person']]);
    // a comma left out before a person's name: not one firm of the three words
    expect(types('The co-head of aerospace group Zorvex Philippe Camus is to leave his post.').filter(([, t]) => t === 'organization')).not.toContainEqual(['Zorvex Philippe Camus', 'organization']);
    // a firm named like a person leaves no surname for its shorter mentions to be a person by
    expect(
      types("Building products group James Lundholm will pay victims. James Lundholm chairwoman Meredith Zorvex said the deal was fair. An inquiry criticised Lundholm's actions.").filter(
        ([, t]) => t === 'person',
      ),
    ).toEqual([['Meredith Zorvex', 'person']]);
  });

  it("types a paper or a news agency by its kind before or after the name, over a gazetteer's town (steps 8b'', 8d)", () => {
    expect(orgs('Six people died on the road, the Maputo daily Zorvexias said on Saturday.')).toEqual(['Zorvexias']);
    expect(orgs('Dutch newspaper Algemeen Zorvblad said the deal was done.')).toEqual(['Algemeen Zorvblad']);
    expect(orgs('Italian news agency Zorvcom quoted the minister.')).toEqual(['Zorvcom']);
    // 'Marca' is a gazetteer's town (GeoNames)
    expect(orgs('Spanish sports daily Marca said the player would stay.')).toEqual(['Marca']);
    expect(orgs('Police checked 3,000 drivers, Zorvga news agency reported.')).toEqual(['Zorvga']);
    // an acronym that is a word too
    expect(orgs('Germany and Poland agreed to cooperate, PAP news agency reported.')).toEqual(['PAP']);
    // not a given name's person, nor 'daily' as an adverb
    expect(orgs('He told the newspaper Tony Zorvex was wrong.')).toEqual([]);
    expect(orgs('The patients take it twice daily Zorvex said.')).toEqual([]);
  });

  it("types a name before 'union' as an organisation (step 8d), not a run a sentence's common word opens before 'of'", () => {
    expect(orgs('Workers said the Socialist ZORVT union warned of conflict.')).toEqual(['ZORVT']);
    expect(orgs('Markets report\n\nMembers of the United Auto Workers union went on strike.').filter((name) => name.startsWith('Members'))).toEqual([]);
  });

  it("reads a sentence's first word in lower case as a trade's before a kind of firm, not a place's name", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Zorv/.test(t));
    expect(types('Reinsurance group Zorvex gained 2.1 percent to 202 francs.')).toEqual([['Zorvex', 'organization']]);
    // ('Glasgow' no common word: a place's name, which says the kind's trade as it did before)
    expect(types('Glasgow group Franz Zorvand won two prizes.')).toEqual([['Franz Zorvand', 'organization']]);
  });

  it("reads a given name no list holds, an Arabic surname's article and a listed surname as a person's name, and links the surname alone to it", () => {
    expect(mentionTypes('The government of Zorvek al-Assad fell in December. Assad fled abroad.' + PROSE).slice(0, 2)).toEqual([
      ['Zorvek al-Assad', 'person'],
      ['Assad', 'person'],
    ]);
    expect(runDoc('The government of Zorvek al-Assad fell in December. Al-Assad fled abroad.').mentions.map((m) => m.entityId)).toEqual(['person:zorvek-al-assad', 'person:zorvek-al-assad']);
    // (nor an armed group's or a place's Arabic word before the article)
    expect(mentionTypes('The militia Asaib Ahl al-Haq claimed the attack.' + PROSE).filter(([t]) => /Haq/.test(t))).toEqual([]);
    // (not a Romance particle before a listed surname where no given name opens the run: a game's name)
    expect(mentionTypes('Games like Panel de Pon came first.' + PROSE).filter(([t]) => t.includes('Pon'))).toEqual([]);
  });

  it("reads a saint's name and its possessive before a hospital's, a school's or a church's word as one name", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /St|Saint/.test(t));
    expect(types("He was taken to St. Zorvan's Hospital in the city.")).toEqual([["St. Zorvan's Hospital", 'organization']]);
    expect(types("Patients at St Quimbar' Hospital were moved.")).toEqual([["St Quimbar' Hospital", 'organization']]);
    expect(types("She died at Saint Kellin's Medical Center on Monday.")).toEqual([["Saint Kellin's Medical Center", 'organization']]);
    expect(types("The funeral was at St. Zorvan's Church on Monday.")).toEqual([["St. Zorvan's Church", 'organization']]);
    expect(types("They married at St. Zorvan's Chapel on Monday.")).toEqual([["St. Zorvan's Chapel", 'place']]);
    expect(types("The service was held at St. Zorvan's Cathedral on Monday.")).toEqual([["St. Zorvan's Cathedral", 'place']]);
    // (not the saint's possessive before a word in lower case, nor before no such word)
    expect(types("St. Zorvan's feast day is in November.").map(([t]) => t)).not.toContain("St. Zorvan's feast");
    expect(types("St. Zorvan's Parade Ground was empty.").map(([t]) => t)).not.toContain("St. Zorvan's Parade Ground");
    // (nor a town named after the saint: its possessive before a stadium)
    expect(mentionTypes("Fans packed St. Louis's Busch Stadium on Sunday." + PROSE).slice(0, 2)).toEqual([['St. Louis', 'place'], ['Busch Stadium', 'place']]);
  });

  it("reads a country's or a state's name that is a given name, before a common word and what says person, as a person's name", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Georgia|Banks|Florida|Power/.test(t));
    expect(types('Georgia Banks, who was shopping nearby, said she heard shots.')).toEqual([['Georgia Banks', 'person']]);
    expect(types('Georgia Banks, 34, was arrested on Monday.')).toEqual([['Georgia Banks', 'person']]);
    expect(types('Georgia Banks, a senator from the state, spoke.')).toEqual([['Georgia Banks', 'person']]);
    // (not a last word no surname list holds: 'Georgia Bulldogs, who lost'; not a firm's: 'which')
    expect(types('Georgia Bulldogs, who lost on Saturday, fell in the rankings.')).toEqual([['Georgia', 'place']]);
    expect(types('Florida Power, which serves the state, said rates would rise.')).toEqual([['Florida Power', 'organization']]);
  });

  it("types a person's full name and a place's word that is a surname too as the place named after them ('Field', 'Tower')", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Zorv|Field|Lake/.test(t));
    expect(types('Supplies were idled at Kellin Hargreaves Field in the city.')).toEqual([['Kellin Hargreaves Field', 'place']]);
    expect(types('The team plays at Zorvath Field on Sunday.')).toEqual([['Zorvath Field', 'place']]);
    // (a given name and the word: a person; a middle name before it: a person)
    expect(types('Yesterday Sally Field won the award.')).toEqual([['Sally Field', 'person']]);
    expect(types('Yesterday Sarah Thomas Lake arrived.')).toEqual([['Sarah Thomas Lake', 'person']]);
    // (a relative's name after a kin word: a person, 'his wife Zorva Field')
    expect(mentionTypes('He arrived with his wife Zorva Field on Tuesday.' + PROSE).filter(([t]) => /Field/.test(t))).toEqual([['Zorva Field', 'person']]);
  });

  it("types a name of several words that the shape of a person's name typed as a firm before its staff and a person's name, or after its staff and 'at'", () => {
    const types = (text: string) => mentionTypes(text + PROSE).filter(([t]) => /Zorv|Quimb|Kell/.test(t));
    expect(types('Shares rose 4 percent, said Zorvex Quimbar analyst Kellin Portvale in a note.')).toEqual([
      ['Zorvex Quimbar', 'organization'],
      ['Kellin Portvale', 'person'],
    ]);
    expect(types('"The risk is high," said Kellin Portvale, an economist at Zorvex Quimbar in Portvale.')[1]).toEqual(['Zorvex Quimbar', 'organization']);
    // (not a spokesman's for a person, nor a staff noun before no name)
    expect(types('A spokesman for Zorvex Quimbar said he would appeal.')).toEqual([['Zorvex Quimbar', 'person']]);
    expect(types('Zorvex Quimbar analyst of the markets for years, retired.')).toEqual([['Zorvex Quimbar', 'person']]);
    // (a politician's spokesman and strategist are theirs; nor staff at a person's possessive)
    expect(types('Kellin Portvale spokesman Zorvek Quimbar said the campaign would respond.')[0]).toEqual(['Kellin Portvale', 'person']);
    expect(types("A senior strategist at Kellin Portvale's campaign said the poll was wrong.")).toEqual([['Kellin Portvale', 'person']]);
    // (a gazetteer's organisation of the span keeps its entry: the brand index's bookmaker)
    expect(runDoc('"It is unlikely," William Hill analyst Rupert Adams said on Monday.').mentions.map((m) => [m.text, m.entityId])[0]).toEqual(['William Hill', 'Q4053147']);
  });

  it("types one unknown word where a firm stands as a firm: its people, what it has, a kind of firm in apposition (step 12h')", () => {
    expect(orgs('A spokeswoman for Zorvex said the company would appeal.')).toEqual(['Zorvex']);
    expect(orgs('Analysts at Zorvex expect profits to rise.')).toEqual(['Zorvex']);
    expect(orgs('Zorvex executives declined to comment.')).toEqual(['Zorvex']);
    expect(orgs("Zorvex's board approved the deal on Monday.")).toEqual(['Zorvex']);
    expect(orgs("Zorvex, the world's largest chipmaker, reported higher sales.")).toEqual(['Zorvex']);
    expect(orgs('He works for Zorvex, a unit of a larger group.')).toEqual(['Zorvex']);
    expect(orgs('Supporters of Zorvex, a Shiite militia, marched on Friday.')).toEqual(['Zorvex']);
    expect(orgs('Zorvex, a think tank in Washington, said the plan would fail.').filter((name) => name === 'Zorvex')).toEqual(['Zorvex']);
    expect(orgs('Zorvex, the team captain, scored twice.')).toEqual([]);
    // what a firm is said to be after 'is' or 'was'
    expect(orgs('Zorvex is a leading provider of cloud software.')).toEqual(['Zorvex']);
    expect(orgs('Zorvex is headquartered in a small town.')).toEqual(['Zorvex']);
    // its buyer, its results
    expect(orgs('The company was acquired by Zorvex for two billion dollars.')).toEqual(['Zorvex']);
    expect(orgs('Zorvex posted record profits on Monday.')).toEqual(['Zorvex']);
    // (figures or a change before the results)
    expect(orgs('In 1995, Zorvex reported a 5.6 million markka loss before tax.')).toEqual(['Zorvex']);
    expect(orgs('Earlier, Zorvex reported a drop in net profit for the year.')).toEqual(['Zorvex']);
    expect(orgs('Zorvex, the party leader, resigned on Friday.')).toEqual([]);
    // a kind of firm in apposition before it, the name between commas
    expect(orgs('The firm, Zorvex, said it hoped to sell five million shares.')).toEqual(['Zorvex']);
    expect(orgs('Its parent company, Zorvex, owns the rest.')).toEqual(['Zorvex']);
    expect(orgs("The company's founder, Zorvex, said profits rose.")).toEqual([]);
    expect(orgs('The firm, Zorvex and Quimble said, would be sold.')).toEqual([]);
    // (nor a kind a person or a ship is called too: 'lender', 'carrier')
    expect(orgs('Zorvock, the money lender, was jailed.')).toEqual([]);
    expect(orgs('Shares of Zorvex rose 5 percent.')).toEqual(['Zorvex']);
    // over a gazetteer's town of the name ('Eton', a town of Berkshire)
    expect(orgs('"It is for the risky consumer," said an Eton spokesperson.')).toEqual(['Eton']);
    // not a surname's shape nor a listed one, not a kind of firm before another noun, not a stock of goods
    expect(orgs('A spokesman for Zorvarov said the appeal would go on.')).toEqual([]);
    expect(orgs('Zorvex, a bank robber, was jailed for ten years.')).toEqual([]);
    expect(orgs('Sony would not increase its stock of Zorvexes this year.')).toEqual(['Sony']);
    // nor a firm named in the possessive, whose 's is its own ("Boatmen's was the prize")
    expect(orgs("Zorvmen's was the prize in Missouri, and the bid was large for Zorvmen's stock.").filter((name) => name === 'Zorvmen')).toEqual([]);
  });

  it("keeps a gazetteer's town in a firm's name before a firm's last word ('Tata Steel'), as before an organisation word", () => {
    expect(orgs('Yesterday Tata Steel announced a plan.')).toEqual(['Tata Steel']);
  });

  it("takes two unknown words that are an organisation's shorter name for it, not a person of the name shape", () => {
    expect(mentionTypes('Zorvex Lundqvar Holdings said on Monday it would buy a rival. Analysts said Zorvex Lundqvar had paid too much.' + PROSE)).toEqual([
      ['Zorvex Lundqvar Holdings', 'organization'],
      ['Zorvex Lundqvar', 'organization'],
    ]);
  });

  it("types a name before its exchange and ticker in brackets as a firm (step 5e), and one before 'founder' (step 12e)", () => {
    expect(orgs('Zorvex (NYSE:ZRV) reported earnings.')).toEqual(['Zorvex', 'NYSE']);
    expect(orgs('Shares in Zorvex Lundqvar (Nasdaq: ZL) rose.')).toEqual(['Zorvex Lundqvar', 'Nasdaq']);
    // (not a legal form alone after a comma: the firm's name takes it, commaLegalFormAt)
    expect(orgs('On Monday Zorvex Motors, Inc. (NASDAQ: ZSLA) said it would grow.')).toEqual(['Zorvex Motors, Inc.', 'NASDAQ']);
    expect(orgs('Zorvex founder Mark Lundqvar resigned.')).toEqual(['Zorvex']);
  });

  it("types a wire headline's firm in capitals before its ticker, whose text never names it; not a name the run cut", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs('ZORVEX RECORD INC <ZVR> 2ND QTR\n\n    PORTVALE, N.J., April 1 -\n    Shr three cts vs two cts\n    Net 100,000 vs 80,000')).toEqual(['ZORVEX RECORD INC']);
    expect(orgs('THE QUIMBAR CORP <QMB> SETS PAYOUT\n\n    PORTVALE, April 1 -\n    Qtly div 18 cts vs 14 cts prior')).toEqual(['QUIMBAR CORP']);
    // (the story's firm below it the same entity)
    const ids = runDoc('ZORVEX INDUSTRIES INC <ZRX> YEAR NET\n\n    PORTVALE, April 1 - Zorvex Industries Inc said profit rose.').mentions.filter((m) => m.type === 'organization').map((m) => m.entityId);
    expect(new Set(ids).size).toBe(1);
    expect(orgs('BROWNING-KELLMO INDUSTRIES INC <BKI> IN PAYOUT\n\n    PORTVALE, April 1 -\n    Qtly div 18 cts vs 14 cts prior')).not.toContain('INDUSTRIES INC');
  });

  it("reads a wire headline's firm before its ticker whole: across 'AND' and '&', a verb's word before a legal form, a legal form of capitals", () => {
    const orgs = (t: string) => runDoc(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    const table = '\n\n    PORTVALE, April 1 -\n    Shr three cts vs two cts\n    Net 100,000 vs 80,000';
    expect(orgs('QUANDELL RECORD AND DATA INC <QRD> 2ND QTR' + table)).toEqual(['QUANDELL RECORD AND DATA INC']);
    expect(orgs('QUANDELL & ZORVEX INC <QZI> 2ND QTR' + table)).toEqual(['QUANDELL & ZORVEX INC']);
    // ('TOTE', 'UNITED': words the lexicon reads as verbs)
    expect(orgs('ZORVEX TOTE INC <ZTI> 2ND QTR' + table)).toEqual(['ZORVEX TOTE INC']);
    expect(orgs('UNITED QUANDELLIAN CORP <UQC> 2ND QTR' + table)).toEqual(['UNITED QUANDELLIAN CORP']);
    expect(orgs('ZORVEX PETROLEUM LP <ZPL> 2ND QTR' + table)).toEqual(['ZORVEX PETROLEUM LP']);
    // (not the wire's note that the story is sent again, run into the name: 'CORRECTED-')
    expect(orgs('CORRECTED-ZORVEX TOTE INC <ZTI> 2ND QTR' + table)).toEqual(['ZORVEX TOTE INC']);
    expect(orgs('QUANDELL L.P. <QLP> 2ND QTR' + table)).toEqual(['QUANDELL L.P.']);
    expect(orgs('Z-TRON INTERNATIONAL INC <ZTII> 4TH QTR' + table)).toEqual(['Z-TRON INTERNATIONAL INC']);
    // (not a headline's clause: a verb's word with no legal form, a function word)
    expect(orgs('INVESTMENT GROUP RAISES ZORVEX <ZRV> STAKE' + table)).toEqual([]);
    expect(orgs('QUIMBAR STAKE IN ZORVEX CORP <ZDC>' + table)).not.toContain('QUIMBAR STAKE IN ZORVEX CORP');
    expect(orgs('QUIMBAR SELLS ZORVEX CORP <ZRV> UNIT' + table)).toEqual([]);
    // (a determiner or a number is a name's word, an auxiliary first or last; between two words an auxiliary is a clause's verb)
    expect(orgs('ZORVEX ALL PRODUCTS CORP <ZAP> QUARTERLY DIV' + table)).toEqual(['ZORVEX ALL PRODUCTS CORP']);
    expect(orgs('AM QUANDELL INC <AM> 2ND QTR' + table)).toEqual(['AM QUANDELL INC']);
    expect(orgs('QUIMBAR GROUP HAS ZORVEX INC <ZRV> STAKE' + table)).not.toContain('QUIMBAR GROUP HAS ZORVEX INC');
    // ('EXPRESS', a verb whose stem is none)
    expect(orgs('QUANDELL EXPRESS CO <QEX> SETS PAYOUT' + table)).toEqual(['QUANDELL EXPRESS CO']);
    // (another firm of the same last words, after a capitalised word, is no short name of the run's)
    expect(orgs('QUIMBAR INDUSTRIES INC <QBI> YEAR NET\n\n    PORTVALE, April 1 - The company said its results exclude the discontinued Zorvex Industries Inc operations.')).toContain('QUIMBAR INDUSTRIES INC');
    // (nor names a slash or a comma joins, nor a run the story names by its last words only)
    expect(orgs('WALL STREET STOCKS/ZORVEX INC <ZRV>\n\n    NEW YORK, April 1 - Zorvex Inc shares rose.')).toEqual(['ZORVEX INC', 'Zorvex Inc']);
    expect(orgs('UAW, ZORVEX <ZRV> SET NEW LABOR TALKS\n\n    NEW YORK, April 1 - The UAW and Zorvex said they would meet.')).toContain('UAW');
    expect(orgs("QUIMBAR UPGRADES ZORVEX CORP <ZRV> DEBT\n\n    NEW YORK, April 1 - Quimbar said it raised Zorvex Corp's rating.")).toContain('ZORVEX CORP');
    // (the last words looked up in the text in lower case first, `wordsMayStandIn`: a long s is an 's' to the expression,
    // so 'ſolvex Corp' names the firm by its last words too; none of them after the headline, the run is the firm's name)
    const upgrades = (story: string) => orgs(`QUIMBAR UPGRADES SOLVEX CORP <SLV> DEBT\n\n    NEW YORK, April 1 - ${story}`);
    expect(upgrades("Quimbar said it raised Solvex Corp's rating.")).toContain('SOLVEX CORP');
    expect(upgrades("Quimbar said it raised \u017folvex Corp's rating.")).not.toContain('QUIMBAR UPGRADES SOLVEX CORP');
    expect(upgrades('Quimbar said it raised the rating.')).toContain('QUIMBAR UPGRADES SOLVEX CORP');
  });

  it("keeps a weekday's abbreviation before a name's next word in the name, not the sun after 'the' (step 3)", () => {
    const names = (text: string) => mentionTypes(text + PROSE).map(([name]) => name);
    expect(names('Java was introduced by Sun Zorvexsystems Inc. in mid-1995.')).toContain('Sun Zorvexsystems Inc.');
    expect(names('Bruce Zorvex starred in the film. In Tears of the Sun Zorvex plays a commander.')).toContain('Zorvex');
  });

  it("reads no place cue in a quotation after a name: 'to probe Zorvitalia 'state aid''", () => {
    expect(mentionTypes("EU to probe Zorvitalia 'state aid'\n\nItalian airline Zorvitalia is receiving illegal state aid, the Commission said." + PROSE).filter(([t]) => t === 'Zorvitalia')).toEqual([
      ['Zorvitalia', 'organization'],
      ['Zorvitalia', 'organization'],
    ]);
  });

  it("keeps a gazetteer firm's entity for a name a kind of firm made a firm elsewhere (shipped gazetteers: 'Freddie Mac')", () => {
    expect(typesAndIds('Shares in mortgage firm Freddie Mac fell on Monday. Freddie Mac said it would restate its results.', 'Freddie Mac')).toEqual([
      ['organization', 'organization:federal-home-loan-mortgage-corporation'],
      ['organization', 'organization:federal-home-loan-mortgage-corporation'],
    ]);
  });

  it("types a name of two or more words before 'shares' or 'stock' as a firm, not a share class nor a person before the verb", () => {
    const sources = mentionSources('Defense contractor Zorvex Martin said on Tuesday it won a contract. Zorvex Martin shares rose 3 percent in trading.' + PROSE);
    expect(sources).toContainEqual(['Zorvex Martin', 'organization', 'rule:stake-in']);
    expect(sources.filter(([, type]) => type === 'person')).toEqual([]);
    expect(mentionSources('The company said its Class B shares would be converted on Monday.' + PROSE).filter(([t]) => String(t).startsWith('Class'))).toEqual([]);
    expect(mentionSources('Tim Zorvath shares his vision of the company with analysts on Monday.' + PROSE)).toContainEqual(['Tim Zorvath', 'person', 'rule:first-name']);
  });
});

describe("findNames: a firm's legal form with its full stop, a degree's subject, a wire's units, an acronym and a word", () => {
  const names = (text: string) => mentionTypes(text + PROSE);
  it("ends a firm's name at its legal form's full stop before the next sentence's capitalised word, which wink-nlp left unsplit", () => {
    expect(names("The agency cut the ratings of Zorvex Corp. Standard and Poor's said it would review them.").slice(0, 2)).toEqual([
      ['Zorvex Corp.', 'organization'],
      ["Standard and Poor's", 'organization'],
    ]);
    // (the next word a sentence's first: 'Former' no word of a name)
    expect(names('The firm changed its name to Kellin Inc. Former chairman Zorvath Abaro left.').slice(0, 2)).toEqual([
      ['Kellin Inc.', 'organization'],
      ['Zorvath Abaro', 'person'],
    ]);
  });
  it("not before another legal form or a company word, nor a comma's legal form, nor after initials a legal form spells", () => {
    const firms = (text: string) => names(text).map(([t]) => t);
    expect(firms('Shares of Kellin Co. Ltd. rose on Monday.')).toContain('Kellin Co. Ltd.');
    expect(firms('Kellin Securities Co. International said on Monday it would expand.')).toContain('Kellin Securities Co. International');
    expect(firms('The trademarks belong to Zorvex & Co., Inc. of Ohio.')).toContain('Zorvex & Co., Inc.');
    expect(names('William K.K. Zorvath, managing director of the bank, said so.')).toContainEqual(['William K.K. Zorvath', 'person']);
  });
  it("types no organisation of a degree's subject after 'in' or 'of' ('a PhD in Business Administration'), and a graduate's school still", () => {
    expect(names('He earned a PhD in Business Administration in 1998 and a master\'s degree in Public Policy.')).toEqual([]);
    expect(names('She holds a Master of Business Administration and majored in Political Science.')).toEqual([]);
    expect(names('A graduate of Zorvex University, he joined the Department of Public Administration in 2003.')).toEqual([
      ['Zorvex University', 'organization'],
      ['Department of Public Administration', 'organization'],
    ]);
  });
  it("takes no initials and a wire's unit for a person ('1.26 billion H.K. Dlrs'), an initial and a surname still", () => {
    expect(names('The link is expected to cost 1.26 billion H.K. Dlrs, she said. The N.Z. Dlrs fell.')).toEqual([]);
    expect(names('The batsman J. Zorvath scored 40 runs on Monday.')).toContainEqual(['J. Zorvath', 'person']);
  });
  it("types an acronym and a word run together as a firm's coinage ('VMware'), not a word of the lexicon miscased nor an i- coinage", () => {
    expect(names('The group bought VMzorvex in 2003, and VMzorvex said sales rose.')).toEqual([
      ['VMzorvex', 'organization'],
      ['VMzorvex', 'organization'],
    ]);
    expect(names('The dividend is payable APril nine, and SErvices rose. ITunes sold songs.')).toEqual([]);
  });
});

describe('findNames: a place a run of names ran on from (step 13b)', () => {
  it("parts a place's name from the person's after it: 'the Caribbean Rainer Zorvath said', 'for Africa Paul Zorvath'", () => {
    expect(mentionTypes("The bank's director for Latin America and the Caribbean Rainer Zorvath said the loan would help." + PROSE)).toEqual([
      ['Latin America', 'place'],
      ['Caribbean', 'place'],
      ['Rainer Zorvath', 'person'],
    ]);
    expect(mentionTypes('The team, led by assistant director for Africa Paul Zorvath, is due to arrive.' + PROSE)).toContainEqual(['Paul Zorvath', 'person']);
  });
  it("parts a gazetteer's organisation from a person's name that speaks after it, a common word's plural its surname ('the Lib Dems David Laws said')", () => {
    expect(mentionTypes('For the Lib Dems David Zorvath said the plan was wrong, and Fellow Lib Dem Norman Baker said so too.' + PROSE).filter(([, type]) => type === 'person')).toEqual([
      ['David Zorvath', 'person'],
      ['Norman Baker', 'person'],
    ]);
    expect(mentionTypes('For the Lib Dems David Laws said the plan was wrong.' + PROSE)).toContainEqual(['David Laws', 'person']);
    // (a given name that is a common word too there: 'Bill')
    expect(mentionTypes('For Microsoft Bill Zorvath said the deal was good.' + PROSE)).toEqual([
      ['Microsoft', 'organization'],
      ['Bill Zorvath', 'person'],
    ]);
  });
});

describe("findNames: an organisation's name before its member's (step 13b, 4a)", () => {
  it("parts a gazetteer's organisation whose last word is a surname too from the person's name after it ('At Goldman Sachs Lloyd Quandell said')", () => {
    expect(mentionTypes('At Goldman Sachs Lloyd Quandell said the bank would grow.' + PROSE)).toEqual([
      ['Goldman Sachs', 'organization'],
      ['Lloyd Quandell', 'person'],
    ]);
  });
  it('parts it before a given name and a surname that end the run with no verb of saying after them', () => {
    expect(mentionTypes('At Goldman Sachs Lloyd Quandell, the chief, was fine.' + PROSE)).toEqual([
      ['Goldman Sachs', 'organization'],
      ['Lloyd Quandell', 'person'],
    ]);
    expect(mentionTypes('But Lib Dem Norman Zorvex accused ministers of delay.' + PROSE)).toContainEqual(['Norman Zorvex', 'person']);
    // (not before three words or more, a longer name's: an event's, a fund's)
    expect(mentionTypes('He spoke at the Microsoft Grant Quandell Zorvex event on Monday.' + PROSE).filter(([, type]) => type === 'person')).toEqual([]);
    // (nor after a car maker, its model's: 'a Hyundai Genesis Coupe')
    expect(mentionTypes('He drove a Hyundai Genesis Coupe to the track on Monday.' + PROSE).filter(([, type]) => type === 'person')).toEqual([]);
  });
  it("splits a title inside the run before a given name and a surname that is a business's or a venue's word ('Labour MP Marta Kitchen', 'Marta Field')", () => {
    expect(mentionTypes('Labour MP Marta Kitchen told the committee the plan was wrong.' + PROSE)).toEqual([
      ['Labour', 'organization'],
      ['Marta Kitchen', 'person'],
    ]);
    expect(mentionTypes('Labour MP Marta Field told the committee the plan was wrong.' + PROSE)).toContainEqual(['Marta Field', 'person']);
    // (not a venue's name after a title's word and no given name: 'the Duke Street Field')
    expect(mentionTypes('They played at the Zorvex General Quandell Field on Monday.' + PROSE).filter(([, type]) => type === 'person')).toEqual([]);
  });
});

describe("findNames: a family's name, a noble's title before a product's (steps 7, 7a')", () => {
  it("types the name between 'the' and 'family', 'clan' or 'dynasty' a person's, over a gazetteer's town", () => {
    expect(mentionTypes('The Zorvath family said they were grateful. Members of the Kellin clan attended.' + PROSE)).toEqual([
      ['Zorvath', 'person'],
      ['Kellin', 'person'],
    ]);
  });
  it("not common words, a range of products the story writes as a thing, nor a gazetteer's firm", () => {
    expect(mentionTypes('The Royal family met on Monday. The Zorvex family of phones sold well.' + PROSE)).toEqual([]);
    const names = mentionTypes('Kellin sells its latest Zorvabook on Monday, a new addition to the Zorvabook family.' + PROSE).filter(([t]) => t === 'Zorvabook');
    expect(names.every(([, type]) => type !== 'person')).toBe(true);
    expect(mentionTypes('"We are well served within the Chrysler family," the union said.' + PROSE)).toEqual([['Chrysler', 'organization']]);
  });
  it("takes no person of a noble's title before words ending in a common noun's plural ('King Oyster Mushrooms')", () => {
    expect(mentionTypes('Pan-fried polenta with King Oyster Mushrooms and fig puree. She bred King Charles Spaniels.' + PROSE)).toEqual([]);
    expect(mentionTypes('Lord Zorvath-Savours, a former MP, spoke on Monday.' + PROSE)).toEqual([['Zorvath-Savours', 'person']]);
  });
});

describe('findNames: the edges a review of the session found', () => {
  it("takes no office's title after 'said Mr' for a surname where the document writes it after 'the'", () => {
    expect(mentionTypes('"I disagree," said Mr Speaker. The Speaker called order.' + PROSE)).toEqual([]);
    expect(mentionTypes('"They do what works," said Mr King, the firm\'s adviser.' + PROSE)).toEqual([['King', 'person']]);
  });
  it("takes no relative of a place after words that qualify the relative's word ('Canada's big brother, America,')", () => {
    expect(mentionTypes("Canada's big brother, America, will not help, the minister said." + PROSE)).toEqual([
      ['Canada', 'place'],
      ['America', 'place'],
    ]);
  });
  it("keeps a college's head's or a club's owners' 'of' before a name no degree's ('the new Master of Trinity College')", () => {
    expect(mentionTypes('The new masters of Manchester United want a trophy. The new Master of Kellin College was named.' + PROSE)).toEqual([
      ['Manchester United', 'organization'],
      ['Kellin College', 'organization'],
    ]);
  });
  it("types no handle of initials and a given name, nor an enzyme, as a firm's coinage ('DMScott', 'GTPase')", () => {
    expect(mentionTypes('Thanks to DMScott for the link. The GTPase binds it, and EMCers met.' + PROSE)).toEqual([]);
  });
});

describe('findNames: the edges a review of the later rules found', () => {
  it("types no organisation of a famous surname or a gazetteer's person by a poll, a source or a report ('a Trump poll')", () => {
    expect(mentionTypes('A Trump poll released on Monday showed it. A Zorvexus poll found it.' + PROSE)).toEqual([
      ['Trump', 'person'],
      ['Zorvexus', 'organization'],
    ]);
    expect(mentionTypes("France's Macron reported that talks had stalled." + PROSE)).toContainEqual(['Macron', 'person']);
  });
  it("reads 'reported' before a time or 'late' as no outlet's ('Brazil's Zorvinho reported late for training')", () => {
    expect(mentionTypes("Brazil's Zorvinho reported late for training on Monday." + PROSE).filter(([, type]) => type === 'organization')).toEqual([]);
  });
  it("takes no band of a duo's member before an age, a bracket or a slash and the next member ('the United duo Zorvek, 24, and Quimby')", () => {
    const firms = (text: string) => mentionTypes(text + PROSE).filter(([, type]) => type === 'organization');
    expect(firms('The Kellin duo Zorvek, 24, and Quimby, 23, are fit.')).toEqual([]);
    expect(firms('The Brazilian duo Zorvek (ankle) and Quimby missed the game.')).toEqual([]);
    expect(firms('The Spanish duo Zorvek/Quimby won the doubles.')).toEqual([]);
  });
  it("takes no family of a Chinese dynasty, a Latin taxon or a product's coinage ('the Ming dynasty', 'the MacBook family')", () => {
    expect(mentionTypes('The Ming dynasty fell. Apple updated the MacBook family. The Rosaceae family grew.' + PROSE).filter(([, type]) => type === 'person')).toEqual([]);
  });
});

describe("findNames: a venue's or a business's last word ends no person's name", () => {
  it("types a restaurant's or a shop's name an organisation, a theatre's or a plaza's a place, a fair's none ('Marta Kitchen', 'the Lena Zorvex Theatre')", () => {
    expect(mentionTypes('Dinner at Marta Kitchen and Quandell Bistro cost little, the chef said.' + PROSE)).toEqual([
      ['Marta Kitchen', 'organization'],
      ['Quandell Bistro', 'organization'],
    ]);
    expect(mentionTypes('Bread from Rosa Bakery and Zorvex Couture went on sale.' + PROSE)).toEqual([
      ['Rosa Bakery', 'organization'],
      ['Zorvex Couture', 'organization'],
    ]);
    expect(mentionTypes('The show opened at the Lena Zorvex Theatre and the crowds filled Quandellson Plaza.' + PROSE)).toEqual([
      ['Lena Zorvex Theatre', 'place'],
      ['Quandellson Plaza', 'place'],
    ]);
    expect(mentionTypes('The musical was staged at the Prince Zorvex Theatre.' + PROSE)).toEqual([['Prince Zorvex Theatre', 'place']]);
    expect(mentionTypes('The fight was at the Duke of Quandell Theatre.' + PROSE)).toEqual([['Duke of Quandell Theatre', 'place']]);
    expect(mentionTypes('The toys were shown at the annual Marta Fair earlier this month.' + PROSE)).toEqual([]);
    expect(mentionTypes('The actor told Quandell Fair magazine about the film.' + PROSE)).toEqual([['Quandell Fair', 'organization']]);
  });
  it("keeps a person whose surname is such a word after a title or before a reporting verb, 'his' or 'her' ('Marta Kitchen said')", () => {
    expect(mentionTypes('Marta Kitchen said the plan would fail.' + PROSE)).toEqual([['Marta Kitchen', 'person']]);
    expect(mentionTypes('Rosa Pizza and her son left the town.' + PROSE)).toEqual([['Rosa Pizza', 'person']]);
    expect(mentionTypes('Senator Marta Kitchen voted against the bill.' + PROSE)).toEqual([['Marta Kitchen', 'person']]);
    expect(mentionTypes('Judge Rosa Fair ruled on the case, and Judge Quandell Fair agreed.' + PROSE)).toEqual([
      ['Rosa Fair', 'person'],
      ['Quandell Fair', 'person'],
    ]);
    expect(mentionTypes('Senator Rosa Plaza voted against the bill.' + PROSE)).toEqual([['Rosa Plaza', 'person']]);
  });
  it("keeps a listed first name and such a surname a person where no venue's cue stands before it ('Ben Kitchen scored', 'Martin Couture, a businessman')", () => {
    expect(mentionTypes('Ben Kitchen scored the winner in the 89th minute.' + PROSE)).toEqual([['Ben Kitchen', 'person']]);
    expect(mentionTypes('The goal came from Mike Kitchen after a corner.' + PROSE)).toEqual([['Mike Kitchen', 'person']]);
    expect(mentionTypes('Martin Couture, a local businessman, bought the team.' + PROSE)).toEqual([['Martin Couture', 'person']]);
    expect(mentionTypes('The award went to Brian Fair, the treasurer.' + PROSE)).toEqual([['Brian Fair', 'person']]);
    // (a venue's cue before it still makes the venue: 'at', an article, a possessive, a kind of business)
    expect(mentionTypes('We had lunch at Ben Kitchen near the station.' + PROSE)).toEqual([['Ben Kitchen', 'organization']]);
    expect(mentionTypes('The fashion house Jean Couture opened a shop.' + PROSE)).toEqual([['Jean Couture', 'organization']]);
  });
});

describe("findNames: a sport's league or a competition is no organisation (step 5d''')", () => {
  const typeOf = (text: string, name: string) => runDoc(text).mentions.filter((m) => m.text === name).map((m) => m.type);
  it.each([
    // [text, the competition's name]
    ['Zorvex scored twice as Quandell won their Champions League tie on Tuesday.', 'Champions League'],
    ['Kellmore are top of the Premier League after Marlow scored.', 'Premier League'],
    ['Quandell finished third in the Kellish Super League last season.', 'Kellish Super League'],
    ['Marlow joined La Liga side Zorvex Real on a free transfer.', 'La Liga'],
    ['Tolland played in the Zorvex Rugby League for two seasons.', 'Zorvex Rugby League'],
    ['MAJOR LEAGUE RESULTS', 'MAJOR LEAGUE'],
  ])('%j', (text, name) => {
    expect(typeOf(text, name)).toEqual([]);
  });

  it("takes 'American League' and 'National League' for competitions in a sports report only", () => {
    const report = 'Marlow threw a shutout and the Zorvex pitchers struck out ten as the team kept the lead in the American League with a 3-1 win over Quandell.';
    expect(typeOf(report, 'American League')).toEqual([]);
    // (elsewhere as often a body's name)
    expect(orgsIn('Members of the Kellish National League said on Monday they would back the plan.')).toContain('Kellish National League');
  });

  it("keeps a body's, a people's or a party's league an organisation, and a competition's body before a firm's cue", () => {
    expect(orgsIn('The Kellish Premier League said on Monday it would fine Zorvex for the breach.')).toContain('Kellish Premier League');
    expect(orgsIn('The Quandell Farmers League said on Monday it would back the plan.')).toContain('Quandell Farmers League');
    expect(orgsIn('The Kellish Muslim League said on Monday it would back the plan.')).toContain('Kellish Muslim League');
  });
});

describe("findNames: an award's name of a metal's or a jewel's given name is no person (step 8h)", () => {
  it.each([
    // [text, the award's or the thing's name]
    ["Zorvex will compete for the festival's top prize, the Golden Quill, next week.", 'Golden Quill'],
    ['Marlow received an honorary Golden Bear at the Kellmore festival on Monday.', 'Golden Bear'],
    ['Quandell was nominated for Golden Rose television awards this year.', 'Golden Rose'],
    ['The Golden Zorvexes will be awarded on Friday, officials said.', 'Golden Zorvexes'],
    ["According to Quandell's Crystal Ball, the race is close.", 'Crystal Ball'],
  ])('%j', (text, name) => {
    expect(runDoc(text).mentions.filter((m) => m.text === name)).toEqual([]);
  });

  it("takes no person of the award's name elsewhere in the document either", () => {
    expect(personsIn('Zorvex won the Golden Quill last year. Golden Quill nominees include Kellmore.')).toEqual([]);
  });

  it("keeps a person whose surname is no common word, after a possessive too", () => {
    expect(personsIn("The Lions' Golden Tate caught two passes on Sunday.")).toContain('Golden Tate');
  });
});

describe('findNames: an organisation of several words a rule types keeps its type at its other mentions (step 20)', () => {
  const orgs = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'organization').map((m) => [m.text, m.entityId]);
  it("types the earlier mentions of a firm a later context types ('say analysts Zorvex Insight.' before 'Zorvex Insight analyst Kellin Portvale')", () => {
    const text = 'Viewers are turning away from television, say analysts Zorvex Insight. A study by analysts Zorvex Insight suggested that the trend was growing. "It is a shift," said Zorvex Insight analyst Kellin Portvale.';
    expect(orgs(text)).toEqual([
      ['Zorvex Insight', 'organization:zorvex-insight'],
      ['Zorvex Insight', 'organization:zorvex-insight'],
      ['Zorvex Insight', 'organization:zorvex-insight'],
    ]);
  });
  it("types a mention the name finder read in pieces, over a shorter name inside it ('British' of 'British Quandell Rights' before its definition)", () => {
    const text = 'Kellin Yoxall, general manager of British Quandell Rights, spoke on Monday. The campaign was set up by British Quandell Rights (BQR) in May.';
    expect(runDoc(text + PROSE).mentions.filter((m) => m.type !== 'person').map((m) => [m.text, m.type])).toEqual([
      ['British Quandell Rights', 'organization'],
      ['British Quandell Rights', 'organization'],
      ['BQR', 'organization'],
    ]);
  });
  it("types no mention inside a longer run ('Zorvex Insight Europe')", () => {
    const text = 'Viewers are turning away from television, say analysts Zorvex Insight Europe. "It is a shift," said Zorvex Insight analyst Kellin Portvale.';
    expect(orgs(text).map(([t]) => t)).toEqual(['Zorvex Insight']);
  });
  it("spreads no person's name ('First Zorvex-Quell said', a person by its context, over the firm 'Zorvex-Quell' of a sentence's first word)", () => {
    const text = 'First Zorvex-Quell Corp said that First Zorvex-Quell Income Fund Ltd filed a statement. First Zorvex-Quell said it acts as general partner for the fund. The fund intends to operate the systems it purchases, First Zorvex-Quell said.';
    expect(runDoc(text + PROSE).mentions.filter((m) => m.text.endsWith('Zorvex-Quell')).map((m) => [m.text, m.type])).toEqual([
      ['Zorvex-Quell', 'organization'],
      ['First Zorvex-Quell', 'person'],
    ]);
  });
});

describe("findNames: step 13b's cut after an organisation costs nothing where no given name asks (descriptorEnd)", () => {
  it("reads the gazetteer's candidates for a word of a run only where a given name follows it", () => {
    const doc = split(['Report', ...Array.from({ length: 50 }, () => 'The Harbour Board Quimbar Kellby Zorvath met on Monday .')].join('\n'));
    const shipped = shippedResources();
    const known = matchGazetteers(doc, shipped.matcher);
    let reads = 0;
    const counted = new Proxy(known, { get: (t, p, r) => ((reads += p === 'some' ? 1 : 0), Reflect.get(t, p, r)) });
    findNames(doc, shipped.lexicons, counted);
    // (fewer than one look-up per run: a word's look-up each had been 150)
    expect(reads).toBeLessThan(50);
  });
});

describe("findNames: a surname rule's pair an organisation opens is no one, nor its last word alone (step 10')", () => {
  const persons = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'person').map((m) => m.text);
  it("takes no gazetteer firm and a surname's shape for a person ('the new Spotify Zorvanov')", () => {
    expect(persons('Spotify said on Monday that reviewers praised the new Spotify Zorvanov. Users said Zorvanov was faster than the old one.')).toEqual([]);
  });
  it("nor the last word alone after an organisation compromise knows ('Netflix Zorvanov' … 'Zorvanov')", () => {
    expect(persons('Reviewers praised the new Netflix Zorvanov on Monday. Users said Zorvanov was faster than the old one, and many liked Zorvanov.')).toEqual([]);
  });
  it("reads a common word's firm the document names alone elsewhere ('Target Zorvanov' with 'Target said')", () => {
    expect(persons('Shoppers queued for the Target Zorvanov on Monday. Target said sales rose. Later Zorvanov sold out in Ohio.')).toEqual([]);
  });
  it("keeps a pair a mention says is a person ('Spotify Zorvanova, the singer, said she')", () => {
    expect(persons('Spotify said on Monday that sales rose. Later Spotify Zorvanova, the singer, said she was pleased with the tour.')).toEqual(['Spotify Zorvanova']);
  });
  it("keeps a player whose given name a brand index's firm has, where the document names no such firm alone ('Gazprom Andersson ( Sweden )')", () => {
    expect(shippedNames(TITLE + 'Peter Quandell 74 71 74 71 , Gazprom Andersson ( Sweden ) 71 75 72 72 , Pedro Kellmoor ( Spain ) 72 73 67 78').filter((n) => n[0].includes('Andersson'))).toEqual([['Gazprom Andersson', 'person', 'rule:surname-suffix']]);
  });
});

describe("findNames: the given-name rule's pair of a thing's name is no one (step 10'')", () => {
  const persons = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.type === 'person').map((m) => m.text);
  it("takes no weak given name and a word the document writes alone as a thing's name for a person ('Sky Zorvix' with 'a Zorvix distribution')", () => {
    const text = 'The installer of Sky Zorvix is simple. Zorvix is free. Install a Zorvix distribution on any laptop, and every Zorvix filesystem looks the same. Many people like Zorvix.';
    expect(persons(text)).toEqual([]);
  });
  it("keeps a person whose surname qualifies a noun once ('Sky Zorvix' with 'a Zorvix aide')", () => {
    const text = 'The speech of Sky Zorvix was short. Zorvix is popular. Later a Zorvix aide spoke, and many people like Zorvix.';
    expect(persons(text)).toEqual(['Sky Zorvix', 'Zorvix', 'Zorvix', 'Zorvix']);
  });
  it("keeps a person the document names in full more often than alone ('Sky Zorvix' x3 with 'a Zorvix aide and every Zorvix supporter')", () => {
    const text = 'The speech of Sky Zorvix was short. Later Sky Zorvix smiled, and Sky Zorvix left. Reporters met a Zorvix aide and every Zorvix supporter.';
    expect(persons(text)).toEqual(['Sky Zorvix', 'Sky Zorvix', 'Sky Zorvix', 'Zorvix', 'Zorvix']);
  });
});

describe("findNames: a street's name in a sentence that says soap is a programme's, no place (step 12f'')", () => {
  const places = (text: string) => runDoc(text + PROSE).mentions.filter((m) => m.text === 'Quandell Street').map((m) => m.type);
  it("untypes every mention of it ('Quandell Street has become the first soap to win', then 'Quandell Street pulled away')", () => {
    expect(places('Quandell Street has become the first soap to win the award on Monday. In 2004, Quandell Street pulled away from its rivals in the ratings.')).toEqual([]);
  });
  it("keeps a street the soap's sentence names as a place, after a place's preposition ('The soap was filmed on Quandell Street')", () => {
    expect(places('The soap was filmed on Quandell Street in Manchester last year. Fans gathered on Quandell Street on Monday.')).toEqual(['place', 'place']);
    expect(places('Shoppers bought bars of soap on Quandell Street on Monday. The shops on Quandell Street stayed open.')).toEqual(['place', 'place']);
  });
});

describe('sameStemsAs: a name whose stems are a long form\'s, the text\'s test first (step 16)', () => {
  const same = sameStemsAs('Zorvex Quandell Organisation');
  it.each([
    ['Organization of the Zorvex Quandell', true],
    ['Zorvex-Quandell Organisation', false],
    ["Zorvex Quandell's Organisations", true],
    ['Quandell Zorvex Group', false],
    ['Zorvex Quandell', false],
    ['Zorvex Quandell Organisation Trust', false],
  ])('%j: %j', (name, expected) => {
    expect(same(name)).toBe(expected);
  });
  it('takes a long form of no stems: only a name of none', () => {
    expect(sameStemsAs('of the')('and the')).toBe(true);
    expect(sameStemsAs('of the')('Zorvex')).toBe(false);
  });
});
