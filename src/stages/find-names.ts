import type { SplitDocument, Token, Sentence } from '../model/document.js';
import type { Candidate } from '../model/candidate.js';
import type { EntityType, MentionSource } from '../model/entity.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { placePrepositionBefore } from '../gazetteer/disambiguate.js';
import anyAscii from 'any-ascii';
import { foldAccents, hasLetter, hasLower, hasWord, isCapitalised, isHyphen, isJoiner, singleSpaced, unitFlags, UNIT_LOWER } from '../text/chars.js';
import { isMatchToken, isNation, isSportsReport, matchSide, pluralSubject, possessiveBeforePerson, possessiveSquadNoun, scheduleTeam, squadContext, squadRoleBeforeName, teamContext, teamMention } from './sports-teams.js';
import { CONNECTIVES, findDefinitions, findTermDefinitions, type Definition } from './abbreviations.js';
import { commonTag, hasInflections, isCommonWord, isLowerCaseNoun } from '../nlp/wink.js';
import { DATELINE, MONTHS, datelinePlaceEnd } from './clean/metadata.js';
import { tokenKey } from '../text/tokenize.js';
import { NAME_EDGES, WORDS_EDGES, nextAlone } from '../text/alone.js';
import { squadListNames, teamSheetNames } from '../text/team-sheet.js';
import { isNameSuffix } from './middle-initials.js';
import { BODY_COUNTRIES, NATIONAL_BODY_SHORTS } from './country-bodies.js';

/**
 * The name finder: names no gazetteer holds, from runs of proper nouns in
 * wink-nlp's POS tags, typed by named rules, each with a confidence. Each step
 * below is small and shows the text it handles. Cost: a constant amount of
 * work per token (set lookups on the run and its neighbours), plus one map per
 * document for the consistency pass.
 */
export interface NameFinderLexicons {
  /** title/rank phrases, as written (`Lieutenant General`, `soldier`) */
  readonly roles: readonly string[];
  /** lower-cased first names (compromise's) */
  readonly firstNames: ReadonlySet<string>;
  /** lower-cased first names of a longer list (the gazetteers' `lexicons/first-names.txt`), among them towns' names ('Houston', 'Sydney', 'Lincoln') */
  readonly givenNames: ReadonlySet<string>;
  /** lower-cased last names (compromise's) */
  readonly lastNames: ReadonlySet<string>;
  /** lower-cased given names compromise's lexicon gives a sex, a woman's and a man's ('arlene', 'james'; resolve.ts reads an honorific's sex by them) */
  readonly femaleNames?: ReadonlySet<string>;
  readonly maleNames?: ReadonlySet<string>;
  /** lower-cased surnames of a longer list (the gazetteers' `lexicons/surnames.txt`), many of them English words: a name ending in one is a person's only if none of its words is a common word */
  readonly surnames: ReadonlySet<string>;
  /** lower-cased common English words (compromise's words that are no kind of name) */
  readonly commonWords: ReadonlySet<string>;
  /** lower-cased place, organisation and nationality phrases with no gazetteer id (compromise's lexicon: src/nlp/compromise.ts) */
  readonly known: ReadonlyMap<string, 'place' | 'organization' | 'norp'>;
  /** demonyms and country names that may qualify a title (`Azerbaijani President`) */
  readonly qualifiers: ReadonlySet<string>;
  /** the qualifiers that name a people (`Danish`, `Dane`: the gazetteers' norp entries) */
  readonly nationalities?: ReadonlySet<string>;
  /** each country's name by its code (`JP` -> 'Japan'): a government body's country (stages/country-bodies.ts) */
  readonly countries?: ReadonlyMap<string, string>;
  /** region abbreviations that count only after a place and a comma, to the region's name (`Pa.` -> `Pennsylvania`) */
  readonly afterPlace?: ReadonlyMap<string, string>;
  /** surnames that alone name one person where a document names no one of that surname in full (`lexicons/lone-surnames.tsv`) */
  readonly loneSurnames?: ReadonlyMap<string, string>;
  /** lower-cased names of languages, no place after a place's preposition ('printed in Swahili': `lexicons/languages.txt`) */
  readonly languages?: ReadonlySet<string>;
}

/** the source of an untyped short form the document defines as a term's, no name's ('Liquid Crystal Display (LCD)') */
export const TERM_SOURCE = 'rule:term';
/** the source of a region abbreviation that counts only after a place and a comma (tag-entities.ts `afterPlaceRegions`) */
export const AFTER_PLACE_SOURCE = 'gazetteer:lexicons/after-place';
/** the source of a lone surname linked to the one person it names (tag-entities.ts `linkLoneSurnames`) */
export const LONE_SURNAME_SOURCE: MentionSource = 'gazetteer:lexicons/lone-surnames';

// organisation heads and tails: 'Ministry of …', '… Security Service', '… Armed Forces', '… Black Caucus', '… National Laboratory'
const ORG_WORDS = new Set(
  'Ministry Council Agency Service Services Group Forces Force Party Bank University College Institute Observatory Inc Inc. Ltd Ltd. Corp Corp. Corporation Company Co Co. Plc PLC AG SA NV GmbH Committee Commission Association Union Organization Organisation Court Parliament Assembly Army Navy Police Office Department Federation FC Club Airlines Airways Times Post Press News Television TV Radio Foundation Fund Authority Board Bureau Centre Center Guard Guards Brigade Battalion Regiment Division Directorate Secretariat Senate Congress Cabinet Government Network Holdings Alliance Front Movement Coalition League Society Church Trust Exchange Reserve Industries Energy Petroleum Oil Gas Telecom Media Studios Records Hospital Infirmary School Academy Systems Technologies Motors Airport Team Rovers United City Wanderers Athletic SC CF AFC Albion Hotspur Rangers Initiative Corps Command Administration International Tribunal Institution Consortium Partners Securities Insurance Investments Pharmaceuticals Electronics Communications Wireless Financial Capital Bancorp Confederation Newsroom Newsdesk Desk Brothers Bros Bros. Registry Ballet Societies Herald Tribune Gazette Chronicle Journal Sentinel Examiner Inquirer Dispatch Bulletin Caucus Cartel Brotherhood Clinic Laboratory Laboratories Labs'.split(' '),
);
// firms' last words, some a surname too ('Danielle Steel'): an organisation's where no listed given name opens the run
// ('Tata Steel', 'Zorvek Pharma', 'Penguin Books', 'Working Title Films')
const FIRM_TAILS = new Set('Pharma Biotech Brewery Steel Cement Solutions Consulting Properties Books Automotive Airline Robotics Networks Productions Films Advisors Power Sugar Rail Mines Tobacco Telecoms Racing Trucking Logistics Freight Shipping Construction Engineering Environmental Analytics Therapeutics Biotherapeutics Biosciences Biologics Diagnostics Chemicals Software Foods Brands Ventures Semiconductor Semiconductors Minerals Metals Aerospace Realty Apparel Textiles Research Commodities Music Talent Machines Microfinance Lines Tankers Salvage Bulk Sweeteners Agri Dairy Sekuritas Asuransi Management Distributors Consultants'.split(' '));
/** a firm's last word: one of `FIRM_TAILS`, or a word coined of a trade's ('Kaveri Softech', 'Zorvex Infotech'; not '-soft': 'in Las Vegas Microsoft boss') */
const isFirmTail = (w: string) => FIRM_TAILS.has(w) || COINED_TAIL.test(w);
const COINED_TAIL = /^\p{Lu}\p{Ll}{2,}tech$/u;
/** the firms' last words that name a product after a firm's name: 'Google Analytics' */
const PRODUCT_TAILS = new Set(['Analytics', 'Software']);
/**
 * Whether a run ends in a firm's last word (`FIRM_TAILS`) after a word no lexicon has in lower case or a country's or
 * region's name, and no listed given name opens it: 'Mittal Steel', 'Miramax Films', 'Nortel Networks' (not 'Danielle
 * Steel', nor common words only, a
 * headline's or a field's: 'Best Business Books', 'Social Networks')
 */
function firmTail(ctx: NameContext, words: readonly Token[], next: string, personAfterIt: () => boolean): boolean {
  const { lex } = ctx;
  // (not before a word naming the trade or its goods' trade: 'India Sugar prices', 'U.S. Steel output')
  if (!isFirmTail(words[words.length - 1].text) || SECTOR_NOUNS.has(next)) return false;
  // ('Management' after a name or a fund's word, not a field's or a product's: 'Eaton Vance Management', 'Deutsche Asset
  // Management', not 'Information Rights Management', 'HP's Application Lifecycle Management software')
  if (words[words.length - 1].text === 'Management' && (words.length < 2 || PRODUCT_AFTER.has(next) || (isCommon(lex, words[words.length - 2].text) && !FUND_WORDS.has(words[words.length - 2].text)))) return false;
  // (a product's word after a gazetteer's firm is its product: 'Google Analytics', 'Adobe Analytics')
  if (PRODUCT_TAILS.has(words[words.length - 1].text) && ctx.known.some((c) => c.type === 'organization' && c.entries.length > 0 && c.start === words[0].start && c.end === words[words.length - 2].end)) return false;
  // (a country's or a region's name first is the firm's, a given name too: 'Kenya Power', 'Zambia Sugar', 'Georgia Power';
  // not before what says person, 'Chad Power, 34,'; not a nationality's, whose goods as often: 'Algerian
  // Sugar', 'American Military Thinking Burning Religious Books')
  const country = (w: string) => lex.qualifiers.has(w) && !lex.nationalities?.has(w);
  // (a given name first only where the last word is a surname too: 'Danielle Steel', not 'Hollis Biotherapeutics')
  const last = words[words.length - 1].text;
  if (isListed(words[0].text, lex.firstNames, lex.givenNames) && (!country(words[0].text) || personAfterIt()) && (isListed(last, lex.lastNames, lex.surnames) || isCommon(lex, last))) return false;
  for (let k = 0; k < words.length - 1; k++) if (!isCommon(lex, words[k].text) || country(words[k].text)) return true;
  return false;
}
/**
 * A run of a country's, a region's or a people's names, and 'Executive': a devolved government ('the Scottish
 * Executive', 'the Northern Ireland Executive'; 'Executive' no organisation's word otherwise: 'Chief Executive', 'the
 * Eisenhower Executive Office Building')
 */
function executiveBody(ctx: NameContext, s: Sentence, from: number, to: number): boolean {
  const { lex, toks } = ctx;
  // (not an award's: 'British Executive of the Year'; nor in a headline in title case: 'American Executive Kidnapped in
  // Mexico City'; 'accuse the Scottish Executive of using' is one)
  if (toks[to - 1].text !== 'Executive' || (toks[to]?.text === 'of' && toks[to + 1]?.text === 'the' && toks[to + 2]?.text === 'Year') || ctx.titleLines?.has(s.index)) return false;
  let named = false;
  for (let k = from; k < to - 1; k++) {
    if (lex.qualifiers.has(toks[k].text)) named = true;
    else if (!COMPASS.has(toks[k].text)) return false;
  }
  return named;
}
// 'Radio' and a station's number, in figures or in words: 'Radio 4', 'Radio Five Live' (not 'One', a firm's last word
// as often: 'Capital One'; not 'Channel': 'crossed the Channel 3 times', and the gazetteer has Britain's 'Channel 4',
// 'Channel 5')
const STATION_NUMBER = /^(?:[1-9]|Two|Three|Four|Five)$/;
const stationNumberAfter = (word: string, next: string) => word === 'Radio' && STATION_NUMBER.test(next);
// (the number last, or a word of the station's after it: 'Radio Five Live', 'Radio 4 LW'; not an award's name, 'BBC
// Radio 3 World Music Award')
const stationName = (words: readonly Token[]) => {
  const k = words.length - (STATION_TAILS.has(words[words.length - 1].text) ? 3 : 2);
  return k >= 0 && stationNumberAfter(words[k].text, words[k + 1].text);
};
const STATION_TAILS = new Set(['Live', 'Extra', 'LW', 'FM']);
/**
 * Whether token `i` of sentence `s`, three to six capitals in a sentence that is not in capitals, no other word of
 * capitals beside it, is the initials of a gazetteer's organisation the document names in full: an acronym that is an
 * English word too, which the tagger reads as that word ('The WHO said' after 'the World Health Organization'), opens a
 * run; and so does a short form the document defines in brackets after its long form, whatever word but a function
 * word it is too ('the Office of Fair Trading (OFT) … The OFT said': `definitionsOf`). (Asked of every word no proper
 * noun: the first letter's code first, a capital of A-Z.)
 */
function initialsOfKnown(ctx: NameContext, s: Sentence, i: number): boolean {
  const t = ctx.toks[i];
  const c = t.text.charCodeAt(0);
  if (c < 65 || c > 90 || t.text.length < 2) return false;
  // (not a function word: 'Intelligent Network (IN) products')
  const short = !FUNCTION_POS.has(t.pos) && (ctx.definedShorts ??= new Set(definitionsOf(ctx).map((d) => ctx.doc.clean.slice(d.short.start, d.short.end)))).has(t.text);
  // (the initials three capitals or more; a small letter of A-Z second is none, the test before the regex: most words
  // asked, 'The', 'He', are none, and so no neighbour of theirs is read)
  if (!short && (t.text.length < 3 || isAsciiLower(t.text.charCodeAt(1)) || !ORG_INITIALS.test(t.text))) return false;
  // (nor a word of capitals beside another, a headline's words in a sentence of small letters: 'WHO IS TO BLAME? asked')
  if ((i > s.tokenStart && isAllCapsWord(ctx.toks[i - 1].text)) || (i + 1 < s.tokenEnd && isAllCapsWord(ctx.toks[i + 1].text))) return false;
  if (short) return true;
  ctx.knownInitials ??= new Set([...namedOrgInitials(ctx.known, ctx.doc)].filter(([, c]) => c !== null).map(([k]) => k));
  return ctx.knownInitials.has(t.text);
}
/** a small letter of A-Z, by its code */
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/**
 * the abbreviations `ctx.doc` defines (`findDefinitions`), found when first asked; none in a text with no '(' (each
 * definition reads a token '(', and a token is the text's own characters: 65% of the 10 MB bench corpus's stories)
 */
const definitionsOf = (ctx: NameContext) => (ctx.definitions ??= hasBracket(ctx.doc) ? findDefinitions(ctx.doc) : NO_DEFINITIONS);
const NO_DEFINITIONS: readonly Definition[] = [];
/** whether `doc`'s text has an opening bracket: what an abbreviation's or a term's definition needs (`findDefinitions`, `findTermDefinitions`) */
const hasBracket = (doc: SplitDocument) => doc.clean.includes('(');
/** whether a gazetteer's broadcaster (its entry's description says so: 'broadcaster', 'television', 'radio') starts at `start` */
function broadcasterAt(ctx: NameContext, start: number): boolean {
  ctx.broadcasters ??= new Set(ctx.known.filter((c) => c.type === 'organization' && c.entries.some((e) => BROADCASTER.test(e.description ?? ''))).map((c) => c.start));
  return ctx.broadcasters.has(start);
}
const BROADCASTER = /\b(?:broadcast\w*|television|radio|TV)\b/i;
/** a broadcaster's channel by its number in words, after an acronym only: 'BBC One', 'RTE Two' (not 'Xbox One', a console) */
const CHANNEL_NUMBERS = new Set('One Two Three Four'.split(' '));
const channelNumberAfter = (word: string, next: string) => CHANNEL_NUMBERS.has(next) && /^\p{Lu}{2,4}$/u.test(word);
const ORG_HEADS = new Set('Ministry University Bank Council Committee Commission Association Union Organization Organisation Institute Court Department Federation Agency Academy Church Bureau Office'.split(' '));
// newspapers' words, in the languages whose papers English news names as they are, and 'Observer': 'Gazeta Wyborcza', 'El
// Nuevo Diario', 'Corriere della Sera', 'Frankfurter Allgemeine Zeitung', 'Charlotte Observer' (not 'Courier', a surname
// too: 'Jim Courier'; 'Daily' only before one word, `dailyPaper`)
for (const w of 'Gazeta Gazzetta Diario Corriere'.split(' ')) ORG_HEADS.add(w);
for (const w of 'Diario Zeitung Tageblatt Giornale Gazeta Dnevnik Observer'.split(' ')) ORG_WORDS.add(w);
/**
 * 'Daily' and one word, no article nor possessive before them: a newspaper ('Daily Variety said', 'the Daily Caller'; not
 * 'A Daily Analysis of News', 'our Daily Lives', nor a paper's edition after its name, 'People's Daily Overseas Edition')
 */
const dailyPaper = (doc: SplitDocument, s: Sentence, start: number, words: readonly Token[]) =>
  words.length === 2 && words[0].text === 'Daily' && !NOT_PAPER_BEFORE.test(tail(doc.clean, s.start, start));
const NOT_PAPER_BEFORE = /(?:\b(?:a|an|our|your|their|my|his|her|its)|['’]s?)\s*$/i;
// the same words in the languages of European and Japanese firms' names, which English news keeps: 'Banque Paribas',
// 'Gruppo Ferruzzi', 'Cie Generale', 'Westdeutsche Landesbank', 'Kumagai Gumi', 'Toyoda Gosei', 'Boca Juniors'
// ('Norsk Hydro', 'Svenska Handelsbanken': a nationality's word in the firm's own language; 'Lazard Freres', 'Parmalat Finanziaria')
for (const w of 'Banque Banco Banca Gruppo Grupo Groupe Compagnie Cie Compania Compañía Societe Société Società Sociedad Regie Régie Caisse Cassa Caja Credito Crédit Kredi Financiere Financière Norsk Svenska Dansk Suomen'.split(' ')) ORG_HEADS.add(w);
// ... and the heads of Spanish, Portuguese, Italian and French bodies' names, before 'de', 'del', 'di', 'du' and their
// topics: 'Sindicato de Pilotos', 'Partido Popular', 'Universidad de Chile', 'Instituto Nacional de Estadística',
// 'Azucarera del Pacifico' (had been a person by the surname rule's '-ez', '-ia' shapes)
for (const w of 'Sindicato Sindacato Syndicat Partido Partito Universidad Universidade Università Instituto Istituto Fundación Fundação Fondazione Asociación Associação Associazione Federación Federação Federazione Confederación Confederação Ministerio Ministério Ministero Ministère Consejo Conselho Consiglio Corporación Empresa Empresas Aerolíneas Aerolineas Petróleos Petroleos Azucarera Cooperativa Comisión Comissão Commissione Agencia Agência Agenzia Movimiento Movimento Frente'.split(' ')) ORG_HEADS.add(w);
// the words that open a sports club's name before its town, which a gazetteer holds as the place: 'Bayern Munich',
// 'Borussia Dortmund', 'Inter Miami', 'PSV Eindhoven', 'AC Milan', 'Dynamo Kiev' (not 'Real', 'Rapid', 'Racing',
// 'Club': 'Real Time', 'Rapid City', the film 'Racing Stripes', 'Club World'); after the town, 'Nashville SC',
// 'Tottenham Hotspur', 'Glasgow Rangers' (ORG_WORDS; not 'SV', a camera's 'Pentax Optio SV')
const CLUB_HEADS = new Set('Bayern Borussia Bayer Inter AC AS FC SC SV AFC VfB VfL PSV Ajax Atletico Atlético Athletic Sporting Dynamo Dinamo Spartak CSKA Lokomotiv Partizan Steaua Slavia Legia Hertha Werder Eintracht Olympique Deportivo Celta Hapoel Maccabi Beitar'.split(' '));
// the words that end companies' names in business news ('Texas Instruments', 'Boston Scientific', 'Lincoln Savings',
// 'Dallas Semiconductor', 'Dow Chemical', 'General Dynamics', 'Abbott Laboratories'): a name whose first word is a
// place or a given name was that place or a person. Not the ones that are surnames too (`Steel`, `Power`, `Mills`,
// `Brands`: lexicons/surnames.txt; 'John Mills') or that end other things' names as often ('White Paper', 'Human
// Resources', 'Public Health'). Such a word may be a name's word before 'and' ('Savings and Loan Association', 'Minnesota
// Mining and Manufacturing Co', 'Diamond Shamrock Refining and Marketing Co': `andEnd`)
const TRADE_WORDS = new Set('Instruments Scientific Semiconductor Semiconductors Savings Chemical Chemicals Laboratories Labs Pharmaceutical Aerospace Dynamics Electric Motor Utilities Railroad Railway Railways Stores Entertainment Pictures Enterprises Ventures Associates Manufacturing Software Telecommunications Broadcasting Publishing Shipping Logistics Construction Engineering Realty Hotels Resorts Restaurants Foods Mining Minerals Bancshares Bankshares Bancorporation Brewing Breweries Distillers Metals Cos Textiles Therapeutics Devices Petrochemicals Refining Exploration Drilling Apparel'.split(' '));
for (const w of TRADE_WORDS) ORG_WORDS.add(w);
/** a fund manager's words before 'Management' ('Solaris Asset Management', 'TCI Fund Management') */
const FUND_WORDS = new Set('Asset Assets Capital Fund Funds Investment Investments Wealth Portfolio Property Commodity Financial Money Hedge Equity Trust'.split(' '));
/** a product's kind after its name ('Lifecycle Management software') */
const PRODUCT_AFTER = new Set('software suite tools tool platform system systems solution solutions module app'.split(' '));
// a trade's word before one of these names the trade, not a firm: 'the U.K. Chemical industry', 'U.S. Shipping companies'
const SECTOR_NOUNS = new Set('industry industries sector sectors companies firms groups business businesses market markets stocks workers output production exports imports prices shipments supply supplies cargoes services'.split(' '));
for (const w of 'Landesbank Sparkasse Bankasi Bankası Gumi Gosei Sogo Shoji Sangyo Kogyo Seiyaku Ginko Shinkin Liga Juniors Planbureau Bundesbank Handelsbank Handelsbanken Freres Frères Finanziaria Generale Générale Generali Riunite Fernsehen Rundfunk'.split(' ')) ORG_WORDS.add(w);
// units after a number that make it an amount, not a score: 'Shr 34 cts', 'Net 5 mln dlrs', 'Sales 3 billion'
const AMOUNT_UNITS = new Set('cts cents ct dlrs dlr dollars dollar pct percent % mln million billion bln trillion yen marks francs pounds stg pence p lire pesos tonnes tons kg'.split(' '));
// a goal's minute after its scorer ('Drobnjak 82nd') and what follows it in a results line
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
/** a military unit's or a federal circuit's word, which an ordinal before it opens the name of (step 2d) */
const UNIT_WORDS = new Set('Division Regiment Brigade Battalion Squadron Fleet Army Corps Wing Circuit Infantry Airborne Cavalry Armored Armoured Marines Precinct'.split(' '));
/** whether tokens [from, to) hold a unit's word (`UNIT_WORDS`) and end in it or in an organisation's word: 'Airborne Division', 'Circuit Court of Appeals' */
function unitName(toks: readonly Token[], from: number, to: number): boolean {
  let unit = false;
  for (let k = from; k < to; k++) if (UNIT_WORDS.has(toks[k].text)) unit = true;
  return unit && (UNIT_WORDS.has(toks[to - 1].text) || ORG_WORDS.has(toks[to - 1].text) || toks[to - 1].text === 'Appeals');
}
const SCORER_AFTER = new Set([',', ')', ';', 'minute', 'min', 'mins', 'penalty', 'pen', 'and', '']);
// a year, no score: 1800-2099
const YEAR = /^(?:18|19|20)\d\d$/;
// one-word names of legislatures, treasuries and commissions ('Congress', 'the Senate', 'the Treasury', 'the Knesset', 'the Commission';
// not 'the Commonwealth', the Games' in sports news as often: 'Commonwealth champion')
const INSTITUTIONS = new Set('Congress Senate Treasury Knesset Duma Bundestag Bundesrat Sejm Storting Riksdag Folketing Majlis Politburo Commission Commons'.split(' '));
/** a US party's adjective and its members' plural (step 2c) */
const PARTY_WORDS = new Set(['Democratic', 'Republican', 'Democrats', 'Republicans']);
/**
 * Heads that open a street's or a square's name in French, Spanish, Italian, Portuguese and Malay ('Rue de Rivoli',
 * 'Plaza de Mayo', 'Praça da Sé'), and a house's or a palace's ('Casa Rosada', 'Casa Santa Marta', not the city of Santa
 * Marta; 'Palazzo Chigi', 'Palacio de la Moncloa'). Not 'Via' (a preposition in title case, 'Via Rail'), 'Corso',
 * 'Largo' (surnames).
 */
const STREET_HEADS = new Set('Place Rue Avenue Boulevard Piazza Piazzale Viale Plaza Calle Paseo Avenida Rambla Praça Praca Rua Jalan Casa Palazzo Palacio Palais'.split(' '));
/** the prefixes of ships' names: 'USS Gerald R. Ford', 'HMS Queen Elizabeth', 'RMS Titanic' (not 'INS', an agency too) */
export const VESSEL_PREFIXES = new Set(['USS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'RMS', 'USNS', 'USCGC', 'MV']);
// (not 'ship', a verb too: 'agreed to ship Zorvek Motors vehicles')
const VESSEL_NOUNS = new Set('tanker supertanker vessel freighter frigate destroyer submarine trawler yacht liner warship icebreaker'.split(' '));
/**
 * heads that open a mountain's, a lake's, a cape's or an island's name ('Mount Kenya', 'Lake Chad', 'Cape Horn', 'Isle of
 * Wight'), a port's, a fort's or a camp's ('Port Harcourt', 'Fort Liberty', 'Camp Lejeune', which the surname rules had
 * made persons)
 */
const LAND_HEADS = new Set('Mount Mt. Lake Cape Isle Port Fort Camp'.split(' '));
// a stadium's word before its name, French, Spanish, Italian, German: a ground's name ('Estadio Zorvanco', 'Stadio
// Olimpico', 'Stade de France'), or a French club's, 'Stade' and its town's people's word ('Stade Toulousain', 'Stade Francais'); no
// person's (the name-shape rule's 'Stade Toulousain'), nor a town's ('Stade', a German town)
const GROUND_HEADS = new Set('Stade Estadio Stadio Stadion'.split(' '));
// a French club's name after 'Stade', a word of its town's people ('Toulousain', 'Rennais', 'Brestois', 'Francais'); a
// ground's name of one word is no club's ('Stade Gerland', 'Stade Bollaert', 'Stade Velodrome')
const FRENCH_CLUB_END = /(?:ais|ois|ain|ien)$/;
/** a firm's or a site's domain name, a capital first, one token (src/nlp/wink.ts, `domainEndsAt`): 'Booking.com', 'MoveOn.org' */
const DOMAIN_NAME = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io|info|biz|tv)$/u;
/** a public service's words before 'District', an American special district's, a body: 'Unified School District' */
const SERVICE_BEFORE_DISTRICT = new Set('School Schools Water Fire Sanitation Sanitary Utility Utilities Transit Irrigation Park Parks Hospital Library Control Conservation Drainage Sewer Quality Management Improvement Health Transportation Port Airport Levee Mosquito Recreation'.split(' '));
/**
 * A school district's name, as American news names one: a kind of school and 'Schools' ('Charles County Public Schools',
 * 'Leyden High Schools'; not 'Bristol Schools face cuts', 'the Ulster Schools' Cup')
 */
const schoolDistrict = (words: readonly Token[]) => words.length >= 3 && words[words.length - 1].text === 'Schools' && SCHOOL_KINDS.has(words[words.length - 2].text);
const SCHOOL_KINDS = new Set('Public City County High Unified Independent Community Catholic Area Township'.split(' '));
/** An American special district, a body of its own: 'Los Angeles Unified School District', 'Harris County Flood Control District' */
const serviceDistrict = (words: readonly Token[]) => words.length >= 3 && words[words.length - 1].text === 'District' && SERVICE_BEFORE_DISTRICT.has(words[words.length - 2].text);
/** the words before an Irish or a Northern Irish county's name (step 6b''): 'County Kerry', 'Co. Cork', 'Co Tyrone' */
const COUNTY_HEADS = new Set('County Co Co.'.split(' '));
/** a county's building's, ground's or sport's word after 'County', no county's name: 'County Hall', 'County Ground' */
const NOT_COUNTY_NAMES = new Set('Hall Ground Grounds Cricket Football Hurling Rugby Show Fair Final Finals Sessions Line'.split(' '));
// geographic heads that end a place's name
const PLACE_TAILS = new Set('Valley Sea River Creek Falls Springs Heights Strip Lake Bay Beach Gulf Strait Peninsula Mountains Desert Island Islands Canal Coast Basin Plateau Highlands Road Street Avenue Square Park Bridge Stadium Arena Dome Coliseum Colosseum Velodrome Racecourse Speedway Ballpark Field Museum Prison Jail Penitentiary Courthouse Airfield Station Cemetery Dam Tunnel Glacier Reservoir Harbour Harbor Crater Volcano Canyon Gorge Caves Lagoon Reef Atoll Shoal Shoals Archipelago Fjord Tower Towers Building Hall Planetarium Hotel Palace Castle Cathedral Chapel Abbey Basilica Minster Priory Monastery Mosque Temple County Counties Parish Township Borough Province Prefecture Governorate Oblast Theatre Theater Plaza'.split(' '));
// place tails that are also family names, and business tails below (`BUSINESS_TAILS`): not after a title or a first name in
// the name ('Senator John Tower', 'Barbara Castle')
const SURNAME_TAILS = new Set('Tower Castle Temple Palace Abbey Dam Station Lake Arena Dome Beach Field Hall Kitchen Couture Pizza Plaza'.split(' '));
// a business's, a venue's or a fair's last word ends no person's name that a given name or a surname's shape opens: a
// restaurant's or a shop's is a firm's ('Marta Kitchen', 'Quandell Bistro': ORG_WORDS), a theatre's or a plaza's a
// place's, a facility's as a hall's or a stadium's ('the Lena Zorvex Theatre', 'Quandellson Plaza': PLACE_TAILS), a
// fair's an event's, no type (step 8g); the ones that are surnames too ('Kitchen', 'Couture', 'Pizza', 'Plaza', 'Fair') stay a
// person's after a title or before what says person (`VENUE_PERSON_AFTER`, step 6's first test: 'Marta Kitchen said')
const BUSINESS_TAILS = 'Restaurant Cafe Café Cafes Bakery Kitchen Couture Pizza Diner Bistro'.split(' ');
const VENUE_TAILS = new Set([...BUSINESS_TAILS, 'Theatre', 'Theater', 'Plaza', 'Fair']);
for (const w of BUSINESS_TAILS) ORG_WORDS.add(w);
/**
 * Whether a run of two words, a listed first name and a venue's word that is a surname too ('Kitchen', 'Couture',
 * 'Pizza', 'Fair'), is a person's name with no venue's cue: no article, 'at', possessive or kind of business before it,
 * and not a line of its own ('Ben Kitchen scored', 'Martin Couture, a Quebec businessman', 'went to Brian Fair, the
 * treasurer'; not 'Dinner at Marta Kitchen', "Popeye's Louisiana Kitchen", 'the fashion house Jean Couture', a list's
 * line 'Angelica Kitchen.')
 */
function venueSurnamePerson(ctx: NameContext, v: RunView): boolean {
  const { words, first, last, prevTok, after, start, s } = v;
  if (words.length !== 2 || !VENUE_SURNAMES.has(last) || !ctx.lex.firstNames.has(first.toLowerCase())) return false;
  if (VENUE_CUE_BEFORE.has(prevTok.toLowerCase()) || POSSESSIVE_TOKEN.test(prevTok)) return false;
  // (a line of its own, a list's or a heading's: 'Angelica Kitchen.')
  return !(ctx.doc.clean.slice(s.start, start).trim() === '' && /^\s*[.:]?\s*$/.test(after));
}
const VENUE_SURNAMES = new Set(['Kitchen', 'Couture', 'Pizza', 'Fair']);
const VENUE_CUE_BEFORE = new Set('at the a an this last next annual yearly restaurant restaurants cafe café bakery shop store stores chain label house brand eatery pizzeria diner bistro fair'.split(' '));
const POSSESSIVE_TOKEN = /^['’]s?$/;
/** what says person after a name that ends in a venue's word (step 6's first test): a reporting verb, 'his' or 'her' ('Marta Kitchen said', 'Rosa Pizza and her son') */
const VENUE_PERSON_AFTER = /^\s*(?:,\s*)?(?:(?:said|says|told|added|asked|explained)\b(?!\s+(?:that\s+)?(?:it|its)\b)|(?:and\s+)?(?:his|her)\b)/;
/** a relative's words before a name ('his wife Naina', 'his ex-wife, Lorna': step 7b; resolve.ts reads them too; not 'partner', which firms have too) */
export const KIN_WORDS: readonly string[] = 'wife husband son daughter brother sister mother father uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow widower fiancee fiancée fiance fiancé girlfriend boyfriend stepson stepdaughter stepfather stepmother ex-wife ex-husband ex-girlfriend ex-boyfriend'.split(' ');
const KIN = new Set(KIN_WORDS);
/** relatives in the plural, before a list of their names ('two daughters, Efua and Abena') */
const KIN_PLURAL = new Set('sons daughters brothers sisters children grandchildren grandsons granddaughters nephews nieces cousins stepsons stepdaughters parents'.split(' '));
/** what counts the relatives before a comma: 'a son, Daniel', 'two daughters, Efua and Abena' */
const KIN_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * Step 7b': whether the run at `from` is a relative's name after a comma: a relative's word after a possessive or a
 * count before the comma ('his wife, Janet', 'a son, Daniel', 'two daughters, Efua'), or after 'and', the next of such
 * a list ('Efua and Abena': one capitalised word before 'and', a comma and a relatives' word in the plural before it).
 */
function kinAfterComma(ctx: NameContext, s: Sentence, from: number, to: number, prevTok: string): boolean {
  const toks = ctx.toks;
  const at = (k: number) => (k >= s.tokenStart && k < s.tokenEnd ? toks[k].text : '');
  // (the name alone between the comma and a stop, a comma or 'and': not 'her son, London-based banker Mark Zorvek')
  if (!KIN_NAME_END.has(at(to))) return false;
  // (back over the names of a list before it, one word each: 'Ama, Kofi and Yaw')
  let k = from - 1;
  for (let names = 0; names < 6; names++) {
    if (at(k) === ',') {
      const kin = at(k - 1);
      const owner = at(k - 2).toLowerCase();
      if (KIN.has(kin)) {
        const qualified = kinModifiersStart(toks, s, k - 1);
        const ownerPast = at(qualified - 1).toLowerCase();
        return names === 0 && (POSSESSIVES.has(ownerPast) || ownerPast === 'a' || ownerPast === 'an') && !(qualified < k - 1 && knownOrgAt(ctx, from));
      }
      if (KIN_PLURAL.has(kin)) return POSSESSIVES.has(owner) || KIN_COUNTS.has(owner);
    } else if (at(k) !== 'and' || names > 0) return false;
    if (!isCapitalised(at(k - 1)) || at(k - 2) !== ',') return false;
    k -= 2;
  }
  return false;
}
/**
 * Where the words that qualify a relative's word at token `kin` start, back from it, so that the owner before them
 * counts (steps 7b and 7b'): 'late' of 'his late wife, Marla', 'ex-model' of "Howard's ex-model wife, Sandra", '62 - year
 * - old' of 'his 62-year-old wife'. Up to five tokens of words in lower case of no function word's tag (an adjective,
 * a noun, an adverb, a participle in -ed, a word wink-nlp has no tag for), numbers and hyphens; `kin` for none. Not
 * over 'and', 'of', 'told': 'met her and son, Tom' has no owner.
 */
function kinModifiersStart(toks: readonly Token[], s: Sentence, kin: number): number {
  let k = kin;
  while (k - 1 > s.tokenStart && kin - k < 5 && KIN_MODIFIER.test(toks[k - 1].text) && !POSSESSIVES.has(toks[k - 1].text)) {
    const w = toks[k - 1].text;
    const tag = isHyphen(w) || /^\d/.test(w) ? null : commonTag(w);
    if (tag !== null && !KIN_MODIFIER_TAGS.has(tag) && !(tag === 'VERB' && w.endsWith('ed'))) break;
    k--;
  }
  return k;
}
const KIN_MODIFIER = /^(?:[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*|-)$/u;
const KIN_MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'ADV', 'X', 'UNK']);

/**
 * Whether a gazetteer's organisation or place starts at token `k`: after a relative's word with words that qualify it,
 * no relative's name ("the company's big brother, Microsoft,", "Canada's big brother, America,")
 */
const knownOrgAt = (ctx: NameContext, k: number) => ctx.known.some((c) => (c.type === 'organization' || c.type === 'place') && c.start === ctx.toks[k].start);

/** what ends a relative's name after a comma: a stop, a comma, 'and', a bracket, the sentence's end */
const KIN_NAME_END = new Set(['', '.', ',', ';', 'and', ')']);

/** what owns the relative: 'his wife', "Yeltsin 's wife" */
const POSSESSIVES = new Set(['his', 'her', 'their', "'s", '’s', "'", '’']);
// ... and a personal pronoun's, a speaker's or a writer's too, before a relative or a friend: 'my friend Suraj', 'our son
// Daniel' (step 7b; a friend's only after one of these)
const PRONOUN_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
// a friend's or a colleague's words, which name countries, clubs and firms as often as a relative's do not ('Germany's
// neighbour Poland', 'Our friend Israel', 'Liverpool's neighbour Everton', 'My colleague Reuters reporter Jane Doe')
const FRIEND_WORDS = new Set('friend colleague neighbour neighbor classmate teammate roommate'.split(' '));
/** what stands between a possessive and a friend's word: 'our good friend Leo' (step 7b) */
const FRIEND_ADJECTIVES = new Set('good dear old best close longtime long-time great'.split(' '));
/** a body's or a country's 'its' after a friend's name: 'our good friend Zentrax for its support' (step 7b) */
const ITS_SOON = /^[^.;]{0,30}\bits\b/;
/**
 * Step 7b's friend, after a personal pronoun's possessive (`PRONOUN_POSSESSIVES`; not 'Germany's neighbour'): a name no
 * gazetteer types over any word of it ('our neighbour Mexico', 'your friend Facebook Twitter'), not one common word alone
 * ('your colleague Sign Up'), no person's trade's word after it ('My colleague Reuters reporter Jane Doe')
 */
function friendNamed(ctx: NameContext, from: number, to: number): boolean {
  const { toks } = ctx;
  if (to - from === 1 && isCommonish(ctx.lex, toks[from].text)) return false;
  if (to < toks.length && /^\p{Ll}/u.test(toks[to].text) && commonTag(toks[to].text) === 'NOUN') return false;
  const start = toks[from].start;
  const end = toks[to - 1].end;
  return !ctx.known.some((c) => c.type !== null && c.type !== 'person' && c.start < end && c.end > start);
}
/** what only a person has, after a name and its possessive (step 12a''') */
const PERSON_OWNS =
  /^\s*['’]s\s+(?:wife|husband|son|daughter|brother|sister|father|mother|widow|family|government|administration|cabinet|campaign|presidency|premiership|lawyer|attorney|girlfriend|boyfriend|fianc[eé]e?|children|parents|funeral)\b/;
/** ... and without the possessive after 'the' and the name: 'the Zorvek administration', 'the Zorvek era' (step 12a''') */
const PERSON_ERA_AFTER = /^\s*(?:administration|presidency|premiership|campaign|era)\b/;
/** an apposition that opens with a title, a former one too: 'Zorvek, the former mayor,', 'Zorvek, a senator,', 'Zorvek, director of' (step 12a''': `titleApposition` reads the title) */
const TITLE_APPOSITION = /^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:former|then|veteran|longtime|retired|acting|current)\s+)?/;
/** ... and a copula before a title: 'Zorvek is a professor of economics', 'Zorvek was the mayor of' */
const TITLE_COPULA = /^\s+(?:is|was)\s+(?:a|an|the)\s+(?:(?:former|then|veteran|longtime|retired|acting|current)\s+)?/;
/** ... and what only a firm has, after 'and its' (not after a possessive: "Boatmen's stock", a bank whose name ends in 's) */
const FIRM_OWNS = /^\s*and its\s+(?:shares|stock|shareholders|subsidiary|subsidiaries|founder|co-founder|chief executive|CEO|board of directors|headquarters|parent company)\b/;
/** what only a person has, without the possessive, after a person's name: 'the … family' (step 12g) */
const PERSON_HAS = /^\s*(?:family|clan|government|administration|cabinet|campaign|presidency|premiership|era)\b/;
// the dynasties of China, which news names as families are named ('the Ming dynasty'), no people's surnames there
const CHINESE_DYNASTIES = new Set(['Xia', 'Shang', 'Zhou', 'Qin', 'Han', 'Jin', 'Sui', 'Tang', 'Song', 'Yuan', 'Ming', 'Qing', 'Liao']);
// a taxonomic family's Latin ending ('Rosaceae', 'Felidae'), and a coinage's common word after an inner capital ('MacBook')
const TAXON_FAMILY = /(?:aceae|idae)$/;
const PRODUCT_INSIDE = /^\p{Lu}\p{Ll}+(?:Book|Pad|Phone|Pod|Box|Station|Watch|Pro|Air)$/u;
// a family's word after its name (step 7a'), not a range's ('the Galaxy family of phones')
const FAMILY_AFTER = /^\s*(?:family|clan|dynasty)\b(?!\s+of\b)/;
/**
 * Step 7a': whether `words` before 'family' name people: no common word but a listed surname, no nationality, no acronym,
 * no gazetteer's organisation, and nothing the document writes as a thing after a determiner ('its latest Chromebook',
 * 'a Zorvex'), a product's or a firm's.
 */
function familyPeople(ctx: NameContext, words: readonly Token[], start: number, end: number): boolean {
  const { lex } = ctx;
  if (isAllCapsWord(words[0].text) || !words.every((w) => !lex.qualifiers.has(w.text) && (!isCommon(lex, w.text) || isListed(w.text, lex.lastNames, lex.surnames)))) return false;
  // (nor a Chinese dynasty, a plant's or an animal's family in Latin, nor a product's coinage with a common word inside:
  // 'the Ming dynasty', 'the Rosaceae family', 'the MacBook family')
  const name = words.map((w) => w.text).join(' ');
  if (words.length === 1 && (CHINESE_DYNASTIES.has(name) || TAXON_FAMILY.test(name) || PRODUCT_INSIDE.test(name))) return false;
  if (ctx.known.some((c) => c.type === 'organization' && c.start < end && c.end > start)) return false;
  return !new RegExp(`\\b(?:a|an|its|this|that|their|our|every|each|latest|new)\\s+(?:[\\p{L}\\d$-]+\\s+)?${escapeRegExp(name)}\\b`, 'u').test(ctx.doc.clean);
}
/** a person's people or office after their name, no compound's noun: 'Moon aides said', 'Moon spokesman' (`familyNamed`) */
// (not 'office', 'administration', 'camp', a park's or a camp's as often: 'Park office staff', 'Moon camp residents')
const PERSON_NOUNS_AFTER = new Set('aides aide spokesman spokeswoman spokesperson allies supporters'.split(' '));
const THE = new Set(['the', 'The']);
/** words in lower case after a name that a newspaper's name stands before, one common word too (step 8d: 'Britain's Sun newspaper') */
const MEDIA_CUES = new Set('newspaper newspapers daily weekly magazine tabloid'.split(' '));
/** words in lower case after a name that say it is an organisation's (step 8d), those among them */
const ORG_CUES = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc', 'militia', 'group', 'union', 'unions', ...MEDIA_CUES]);
// place cue words after a name: 'Khojavend district', 'Aghdam village'
const PLACE_AFTER = new Set('district region province village town city county oblast governorate rayon municipality settlement island islands river mountains valley peninsula state suburb neighbourhood neighborhood subdivision township commune canton prefecture parish borough mine oilfield highway'.split(' '));
// ... in the plural after two names joined by 'and' or a list: 'the Ravi and Chenab rivers', 'Oaxaca and Guerrero states'
const PLACE_PLURALS = 'districts regions provinces villages towns cities counties oblasts governorates municipalities settlements rivers valleys states suburbs townships communes cantons prefectures parishes boroughs mines oilfields';
const PLACE_PLURAL_SET = new Set(PLACE_PLURALS.split(' '));
const PLACE_PLURAL_AFTER = new RegExp(`^\\s*(?:,\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s*)*,?\\s+and\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s+(?:${PLACE_PLURALS.replace(/ /g, '|')})\\b`, 'u');
// (a name before the 'and' or the comma: not a list of common nouns, 'shaders, textures, D3D states')
const CONJUNCT_BEFORE = /\p{Lu}[\p{L}'’.-]*(?:\s*,|\s+and)\s*$/u;
/**
 * Whether a kind of places in the plural follows the name ending at token `k` after names, commas and 'and' only: the
 * tokens read before `PLACE_PLURAL_AFTER` cuts into the text ('Ravi and Chenab rivers'; a name before a comma is common)
 */
function pluralPlaceAhead(toks: readonly Token[], k: number, end: number): boolean {
  for (let i = k; i < end && i < k + 12; i++) {
    const w = toks[i].text;
    if (PLACE_PLURAL_SET.has(w)) return true;
    if (w !== ',' && w !== 'and' && !UPPER_FIRST.test(w) && !isJoiner(w)) return false;
  }
  return false;
}
/** a nationality's or a region's adjective of one word (`adjectival`), before a kind of places: 'the Baltic and Nordic states' */
const nationality = (lex: NameFinderLexicons, words: readonly Token[]) => words.length === 1 && adjectival(lex, words[0].text);
// place cue words before a name: 'city of Ganja', 'village of …'
// ... and who lives or governs there, and a bearing from it: 'residents of Zorvabad', 'the mayor of …', 'the streets of …',
// '40 km north of …'
const PLACE_BEFORE =
  /\b(?:city|town|village|province|region|district|capital|republic|island|port|state|outskirts|suburbs?|residents|inhabitants|mayor|governor|streets|centre|center|(?:north|south)(?:-?(?:east|west))?|east|west) of\s*$/i;
// ... of which a settlement's or an area's word, which only a place follows (step 8f, before the person rules)
const SETTLEMENT_OF = /\b(?:town|village|city|hamlet|municipality|commune|parish|district|province|county|island|suburbs?|outskirts) of\s*$/i;
// ... and such words in the plural before names joined by commas and 'and': 'the cities of Quorvia and Talvikovo', 'the
// towns of Zorvabad, Quorvia and Brenzk' (each name after the cue, a comma or 'and' that the names before lead to)
const PLACES_OF_BEFORE = /\b(?:cities|towns|villages|provinces|regions|districts|islands|states|capitals) of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+))*$/u;
// a kind of place in apposition after a name, the kind's noun last: 'Zorvabad, a town 40 km north of the capital', 'Zorvabad,
// the provincial capital,' (not 'Smith, a town councillor')
const PLACE_APPOSITION_AFTER =
  /^\s*,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:town|city|village|district|province|region|port|suburb|capital|hamlet|settlement|county|island|enclave)(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|on|near|north|south|east|west|about|some|around|\d))/u;
// prepositions of location right before a name: 'in Chechnya', 'near Grozny'
const IN_PLACE = /\b(?:in|near|outside|across|throughout|towards?|into)\s*$/i;
// ... and 'to' after a journey's verb or noun: 'flew to Oxford', 'fled to Zorvabad', 'flights to Charlotte' (not 'moved to',
// 'returned to', 'went to': a club, a firm or a school as often), before names joined by 'and' too (`IN_PLACE_AND`: 'flew
// to Paris and Zorvabad')
const JOURNEY_TO = /\b(?:flew|flown|travell?ed|fled|drove|sailed|emigrated|deported|extradited|evacuated|trips?|flights?) to\s*$/i;
// the last of names joined by commas and 'and' or 'or' after such a preposition: 'in Sanaa and Hodeidah', 'in Taiz, Aden
// or Hodeidah' (not before a verb, a clause's subject: 'in Paris and Zorvath said')
const AND_OR_BEFORE = /\s(?:and|or)\s*$/;
// a place's preposition right after a name: the name is another clause's ('Lenovo in China and Aquarius in Russia')
const PLACE_PREPOSITION_AFTER = /^\s+(?:in|at|near|of)\b/;
const isVerbWord = (w: string) => {
  const tag = commonTag(w);
  return tag === 'VERB' || tag === 'AUX';
};
const IN_PLACE_AND = /\b(?:in|near|outside|across|throughout|towards?|into|(?:flew|flown|travell?ed|fled|drove|sailed|emigrated|deported|extradited|evacuated|trips?|flights?) to)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?:\s*,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}){0,4}\s*,?\s+(?:and|or)\s*$/u;
// what is held in a firm: 'stake in', 'shares in', 'interest in', 'investment in', 'holding in', 'dealings in'
const STAKE_IN = /\b(stakes?|shares?|shareholdings?|holdings?|interests?|investments?|ownership|dealings|shareholders|convertible)\s+in(?:to)?\s*$|\b(shares|shareholders|stockholders)\s+of\s*$/i;
const HELD_IN = /^(?:stakes?|shares?|shareholdings?|holdings?)$/i;
// (a firm's shares or a stake in it only, over a gazetteer's small town: not 'Crofters' holdings in Stornoway')
const SHARES_OR_STAKE = /^(?:stakes?|shares)$/i;
/**
 * Whether the gazetteers' candidates of span [start, end) are places and all towns of fewer than 100,000 people, no
 * capital (a market's city is larger: 'shares in Tokyo'): the shares of a firm of that name ('Shares in Pinecrest fell').
 */
function smallTownsOnly(ctx: NameContext, start: number, end: number): boolean {
  let any = false;
  for (const c of ctx.known) {
    if (c.start !== start || c.end !== end) continue;
    if (c.type !== 'place') return false;
    for (const e of c.entries) if (e.kind !== 'city' || (e.population ?? 0) >= 100_000 || e.feature === 'P.PPLC') return false;
    any = true;
  }
  return any;
}

// a firm's shares after its name: 'Bredero shares', 'Pre-Paid common stock', 'Zenith stockholders'
// (not before a number: 'Avg shares 12.3 mln', a results table's average; nor the verb: 'Bligh shares his experience')
const SHARES_AFTER =
  /^\s+(?:(?:common|preferred|ordinary)\s+)?(?:shares|stock|stockholders|shareholders)\b(?!\s+(?:\d|(?:his|her|their|its|my|our|your|the|a|an|this|that|these|those|some|with|how|what|why|when|where)\b))/;
// a film's or a show's title after 'in': 'appeared in Alias', 'his role in Closer', 'to star in Fingersmith'
const WORK_IN = /\b(?:appear(?:s|ed|ing)?|star(?:s|red|ring)?|roles?|performances?|cameo)\s+in\s*$/i;
// surname morphology: -ov/-ova, -ev/-yev, -yan/-ian, -oglu, -zade, -enko, -sky, -ski, -vich, -shvili, -dze
const SURNAME = /(?:[ou]va?|[ey]eva?|y[ae]v|yan|[^aeiou]ian|o[gğ]lu|zad[eə]|enko|sk[yia]|vich|shvili|dze|poulos|escu|ović|ovic|ov|ev|yev|ova|eva)$/u;
// a reporting verb after a given name alone (step 12a''0): 'Joyce said', 'Joyce told reporters', not before 'it', 'its'
const GIVEN_SAID_AFTER = /^\s*(?:said|says|told|added|asked|explained)\b(?!\s+(?:that\s+)?(?:it|its)\b)/;
// a quotation's end and a reporting verb before a name: '…," said Joyce' (`SAID_WORDS` the verb, looked up first)
const SAID_WORDS = new Set(['said', 'says', 'added', 'asked', 'wrote']);
const QUOTE_SAID_BEFORE = /[,.!?]\s*['"’”]\s*(?:said|says|added|asked|wrote)\s+$/;
// 'on' and a date after a post header's writer: ' on July 7, 2012', ' on Tuesday, July 7, 2012'
const POSTED_ON_AFTER = new RegExp(String.raw`^,?\s+on\s+(?:\p{L}+,?\s+)?(?:${MONTHS})\b`, 'u');
// a photo credit's slash and outlets after a name to the sentence's end ('Kellin Bristol/AFP', 'Kellin Bristol / The
// Portvale Times', 'Kellin Bristol/AFP/Getty Images'; not a poll's makers before its words, 'the Portvale University/The
// Zorvex Herald poll showed', nor a division's name, 'the AL East/Wild Card race'), and its opening before one at a
// sentence's start ('Photo: ', 'Photograph by ', 'AP Photo/', 'Image credit: ', 'Photo courtesy of ')
const CREDIT_SLASH_AFTER = /^\s?\/\s?\p{Lu}[^\s/]*(?:(?:\s+|\s?\/\s?|\s+[-–—]\s+)(?:\p{Lu}|of\s|for\s|the\s|via\s)[^\s/]*){0,8}$/u;
const CREDIT_BEFORE = /^(?:\p{Lu}+\s+)?(?:photo(?:graph)?|image|picture|illustration|graphic)s?(?:\s*credit)?(?:\s+(?:by|courtesy(?:\s+of)?)|\s*[:/])\s*$/iu;
// a reporting verb after a name: 'Rustam Muradov said', 'Smith told reporters'
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|asked|wrote|stated|explained|insisted|denied)\b/i;
/**
 * the kinds of band among `FIRM_KINDS` that name the people in it as often, two or more after it: 'the duo Zorvek and
 * Quimby', 'the comedy duo Ant and Dec', 'the trio Zorvek, Quimby and Kellin' (no band's name before 'and' or a comma)
 */
const ENSEMBLE_KINDS = new Set(['duo', 'trio', 'quartet', 'quintet']);
// a kind of firm after an article or a possessive's determiner and at most two words, right before a name: 'the firm ',
// 'a British retailer ', 'the software giant ', and a trade union's, a regulator's, a label's, a band's, bodies named as
// firms are ('the rail union ', "the train drivers' union ", 'telecoms watchdog ', 'rock band ', 'his band ', 'pop duo ',
// 'the jazz trio ')
// (not a possessive: 'the company's chairman John Smith'; nor a plural: 'companies Apple and Zorvex'; nor a word a
// person is called too: 'the film maker Theo van Gogh', 'the money lender Shylock', 'the broadcaster David Dimbleby',
// 'the property developer', 'the aircraft carrier Carl Vinson')
const FIRM_KINDS = [...'firm company group retailer bank insurer brewer refiner carmaker automaker chipmaker drugmaker airline chain conglomerate brokerage manufacturer startup start-up supermarket giant union regulator watchdog label platform charity band agency'.split(' '), ...ENSEMBLE_KINDS];
const FIRM_BEFORE = new RegExp(`\\b(?:the|a|an|his|her|its|their)\\s+(?:[\\p{L}.-]+['’]?\\s+){0,2}?(?:${FIRM_KINDS.join('|')})\\s+$`, 'iu');
// their last tokens, as the token before a name ('start-up' ends in the token 'up')
const FIRM_WORDS = new Set(FIRM_KINDS.map((k) => k.split('-').pop()!));
// a kind of work as the token right before a name: 'film', 'biopic' (not 'play', 'show', 'book', 'single': verbs, or a
// show's host; lower case: 'Comedy Central' is no work's kind)
/** a craft's or a space mission's word after its name (step 8e) */
const CRAFT_AFTER = /^\s+(?:mission|missions|spacecraft|rocket|rover|lander|capsule|orbiter|probe|telescope)\b/;
const WORK_WORDS = new Set('film movie drama biopic comedy thriller documentary musical opera novel album song sitcom'.split(' '));
/** how far before a name `FIRM_BEFORE` reads: an article, two words and the kind of firm ('a British software giant ') */
const FIRM_BEFORE_CHARS = 80;
// a name the run cut at a function word in lower case, which goes on after it ('Anti-war group Stop the War said',
// 'campaign group Friends of the Earth'): no part of it a firm (step 8b)
const NAME_GOES_ON = /^\s+(?:the|of|of the|for|for the)\s+\p{Lu}/u;
// a second name after 'and' where a race's group comes first: its pack of riders or runners, no firm ('In the chasing
// group Ullrich and Basso worked', 'the leading group Kastor and Ndereba'; not 'The German group Zentrax and Volvo
// signed'; step 8b)
const PAIR_AFTER = /^\s+and\s+\p{Lu}/u;
const RACE_GROUP = /^(?:chasing|leading|lead|breakaway|front|main|second|third|trailing|following|pursuing)$/;
// a name opening a clause of its own after such a word: 'the company John Malone built', 'the firm Smith had founded'
// (its verb one that leaves the firm its object: not 'German retailer Promodes is in talks', 'has agreed')
const CLAUSE_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:founded|built|led|leads|heads|headed|runs|run|ran|owns|owned|started|created|formed|established|unveiled|launched|joined|left|set up)\b/;
// a firm's report of what it did: 'Comelf said it almost doubled output'
// (not 'it was', 'it would' ...: a reported clause of anyone's, 'Yeutter said it was a mistake')
// (a day between, as the wires write it: 'Zorvex said on Monday it had lost money', 'told reporters on Tuesday that he')
const SAID_DAY = String.raw`(?:(?:(?:late|early|earlier)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|yesterday\s+|today\s+)?`;
const SAID_IT = new RegExp(String.raw`^\s*(?:said|says|reported|announced|added)\s+${SAID_DAY}(?:that\s+)?it\s+(?!(?:was|is|would|could|might|should|may|must|seemed|seems|appeared|appears)\b)\p{Ll}`, 'u');
// what a name said or reported of its own, a firm's: 'said in its weekly review', 'reported its first loss'
const SAID_ITS = /^\s*(?:said|says|reported|reports|posted|announced)\s+(?:in\s+|on\s+)?its\s+(?:[\w-]+\s+){0,2}?(?:review|report|results?|profits?|loss(?:es)?|sales|revenues?|earnings|shares|network|customers|clients|subscribers|board|subsidiary|unit|bid|offer|statement|filing|stores|plants?|factory|dividend|outlook|guidance|publisher|parent|owner)\b/;
// ... and a body's members, what a union, a party or a club says of them ('Kellmo said its members would strike')
const SAID_ITS_MEMBERS = /^\s*(?:said|says|told|urged|asked|called\s+on)\s+its\s+(?:[\w-]+\s+)?members\b/;
// a report of what 'he' or 'she' did after a name: 'Putin said he would', 'Dole told reporters that she' (not 'it')
// (and 'his' or 'her' after the verb, a person's own as a firm's is 'its': 'Xie said her bank would', 'Redstone said his
// group would')
const SAID_HE = new RegExp(String.raw`^\s*(?:,\s*)?(?:said|says|told\s+\p{L}+|added|insisted|denied|admitted|argued|claimed|acknowledged|conceded|explained|warned)\s+${SAID_DAY}(?:(?:that\s+)?(?:he|she)|his|her)\b`, 'u');
// what a person does before the press, a firm seldom: 'Banharn told reporters', 'Zorvek told a news conference' (eng.train:
// 41 persons before 'told reporters', 'told journalists' or 'told a', one organisation)
const TOLD_PRESS_AFTER = /^\s*(?:,\s*)?told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference)\b/;
// 'who' and a verb in the singular after a name: 'Lundqvar, who founded the firm in 1990,' (not 'who are', 'who were',
// 'who have': a British club's or a band's plural, 'Chelsea, who lead the table')
const WHO_AFTER = /^\s*,\s*who\s+(?:(?:also|then|now|later|once)\s+)?(?:is|was|has|had|said|says|will|would|can|could|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b/u;
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;
// what befalls a person only, after a name: 'Zorvek was born in 1950', 'Zorvek died on Monday', 'Zorvek was elected'
// (not 'appointed', 'charged': firms are too)
const PERSON_EVENT_AFTER = /^\s+(?:(?:was|is)\s+born\b|died\b|(?:was|has\s+been)\s+(?:elected|re-elected|sworn\s+in|arrested|jailed|sentenced|killed|wounded|kidnapped)\b)/;
// an acronym: 'PUK', 'SPLA'; not two letters (mostly a state's or a country's code: 'NY', 'FL', 'HK') nor a Roman numeral ('III')
const ACRONYM = /^(?![IVXLCDM]+$)[A-Z]{3,6}$/;
/**
 * whether the word before token `k` (an opening bracket) is in lower case, a term's last word whose short form the
 * brackets hold: 'mad cow disease (BSE)', 'closed circuit television (CCTV)' (step 12b); not a body's kind: 'Dutch
 * football federation (KNVB)', 'the French lab (AFLD)', 'peace force (IFOR)', 'the rebels (SPLA)'; nor a function word, a
 * pronoun's: 'or they (MTS) will have to raise'
 */
const termBefore = (toks: readonly Token[], k: number) => k > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(toks[k - 1].text) && !BODY_KINDS.has(toks[k - 1].text) && !FUNCTION_POS.has(commonTag(toks[k - 1].text) ?? '');
const BODY_KINDS = new Set([...FIRM_KINDS, ...'federation association agency authority party lab laboratory committee commission council ministry department institute organisation organization body court league alliance coalition movement force forces mission service services unit office bureau exchange government broadcaster police club rebels guerrillas militants insurgents separatists fighters militia army'.split(' ')]);
/** two acronyms a hyphen joins, of merged bodies: 'SAG-AFTRA', 'AFL-CIO' (step 12b) */
const ACRONYM_PAIR = /^[A-Z]{3,6}-[A-Z]{3,6}$/;
/** ... before what only a body does or has: 'SAG-AFTRA said', 'AFL-CIO officials' */
const PAIR_SPEAKS_AFTER = /^\s*(?:said|says|told|announced|spokes(?:wo)?man|spokesperson|officials?|members|leaders?|president|chairman)\b/;
// acronyms that name no organisation, which the acronym rule's contexts still meet ('the GDP figure', 'HIV is', 'the
// LIBOR rate'): economic measures, time zones, units, medicine, finance and computing terms (a hand-written list: no
// packaged lexicon marks acronyms as not names)
const NOT_ORG_ACRONYMS = new Set(
  ('GDP GNP GNI CPI PPI PMI LIBOR EURIBOR SOFR VAT GST IPO ETF EPS ROI ROE CAGR YOY QOQ GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST HIV AIDS DNA RNA SARS MERS COVID PTSD ADHD ICU CEO CFO COO CTO CIO MBA PHD LLC LLP PLC USB GPS SUV PDF URL API FAQ DIY ASAP RSVP OMG LOL AKA TBA TBD KPH MPH RPM KWH BTU BPD ISBN' +
    // computing's and telecoms' terms ('the CPU', 'SEO has', 'HTML is')
    ' HTML CSS XML JSON HTTP HTTPS FTP SQL PHP CPU GPU SSD HDD RAM ROM LED LCD OLED HDMI DVD MP3 MP4 JPEG PNG GIF RSS SMS MMS HDTV DSLR VPN WIFI LTE GSM ISP DNS TCP SDK IDE NFC RFID SEO CRM KPI ATM PIN SIM').split(' '),
);
// what an organisation's acronym is followed by: 'KDP said', "PKK's", 'PUK officials', 'SPLA forces'
const ORG_AFTER = /^\s*(?:['’]s\b|(?:said|says|told|has|had|is|was|will|would|spokesman|spokeswoman|official|officials|leader|leaders|chairman|forces|fighters|guerrillas|rebels|members)\b)/;
// 'the PUK'
const THE_BEFORE = /\bthe\s*$/i;
// a minister's portfolio among the organisation words: before 'Minister' or 'Secretary' it is the title's ('Indonesian
// Energy Minister Subroto', 'Primary Industries Minister John Kerin'), no organisation
const PORTFOLIOS = new Set('Energy Oil Petroleum Gas Industries Telecom Media Communications Mining'.split(' '));
const MINISTER = /^(?:Minister|Ministers|Secretary)$/;
/**
 * A name's last word is an organisation word that makes it one, given the word after it: not a trade's before a word
 * naming the trade ('the U.K. Chemical industry'), nor a portfolio before a minister's title ('Energy Minister').
 */
const endsInOrgWord = (last: string, next: string) => ORG_WORDS.has(last) && !((TRADE_WORDS.has(last) || (SERVICE_NOUNS.has(next) && commonTag(last) === 'ADJ')) && SECTOR_NOUNS.has(next)) && !(PORTFOLIOS.has(last) && MINISTER.test(next));
// (an adjective of a field before these is the field's, no name's end: 'the U.K. Financial services group Prudential')
const SERVICE_NOUNS = new Set(['services', 'industry', 'industries', 'sector', 'sectors']);

/**
 * Whether a word in camel case is a product's or a firm's coinage ('in VMotion', 'on PhotoShop', 'in EarthKAM'), not a
 * place's name, whose inner capital follows a surname's or a town's prefix (`NAME_PREFIXES`: 'McAllen', 'MacArthur',
 * 'DeKalb', 'LaGrange') or one or two small letters, a district's as often ('SoHo', 'NoHo', 'NoLIta')
 */
const camelProduct = (w: string) => CAMEL_PRODUCT.test(w) && !SHORT_HEAD_CAMEL.test(w) && !NAME_PREFIXES.has(w.match(/^\p{Lu}\p{Ll}*/u)![0]);
const CAMEL_PRODUCT = /^(?:\p{Lu}*\p{Ll}+\p{Lu}|\p{Lu}{2}\p{Ll})/u;
const SHORT_HEAD_CAMEL = /^\p{Lu}\p{Ll}{1,2}\p{Lu}/u;
// an acronym's plural, a thing's ('in PCs', 'in IDNs', 'in DVDs'), not a place
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;
// a place's or a site's word after a name ('in Gulf waters', 'in Jutland areas', 'in Soweto township', 'in Adel prison', 'into Bagram
// military airbase'), besides PLACE_AFTER's
const AREA_NOUNS = new Set('waters coast coastline shore shores border borders airspace area areas township townships suburb suburbs neighbourhood neighborhood streets prison jail mosque church temple cathedral airbase base airport field fields oilfield oilfields port harbour harbor camp camps plant refinery mine military'.split(' '));
/**
 * The word after a name makes it a modifier, a thing's or a firm's name before a noun, not a place: a common noun or
 * an adjective in lower case ('in Allied assets', 'in Glaverbel applications', 'in Community milk output', 'in
 * Cyclops common stock'), not a place's word ('in Jutland areas').
 */
function modifiesNoun(next: string): boolean {
  if (!/^\p{Ll}+$/u.test(next) || PLACE_AFTER.has(next) || AREA_NOUNS.has(next) || WHEN_WORDS.has(next)) return false;
  const tag = commonTag(next);
  return tag === 'NOUN' || tag === 'ADJ';
}

// adjectives that open when something happened after the name, no noun it modifies: 'in Gaza last week', 'in London
// overnight' (not 'early', 'late': 'in Quimbar early trading')
const WHEN_WORDS = new Set(['last', 'next', 'earlier', 'later', 'overnight']);

// names of God, which the place-preposition rule met as places ('believe in God'; FakeNewsNet: 'God' 12, 'Allah' 7)
const DEITIES = new Set(['God', 'Allah', 'Jesus', 'Christ']);
// a company officer's title after a name: 'Cofinec CEO', 'Pirelli chairman', 'Nokia chief executive'
const CORPORATE_TITLE_AFTER = /^\s*(?:['’]s\s+)?(?:CEO|COO|CFO|chairman|chairwoman|chairperson|chief executive|chief financial officer|chief operating officer|managing director|general manager|founder|co-founder|cofounder)\b/i;
// … and 'chair' before the officer's name, no possessive between: 'MTA chair Janno Lieber' (not furniture: 'the
// Captain's chair', 'the loopy Re-Trouvé chair.')
const CHAIR_BEFORE_NAME = /^\s*chair\s+\p{Lu}\p{Ll}/u;
// a listed firm's exchange and ticker in brackets after its name: 'Zorvex (NYSE: ZRV)', 'Zorvex Inc. (Nasdaq:ZRVX)'
const TICKER_AFTER = /^\s*\(\s*(?:NYSE|NASDAQ|Nasdaq|AMEX|NYSEAMERICAN|LSE|LON|TSX|TSXV|ASX|HKEX|SEHK|SGX|NSE|BSE|TYO|TSE|FRA|ETR|XETRA|EPA|BIT|SIX|OTC|OTCQB|OTCQX|OTCMKTS)\s*:\s*[A-Z][A-Z0-9.]{0,6}\s*\)/;
// … and before it with 'of': 'acting chief executive officer of Petofi', 'the board of directors of Zenith' (not
// 'president of', 'director of', which name countries and agencies as often)
const CORPORATE_TITLE_OF = /\b(?:CEO|COO|CFO|chairman|chairwoman|chief executive(?:\s+officer)?|chief financial officer|chief operating officer|managing director|general manager|board of directors|shareholders|stockholders)\s+of\s+$/i;
// … and a vice president's, a CTO's or a founder's title and 'of', or any of them and a director's of a department and
// 'for' (step 12e'): 'co-founder of ', 'vice president of business development for ' (the text before the name read up
// to 60 characters; 'for' only after a department: not 'best director for Scorsese', an award's; not 'president', a
// country's as often: 'the president of Kellibrand', step 12e)
// ('director of' alone only where the name is an acronym or a coinage, `DIRECTOR_OF`: a film's director as often,
// 'director of Jaws')
const OFFICER_OF = /\b(?:(?:director|vice[- ]president|chief technology officer|CTO|founder|co-founder)\s+of(?:\s+\p{Ll}+){1,3}\s+for|(?:vice[- ]president|chief technology officer|CTO|founder|co-founder)\s+of)\s+$/u;
const DIRECTOR_OF = /\bdirector\s+of\s+$/;
// (a capital after the first's letter or two: 'GfK', 'EdF')
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{0,2}\p{Lu}/u;
// a party's initial and a US state, in brackets or between commas: '(D-Nev.)', '(R-WI)', '(D-New York)', ', R-Kan.,' (not 'D-Day')
// (or at the sentence's end, where a split after 'N.Y.' cut it: '(D-N.Y.')
const PARTY_STATE = /^\s*[(,]\s*[DRI]\s?[-–‐‑]\s?(?!Day\b)(?:\p{Lu}\p{Ll}{1,12}\.?(?: \p{Lu}\p{Ll}{1,12}\.?)?|\p{Lu}\.?\p{Lu}\.?)\s*(?:[),]|$)/u;
// an age after a name: 'Elmir Ganbarov, 24,'
const AGE_AFTER = /^\s*,\s*\d{1,2}\s*,/;
const MONTHS_DAYS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun'.split(' '),
);
// a day of a month: '2' of 'MARCH 2'
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])$/;
// a courtesy title: 'Mr' of 'Mr Mates'
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord|Baroness|Baron|Viscount|Viscountess|Countess)\.?$/;
/** a courtesy title ('Mr', 'Mrs.', 'Dr'), which says nothing of an office */
export const isHonorific = (word: string) => HONORIFIC.test(word);
// an initial: 'J.' of 'J. Russell'
const INITIAL = /^\p{Lu}\.$/u;
// two or three of them, one token: 'J.D.' of 'J.D. Vance' (not a country's or a state's, 'U.S.', 'N.Y.': step 12c and
// the document pass ask the lexicon and the gazetteers; nor before a common word of either lexicon, 'D.C. Circuit')
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
// verbs that open a sentence as a bare imperative, mostly on web pages ('Watch ABC News', 'Read Reuters Breakingviews')
const IMPERATIVES = new Set('Watch Read Listen Subscribe Follow Join Sign Download Visit Contact Call Email Buy Shop See Click Get Try Add Ask Meet Share Like Tweet Send Learn Find Discover Explore Check Tap Register Support Donate Vote'.split(' '));
// ordinary words that are capitalised only because they open a sentence
const SENTENCE_OPENERS = new Set('The A An This That These Those It He She They We I You His Her Their Our Its But And Or If When While After Before As In On At By For From With Without Although Though Once Since Until Unless Because Whether Despite According Following Back Separately Meanwhile However Also Then So Yet Still Some Many Most All Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Here There What Who Why How Where Yesterday Today Tomorrow Tonight Earlier Later Last Next Now Former Ex Acting Outgoing Incoming Interim'.split(' '));
// and a news story's epithets before a firm's or a team's name, which open no name: 'Rival Kroger said', 'Struggling
// Zorvex Motors cut jobs', 'Embattled Zorvex Bank' (not 'Advanced Medical Corp', 'United Airlines': names' own words)
for (const w of 'Rival Rivals Struggling Embattled Troubled Beleaguered Ailing Bankrupt Stricken Disgraced Defunct Fellow Defending Reigning'.split(' ')) SENTENCE_OPENERS.add(w);

// the words after 'Getty' in the names of its firm, trust and museums (step 2b), run into the next word too ('Getty
// ImagesAfter the attacks')
const GETTY_NAMES = /^(?:Images?|Cent(?:er|re)|Museum|Villa|Oil|Trust|Foundation|Research|Institute|Conservation|Family|Collection)/;

// given names of the lists that open a sentence as a verb, an adverb or a modal far more often: 'Said Williams, the
// coach, …' (the reporting verb before its speaker), 'Even Q said', 'May Allah have mercy'
const NOT_GIVEN_OPENERS = new Set(['Said', 'Even', 'May']);

// Per-token tests with an ASCII fast path (hand-written: they run for every token of every
// document); a string with any other character goes to the Unicode regex, so results are the same.

const SPACE = /\s/u;
/** `/\s/u` for one UTF-16 code unit */
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
/** the end of `text[from, to)` once trailing whitespace is cut */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}
// mid-sentence, a capitalised word is part of a name whatever its tag ('Caspian Shipping/VERB Agency');
// sentence-initially only a PROPN tag counts
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM', 'NUM']);
// 'Bergamo-based', 'Kremlin-backed': an adjective, not a name
// ... nor a pronoun run together with a verb, as the tagger reads a typographic apostrophe: 'I’m', 'It’s' ('London I’m off'
// was a person, and every 'I’m' of the page that person)
const isProperish = (t: Token, sentenceInitial = false) =>
  isCapitalised(t.text) &&
  !(hasHyphen(t.text) && ADJ_SUFFIX.test(t.text)) &&
  (t.pos === 'PROPN' || nonEnglishAux(t) || (!sentenceInitial && !FUNCTION_POS.has(t.pos) && hasLower(t.text))) &&
  !pronounContraction(t.text);
/**
 * A word wink-nlp tags an auxiliary that is no English one, a name's word wherever it stands: its lexicon, read from web
 * text, has German's article 'das' as AUX, so 'Governor Shaktikanta Das said' lost its surname (a name of Bengal and
 * Odisha) and 'Das added' was no name. Not the halves of "can't", "won't", "ain't" the tokenizer cuts off ('Ca', 'Wo',
 * 'Ai' before "n't"), nor a clitic's letters ('Re' of 'P.Re.').
 */
const nonEnglishAux = (t: Token) => t.pos === 'AUX' && TITLE_CASE_WORD.test(t.text) && !ENGLISH_AUX.has(t.text.toLowerCase());
/** a capital and small letters only ('Das', 'Sheriff'; not 'P.Re', 'ICI') */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** `TITLE_CASE_WORD.test(w)`, with an ASCII fast path (`casedNames` asks it of every token of a document). */
function titleCaseWord(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const c0 = w.charCodeAt(0);
  if (c0 >= 128) return TITLE_CASE_WORD.test(w);
  if (c0 < 65 || c0 > 90) return false;
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return TITLE_CASE_WORD.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const ENGLISH_AUX = new Set('am is are was were be been being have has had having do does did done will would shall should can could may might must ought need dare cannot ca wo ai aint dont doesnt didnt isnt wont re ve ll'.split(' '));
const PRONOUN_CONTRACTION = /^(?:I|It|He|She|We|They|You|That|There|Here|What|Who|Where|Let)['’](?:m|s|ll|ve|d|re)$/;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
/** `PRONOUN_CONTRACTION`, tested only on a short word with an apostrophe before its last one or two letters (isProperish runs for every capitalised word) */
function pronounContraction(w: string): boolean {
  const n = w.length;
  if (n < 3 || n > 8 || (!isApostrophe(w.charCodeAt(n - 2)) && !isApostrophe(w.charCodeAt(n - 3)))) return false;
  return PRONOUN_CONTRACTION.test(w);
}
/** has '-', '‐' or '‑' (ADJ_SUFFIX needs one: most words skip the regex) */
function hasHyphen(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}
const ADJ_SUFFIX = /[-‐‑]\p{Ll}+$/u;
/** lower-case words inside a name ('Ludwig van Beethoven', 'Osama bin Laden', 'Aravinda de Silva', 'Oscar de la Hoya', 'Erik ten Hag', 'Rhun ap Iorwerth') */
const PARTICLES = new Set('de da dal del della der des di dos das du la le van von vom den ten ter zu bin bint ibn al el wa ap'.split(' '));
const isAllCapsWord = (w: string) => w.length > 1 && hasLetter(w) && !hasLower(w);
/** the particles of Dutch and German surnames that open them ('van', 'von', 'ten'; 'der', 'den' may follow: `PARTICLES`) */
const GERMANIC_PARTICLES = new Set(['van', 'von', 'ten', 'ter', 'vom', 'zu']);
/** Whether a run is a given name or listed given names, a Dutch or German particle or two and one surname (step 10b): 'Ruud van Nistelrooy', 'Pieter van den Hoogenband'. */
function germanicParticleName(lex: NameFinderLexicons, words: readonly Token[]): boolean {
  let p = 1;
  while (p < words.length - 1 && !GERMANIC_PARTICLES.has(words[p].text)) p++;
  if (p >= words.length - 1) return false;
  for (let k = p + 1; k < words.length - 1; k++) if (!PARTICLES.has(words[k].text)) return false;
  const last = words[words.length - 1].text;
  if (!/^\p{Lu}\p{Ll}/u.test(last)) return false;
  // (one given name no list need have; two or more, each a listed one: 'Subtitute Robin van Persie', a misspelt word
  // before the gazetteer's name, had been a person of its own)
  for (let k = 0; k < p; k++) {
    const w = words[k].text;
    if (!/^\p{Lu}\p{Ll}/u.test(w) || (isCommonish(lex, w) && !isListed(w, lex.firstNames, lex.givenNames)) || (p > 1 && !isListed(w, lex.firstNames, lex.givenNames))) return false;
  }
  return true;
}
const APOSTROPHE_S = /^['’]s$/;

/**
 * The id stem of a name the project mints an id for: lower-case ASCII letters and digits between hyphens, any
 * script transliterated by `any-ascii` (a table per Unicode block: 'Søren Kierkegaard-Ås' -> 'soren-kierkegaard-as',
 * 'Łukasz' -> 'lukasz', 'Владимир Путин' -> 'vladimir-putin'), so that an id is the same whether an outlet wrote a
 * name's letters or their ASCII spelling; the apostrophes the tables write for a sign of softness or a glottal stop
 * are dropped ('Зеленський' -> 'zelenskiy', not 'zelens-kiy'), a name's own apostrophe parts words ("O'Brien",
 * 'O’Brien' -> 'o-brien'); initials with periods are one word ('J.D. Vance' -> 'jd-vance', `INITIAL_BEFORE_INITIAL`).
 */
export function slug(name: string): string {
  const ascii = ASCII.test(name) ? name : name.replace(WORD_RUN, (word) => anyAscii(word).replace(/'/g, ''));
  return (ascii.includes('.') ? ascii.replace(INITIAL_BEFORE_INITIAL, '$1') : ascii)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
// an initial with its period before another ('J.D.', 'J. D.', 'U.S.'): the initials are one word of the id, as an outlet
// that writes them without periods has them ('J.D. Vance', 'JD Vance' -> 'jd-vance'; 'U.S. Steel', 'US Steel' ->
// 'us-steel'); one initial before a name stays a word ('John F. Kennedy' -> 'john-f-kennedy')
const INITIAL_BEFORE_INITIAL = /(?<![A-Za-z0-9])([A-Za-z])\. ?(?=[A-Za-z]\.)/g;
/** a word's letters, marks and digits: what the tables transliterate (a typographic apostrophe or dash between words parts them as ASCII's does) */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

const NONE: readonly string[] = [];
interface RoleIndex {
  /** the roles by their last word (`wordTailStart`: 'General' of 'Colonel General'; '' of 'Lt. Gen.'), in `roles`' order */
  readonly byTail: Map<string, string[]>;
  /** the roles by their first word ('chief' -> 'chief executive', 'chief of staff', …): `rolesStartingAt` */
  readonly byFirst: Map<string, string[]>;
  readonly all: ReadonlySet<string>;
  /** an empty role matches any text: then every role is tried */
  readonly empty: boolean;
  /** the longest role, in UTF-16 code units */
  readonly maxLength: number;
}
const roleIndexes = new WeakMap<readonly string[], RoleIndex>();
function roleIndex(roles: readonly string[]): RoleIndex {
  let index = roleIndexes.get(roles);
  if (!index) {
    const byTail = new Map<string, string[]>();
    const byFirst = new Map<string, string[]>();
    for (const r of roles) {
      const tailWord = r.slice(wordTailStart(r, 0, r.length));
      const list = byTail.get(tailWord);
      if (list) list.push(r);
      else byTail.set(tailWord, [r]);
      const first = FIRST_WORD.exec(r)?.[0] ?? r;
      const starting = byFirst.get(first);
      if (starting) starting.push(r);
      else byFirst.set(first, [r]);
    }
    index = { byTail, byFirst, all: new Set(roles), empty: roles.includes(''), maxLength: roles.reduce((m, r) => Math.max(m, r.length), 0) };
    roleIndexes.set(roles, index);
  }
  return index;
}
const roleWordSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** a role's first word, and the word at a place in a text that a role there would open with ('U.S.' of 'U.S. Attorney') */
const FIRST_WORD = /^[\p{L}.'’-]+/u;

/** The roles that may start at `pos` in `text`: those whose first word is the word there (every role where one is empty). */
function rolesStartingAt(text: string, pos: number, roles: readonly string[]): readonly string[] {
  const index = roleIndex(roles);
  return index.empty ? roles : (index.byFirst.get(FIRST_WORD.exec(text.slice(pos, pos + 32))?.[0] ?? '') ?? NONE);
}

/** Longest role phrase that the text ends with (`… Colonel General ` -> `Colonel General`). */
export function roleBefore(text: string, roles: readonly string[]): string | null {
  return roleEndingAt(text, 0, text.length, roles);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** `WORD_CHAR.test` of one UTF-16 code unit (a letter or a digit of A-Z, a-z, 0-9 without the regex) */
const isWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && WORD_CHAR.test(String.fromCharCode(c)));
/** where the last word of `text[from, to)` starts: the code units of `WORD_CHAR` at its end ('General' of 'Colonel General'; none after 'Gen.') */
function wordTailStart(text: string, from: number, to: number): number {
  while (to > from && isWordUnit(text.charCodeAt(to - 1))) to--;
  return to;
}

/**
 * `roleBefore(text.slice(from, to), roles)` without copying the slice (it runs
 * for every name found, on the sentence up to the name).
 */
export function roleEndingAt(text: string, from: number, to: number, roles: readonly string[]): string | null {
  // trailing spaces and commas are cut: 'Lieutenant General, '
  let e = to;
  while (e > from) {
    const c = text.charCodeAt(e - 1);
    if (c !== 44 && !isSpaceCode(c)) break;
    e--;
  }
  const length = e - from;
  let best: string | null = null;
  const index = roleIndex(roles);
  // only roles whose last word is the text's can match (same order as `roles`, so ties resolve the same): a role that
  // ends the text opens it or follows a code unit that is no `WORD_CHAR`, so the text's last word is the role's ('Colonel
  // General' and 'General' of '… Colonel General'; '' of '… Lt. Gen.')
  const candidates = index.byTail.get(text.slice(wordTailStart(text, from, e), e)) ?? NONE;
  for (const r of index.empty ? roles : candidates) {
    if (r.length <= length && text.startsWith(r, e - r.length) && (length === r.length || !WORD_CHAR.test(text[e - r.length - 1])) && (!best || r.length > best.length)) best = r;
  }
  // a lower-case role capitalised because it opens the sentence: 'Soldier Emin Aliyev was wounded'
  // (lower-casing one code unit never shortens it: a text longer than every role is none)
  if (!best && length > 0 && length <= index.maxLength && index.all.has(text[from].toLowerCase() + text.slice(from + 1, e))) best = text.slice(from, e);
  // a prefix joined to the title by a hyphen is the title's: 'Co-Premier', 'Vice-Premier', 'ex-President' (a vice
  // premier is no premier)
  if (best) {
    const at = e - best.length;
    const prefix = at - from >= 3 ? TITLE_PREFIX.exec(text.slice(Math.max(from, at - 6), at)) : null;
    if (prefix && (at - prefix[0].length === from || !WORD_CHAR.test(text[at - prefix[0].length - 1]))) best = prefix[0] + best;
  }
  return best;
}
/** prefixes joined to a title by a hyphen ('Co-Premier', 'ex-President'), in either case at its end of a text */
const TITLE_PREFIXES = ['Co', 'Ex', 'Vice'];
const TITLE_PREFIX = new RegExp(`(?:${TITLE_PREFIXES.flatMap((p) => [p, p.toLowerCase()]).join('|')})[-‐‑]$`);
/** a subject pronoun or a modal at the end of a text: what makes the role word after it a verb */
const VERB_BEFORE = /(?:^|\s)(?:I|we|you|they|he|she|will|would|can|could|should|must|may|might)$/;

/** Whether the role that ends right before `at` in `text` (spaces and commas between) follows `VERB_BEFORE`: a verb. */
function verbRole(text: string, from: number, at: number, role: string): boolean {
  return VERB_BEFORE.test(beforeRole(text, from, at, role, 12).trimEnd());
}
/**
 * Whether the role that ends right before `at` follows 'best' (and a word of an award's category): an award's category,
 * not a title, and the name after it the award's ('the best actress Oscar', 'best supporting actor Bafta')
 */
function awardRole(text: string, from: number, at: number, role: string): boolean {
  return AWARD_BEFORE.test(beforeRole(text, from, at, role, 24));
}
const AWARD_BEFORE = /\bbest(?:\s+(?:supporting|leading|new|original|female|male|foreign|international))?\s+$/i;
/** The `n` characters before the role that ends right before `at` in `text` (spaces and commas between). */
function beforeRole(text: string, from: number, at: number, role: string, n: number): string {
  let e = at;
  while (e > from && (isSpaceCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 44)) e--;
  const roleStart = e - role.length;
  return text.slice(Math.max(from, roleStart - n), roleStart);
}
/** a title's word with such a prefix, one token: 'Co-Premier' */
const PREFIXED_TITLE = new RegExp(`^(?:${TITLE_PREFIXES.join('|')})[-‐‑](\\p{Lu}.*)$`, 'u');

interface Run {
  from: number; // token index, inclusive
  to: number; // exclusive
}

/** A name found by a rule, before the document-level pass. */
interface Found {
  readonly sentence: Sentence;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  type: EntityType | null;
  rule: string;
  confidence: number;
  role: string | null;
  /** from an ALL-CAPS headline: typed only by what the body says */
  readonly caps: boolean;
  /** overlap-rule priority when a strong context rule must beat a gazetteer on the same span */
  readonly priority?: number;
}

/**
 * ALL-CAPS line: most words in capitals (`CRICKET - LEICESTERSHIRE TAKE OVER
 * AT TOP`). Its capitals say nothing about names.
 */
function isCapsLine(toks: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!hasLetter(toks[i].text)) continue;
    words++;
    if (isAllCapsWord(toks[i].text)) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}

/**
 * Not prose: mostly symbols (`| Home | News | Sport |`), a menu or a rule line rather than a sentence:
 * fewer than half the tokens have a letter or digit (computed inline in `sentenceNames`, with `isCapsLine`).
 */

/** What the steps below share while they read one document. */
interface NameContext {
  readonly doc: SplitDocument;
  readonly toks: readonly Token[];
  readonly lex: NameFinderLexicons;
  /** the words of the roles: 'Lieutenant', 'General' */
  readonly roleWords: ReadonlySet<string>;
  /** an organisation's word that opens a role only before the role's next word (`roleLeadsOf`): 'Police' of 'Police Chief' */
  readonly roleLeads: ReadonlyMap<string, ReadonlySet<string>>;
  /** what the rules found, in text order */
  readonly found: Found[];
  /** words the document writes only as names (`casedNames`), worked out when a step first asks */
  cased: ReadonlySet<string> | null;
  /** words the document writes only as names, or once as the second of two (`surnamesNamed`), worked out with `cased` */
  surnamesNamed?: ReadonlySet<string>;
  /** pairs of title-case words the document writes inside a sentence as a run of their own (`pairsNamed`), worked out when first asked */
  pairsNamed?: ReadonlySet<string>;
  /** capitalised words the document writes after an article ('the Bill', 'the Earl'), worked out with `cased` */
  articled?: ReadonlySet<string>;
  /** family names before a given name of two syllables joined by a hyphen, never in lower case, no other surname ('Moon' of 'Moon Jae-in'), worked out with `cased` */
  familyNamed?: Set<string>;
  /** where the place the sentence being typed opens with, as a dateline, ends (`datelinePlaceEndOf`; its tokenStart: none) */
  datelineEnd: number;
  /** the indexes of the sentences that are headlines in title case (step 3b), where one is */
  titleLines: Set<number> | null;
  /** whether the document abbreviates another month ('Feb', 'Dec': a market report's contract months), when first asked */
  monthAbbreviations?: boolean;
  /** `isSportsReport` of the document, when a step first asks (the results line's rule, steps 15, 15b and 17b) */
  sports?: boolean;
  /** whether a sentence of the document is a squad list of four entries or more (`squadListNames`), when first asked */
  squadLists?: boolean;
  /** whether the document says a network of `NETWORK_WORDS`' word is one (`networkCued`), when first asked */
  network?: boolean;
  /** the document's text in lower case, made once where asked (`commonHeadlineRun`) */
  lowerText?: string;
  /** the gazetteers' candidates (`findNames`' `known`) */
  readonly known: readonly Candidate[];
  /** where the gazetteers' broadcasters start ('BBC'), for a channel's number after one (`channelNumberAfter`), when first asked */
  broadcasters?: ReadonlySet<number>;
  /** the initials of the gazetteers' organisations the document names in full (`namedOrgInitials`), when first asked */
  knownInitials?: ReadonlySet<string>;
  /** the abbreviations the document defines (`definitionsOf`), when first asked */
  definitions?: readonly Definition[];
  /** their short forms, when first asked (`initialsOfKnown`) */
  definedShorts?: ReadonlySet<string>;
}

/**
 * Finds names. `known` are candidates from other taggers (the gazetteers):
 * they seed the document-level pass, so `Surrey` typed by a gazetteer once
 * types an unknown `Surrey` elsewhere in the document.
 *
 * The steps are top-level functions over a `NameContext` rather than
 * closures in this function: V8 optimises a function as a whole, and this
 * one, with its steps inside, was compiled 11-13 times on the 20 MB bench
 * corpus, at 36-88 ms a compile, as documents reached branches it had
 * not seen (`--trace-opt`).
 */
export function findNames(doc: SplitDocument, lex: NameFinderLexicons, known: readonly Candidate[] = []): Candidate[] {
  const ctx: NameContext = { doc, toks: doc.tokens, lex, roleWords: roleWordsOf(lex.roles), roleLeads: roleLeadsOf(lex.roles), found: [], cased: null, datelineEnd: -1, titleLines: null, known };
  for (const s of doc.sentences) sentenceNames(ctx, s);
  return documentPass(ctx, known);
}

// a name's last word that a headline's run of a common noun keeps a name's: 'Freedom Party Surges', 'Coast Guard Rescues'
const HEADLINE_NAME_WORDS = new Set(['Party', 'Guard']);
/**
 * Whether a headline's run is two common words, a noun or a gerund and an organisation's word, that the document
 * writes nowhere after the headline: a field's name, no body's (step 6: 'Health Insurance', 'Needing Insurance',
 * 'Church Congregation'; not an adjective first, 'General Motors', 'Standard Pacific Savings', nor a longer name, 'Franklin Insured
 * Tax-Free Income Fund', nor an acronym's, 'FISA Court', nor a party's or a guard's, 'Freedom Party Surges', 'Coast
 * Guard Rescues'; the story's text read in lower case: 'the coast guard said').
 */
function commonHeadlineRun(ctx: NameContext, words: readonly Token[], end: number): boolean {
  if (words.length !== 2 || isAllCapsWord(words[0].text) || HEADLINE_NAME_WORDS.has(words[1].text)) return false;
  const tag = commonTag(words[0].text);
  const run = `${words[0].text} ${words[1].text}`.toLowerCase();
  return (tag === 'NOUN' || (words[0].text.endsWith('ing') && tag !== 'PROPN' && tag !== 'ADJ')) && isCommon(ctx.lex, words[1].text) && !ctx.lex.known.has(run) && (ctx.lowerText ??= ctx.doc.clean.toLowerCase()).indexOf(run, end) < 0;
}

/**
 * Step 1': a team sheet's players are persons, each entry and each substitute in brackets one ('Dudek, Finnan,
 * Carragher, Traore (Biscan 67), Luis Garcia', 'Subs Not Used: Pellegrino, Carson.', 'R Russell, B Douglas, N Hines,
 * J Dunbar'), whatever else a gazetteer calls the name ('Holland', 'Given', 'Young' are players there): the sheet's
 * shape is the evidence (`teamSheetNames`, the test by which the cleaner kept the line). Whether `s` is one; its
 * players pushed to `found`, and the side's name in a label before them typed as any run.
 */
function teamSheet(ctx: NameContext, s: Sentence): boolean {
  const text = ctx.doc.clean.slice(s.start, s.end);
  const sheet = teamSheetNames(text);
  if (!sheet) return false;
  // (few of its names a gazetteer's places or organisations, one at most or a quarter: 'Holland', 'Poole' are players
  // there, but a list of clubs, countries or towns with figures in brackets is no sheet, 'Henry (Arsenal 25), …')
  let known = 0;
  for (const n of sheet.names) {
    const start = s.start + n.start;
    const end = s.start + n.end;
    if (ctx.known.some((c) => (c.type === 'place' || c.type === 'organization') && c.start < end && c.end > start)) known++;
  }
  if (known >= 2 && known * 4 > sheet.names.length) return false;
  const toks = ctx.toks;
  let k = s.tokenStart;
  // (the side's name in the label before it, typed as any run: 'Man City: James, Mills, …')
  if (sheet.side) {
    while (k < s.tokenEnd && toks[k].end <= s.start + sheet.side.end) k++;
    if (k > s.tokenStart) typeRun(ctx, s, { from: s.tokenStart, to: k }, false);
  }
  pushSpans(ctx, s, sheet.names, 'person', 'team-sheet');
  return true;
}

/** The spans of a sentence's list (offsets into the sentence, in order) pushed to `found` as names of `type`, each by its tokens. */
function pushSpans(ctx: NameContext, s: Sentence, spans: readonly { start: number; end: number }[], type: EntityType, rule: string): void {
  const toks = ctx.toks;
  let k = s.tokenStart;
  for (const n of spans) {
    const start = s.start + n.start;
    const end = s.start + n.end;
    while (k < s.tokenEnd && toks[k].start < start) k++;
    const from = k;
    while (k < s.tokenEnd && toks[k].end <= end) k++;
    if (k === from || toks[from].start !== start || toks[k - 1].end !== end) continue;
    ctx.found.push({ sentence: s, from, to: k, start, end, name: ctx.doc.clean.slice(start, end), type, rule, confidence: 0.7, role: null, caps: false, priority: -1 });
  }
}

/**
 * Step 1'': a sports report's squad list, each player's club in brackets after his name ('J Marlow (Port Vale, capt);
 * R Quennell (Kellmore Rovers), …', `squadListNames`): the players persons, the clubs organisations, of two words too
 * ('Kellmore Rovers', whose town alone a gazetteer has), after 'The' ('The Borders'); a nation in brackets is the
 * player's nationality, its place stands. Whether `s` is one.
 */
function squadList(ctx: NameContext, s: Sentence): boolean {
  // (a line of fewer entries of the shape where the document has a list of four or more: an athletics team's events, a
  // line each, 'J Pesce (Zorvex Harriers), K Lykke (Dunmore AC).')
  // (the document's sentences read once, and only for a sentence of that shape)
  const text = ctx.doc.clean.slice(s.start, s.end);
  let list = squadListNames(text);
  if (!list && (list = squadListNames(text, 1)) && !(ctx.squadLists ??= ctx.doc.sentences.some((t) => squadListNames(ctx.doc.clean.slice(t.start, t.end)) !== null))) list = null;
  if (!list || !(ctx.sports ??= isSportsReport(ctx.doc.clean))) return false;
  const clean = ctx.doc.clean;
  const knownAt = (c: { start: number; end: number }) => ctx.known.filter((k) => k.start === s.start + c.start && k.end === s.start + c.end);
  const nation = (c: { start: number; end: number }) => knownAt(c).some((k) => k.type === 'place' && isNation(clean.slice(k.start, k.end), k.entries.map((e) => e.kind)));
  // (a list of nations in brackets, a quarter of them or more, is of the players' countries, its other words their
  // abbreviations: 'J Pesce (Zorvania), R Quennell (SA), M Tolland (Aus, capt)'; its names are read as any sentence's)
  // (and a bracket's one word of two or three letters is a nation's abbreviation, the player's country: '(NZ)', '(Aus,
  // capt)'; no club of the BBC's squad lists is so short)
  const abbreviation = (c: { start: number; end: number }) => c.end - c.start <= 3;
  const nations = list.clubs.filter((c) => abbreviation(c) || nation(c)).length;
  if (nations * 4 >= list.clubs.length) return false;
  pushSpans(ctx, s, list.names, 'person', 'team-sheet');
  // (a club and the player's nation joined by 'and' is the club, the nation's place standing: 'Leinster and Ireland')
  const clubOnly = (c: { start: number; end: number }) => {
    const and = text.lastIndexOf(' and ', c.end);
    return and > c.start && nation({ start: and + 5, end: c.end }) ? { start: c.start, end: and } : c;
  };
  // (a gazetteer's organisation of the span keeps its entry: 'Man Utd')
  const clubs = list.clubs
    .map(clubOnly)
    .filter((c) => !abbreviation(c) && !nation(c) && !knownAt(c).some((k) => k.type === 'organization' && k.entries.length > 0))
    .map((c) => (clean.startsWith('The ', s.start + c.start) ? { start: c.start + 4, end: c.end } : c));
  pushSpans(ctx, s, clubs, 'organization', 'squad-club');
  return true;
}

/**
 * a sentence that is a dateline: 'TROY, MICH., Feb 26 -', 'NEW YORK (Reuters) -', 'PROVIDENCE, March 3' (the split stage
 * cuts one that opens a paragraph off it)
 */
const isDateline = (text: string) => text.length < 80 && DATELINE.test(text);

// the legal forms whose full stop may end a sentence too: 'Zorvex Corp.' (not initials, 'K.K.', 'N.V.', a person's as often)
const SENTENCE_END_FORMS = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Cos.', 'Bhd.']);
/** Steps 1-3 on one sentence: its runs of proper nouns, each typed by `typeRun`. */
function sentenceNames(ctx: NameContext, s: Sentence): void {
  const toks = ctx.toks;
  // isNonProse and isCapsLine in one pass over the sentence
  let wordCount = 0;
  let letterWords = 0;
  let capsWords = 0;
  let capitalised = 0;
  let headlineWords = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = toks[k].text;
    if (!hasWord(w)) continue;
    wordCount++;
    if (!hasLetter(w)) continue;
    letterWords++;
    if (isAllCapsWord(w)) capsWords++;
    if (upperFirst(w)) capitalised++;
    if (k > s.tokenStart && HEADLINE_WORDS.has(w)) headlineWords++;
  }
  // 1'. a match report's team sheet: every entry a player ('Dudek, Finnan, Traore (Biscan 67), Luis Garcia', `teamSheetNames`)
  if (capitalised * 2 >= letterWords && letterWords >= 2 && teamSheet(ctx, s)) return;
  // 1''. a sports report's squad list: the players persons, their clubs in brackets organisations ('J Marlow (Port Vale, capt)', `squadList`)
  if (capitalised * 2 >= letterWords && letterWords >= 2 && squadList(ctx, s)) return;
  // 1a. a dateline's place is one run (`datelinePlaceEndOf`), typed a place by step 5a, in a sentence of few words too
  //     ('ZORVEX (Reuters) -')
  const placeEnd = (ctx.datelineEnd = datelinePlaceEndOf(ctx, s));
  if (wordCount * 2 < s.tokenEnd - s.tokenStart) {
    // isNonProse
    if (placeEnd > s.tokenStart) {
      typeRun(ctx, s, { from: s.tokenStart, to: placeEnd }, false);
      // (and the agency or station in brackets after it, as a longer dateline's: 'HOUSTON (KTRK) --')
      if (toks[placeEnd]?.text === '(' && toks[placeEnd + 2]?.text === ')' && isProperish(toks[placeEnd + 1])) typeRun(ctx, s, { from: placeEnd + 1, to: placeEnd + 2 }, false);
    }
    return;
  }
  // (not a dateline, a sentence of its own: 'TROY, MICH., Feb 26 -', 'CHARLOTTE, N.C., March 3 -', whose place the
  // place-comma rule types as it did in the paragraph's first sentence)
  const capsLine = letterWords >= 2 && capsWords / letterWords >= 0.6 && !isDateline(ctx.doc.clean.slice(s.start, s.end)); // isCapsLine
  // a headline in title case: 'McCain Criticized Trump For Arpaio Pardon' (step 3b): most words capitalised, a function
  // word among them after the first, no full stop at the end (not a list of firms: 'PaineWebber Inc, Prudential-Bache
  // Capital Funding and A.G. Edwards are co-lead managers.')
  // (the document's title needs no function word: 'Chelsea Edge Fulham', 'Hurricane Otis Devastates Acapulco')
  const titleLine = !capsLine && capitalised / letterWords >= 0.75 && (s.zone === 'title' ? letterWords >= 3 : letterWords >= 4 && headlineWords > 0) && toks[s.tokenEnd - 1].text !== '.';
  if (titleLine) (ctx.titleLines ??= new Set()).add(s.index);
  // 1. runs of proper nouns, joined across attached hyphens and apostrophes: 'Nagorno-Karabakh', "O'Neill";
  //    'Chairperson-in-Office' is not (lower-case 'in')
  const runs: Run[] = [];
  let ext = 0;
  let i = s.tokenStart;
  // tokens inside the sentence that open one, after a legal form's full stop (below)
  let opensSentence: Set<number> | undefined;
  if (placeEnd > i) {
    runs.push({ from: i, to: placeEnd });
    i = placeEnd;
  }
  // 1b. a wire headline's firm before its ticker in angle brackets is one run, from the line's first word (after 'THE'),
  //     across 'AND' and '&' and a word the lexicon reads as a verb ('ZORVEX TOTE INC <ZTI>', 'QUANDELL RECORD AND DATA
  //     INC <QRD>'; `tickerHeadEnd`), which step 5 types by its legal form or the body's name
  else if (capsLine) {
    const head = tickerHeadEnd(ctx, s);
    if (head > i) {
      const from = tickerHeadStart(toks, s);
      runs.push({ from, to: head });
      i = head;
    }
  }
  while (i < s.tokenEnd) {
    // the tail of a hyphenated compound is not a name start: 'Chairperson-in-Office Andrzej'
    const compoundTail = i > s.tokenStart && isHyphen(toks[i - 1].text) && toks[i - 1].end === toks[i].start;
    // (a sentence's first word that its tag alone leaves out, which the three tests below may take in)
    const firstNotProper = i === s.tokenStart && !isProperish(toks[i], true) && isProperish(toks[i]);
    // a sentence's first word that is no proper noun by itself may open an organisation's name: 'New York Times Co',
    // 'Advanced Medical Corp' (kept below only in a run with an organisation word, or a given name's before one word)
    // ('Allied-Signal Inc said': a first word joined by a hyphen too)
    const opener = firstNotProper && !SENTENCE_OPENERS.has(toks[i].text) && !IMPERATIVES.has(toks[i].text) && i + 1 < s.tokenEnd && (continuesName(toks, i + 1) || joinedAt(toks, i + 1, s.tokenEnd));
    // a sentence's first word that is a given name before a nickname in quotes opens a person's name: 'Hector "Macho"
    // Camacho won' (step 4c)
    const nickname = firstNotProper && !opener && i + 1 < s.tokenEnd && nicknameEnd(ctx, i, i + 1, s.tokenEnd) > i + 1;
    // a capitalised number word inside a sentence before a name opens it: 'the Three Gorges Dam', 'Three Mile Island'
    // (not in a headline in title case or capitals: 'Three Killed In Crash')
    // (not 'One', a firm's name's last word as often: 'Banc One Corp', 'Capital One')
    const numberOpener = i > s.tokenStart && !titleLine && !capsLine && toks[i].pos === 'NUM' && TITLE_CASE_WORD.test(toks[i].text) && toks[i].text !== 'One' && i + 1 < s.tokenEnd && continuesName(toks, i + 1);
    // a capitalised 'The' inside a sentence after 'band' opens the band's name: 'rock band The Killers' (step 8b types it)
    const bandThe = i > s.tokenStart + 1 && toks[i].text === 'The' && toks[i - 1].text === 'band' && !titleLine && !capsLine && i + 1 < s.tokenEnd && continuesName(toks, i + 1);
    // a sentence's first word that the document writes elsewhere as a name only, or as a surname after another name
    // (`surnamesNamed`): 'Dole said' after 'Bob Dole' (wink-nlp's lexicon has 'dole' a verb, so the tag alone left every
    // sentence's 'Dole' out)
    // (and a family name before a given name joined by a hyphen, 'Moon said' after 'President Moon Jae-in', not before a
    // noun in lower case, 'Moon rocks', 'Park rangers', but a person's people's, 'Moon aides said': `familyNamed`)
    const cased = firstNotProper && !opener && !nickname && (surnamesNamed(ctx).has(toks[i].text) || (ctx.familyNamed?.has(toks[i].text) === true && !(i + 1 < s.tokenEnd && nounAfterWord(toks[i + 1].text) && !PERSON_NOUNS_AFTER.has(toks[i + 1].text))));
    if ((!isProperish(toks[i], i === s.tokenStart) && !opener && !nickname && !cased && !numberOpener && !bandThe && !(toks[i].text === 'Will' && givenWill(ctx, s, i, titleLine || capsLine)) && (capsLine || !initialsOfKnown(ctx, s, i))) || compoundTail) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.tokenEnd) {
      // (a legal form with its full stop ends the firm's name before a capitalised word, the next sentence's, which
      // wink-nlp left unsplit after the abbreviation: 'the ratings of Zorvex Corp. Standard and Poor's said', the next
      // run's first word a sentence's, 'Zorvex Inc. Former chairman …'; not before another legal form or a company
      // word, 'Zorvex Co. Ltd.', 'Nikko Securities Co. International')
      if (j > i + 1 && SENTENCE_END_FORMS.has(toks[j - 1].text) && /^\p{Lu}/u.test(toks[j].text) && !LEGAL_FORMS.has(toks[j].text) && !COMPANY_WORDS.has(toks[j].text)) {
        (opensSentence ??= new Set()).add(j);
        break;
      }
      if (continuesName(toks, j)) {
        j++;
      } else if ((stationNumberAfter(toks[j - 1].text, toks[j].text) || (j === i + 1 && channelNumberAfter(toks[i].text, toks[j].text) && broadcasterAt(ctx, toks[i].start) && !(j + 1 < s.tokenEnd && continuesName(toks, j + 1)))) && toks[j].start - toks[j - 1].end <= 1) {
        // 'BBC Radio 4', 'Radio Five Live': a station's number (step 1b'''); 'BBC Two', a channel's after a gazetteer's
        // broadcaster, the run's last word (not a product's: 'the HTC One', 'the HTC One X')
        j++;
      } else if (particleJoinedAt(ctx, j, s.tokenEnd)) {
        // 'Inzamam-ul-Haq', 'Ata-ur-Rehman', 'Nasr-ud-Din': an Arabic or Urdu particle between hyphens (step 1b'')
        j += 4;
      } else if (joinedAt(toks, j, s.tokenEnd) || (j >= i + 2 && hyphenGivenAt(ctx, j, s.tokenEnd))) {
        // ('Lee Jae-myung': step 1b)
        j += 2;
      } else if (j === i + 1 && toks[j].start - toks[i].end <= 1 && hyphenGivenAt(ctx, j + 1, s.tokenEnd)) {
        // ('Kim In-so': step 1b, its first syllable a word the tagger reads as no name)
        j += 3;
      } else if ((toks[j].text === 'of' || toks[j].text === 'for' || toks[j].text === 'on') && (ext = ofEnd(ctx, i, j, s.tokenEnd)) > j) {
        // 'Bank of Finland', 'Patriotic Union of Kurdistan', 'University of the Witwatersrand', 'Office for National Statistics'
        // (a chamber's name ends there: 'Speaker of the House of Representatives Wahono')
        const chamber = chamberOfAt(toks, j);
        j = ext;
        // (nor goes on into a person's name after it: 'Director of the Office of Government Ethics Walter Shaub Jr.')
        if (chamber || personOpensAt(ctx, j, s.tokenEnd)) break;
      } else if ((ext = possessiveOrgEnd(ctx, j, s.tokenEnd)) > j) {
        // "Harris County Sheriff's Office", "Boston Children's Hospital", "Workers' Party": a common noun's possessive
        // inside an organisation's name
        j = ext;
      } else if (commaLegalFormAt(toks, j, s.tokenEnd) && !placeAt(ctx, i, j) && !(i > s.tokenStart && toks[i - 1].text === '&')) {
        // 'Zorvex Widgets, Inc. said', 'Kellmo, LLC': a legal form after a comma, as American filings write it (not a
        // place's name, a state's or a country's abbreviation after it, 'Denver, Co.', 'Johannesburg, S.A.', and the end of
        // a firm's name no run joins whole, 'Care Systems of California, Inc.'; nor a partner's name after '&', 'Smith &
        // Wesson, Inc.', whose run is the second name's alone; after 'and' a list's next firm, 'Mattel, Inc. and
        // Harley-Davidson, Inc.')
        j += 2;
      } else if (toks[j].text === '&' && (ext = ampersandEnd(toks, j, s.tokenEnd)) > j) {
        // 'Procter & Gamble Co', 'Douglas & Lomason Co': '&' between two names ending in an organisation word
        j = ext;
      } else if (toks[j].text === 'and' && (ext = andEnd(toks, j, s.tokenEnd, j === i + 1 && (i === s.tokenStart || /^the$/i.test(toks[i - 1].text)))) > j) {
        // 'Merck and Co Inc', 'American Telephone and Telegraph Co', 'Peninsula Federal Savings and Loan Association'
        j = ext;
      } else if (toks[j].text === 'and' && j === i + 1 && surnamesFirmAt(ctx, i, s.tokenEnd)) {
        // 'Turner and Newall Plc', 'Parke, Davis and Co' is andEnd's: two surnames or words no lexicon has and a legal form
        j += 3;
      } else if (toks[j].text === 'and' && j >= i + 2 && (ext = tradePartEnd(ctx, j, s.tokenEnd)) > j) {
        // 'Zorvex Trust and Banking Co Ltd', 'Quimbar Gas and Electric Corp': a trade's common words and a legal form
        // after 'and', no firm's name of their own
        j = ext;
      } else if ((toks[j].text === 'and' || toks[j].text === '&') && j === i + 1 && (ext = pairFirmEnd(ctx, i, s)) > j) {
        // 'Zorvex and Western Inc', 'Quimbar and Shop Cos Inc': one word, 'and' and one or two words before a legal form
        j = ext;
      } else if (j === i + 1 && (ext = nicknameEnd(ctx, i, j, s.tokenEnd)) > j) {
        // 'Roberto " Hands of Stone " Duran', 'Hector "Macho" Camacho': a given name, a nickname in quotes, a surname
        j = ext;
      } else if (PARTICLES.has(toks[j].text)) {
        // 'Loyola de Palacio', 'Joost van der Westhuizen', 'Kengo wa Dondo': one or two particles between two names
        // ('Khaled al-Qidra': the particle may be joined to the name by a hyphen)
        const k = PARTICLES.has(toks[j + 1]?.text ?? '') ? j + 2 : j + 1;
        const hyphened = isJoiner(toks[k]?.text ?? '') && toks[k].start === toks[k - 1].end && toks[k + 1]?.start === toks[k].end;
        const name = hyphened ? k + 1 : k;
        if (name < s.tokenEnd && continuesName(toks, name) && toks[j].start - toks[j - 1].end <= 1) j = name + 1;
        else break;
      } else break;
    }
    // (the opener stays in a run with an organisation word, which `typeRun` cuts at a role and its holder: 'First
    // Interstate Bancorp Chairman Joseph Pinola said', 'New York Federal Reserve Bank President Gerald Corrigan';
    // and a listed given name before one word: 'Don Gevirtz, chairman of …', where 'Don' is a verb to the tagger.
    // An opener joined by a hyphen, in a name that does not end in an organisation word, leaves no name: 'Allied-Lyons
    // said' was a person '-Lyons')
    // (and two words the document writes inside a sentence as a run of their own: 'Sun Yang denied it' after 'champion
    // Sun Yang', `pairNamed`)
    if (!opener || hasOrgWord(toks, i + 1, j) || (j === i + 2 && ((!NOT_GIVEN_OPENERS.has(toks[i].text) && isListed(toks[i].text, ctx.lex.firstNames, ctx.lex.givenNames)) || pairNamed(ctx, s, i)))) runs.push({ from: i, to: j });
    else if (!isJoiner(toks[i + 1].text)) runs.push({ from: i + 1, to: j });
    // (but a title joined by a hyphen to its second word opens the name after it: 'President-Elect Donald Trump said',
    // the title the role, step 4)
    else if (isRoleWord(ctx, s, i) && isRoleWord(ctx, s, i + 2)) runs.push({ from: i, to: j });
    i = j;
  }
  typeRuns(ctx, s, runs, capsLine, titleLine, opensSentence);
}
/**
 * Steps 2-3 of `sentenceNames`: each run of sentence `s` trimmed of the words that open it but are no part of a name, split
 * at months, weekdays and a headline's verbs, and typed (`typeRun`). A function of its own, as `ruleType`'s parts are
 * (see there): `sentenceNames` whole had ~6.4 kB of bytecode.
 */
function typeRuns(ctx: NameContext, s: Sentence, runs: readonly Run[], capsLine: boolean, titleLine: boolean, opensSentence: ReadonlySet<number> | undefined): void {
  const toks = ctx.toks;
  for (const run of runs) {
    let { from, to } = run;
    // 2. drop a sentence-initial ordinary word: 'The', 'According'; after an opening quotation mark too ('"Once Rangers
    //    receive our letter'), and after a colon, which opens a clause as a sentence does (an interview's 'Alec: When
    //    Congress raised the limit')
    if ((from === s.tokenStart || (from === s.tokenStart + 1 && OPEN_QUOTES.has(toks[s.tokenStart].text)) || toks[from - 1].text === ':' || opensSentence?.has(from)) && SENTENCE_OPENERS.has(toks[from].text)) from++;
    // 2'. drop a sentence's first word that is a common noun of no name list before a person's name of two words or
    //     more, a title the role list lacks: 'Administrator Bill Nelson said', 'Member Park Min-seo, 24,', 'Songwriter
    //     Guy Chambers, who' (the given-name rule cut it before a given name of no common word, 'Administrator Jane
    //     Corlett'; not a name's own head: 'Lake Victoria', 'Union Bank of Zorva')
    if (from === s.tokenStart && to - from >= 3 && nounTitleOpens(ctx, from, to)) from++;
    // 2''. drop a sentence's first word that is a kind of firm, as wire copy opens with one: 'Drugmaker Zorvex said',
    //      'Miner Highland Gold said' (step 8b types the name after it)
    else if (from === s.tokenStart && to - from >= 2 && !titleLine && SENTENCE_FIRM_KIND.test(toks[from].text) && !isPluralOfCommon(toks[from + 1].text)) from++;
    // 2b. drop a photo agency's credit run into the name after it, as scraped pages join a picture's credit to the next
    //     headline: '| Getty McConnell punts budget vote', '| Getty Johnson:' (not the agency's own names: 'Getty
    //     Images', 'the Getty Center', 'Getty Oil'), '| AP Photo McConnell, Pelosi, Ryan seek deal'
    if (toks[from].text === 'Getty' && to - from >= 2 && !GETTY_NAMES.test(toks[from + 1].text)) from++;
    else if (toks[from].text === 'AP' && to - from >= 3 && toks[from + 1].text === 'Photo') from += 2;
    // 2c. a party's adjective or plural beside a legislature or a treasury named by its one word is no word of its name:
    //     'the Republican Senate', 'Democratic Senate leader Harry Reid', 'Senate Democrats met' (the Senate, and the
    //     party's members; a name of its own stays, 'the Democratic Party', 'the Republican National Committee')
    if (to - from >= 2 && PARTY_WORDS.has(toks[from].text) && INSTITUTIONS.has(toks[from + 1].text)) from++;
    else if (to - from === 2 && PARTY_WORDS.has(toks[to - 1].text) && INSTITUTIONS.has(toks[from].text)) to--;
    // 2c'. a common noun's plural of no name list before a listed name is cut off, a title's or a group's plural:
    //      'Presidents Obama and Bush', 'Newcomers Keane' (the surname rule takes no person of the two)
    if (to - from >= 2 && isPluralOfCommon(toks[from].text) && /^\p{Lu}\p{Ll}/u.test(toks[from].text) && !isListed(toks[from].text, ctx.lex.firstNames, ctx.lex.givenNames, ctx.lex.lastNames) && isListed(toks[from + 1].text, ctx.lex.firstNames, ctx.lex.lastNames)) from++;
    // 2d. an ordinal before a military unit's or a federal circuit's name opens it: 'the 82nd Airborne Division', 'the
    //     3rd Battalion', 'the 9th U.S. Circuit Court of Appeals' (not a date's or a rank's: 'the 3rd Division title')
    if (from > s.tokenStart && ORDINAL.test(toks[from - 1].text) && toks[from - 1].end + 1 >= toks[from].start && unitName(toks, from, to)) from--;
    // 3. split at months and weekdays: 'Sunday', 'Dec'; in capitals or miscased before a day's number too, as a dateline
    //    writes them ('NEW YORK, MARCH 2 -', 'RYE BROOK, N.Y., MArch 2 -': no team's score); not one joined by a hyphen
    //    ('Sun-Sentinel', 'Mar-a-Lago')
    // 3b. and in a headline in title case, at a verb: 'McCain', 'Trump' of 'McCain Criticized Trump'
    let a = from;
    for (let k = from; k < to; k++) {
      const w = toks[k].text;
      if (
        (isMonthOrDay(w) && !(capsLine || monthInName(ctx, k, a, to) || hyphenated(toks, k, from, to) || dayAbbreviationInName(toks, k, to))) ||
        ((capsLine || DAY_NUMBER.test(toks[k + 1]?.text ?? '')) && MONTHS_DAYS.has(cap(w))) ||
        (titleLine && headlineVerb(ctx, k, from, to))
      ) {
        if (k > a) typeRun(ctx, s, { from: a, to: k }, capsLine);
        a = k + 1;
      }
    }
    if (a < to) typeRun(ctx, s, { from: a, to }, capsLine);
  }
}

const UPPER_FIRST = /^\p{Lu}/u;
/** `UPPER_FIRST.test(w)`, the regex only for a word whose first character is no ASCII one ('Baku', 'Élysée'; not 'de', '42') */
function upperFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
}
/**
 * Where a wire headline's firm starts (step 1b): its first word, after 'THE' and after the wire's note that the story
 * is sent again, run into it with a hyphen ('CORRECTED-ZORVEX VIDEO INC <ZVI>', 'REFILED-…')
 */
function tickerHeadStart(toks: readonly Token[], s: Sentence): number {
  let k = s.tokenStart;
  if (WIRE_NOTES.has(toks[k].text) && toks[k + 1]?.text === '-' && toks[k + 1].start === toks[k].end && toks[k + 2]?.start === toks[k + 1].end) k += 2;
  if (toks[k]?.text === 'THE') k++;
  return k;
}
const WIRE_NOTES = new Set(['CORRECTED', 'CORRECTION', 'REFILED', 'REFILE', 'REPEAT', 'RPT']);
/**
 * Step 1b: the end of a wire headline's firm before its ticker (the index of '<'), or -1: two to six words in capitals
 * from the line's first word (after 'THE'), 'AND' or '&' between them and a hyphen, an apostrophe or a full stop
 * inside a word, then '<', a ticker and '>' ('ZORVEX RECORD AND DATA INC <ZRD>', "QUANDELL'S INC <QDL>"); a word the
 * lexicon reads as a verb too ('ZORVEX TOTE INC'). No function word (a headline's clause: 'QUIMBAR OFFICIAL HAS STAKE
 * IN ZORVEX DATA <ZDI>'), no verb in the present ('QUIMBAR SELLS ZORVEX CORP <ZRV>'), no run the story names by its
 * last words only (`namedByTail`).
 */
function tickerHeadEnd(ctx: NameContext, s: Sentence): number {
  const toks = ctx.toks;
  let k = tickerHeadStart(toks, s);
  const from = k;
  let words = 0;
  for (; k < s.tokenEnd && toks[k].text !== '<'; k++) {
    const t = toks[k];
    if (t.text === 'AND' || t.text === '&') {
      if (k === from || toks[k - 1].text === 'AND' || toks[k - 1].text === '&') return -1;
      continue;
    }
    // (a word's inner punctuation: 'S-K-I', "ALBERTSON'S", 'G.D.'; not a slash or a comma, between names: 'WALL STREET
    // STOCKS/ZORVEX INC <ZRV>', 'UAW, ZORVEX <ZRV>')
    if (k > from && t.start === toks[k - 1].end && WORD_INNER.has(t.text)) continue;
    if (!hasLetter(t.text) || hasLower(t.text) || (FUNCTION_POS.has(t.pos) && !(k > from && t.start === toks[k - 1].end) && !nameFunctionWord(toks, k, from))) return -1;
    // (a headline's verb in the present, as the lexicon of common words has it: 'QUIMBAR SELLS ZORVEX CORP <ZRV> UNIT')
    // (its stem a verb too: not 'ADAMS EXPRESS CO')
    if (t.text.endsWith('S') && commonTag(t.text.toLowerCase()) === 'VERB' && commonTag(t.text.slice(0, -1).toLowerCase()) === 'VERB') return -1;
    if (!(k > from && t.start === toks[k - 1].end)) words++;
  }
  if (k >= s.tokenEnd || words < 2 || words > 6 || toks[k - 1].text === 'AND' || toks[k - 1].text === '&') return -1;
  // ('<', the ticker, '>': 'CKGH.HK' may be tokens of its own)
  let g = k + 1;
  while (g < s.tokenEnd && g <= k + 4 && toks[g].text !== '>') g++;
  if (g >= s.tokenEnd || toks[g].text !== '>' || g === k + 1) return -1;
  // (nor where the story names the firm by the run's last words and never by the whole: `namedByTail`)
  if (namedByTail(ctx, s, from, k)) return -1;
  return k;
}
/**
 * Whether a function word at `k` may be a word of the firm's name in a wire headline's run from `from` to its ticker
 * (step 1b): a determiner or a number ('ZORVEX ALL PRODUCTS CORP', 'BANC ONE'), an auxiliary only first or last ('AM
 * ZORVEX INC', 'QUIMBAR CAN'; between two words a clause's verb: 'QUIMBAR GROUP HAS ZORVEX <ZRV>'); never a preposition,
 * a conjunction, a particle or a pronoun ('QUIMBAR STAKE IN ZORVEX CORP')
 */
function nameFunctionWord(toks: readonly Token[], k: number, from: number): boolean {
  const pos = toks[k].pos;
  if (pos === 'DET' || pos === 'NUM') return true;
  return pos === 'AUX' && (k === from || toks[k + 1]?.text === '<');
}
/**
 * Whether the story after a headline names a firm by the last words of the headline's run `from`..`to` (two or more)
 * and never by the whole: the run is a clause, 'QUIMBAR UPGRADES ZORVEX CORP <ZRV> DEBT' over 'Quimbar raised Zorvex
 * Corp's rating' (steps 1b and 5's ticker).
 */
function namedByTail(ctx: NameContext, s: Sentence, from: number, to: number): boolean {
  const toks = ctx.toks;
  const after = ctx.doc.clean.slice(s.end);
  // (each word of the last ones looked up first in the text in lower case: most headlines' are nowhere after them)
  for (let a = from + 1; a < to - 1; a++) if (toks[a].start > toks[a - 1].end && wordsMayStandIn(ctx, a, to, s.end) && ownNameIn(wordsIn(toks, a, to), after)) return nextAlone(wordsIn(toks, from, to), after, WORDS_EDGES) === null;
  return false;
}
/**
 * Whether each word of `toks[from, to)` may stand in the document's text after `at`, in any case: a test that `wordsIn`'s
 * expression needs passed to find them there, by `indexOf` in the text in lower case ('Zorvex Corp' needs 'zorvex' and
 * 'corp'). A word of other than ASCII characters is let through, and one with an 's' where the text has a long s ('ſ',
 * which the expression's `iu` flags match to 's'; the Kelvin sign, matched to 'k', is a 'k' in lower case).
 */
function wordsMayStandIn(ctx: NameContext, from: number, to: number, at: number): boolean {
  const lower = (ctx.lowerText ??= ctx.doc.clean.toLowerCase());
  let longS: boolean | undefined;
  for (let k = from; k < to; k++) {
    const w = ctx.toks[k].text.toLowerCase();
    if (!isAscii(w) || lower.indexOf(w, at) >= 0) continue;
    if (w.includes('s') && (longS ??= lower.indexOf('\u017f', at) >= 0)) continue;
    return false;
  }
  return true;
}
/** Whether `words` (`wordsIn`'s) finds the words in `text` as a name of their own, after no capitalised word ('raised Zorvex Corp's rating'; not 'TGC Industries Inc' for 'QUIMBAR INDUSTRIES INC') */
function ownNameIn(words: RegExp, text: string): boolean {
  for (let m = nextAlone(words, text, WORDS_EDGES); m; m = nextAlone(words, text, WORDS_EDGES)) if (!CAPITALISED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}\p{N}'’.&-]*\s+$/u;
/**
 * The tokens `from`..`to` as an expression (flags `giu`) that finds them in any case, any spaces between words ('Zorvex
 * Corp', 'Zorvex  Corp'); where no letter or digit touches them, `nextAlone` with `WORDS_EDGES` tells. (A word after a
 * space that opens with a space itself, which no token of wink-nlp's does, would give the `\s+` before it more than one
 * end: the expression then holds the two assertions, and `nextAlone` finds them true.)
 */
function wordsIn(toks: readonly Token[], from: number, to: number): RegExp {
  let source = escapeRegExp(toks[from].text);
  let spaceFirst = false;
  for (let k = from + 1; k < to; k++) {
    if (toks[k].start > toks[k - 1].end) {
      source += String.raw`\s+`;
      spaceFirst ||= SPACE_FIRST.test(toks[k].text);
    }
    source += escapeRegExp(toks[k].text);
  }
  return new RegExp(spaceFirst ? String.raw`(?<![\p{L}\p{N}])` + source + String.raw`(?![\p{L}\p{N}])` : source, 'giu');
}
const SPACE_FIRST = /^\s/;

const WORD_INNER = new Set(['-', "'", '’', '.']);
/** a word in capitals, '&' or a capital alone (a ticker's firm's words: 'QUANDELL & ZORVEX INC <QZI>', 'Z-TRON INC <ZTR>') */
const isCapsOrAmpersand = (t: Token) => t.text === '&' || isAllCapsToken(t) || SINGLE_CAPITAL.test(t.text);
const SINGLE_CAPITAL = /^[A-Z]$/;
/** a legal form in capitals: 'INC', 'CORP', 'LP', 'L.P.', 'AG', 'NV' (LEGAL_FORMS's own capitals, or its word's) */
const isCapsLegalForm = (w: string) => LEGAL_FORMS.has(w) || LEGAL_FORMS.has(cap(w));
/**
 * Step 6b's 'Hall', a common surname: a hall's name after a common noun of no name list, a building's kind ('the Royal
 * Concert Hall', 'Zorvek Memorial Hall'), or after an article or a preposition of place ('in Westminster Hall', 'at
 * Carnegie Hall'); not after a title's word or a name's hyphen ('the comedian Arsenio Hall', 'Rhys Oakley-Hall'), nor a
 * hall of fame ('the Rock and Roll Hall of Fame'), nor a hall of one common word, a town's offices ('County Hall')
 */
function hallPlace(ctx: NameContext, v: RunView): boolean {
  const { toks, lex } = ctx;
  const { words, to, next, prevTok } = v;
  if (next.toLowerCase() === 'of' || (words.length === 2 && isCommonish(lex, words[0].text)) || isHyphen(toks[to - 2].text)) return false;
  return commonNounLast(lex, words[words.length - 2].text) || HALL_PLACE_BEFORE.has(prevTok.toLowerCase());
}
const HALL_PLACE_BEFORE = new Set(['the', 'at', 'in', 'into', 'from', 'to', 'and', "'s", '’s']);
/** a word in lower case that a name before it would qualify: a noun, an adjective or a word wink-nlp's lexicon lacks ('rocks', 'rangers'; not 'said', 'also', 'has') */
function nounAfterWord(w: string): boolean {
  if (!isLowerWord(w)) return false;
  const tag = commonTag(w);
  return tag === null || tag === 'NOUN' || tag === 'ADJ';
}
/**
 * Step 12a''0: whether `word` is a word of the name of two words or more of an organisation a gazetteer gives the
 * document or a rule found before: 'Sharon said' after 'Sharon Steel Corp', 'Enzo' of 'Enzo Biochem Inc', 'Lilly said'
 * after 'Eli Lilly'
 */
function inOrgName(ctx: NameContext, word: string): boolean {
  const has = (name: string) => name.length > word.length && name.split(/[\s-]+/).includes(word);
  return ctx.found.some((g) => g.type === 'organization' && has(g.name)) || ctx.known.some((c) => c.type === 'organization' && has(ctx.doc.clean.slice(c.start, c.end)));
}
/** a firm's or a team's people after a name (step 12a''0): '…," said Tiffany spokeswoman Linda Zorvek', 'said Carlton coach Michael Voss' */
const STAFF_AFTER = /^\s+(?:spokes(?:wo)?man|spokesperson|coach|manager|chief|chairman|chairwoman|president|director|executive|officials?|analysts?|boss|captain|founder|owner)\b/i;
/** whether a person's name opens at token `k`: a listed given name of the shorter list, no common word, and a capitalised word after it ('Walter Shaub') */
function personOpensAt(ctx: NameContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  return k + 1 < end && lex.firstNames.has(toks[k].text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(toks[k].text) && !isCommonish(lex, toks[k].text) && /^\p{Lu}/u.test(toks[k + 1].text);
}
/**
 * The texts of `toks[from, to)` joined by one space, in lower case: a key of compromise's lexicon ('new york'; the same
 * string as `toks.slice(from, to).map((t) => t.text).join(' ').toLowerCase()`, without the arrays)
 */
function textsKey(toks: readonly Token[], from: number, to: number): string {
  if (to - from === 1) return toks[from].text.toLowerCase();
  let key = from < to ? toks[from].text : '';
  for (let k = from + 1; k < to; k++) key += ' ' + toks[k].text;
  return key.toLowerCase();
}
/** where a place's name of two or three words that compromise's lexicon knows ends, that opens at `toks[k]` and ends at `end` at the latest ('New York', 'New York City'), or `k` */
function knownPlaceAt(ctx: NameContext, k: number, end: number): number {
  for (let n = 3; n >= 2; n--) {
    if (k + n > end) continue;
    const key = textsKey(ctx.toks, k, k + n);
    if (ctx.lex.known.get(key) === 'place') return k + n;
  }
  return k;
}
/** Step 2': whether `toks[from]`, a sentence's first word, is a common noun of no name list that titles the name of two words or more after it (`toks[from + 1, to)`), no organisation's or place's. */
function nounTitleOpens(ctx: NameContext, from: number, to: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[from].text;
  const next = toks[from + 1].text;
  const last = toks[to - 1].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || commonTag(w) !== 'NOUN' || ORG_WORDS.has(w) || PLACE_TAILS.has(w) || STREET_HEADS.has(w) || LAND_HEADS.has(w) || COUNTY_HEADS.has(w)) return false;
  if (isListed(w, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames) || ctx.roleWords.has(next)) return false;
  // (a name of the lists next, and last one of the shorter lists, one of the longer that is no verb or adjective, a
  // surname's shape, or a given name's syllable after a hyphen, 'Park Min-seo': not 'Air New Zealand', 'Potato Basil
  // PureeFor', 'Startup Idea Stuck')
  if (!isListed(next, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames)) return false;
  const lastTag = commonTag(last);
  if (!(isListed(last, lex.firstNames, lex.lastNames) || (isListed(last, lex.givenNames, lex.surnames) && lastTag !== 'VERB' && lastTag !== 'ADJ') || SURNAME.test(last) || (to - from >= 4 && isHyphen(toks[to - 2].text)))) return false;
  return !hasOrgWord(toks, from + 1, to) && !PLACE_TAILS.has(last);
}
/** Function words a headline in title case capitalises: 'Over', 'For', 'When', 'The'. */
const HEADLINE_WORDS = new Set('In On At For Of To With Over After From By Into About As Is Are Was Were Be And Or But The A An Vs Against Before Than When Why How What Who Not Off Up Out Down Back Amid'.split(' '));

/**
 * Step 3b: a word of a run (`toks[k]`, in `from`..`to`) of a headline in title case that is its verb, not a word of a
 * name: a word wink-nlp's lexicon tags as a verb ('Criticized', 'Blasted', 'Defends'; not in -ing, 'Banking', 'Mining'),
 * of no name list, no organisation's or place's word, and not inside a name compromise knows with the word before or after
 * it ('Manchester United').
 */
function headlineVerb(ctx: NameContext, k: number, from: number, to: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k].text;
  if (to - from < 2 || !/^\p{Lu}\p{Ll}+$/u.test(w) || w.endsWith('ing') || commonTag(w) !== 'VERB') return false;
  if (ORG_WORDS.has(w) || PLACE_TAILS.has(w) || isListed(w, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames)) return false;
  // (a participle, which names use as an adjective, only after a word that is no place's or organisation's and before
  // no organisation's or place's word: not 'Manchester United', 'Franklin Ohio Insured Tax-Free Income Fund', 'Broken
  // Hill Pty Co Ltd'; 'UK Begins Construction' is split)
  if (/(?:ed|en)$/.test(w)) {
    if (k === from || lex.known.has(toks[k - 1].text.toLowerCase()) || ORG_WORDS.has(toks[k - 1].text)) return false;
    for (let j = k + 1; j < to; j++) if (ORG_WORDS.has(toks[j].text) || PLACE_TAILS.has(toks[j].text)) return false;
  }
  const phrase = (a: number, b: number) => lex.known.has(textsKey(toks, a, b));
  return !(k > from && phrase(k - 1, k + 1)) && !(k + 1 < to && phrase(k, k + 2)) && !phrase(from, to);
}

/**
 * Step 17b: in a sports report, a team's nickname: 'the' and one capitalised plural that is no known name ('the Orioles',
 * 'the Springboks', 'the Braves', 'the Tigers'; not 'Things fell', 'four Opens', 'other Grand Slams', nor a surname, which
 * no 'the' precedes: 'Giggs', 'Vogts'); no name list's word ('Curtis'), no people's ('the Parisians', 'the Londoners'),
 * no tournament's ('the Ashes', 'the Olympics'); with its town or state before it, the whole name ('the Minnesota
 * Twins': `isPlace` says whether a span is a place), and then outside a sports report too where it stands as a team
 * does (`teamContext`: 'the Kansas City Chiefs beat …').
 */
function teamNickname(ctx: NameContext, f: Found, sports: () => boolean, isPlace: (start: number, end: number) => boolean): number {
  const { toks, lex } = ctx;
  const last = f.to - 1;
  const w = toks[last].text;
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(w) || w.endsWith('ians') || NOT_TEAMS.has(w)) return -1;
  // (after the town or state it plays for, the whole name: 'the Minnesota Twins', 'the Kansas City Royals'; the run may
  // hold the place's last words, its first went to step 4's qualifiers: 'City Royals'; 'the' must open the place)
  // (or the whole run: 'the Montreal Expos', 'the St. Louis Cardinals', where the town is no qualifier)
  let from = -1;
  for (let j = last - 1; j >= f.sentence.tokenStart && j >= last - 3; j--)
    if (isPlace(toks[j].start, toks[last - 1].end)) {
      from = j;
      break;
    }
  // (or, in a sports report, the run's first words, a nickname of more words after it: 'Kolkata Knight Riders', 'the
  // Chennai Super Kings')
  if (from < 0 && last - f.from >= 2 && sports()) for (let e = f.from; e < last - 1 && from < 0; e++) if (isPlace(toks[f.from].start, toks[e].end)) from = f.from;
  // (with the town its name joins by a hyphen: 'Neath-Swansea Ospreys')
  if (from >= f.from + 2 && isHyphen(toks[from - 1].text) && toks[from - 1].start === toks[from - 2].end && toks[from].start === toks[from - 1].end) from -= 2;
  if (from < 0) {
    if (last > f.from) return -1;
    from = f.from;
  }
  let k = from - 1;
  while (k >= f.sentence.tokenStart && OPEN_QUOTES.has(toks[k].text)) k--;
  // (a name list's word only after its place: 'the Kansas City Royals', not 'the Royals')
  if (from === last && isListed(w, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames)) return -1;
  // (nor a town's people: 'Londoners', 'New Yorkers')
  if (w.endsWith('ers') && lex.known.get(w.slice(0, -3).toLowerCase()) === 'place') return -1;
  // (in a sports report, with its town before it, no 'the' needed, as cricket's and African football's reports write
  // them: 'Kolkata Knight Riders beat Rajasthan Royals', 'Lahore Qalandars won'; not after a name and 'of')
  // (nor a town's given name before a surname's plural shape, a player: 'Jordan Nobbs scored', 'Florence Banks')
  const person = last === from + 1 && isListed(toks[from].text, lex.firstNames, lex.givenNames);
  if ((k < f.sentence.tokenStart || !/^the$/i.test(toks[k].text)) && from < last && !person && !(toks[k]?.text === 'of' && k > f.sentence.tokenStart && isCapitalised(toks[k - 1].text)) && sports()) return from;
  if (k < f.sentence.tokenStart) return -1;
  // (nor a title's last word: 'Top of the Pops', 'Lord of the Rings')
  // (the document read for sports words last: most have an untyped name, few such a word)
  if (!/^the$/i.test(toks[k].text) || (k > f.sentence.tokenStart && toks[k - 1].text === 'of' && isCapitalised(toks[k - 2]?.text ?? ''))) return -1;
  // (outside a sports report, with its town before it where a team stands: 'the Kansas City Chiefs beat the Philadelphia
  // Eagles', a story of one sports word; not 'the U.S. Census', 'the Milan Indoors', which a sports word alone let in)
  if (sports()) return from;
  if (from === last) return -1;
  const { before, after } = around(ctx.doc.clean, f.sentence, toks[k].start, f.end);
  return teamContext(before, after, { common: true, personAt: () => false }) ? from : -1;
}
const NOT_TEAMS = new Set('Olympics Games Championships Finals Series Masters Nations Open Opens Awards Islands Mountains States Emirates Philippines Netherlands Alps Sports News Times Affairs Minutes Points Goals Guineas Tests Slams Sevens Worlds Ashes Scots Maoris Americas Marathons Trials Paralympics Dales Keys Docks Markets Hospitals Schools Colleges Universities Hills Lakes Moors Downs Fells Highlands Lowlands Plains Isles Banks Wells Sands Meadows Fields Gardens Woods Courts Streets Roads Boroughs Counties'.split(' '));

// a verb's past participle, regular or among the common irregular ones, before 'by' ('led by', 'written by', 'owned by')
const AGENT_PARTICIPLE = /^(?:\p{Ll}{2,}ed|led|written|run|won|beaten|taken|held|shot|seen|made|given|known|hit|chosen|driven|drawn|sung|built|bought|sold|brought|caught|taught|told|found|kept|left|met|paid|sent|struck|sworn|thrown|undone|overseen)$/u;
/** Words before a month that say it is one: 'in June', 'since May', 'last August', 'its May sales', 'under May New York'. */
const TIME_BEFORE = /^(?:in|on|since|until|till|by|from|during|of|last|next|early|late|mid|through|before|after|between|under|over|than|this|that|each|every|to|the|its|their|a)$/i;
/** Months that are given names too ('June Carter', 'Jan Kroslak'), or surnames ('Theresa May'). */
const MONTH_NAMES = new Set(['Jan', 'April', 'May', 'June', 'August']);

/**
 * `toks[k]` is joined by a hyphen to a word of the run [from, to) other than a month's or a day's: 'Sun' of 'Sun-Sentinel',
 * 'Jan' of 'Jan-Michael Gambill' (not 'April-July', a span of months)
 */
function hyphenated(toks: readonly Token[], k: number, from: number, to: number): boolean {
  if (k + 2 < to && isJoiner(toks[k + 1].text) && toks[k + 1].start === toks[k].end && toks[k + 2].start === toks[k + 1].end && !isMonthOrDay(toks[k + 2].text)) return true;
  return k - 2 >= from && isJoiner(toks[k - 1].text) && toks[k - 1].end === toks[k].start && toks[k - 2].end === toks[k - 1].start && !isMonthOrDay(toks[k - 2].text);
}
export const isMonthOrDay = (w: string) => MONTHS_DAYS.has(w.endsWith('.') ? w.slice(0, -1) : w);
const DAY_ABBREVIATIONS = new Set('Mon Tue Wed Thu Fri Sat Sun'.split(' '));
/**
 * Step 3's exception for a weekday's abbreviation without its full stop (`toks[k]`) before a capitalised word of the run
 * that is no month's or day's: a word of a name, 'Sun Microsystems', 'Sun Life', 'Sun Yang' (not 'Sun Dec 3', 'Wed.
 * Smith'; nor the sun after 'the', a title's last word before a name: 'In Tears of the Sun Willis plays')
 */
function dayAbbreviationInName(toks: readonly Token[], k: number, to: number): boolean {
  return k + 1 < to && DAY_ABBREVIATIONS.has(toks[k].text) && /^\p{Lu}\p{Ll}/u.test(toks[k + 1].text) && !isMonthOrDay(toks[k + 1].text) && !THE.has(toks[k - 1]?.text ?? '');
}

/**
 * Step 3's exception: a month (`toks[k]`, in the run `from`..`to`) that is a word of a person's name, a given name before
 * a surname ('June Carter', 'Jan Egeland', 'August Busch': a listed surname after it, no month or day, no organisation's
 * or place's word, and no word of the run a name compromise knows), or a surname after a listed given name with no
 * number after it ('Theresa May said'). Not 'Jan 5', 'Jan. Smith', 'Monday June 5', 'May Day', 'June Quarter'.
 */
function monthInName(ctx: NameContext, k: number, from: number, to: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k].text;
  if (!MONTH_NAMES.has(w)) return false;
  const prev = k > from ? toks[k - 1].text : '';
  if (MONTHS_DAYS.has(prev.replace(/\.$/, ''))) return false;
  if (k + 1 < to) {
    // (not after a word of time: 'In April Apple said', 'since June Microsoft has'; but 'by' after a participle is the
    // passive's agent, a name: 'analysts led by Jan Hatzius', 'a film directed by June Zorvath')
    if (k > 0 && k === from && TIME_BEFORE.test(toks[k - 1].text) && !(toks[k - 1].text === 'by' && k > 1 && AGENT_PARTICIPLE.test(toks[k - 2].text))) return false;
    const next = toks[k + 1].text;
    return (
      /^\p{Lu}\p{Ll}/u.test(next) &&
      !MONTHS_DAYS.has(next) &&
      !ORG_WORDS.has(next) &&
      !PLACE_TAILS.has(next) &&
      next !== 'Day' &&
      // (a listed surname; after 'Jan' that opens the run or follows a word a lexicon knows, a month's abbreviation
      // only as a date's, 'Jan 5', any word: 'Jan Kroslak', 'Czech Jan Hernych' (a common word after it, 'Jan Crude
      // futures', the person rules refuse); not after an unknown word, 'Ard Jan Vetham', whose surname the title rule's
      // 'Mr Vetham' types where the month cuts it off; nor in a document that abbreviates another month, a market
      // report's contract months: 'Jan Comex silver' beside 'Mar')
      (isListed(next, lex.lastNames, lex.surnames) || (w === 'Jan' && (k === from || isCommonish(lex, prev) || lex.known.has(prev.toLowerCase())) && !(ctx.monthAbbreviations ??= OTHER_MONTH_ABBREVIATION.test(ctx.doc.clean)))) &&
      // (nor a common noun's plural: 'the August Games')
      !(next.endsWith('s') && isCommonWord(next.slice(0, -1).toLowerCase())) &&
      // (no words of the run after it a place, organisation or nationality compromise knows: 'June Venice', 'May North
      // American', 'May New York')
      !toks.slice(k + 1, to).some((t, i, rest) => lex.known.has(t.text.toLowerCase()) || (i > 0 && lex.known.has(rest.slice(0, i + 1).map((r) => r.text).join(' ').toLowerCase())))
    );
  }
  return prev !== '' && isListed(prev, lex.firstNames, lex.givenNames) && !/^\d/.test(toks[k + 1]?.text ?? '');
}

/** another month's abbreviation than 'Jan' ('Feb', 'Mar', 'Sept'; `monthInName`) */
const OTHER_MONTH_ABBREVIATION = /\b(?:Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

const OPEN_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'", '»']);

/**
 * Where a person's name goes on past a nickname in quotes after a given name (the token at `i`, listed as a
 * first name): `Roberto " Hands of Stone " Duran`, `Joaquin 'El Chapo' Guzman` — one to four words, the first
 * capitalised, then the closing quote and a capitalised name right after it. `j` (the run ends) otherwise.
 */
function nicknameEnd(ctx: NameContext, i: number, j: number, end: number): number {
  const toks = ctx.toks;
  if (!OPEN_QUOTES.has(toks[j].text) || !isListed(toks[i].text, ctx.lex.firstNames, ctx.lex.givenNames)) return j;
  if (j + 1 >= end || !isCapitalised(toks[j + 1].text)) return j;
  for (let k = j + 2; k < Math.min(end, j + 6); k++) {
    if (!CLOSE_QUOTES.has(toks[k].text)) continue;
    const surname = k + 1;
    if (surname < end && isProperish(toks[surname]) && !PARTICLES.has(toks[surname].text)) return nameEnd(toks, surname, end, 2);
    return j;
  }
  return j;
}

/**
 * Where a run goes on after the '&' at `j`: past the proper nouns after it when they end in an organisation
 * word ('Gamble Co' of 'Procter & Gamble Co', 'Co' of 'Harris Upham & Co'); else `j` (the run ends before it:
 * 'Britain & France').
 */
function ampersandEnd(toks: readonly Token[], j: number, end: number): number {
  if (toks[j].start - toks[j - 1].end > 1) return j;
  const k = nameEnd(toks, j + 1, end);
  return k > j + 1 && (ORG_WORDS.has(toks[k - 1].text) || partnerEnd(toks, j, k)) ? k : j;
}
/** whether a partnership's word alone follows the '&' or the 'and' at `j`, ending the name at `k`: 'Brenholt & Sons', 'Zorvek and Brothers' */
const partnerEnd = (toks: readonly Token[], j: number, k: number) => k === j + 2 && PARTNERSHIP.has(toks[j + 1].text);

/**
 * Where a run goes on after the 'and' at `j` inside a firm's name: past the proper nouns after it when they end in an
 * organisation word and either open with a partnership's word ('Merck and Co Inc', 'Kidder, Peabody and Co', 'Smith
 * and Sons Ltd') or are two words or more after a common noun that is no organisation word ('American Telephone and Telegraph Co',
 * 'Savings and Loan Association'); else `j`: 'Chrysler and American Motors Corp', 'Congress and the Senate' are two.
 */
function andEnd(toks: readonly Token[], j: number, end: number, opensName = false): number {
  if (toks[j].start - toks[j - 1].end > 1 || j + 1 >= end) return j;
  const k = nameEnd(toks, j + 1, end, 4);
  // (or before a word that says organisation: 'the Law and Justice party', step 8d)
  const cue = k < end && ORG_CUES.has(toks[k].text);
  if (k === j + 1 || !(ORG_WORDS.has(toks[k - 1].text) || cue || partnerEnd(toks, j, k))) return j;
  const before = toks[j - 1].text;
  const partners = PARTNERSHIP.has(toks[j + 1].text);
  // (a noun, not an adjective: 'Continental and Louis Dreyfus Corp' are two; two words or more after it: 'House and
  // Senate' are two; no place's word before it: 'Gaza Strip and West Bank')
  // (and a common word right after it: 'Kansai Electric Power and Kansai International Airport' are two)
  // (a trade's word is a name's word before it, noun or not: 'Savings and Loan Association', 'National Distillers and
  // Chemical Corp')
  // (and a trade's organisation word before the topics of a body named by them, as a legislature's committees are: 'House
  // Energy and Commerce Committee', 'Senate Energy and Natural Resources Committee'; not a body's word: 'U.S. Justice
  // Department and Swiss Competition Commission' are two)
  const nameWord =
    TRADE_WORDS.has(before) ||
    (commonTag(before) === 'NOUN' && !ORG_WORDS.has(before) && !INSTITUTIONS.has(before) && !PLACE_TAILS.has(before)) ||
    (SECTOR_WORDS.has(before) && TOPIC_BODIES.has(toks[k - 1].text)) ||
    // (and an adjective that opens the name, alone after 'the' or a sentence's start, before a common word or more and
    // an organisation word: 'the Economic and Social Research Council', 'the Public and Commercial Services Union',
    // 'Industrial and Commercial Bank'; not one word and 'Party', two parties: 'The Conservative and Labour Party
    // conferences')
    (opensName && commonTag(before) === 'ADJ' && !(k - (j + 1) === 2 && toks[k - 1].text === 'Party'));
  return partners || ((k > j + 2 || cue) && isCommonWord(toks[j + 1].text) && nameWord) ? k : j;
}
/**
 * Whether `toks[j]` is a comma right after a name's word and a legal form follows it that no state's or country's
 * abbreviation is ('Las Vegas, NV', 'Pretoria, SA' are places).
 */
function commaLegalFormAt(toks: readonly Token[], j: number, end: number): boolean {
  return toks[j].text === ',' && j + 1 < end && toks[j].start === toks[j - 1].end && COMMA_LEGAL_FORMS.has(toks[j + 1].text);
}
/** whether `toks[from, to)` is a place's name to compromise's lexicon or the gazetteers */
function placeAt(ctx: NameContext, from: number, to: number): boolean {
  const { toks } = ctx;
  const start = toks[from].start;
  const end = toks[to - 1].end;
  return ctx.lex.known.get(ctx.doc.clean.slice(start, end).toLowerCase()) === 'place' || ctx.known.some((c) => c.type === 'place' && c.start === start && c.end === end);
}
// (not 'LP', a record's format too, 'Polydor, LP and CD'; nor 'Pte', which 'Ltd' follows; nor 'Co.', Colorado's and a
// county's after a town: 'Boulder, Co.', 'Mallow, Co. Cork')
const COMMA_LEGAL_FORMS = new Set('Inc Inc. Incorporated Ltd Ltd. Limited LLC L.L.C. LLP L.L.P. Corp Corp. Plc PLC plc GmbH S.A. N.V. L.P. S.p.A. SpA Pty'.split(' '));
/** whether `word` is a legal form that may follow a firm's name after a comma (`COMMA_LEGAL_FORMS`; tag-entities.ts reads it too) */
export const isCommaLegalForm = (word: string) => COMMA_LEGAL_FORMS.has(word);
/**
 * Whether tokens i, i+1, i+2, i+3 are a name, 'and', a name and a legal form, each name one word, no given name nor a
 * common word but a surname, that no gazetteer nor lexicon types: a firm named by its two founders ('Turner and Newall
 * Plc', 'Zorvek and Kellmoor Ltd'), which had been the second name's alone. Not two firms ('Ford and Chrysler Corp',
 * 'Hasbro and Mattel Inc'), nor a common word's ('Marks and Spencer Plc', 'Smith and Nephew Plc' are andEnd's or the
 * gazetteer's).
 */
function surnamesFirmAt(ctx: NameContext, i: number, end: number): boolean {
  const { toks, lex } = ctx;
  if (i + 3 >= end || !LEGAL_FORMS.has(toks[i + 3].text) || toks[i + 2].start - toks[i + 1].end > 1) return false;
  for (const k of [i, i + 2]) {
    const w = toks[k].text;
    if (!isCapitalised(w) || !hasLower(w) || (isCommon(lex, w) && !isListed(w, lex.lastNames, lex.surnames)) || isListed(w, lex.firstNames) || lex.known.get(w.toLowerCase()) === 'organization' || ctx.known.some((c) => c.type !== null && c.start === toks[k].start)) return false;
  }
  return true;
}
/**
 * Where a firm's name of one capitalised word, 'and' or '&', and one or two capitalised words before a legal form ends
 * (after the legal form), or `i + 1`: 'Zorvex and Western Inc', 'Harbeck and Howell Co', 'Kellan and Shop Cos Inc', 'B
 * and R International Inc', which had been the second name's alone (10 MB bench corpus: ~20 such cuts wrong, ~8 right).
 * Not where the first word is a name of its own, a gazetteer's or compromise's ('Chrysler and American Motors Corp',
 * 'Hongkong and Shanghai Hotels Ltd'), in capitals ('MCA and Cineplex Odeon Corp'), a legal form or a list's next name after a
 * comma ('Zorvex, Kellby and Quandell Hotels Corp'; after a legal form the run is the firm's before it: 'Lac Minerals Ltd
 * and Cambior Inc'), a name the document writes alone elsewhere; nor where the second part has an acronym or three
 * words ('Redstone and MCV Holdings Inc', 'Jenrette and Pacific Asset Holdings L.P.').
 */
function pairFirmEnd(ctx: NameContext, i: number, s: Sentence): number {
  const { toks, lex } = ctx;
  const end = s.tokenEnd;
  const x = toks[i].text;
  // (nor a coinage of two capitalised parts, a name of its own: 'ZorvCorp and Banc Quimbar Corp' are two; 'McKellan' is none)
  if (i + 3 >= end || LEGAL_FORMS.has(x) || !isCapitalised(x) || !(hasLower(x) || x.length === 1) || (CAMEL_CASE.test(x) && isCoinage(x, lex))) return i + 1;
  if (i > s.tokenStart && toks[i - 1].text === ',') return i + 1;
  // (nor an adjective, as `andEnd` reads one: 'Continental and Western Grain Corp' are two)
  if (lex.known.has(x.toLowerCase()) || commonTag(x) === 'ADJ' || ctx.known.some((c) => c.type !== null && c.start === toks[i].start)) return i + 1;
  // the second part: one or two capitalised words of small letters, no legal form, then a legal form
  let legal = -1;
  for (let k = i + 2; k < end && k <= i + 4 && legal < 0; k++) {
    const w = toks[k].text;
    if (LEGAL_FORMS.has(w)) legal = k;
    else if (!isCapitalised(w) || !hasLower(w) || toks[k].start - toks[k - 1].end > 1) return i + 1;
  }
  if (legal <= i + 2) return i + 1;
  // (nor a name the document writes alone inside a sentence elsewhere: 'former Zorvex and Bad Company singer' beside
  // 'rockers Zorvex, who', a band of its own; the document's text read last, for the few runs of this shape)
  if (new RegExp(`[\\p{Ll},] ${escapeRegExp(x)}\\b(?! (?:and|&) )`, 'u').test(ctx.doc.clean)) return i + 1;
  return legal + 1;
}
/**
 * Where a firm's name goes on after 'and' (`toks[j]`) with one to three common words of a trade and a legal form (after
 * the legal form), or `j`: 'Zorvex Trust and Banking Co Ltd', 'Quimbar Gas and Electric Corp', 'Kellby Oil and Gas Ltd',
 * 'Zorva National Bank and Trust Co', which had been the first part and a second firm of common words alone (`andEnd`
 * takes no organisation word before 'and'). Such words and a legal form name no firm of their own; not after a legal
 * form or a body's head ('Zorvex Corp and Dynamics Corp', 'the Commerce Department and …'), nor where the second part
 * opens with an adjective or a gazetteer's name ('Zorvex Group and General Motors Corp').
 */
function tradePartEnd(ctx: NameContext, j: number, end: number): number {
  const { toks, lex } = ctx;
  const before = toks[j - 1].text;
  if (toks[j].start - toks[j - 1].end > 1 || !isCapitalised(before) || !hasLower(before) || LEGAL_FORMS.has(before) || (ORG_HEADS.has(before) && before !== 'Bank') || INSTITUTIONS.has(before) || !isCommon(lex, before)) return j;
  let k = j + 1;
  while (k < end && k <= j + 3 && !LEGAL_FORMS.has(toks[k].text)) {
    const w = toks[k].text;
    if (!isCapitalised(w) || !hasLower(w) || !isCommon(lex, w) || isListed(w, lex.firstNames, lex.givenNames) || toks[k].start - toks[k - 1].end > 1) return j;
    k++;
  }
  if (k === j + 1 || k >= end || !LEGAL_FORMS.has(toks[k].text)) return j;
  const first = toks[j + 1].text;
  if ((commonTag(first) === 'ADJ' && !TRADE_WORDS.has(first)) || ctx.known.some((c) => c.type !== null && c.start === toks[j + 1].start)) return j;
  // (the legal forms after it: 'Co Ltd')
  while (k < end && LEGAL_FORMS.has(toks[k].text) && toks[k].start - toks[k - 1].end <= 1) k++;
  return k;
}
// bodies named by their topics, and the organisation words that name a trade, one of those topics too ('Energy'; not
// 'Securities', whose commission the gazetteer holds: 'US Securities and Exchange Commission' is a place and its entry)
const TOPIC_BODIES = new Set(['Committee', 'Committees', 'Commission']);
const SECTOR_WORDS = new Set('Energy Petroleum Oil Gas Telecom Media Insurance Investments Communications Financial Industries Electronics Pharmaceuticals'.split(' '));
// what follows 'and' in a partnership's name: 'Merck and Co', 'Smith and Sons'
const PARTNERSHIP = new Set('Co Co. Company Sons Partners Associates Brothers'.split(' '));

/** an organisation word among tokens [from, to) */
function hasOrgWord(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_WORDS.has(toks[k].text)) return true;
  return false;
}

/**
 * 1b''. An Arabic or Urdu particle joined by hyphens inside one name: 'Inzamam-ul-Haq', 'Ata-ur-Rehman', 'Misbah-ul-Haq',
 * 'Nasr-ud-Din', 'Abd-el-Kader' (the run stopped at the particle in lower case, and 'Inzamam' was the person). `toks[k]`
 * is the first hyphen; all five tokens touch.
 */
function particleJoinedAt(ctx: NameContext, k: number, end: number): boolean {
  const toks = ctx.toks;
  // (not after a title: 'Sheikh-ul-Islam', an office)
  if (k + 3 >= end || !isHyphen(toks[k].text) || !NAME_JOINING_PARTICLES.has(toks[k + 1].text) || !isHyphen(toks[k + 2].text) || ctx.roleWords.has(toks[k - 1].text)) return false;
  for (let m = k; m <= k + 3; m++) if (toks[m].start !== toks[m - 1].end) return false;
  return isCapitalised(toks[k + 3].text);
}
const NAME_JOINING_PARTICLES = new Set('ul ur ud us ut uz al el ad ar as at az an'.split(' '));

/** a joiner attached to the capitalised word before it and to a capitalised word after it, before `end`: the '-' of 'Allied-Signal' */
const joinedAt = (toks: readonly Token[], k: number, end: number) =>
  k + 1 < end && isJoiner(toks[k].text) && toks[k].start === toks[k - 1].end && toks[k + 1].start === toks[k].end && isCapitalised(toks[k + 1].text);

/**
 * 1b. A family name and a given name of two syllables joined by a hyphen, the second in lower case, as news writes
 * Korean and Taiwanese names: 'Lee Jae-myung', 'Kim Jong-un', 'Ban Ki-moon', 'Moon Jae-in', 'Tsai Ing-wen' (the run
 * stopped at 'Jae', and 'Lee Jae' was the person). `toks[k]` is the hyphen; the word two before it is of a name list,
 * the lower-case syllable ends the word and is no head that makes an adjective of a name ('Hong Kong-based', 'Sri
 * Lanka-born', 'Wall Street-style', 'Star Wars-themed': a participle, or one of `COMPOUND_HEADS`).
 */
function hyphenGivenAt(ctx: NameContext, k: number, end: number): boolean {
  const { toks, lex } = ctx;
  if (k + 1 >= end || !isHyphen(toks[k].text) || toks[k].start !== toks[k - 1].end || toks[k + 1].start !== toks[k].end) return false;
  const syllable = toks[k + 1].text;
  if (!SYLLABLE.test(syllable) || !GIVEN_SYLLABLE.test(toks[k - 1].text) || COMPOUND_HEADS.has(syllable)) return false;
  // (the word ends there, before a space, a punctuation mark or a possessive: 'Kim Jong-un's')
  const after = toks[k + 2];
  if (after && after.start === toks[k + 1].end && (hasLetter(after.text) || isJoiner(after.text)) && !APOSTROPHE_S.test(after.text)) return false;
  if (syllable.endsWith('ed') || (lex.commonWords.has(syllable) && PARTICIPLE.test(syllable))) return false;
  return isCapitalised(toks[k - 2].text) && isListed(toks[k - 2].text, lex.lastNames, lex.surnames, lex.firstNames, lex.givenNames);
}
// (a romanised syllable of two to six letters, never a plural's 's' at the end: not 'Mario T-shirts')
const SYLLABLE = /^[a-z]{1,5}[a-rt-z]$/;
const HYPHEN_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{1,5}[a-rt-z]$/;
const GIVEN_SYLLABLE = /^[A-Z][a-z]{0,4}[a-rt-z]$/;
const PARTICIPLE = /(?:ing|en)$/;
/** words that make an adjective of the name before them ('Obama-era', 'Hong Kong-bound', 'New York-style') */
const COMPOUND_HEADS = new Set('era style born like type wide free only made bound run class size sized level area old esque ish proof day year time up out off over'.split(' '));

/**
 * 1c. 'Will' before a capitalised word is a given name, not the verb the lexicon tags it: 'captain Will Carling', 'Actor
 * Will Smith' (no run began there); not in a headline in title case ('Trump Will Visit China'), nor a question's
 * ('"Will Democrats win?"', 'Will Trump run again?': after a quote, a colon or a bracket, or a sentence ending in '?').
 */
function givenWill(ctx: NameContext, s: Sentence, k: number, headline: boolean): boolean {
  const { toks } = ctx;
  if (headline || k + 1 >= s.tokenEnd || !continuesName(toks, k + 1) || toks[s.tokenEnd - 1].text === '?') return false;
  // (nor a verb's or an adverb's, 'Questions Will Become Answers', 'Will Always Love': a line in title case the headline
  // test missed, where a capitalised word other than a title stands before it too, 'Obama Will Hand Election')
  const tag = commonTag(toks[k + 1].text);
  if (tag === 'VERB' || tag === 'ADV') return false;
  if (k === s.tokenStart) return true;
  const prev = toks[k - 1].text;
  return !QUESTION_OPENERS.has(prev) && (!isCapitalised(prev) || isRoleWord(ctx, s, k - 1));
}
const QUESTION_OPENERS = new Set(['"', '“', "'", '‘', ':', '(', '[', '-', '–', '—']);

/** `toks[k]` is a proper noun right after the token before it (at most one space between): a run goes on */
const continuesName = (toks: readonly Token[], k: number) => isProperish(toks[k]) && toks[k].start - toks[k - 1].end <= 1 && !isDomainName(toks[k].text) && !isDomainName(toks[k - 1].text);
/** a domain name is a name alone: 'on SidestandUp.com Ben Slavin' is two (the test of '.' first: every run's word asks) */
const isDomainName = (w: string) => w.indexOf('.') > 0 && DOMAIN_NAME.test(w);
/** a domain name's first part, the site's or the firm's name: 'Vittana' of 'Vittana.org' */
const domainLabel = (name: string) => name.slice(0, name.indexOf('.'));

/** an institution's word that a founder's possessive opens the name of: "Addenbrooke's Hospital", "Guy's Hospital" */
const FOUNDED_WORDS = new Set('Hospital Infirmary College School Academy'.split(' '));
/**
 * Step 1c: where an organisation's name that holds a common noun's possessive ends, or `j` (the possessive's token):
 * "Harris County Sheriff's Office", "Manhattan District Attorney's Office", "Boston Children's Hospital", "Workers'
 * Party". The word before the possessive is a capitalised common noun of wink-nlp's lexicon that names people (a title's
 * word, a plural: 'Sheriff', 'Attorney', 'Children', 'Workers'), after it one to three capitalised words, the last an
 * organisation's word ('Office', 'Hospital', 'Party').
 * Not a name's possessive: "Trump's Justice Department" is a person and a body (the rule took 'Sheriff' for a surname,
 * "Harris County Sheriff" a person).
 */
function possessiveOrgEnd(ctx: NameContext, j: number, end: number): number {
  const toks = ctx.toks;
  const t = toks[j].text;
  const plural = t === "'" || t === '’';
  if (!(APOSTROPHE_S.test(t) || plural) || toks[j].start - toks[j - 1].end > 1) return j;
  const noun = toks[j - 1].text;
  // (a saint's name: "St. Mary's Hospital", "St Thomas' Hospital", "Saint Patrick's Cathedral", "St. Luke's Medical Center",
  // which had been the saint, a town or no mention; the church's, the school's or the hospital's word after it)
  // (not a town named after the saint: "St. Louis's Busch Stadium", "St. Petersburg's Hermitage Museum")
  if (j >= 2 && TITLE_CASE_WORD.test(noun) && SAINT_TITLES.has(toks[j - 2].text) && ctx.lex.known.get(`${toks[j - 2].text} ${noun}`.toLowerCase()) !== 'place' && ctx.lex.known.get(`saint ${noun}`.toLowerCase()) !== 'place') {
    const stop = nameEnd(toks, j + 1, end, 3);
    return stop > j + 1 && (ORG_WORDS.has(toks[stop - 1].text) || PLACE_TAILS.has(toks[stop - 1].text)) ? stop : j;
  }
  // (a founder's name, no lexicon's word, no listed surname nor one the document names after a given name, and no
  // gazetteer's name, before a hospital's or a school's word: "Addenbrooke's Hospital", "Zorvek's College", which had
  // been no mention; not "Britain's Hospital Trusts", "Arteta's Academy graduates" after 'Mikel Arteta')
  if (!plural && TITLE_CASE_WORD.test(noun) && FOUNDED_WORDS.has(toks[j + 1]?.text ?? '') && j + 1 < end && !(j + 2 < end && isCapitalised(toks[j + 2].text)) && !isCommon(ctx.lex, noun) && !ctx.lex.known.has(noun.toLowerCase()) && !isListed(noun, ctx.lex.lastNames, ctx.lex.surnames) && !surnamesNamed(ctx).has(noun) && !ctx.known.some((c) => c.start === toks[j - 1].start))
    return j + 2;
  // (a plural wink-nlp's lexicon lacks, its singular's: "Westminster Magistrates' Court")
  if (!TITLE_CASE_WORD.test(noun) || !(plural ? isNounOrPlural(noun) : commonTag(noun) === 'NOUN') || (plural && !noun.endsWith('s'))) return j;
  // (a people's noun: a title's word of roles.txt, a plural, 'Children', 'People'; not a firm's common-word name, "Apple's
  // Board")
  if (!ctx.roleWords.has(noun) && !noun.endsWith('s') && !PEOPLE_NOUNS.has(noun)) return j;
  const stop = nameEnd(toks, j + 1, end, 3);
  // (or a college's word and its town: "King's College London", `collegeOfTown`)
  return stop > j + 1 && (ORG_WORDS.has(toks[stop - 1].text) || (stop > j + 2 && collegeOfTown(toks.slice(j - 1, stop)))) ? stop : j;
}

/** a saint's title before a name ('St. Mary', 'Saint Patrick'), as wink-nlp tokenises it */
const SAINT_TITLES = new Set(['St.', 'St', 'Saint', 'Ste.', 'Ste']);
/** plural nouns of people with no -s: "Children's Hospital", "People's Party" */
const PEOPLE_NOUNS = new Set(['Children', 'People', 'Women', 'Men']);

/** Where the proper nouns from `k` on end (at most `max` of them, and not past `end`). */
function nameEnd(toks: readonly Token[], k: number, end: number, max = Infinity): number {
  const from = k;
  while (k < end && k - from < max && continuesName(toks, k)) k++;
  return k;
}

const isNotJoinerToken = (t: Token) => !isJoiner(t.text);
const isAllCapsToken = (t: Token) => isAllCapsWord(t.text);

/** A title of `roles` starts at `pos` in `text`, followed by a space ('Prime Minister Sheikh Hasina'). */
function roleStartsAt(text: string, pos: number, roles: readonly string[]): boolean {
  // (loops rather than closures made per call in this file's hot functions: see docs/ARCHITECTURE.md, "Hot code")
  for (const r of rolesStartingAt(text, pos, roles)) if (text.startsWith(r, pos) && isSpaceCode(text.charCodeAt(pos + r.length))) return true;
  return false;
}

/**
 * Organisation words that take 'of' and a name after them: 'Bank of Finland', 'Council of Europe' (not 'City', a football
 * club's word); 'Journal' too, a journal's name, not before a place: 'the Journal of Commerce', 'the New England Journal
 * of Medicine' (which was 'New England Journal' alone; 'the Wall Street Journal of New York' stays the paper and the place:
 * `ofEnd`)
 */
const ORG_OF = new Set(
  'Ministry Council Agency Office Service Group Forces Party Bank University College Institute Corporation Company Committee Commission Association Union Organization Organisation Court Parliament Assembly Army Navy Department Federation Foundation Fund Authority Board Bureau Centre Center Centres Centers Institutes Guard Brigade Directorate Secretariat Congress Front Movement Coalition League Society Church Trust Academy School Hospital Infirmary Chamber Tigers Missionaries Museum Library Gallery Orchestra Brotherhood Laboratory Laboratories Journal Diocese Archdiocese Eparchy Patriarchate'.split(' '),
);
// libraries and orchestras are organisations ('the Library of Congress', 'the London Symphony Orchestra'); museums and
// galleries places, buildings as CoNLL-2003 tags them ('New York 's Metropolitan Museum', 'the Islamic Museum in Cairo'
// are LOC there): `FACILITY_WORDS`, and the run over 'of' after one too ('the Metropolitan Museum of Art'; the British
// Museum's 'British' was the mention)
for (const w of 'Library Orchestra'.split(' ')) ORG_WORDS.add(w);

// a magazine's name ('Life Learning Magazine', 'Zorvex Magazine said')
ORG_WORDS.add('Magazine');
// a church's sees are organisations, as its parishes' churches are not: 'the Archdiocese of Krakow' (which had been the
// city), 'the Catholic Diocese of Orlu', 'the Anglican Diocese'
for (const w of 'Diocese Archdiocese Eparchy Patriarchate'.split(' ')) ORG_WORDS.add(w);
const FACILITY_WORDS = new Set(['Museum', 'Gallery']);
/**
 * a museum's or a gallery's name: its word last, or before 'of' ('British Museum', 'Museum of Modern Art'); a gallery's
 * with a name in it, not common words only: a web page's 'View the Full Gallery', 'Image Gallery', 'Readers' Costumes
 * Picture Gallery' are photo galleries (12 false places on boilerplate-dev in a first version; 'National Gallery' is lost)
 */
function facilityName(ctx: NameContext, from: number, to: number): boolean {
  const toks = ctx.toks;
  let k = FACILITY_WORDS.has(toks[to - 1].text) ? to - 1 : -1;
  for (let m = from; m < to - 1 && k < 0; m++) if (FACILITY_WORDS.has(toks[m].text) && toks[m + 1].text === 'of') k = m;
  if (k < 0) return false;
  if (toks[k].text !== 'Gallery') return true;
  for (let m = from; m < to; m++) if (m !== k && toks[m].text !== 'of' && !isCommon(ctx.lex, toks[m].text)) return true;
  return false;
}

/** Organisation words that take 'for' and a name after them: 'Office for National Statistics', 'Department for Transport', 'Centers for Disease Control'. */
const ORG_FOR = new Set('Office Department Ministry Commission Council Committee Centre Center Centres Centers Institute Institutes Agency Foundation Fund Campaign Alliance Coalition Society Association Organization Organisation Laboratory'.split(' '));

/** Whether a comma and a place the lexicon knows follow token `to`: 'Blair, Nebraska' (an apposition: the town's state). */
function placeAppositionAfter(ctx: NameContext, to: number): boolean {
  const { toks } = ctx;
  return toks[to]?.text === ',' && to + 1 < toks.length && /^\p{Lu}/u.test(toks[to + 1].text) && ctx.lex.known.get(toks[to + 1].text.toLowerCase()) === 'place';
}

/** a draw's, a results table's or a match's own words, which stand where a team does: 'Qualifier vs.', 'Group 4', 'Total 229' */
const DRAW_WORDS = new Set('Qualifier Qualifiers Group Total Totals Winner Winners Loser Round Match Game Games Seed Bye Draw Final Semifinal Extras'.split(' '));
/**
 * A cricket scorecard's or averages table's line, whose names are players: a batsman's 'not out' or an average of two
 * decimals ('Salim Malik 100 not out , Ijaz Ahmed 61 )', 'Wasim Akram 3 5 1 98 40 24.50'); a league table's numbers are
 * whole, a percentage's start with a point ('.543'), and an Australian rules score has its points after it. (The team
 * of such a line has its innings' players in brackets after its total: 'Gloucestershire 280 ( J. Russell 63 , D. Fulton
 * 52 not out )', which the caller reads.)
 */
function cricketLine(ctx: NameContext, s: Sentence): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = ctx.toks[k].text;
    // (not an Australian rules score, goals and behinds before the points in brackets: 'Adelaide 14.12 ( 96 )')
    if ((w === 'not' && ctx.toks[k + 1]?.text === 'out') || (AVERAGE.test(w) && ctx.toks[k + 1]?.text !== '(')) return true;
  }
  return false;
}
const AVERAGE = /^\d{1,3}\.\d\d$/;

/** one-word names of newspapers that are words too ('the Guardian', 'the Times', 'the Sun': step 8b') */
// 'reported' or 'reports' ending a clause after a name: an outlet's attribution (step 8b''')
const OUTLET_REPORTED_AFTER = /^\s+(?:has\s+)?(?:reported|reports)(?=\s*[.,;:]|\s*$|\s+(?:on|late|earlier|last|this|yesterday|today|citing|quoting)\b)/;
const NEWSPAPER_WORDS = new Set('Guardian Times Sun Telegraph Mirror Independent Observer Herald Post Star Express Mail Globe Tribune Chronicle Journal Gazette Standard Economist Spectator Examiner Inquirer Courier Bulletin Register Sentinel Dispatch Scotsman Age Australian Hindu Nation'.split(' '));
// what a paper does, right after its name: 'the Guardian understands', 'the Times has learned'
const PAPER_DOES = /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|reported|reports|understands|understood|revealed|reveals|learned|learnt|disclosed|quoted|cited|wrote|writes|published|obtained|claimed|claims)\b/;
// what is done to a paper, right before 'the': 'told the Telegraph', 'according to the Independent'
const DONE_TO_PAPER = /\b(?:told|tells|telling|according to|interview with|interviewed by|wrote in|writing in|column in|op-ed in|reported by|quoted by|quoted in|to the editor of|editor of)\s+the\s*$/i;
/** one-word names of broadcast networks that are common words and surnames too (step 8b'''') */
const NETWORK_WORDS = new Set(['Fox']);
/**
 * what says a network of `NETWORK_WORDS` is meant (step 8b''''): its channels or a network's words after it, or 'on' or a
 * network's kind before it ('on Fox' not before a gerund: 'a ban on Fox hunting'); no verb after it, which a person of
 * the surname does as well ('Dr Fox reported', 'Ms Fox aired her concerns')
 */
const NETWORK_CUE = new RegExp(
  `\\b(?:${[...NETWORK_WORDS].join('|')})(?:['’]s)? (?:News|Business|Sports|Broadcasting|network|networks|affiliate|affiliates|channel|television|TV|broadcast|broadcasts|host|hosts|anchor|anchors|station|stations)\\b|\\b(?:network|broadcaster|channel) (?:${[...NETWORK_WORDS].join('|')})\\b|\\bon (?:${[...NETWORK_WORDS].join('|')})\\b(?! [a-z]+ing\\b)`,
);
/** '&' or 'and' and a capitalised common word after the run ending before token `to`: a show's title ('Fox and Friends'; step 8b'''') */
function showAfter(ctx: NameContext, to: number): boolean {
  const joiner = ctx.toks[to]?.text;
  const next = ctx.toks[to + 1]?.text ?? '';
  return (joiner === '&' || joiner === 'and') && isCapitalised(next) && isCommonish(ctx.lex, next);
}
/** Step 8b': whether the name at `start` (after 'the') stands where a newspaper does: `PAPER_DOES` after it or `DONE_TO_PAPER` before */
function newspaperName(text: string, s: Sentence, start: number, after: string): boolean {
  return PAPER_DOES.test(after) || DONE_TO_PAPER.test(text.slice(Math.max(s.start, start - 30), start));
}

/** Step 7a: the run [from, to) (its words `words`) is a name of a byline, a sentence of a few words opening with 'By'. */
function bylineName(ctx: NameContext, s: Sentence, from: number, to: number, words: readonly Token[]): boolean {
  const { toks } = ctx;
  if (toks[s.tokenStart].text !== 'By' || s.tokenEnd - s.tokenStart > 24 || from === s.tokenStart) return false;
  // (every word between 'By' and the run a name's, a comma or 'and', and the run ending the sentence or before one of
  // them: not 'By contrast, he said, New Labour had …', 'By any measure, New Yorker Dick Morris is …')
  for (let k = s.tokenStart + 1; k < from; k++) {
    const w = toks[k].text;
    if (w !== ',' && w !== 'and' && !/^\p{Lu}/u.test(w)) return false;
  }
  const before = toks[from - 1].text;
  if (before !== 'By' && before !== 'and' && before !== ',') return false;
  if (to < s.tokenEnd && toks[to].text !== ',' && toks[to].text !== 'and' && hasLetter(toks[to].text)) return false;
  // (in capitals, as the New York Times sets them, a given name of the shorter list first and an initial or a word
  // after it: 'By BRIAN X. CHEN', 'By JANE E. BRODY')
  const capitals = words.every(isAllCapsToken) && ctx.lex.firstNames.has(words[0].text.toLowerCase());
  for (const t of words) {
    const w = capitals ? cap(t.text) : t.text;
    if ((!/^\p{Lu}\p{Ll}/u.test(w) && !(capitals && INITIAL.test(w))) || ORG_WORDS.has(w) || MONTHS_DAYS.has(w) || BYLINE_WORDS.has(w) || ctx.lex.known.get(w.toLowerCase()) === 'organization') return false;
  }
  return true;
}
// what a byline names besides persons: 'By Reuters Staff', 'By Our Correspondent'
const BYLINE_WORDS = new Set('Staff Reporter Reporters Correspondent Correspondents Editor Editors Writer Writers Our Agencies Wires'.split(' '));

/** Whether the word before 'of' or 'for' at `k` is an organisation word that takes it. */
const takesName = (toks: readonly Token[], k: number) =>
  // ('Office' not after a word that makes an office of its own: 'the Oval Office of the White House', 'the Foreign Office
  // of Britain')
  toks[k - 1].text === 'Office' && OFFICE_COMPOUNDS.has(toks[k - 2]?.text ?? '')
    ? false
    : toks[k].text === 'on'
    ? ORG_ON.has(toks[k - 1].text) && !!toks[k + 1] && !isMonthOrDay(toks[k + 1].text)
    : ((toks[k].text === 'of' ? ORG_OF : toks[k].text === 'for' ? ORG_FOR : null)?.has(toks[k - 1].text) ?? false) || chamberOfAt(toks, k);
/** words before 'Office' that make an office of their own name, which takes no 'of' (`takesName`) */
const OFFICE_COMPOUNDS = new Set('Oval Foreign Home Post Cabinet War Box Colonial Patent Passport Record Records Crown Scottish Welsh Northern Met'.split(' '));
/**
 * the chambers of a legislature named 'House of …' ('House of Representatives', 'House of Commons'): 'House' takes 'of'
 * before these words only ('House of Fraser', 'House of Cards', 'the House of Saud' are no chamber)
 */
const HOUSE_OF = new Set('Representatives Commons Lords Councillors Delegates Assembly Keys Peoples Nationalities Federation'.split(' '));
/** token `k` is the 'of' of a chamber's name: 'House' before it, a chamber's word after it (`HOUSE_OF`) */
const chamberOfAt = (toks: readonly Token[], k: number) => toks[k - 1]?.text === 'House' && toks[k]?.text === 'of' && HOUSE_OF.has(toks[k + 1]?.text ?? '');
/**
 * Organisation words that take their topic after 'on': 'Commission on Presidential Debates', 'Council on Foreign
 * Relations', 'Committee on Foreign Affairs'; not 'Conference', an event's ('the Fourth World Conference on Women', whose
 * 'Conference on Disarmament' CoNLL-2003 leaves untagged), nor before a day's or a month's name ('the Council on Monday
 * said'), and common words only after it (`ofEnd`: not 'the Intelligence Committee on Russia').
 */
const ORG_ON = new Set('Commission Council Committee Subcommittee Institute Panel Coalition Centre Center'.split(' '));

/** An organisation word and 'of' or 'for' inside tokens [from, to): 'Bank of Finland', 'Office for National Statistics' */
function hasOrgOf(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (takesName(toks, k)) return true;
  return false;
}

/** Whether up to three capitalised words at token `k` are a place compromise's lexicon knows or a country's word ('New Jersey', 'London', 'France'). */
function placeWordsAt(ctx: NameContext, k: number, end: number): boolean {
  const e = nameEnd(ctx.toks, k, end, 3);
  for (let m = e; m > k; m--) {
    const name = singleSpaced(ctx.doc.clean.slice(ctx.toks[k].start, ctx.toks[m - 1].end));
    if (ctx.lex.known.get(name.toLowerCase()) === 'place' || ctx.lex.qualifiers.has(name)) return true;
  }
  return false;
}

/**
 * Where a run goes on after the 'of' (or 'for') at `j`: past it, an optional 'the' and up to three proper nouns, when the
 * run so far (from `i`) ends in an organisation word that takes 'of' ('Bank of Finland', 'Kurdistan Democratic
 * Party of Iran'); else `j` ('President of Azerbaijan', 'City of London', 'Freedom Front of General Constand
 * Viljoen' stay apart).
 */
function ofEnd(ctx: NameContext, i: number, j: number, end: number): number {
  const { toks } = ctx;
  if (!takesName(toks, j)) {
    // (or a noble's title and 'of' name a building or a body after the noble: 'the Princess of Wales Theatre', 'the Duke
    // of Zorvex Hall', 'the Prince of Wales Hospital', its place's or its organisation's word last)
    if (i === j - 1 && NOBLE_TITLES.has(toks[i].text)) {
      const e = nameEnd(toks, j + 1, end, 3);
      if (e > j + 2 && (PLACE_TAILS.has(toks[e - 1].text) || ORG_WORDS.has(toks[e - 1].text))) return e;
    }
    // (or the name goes on to a word that says organisation: 'the Alternative for Germany party', 'the Brothers of
    // Italy party', step 8d; after a word in lower case, not 'Members of the Sinn Fein party' opening a sentence)
    if (i === 0 || !isLowerWord(toks[i - 1].text)) return j;
    // (nor a person's name before it, a title or a given name first: 'president Matteo Lanzoni of the Lega party')
    if (ctx.roleWords.has(toks[i - 1].text) || isListed(toks[i].text, ctx.lex.firstNames, ctx.lex.givenNames)) return j;
    const k = toks[j + 1]?.text === 'the' ? j + 2 : j + 1;
    const e = k < end ? nameEnd(toks, k, end, 3) : k;
    return e > k && i < j && e < end && ORG_CUES.has(toks[e].text) ? e : j;
  }
  // (a chamber's 'House of' takes its one word, and the run ends there: 'Speaker of the House of Representatives Wahono')
  if (chamberOfAt(toks, j)) return i < j ? j + 2 : j;
  let k = j + 1;
  if (toks[k]?.text === 'the') k++;
  // (a journal's 'of' before a place is the paper's edition there, or where it is: 'the Wall Street Journal of New York')
  if (toks[j - 1].text === 'Journal' && k < end && placeWordsAt(ctx, k, end)) return j;
  // a title after 'of' starts a person's name: 'the Awami League of Prime Minister Sheikh Hasina' (a word of a title
  // alone does not: 'Department of Defense')
  if (k < end && roleStartsAt(ctx.doc.clean, toks[k].start, ctx.lex.roles)) return j;
  let e = nameEnd(toks, k, end, 3);
  // (up to a person's name after the body's: 'the Office of Government Ethics Walter Shaub', `personOpensAt`; a title
  // between them stays the run's, which step 4 splits: 'Bank of Japan Governor Satoshi Sumita')
  // (not after a saint's word, nor before an organisation's or a place's word: 'the Church of St Mary Magdalene', 'the
  // University of Oxford Martin School')
  for (let m = k + 1; m < e && !ctx.roleWords.has(toks[m].text); m++)
    if (personOpensAt(ctx, m, end) && !SAINT.test(toks[m - 1].text) && !ORG_WORDS.has(toks[m + 1].text) && !PLACE_TAILS.has(toks[m + 1].text)) {
      e = m;
      break;
    }
  // (nor a people's adjective before a noun in lower case: 'the Central Issuing Office of the Swiss cantonal banks')
  // (a people's plural noun is a name's: 'the Council of Canadians said')
  if (e === k + 1 && ctx.lex.nationalities?.has(toks[k].text) && nounAfterWord(toks[e]?.text ?? '')) return j;
  // a name after 'for' may go on past 'and', and then 'in' and one word: 'Department for Work and Pensions', 'Organisation for Economic
  // Cooperation and Development', 'Organisation for Security and Cooperation in Europe'
  // (not 'in' alone: 'Institute for International Economics in Washington')
  if (e > k && toks[j].text === 'for') {
    const and = toks[e]?.text === 'and' && e + 1 < end ? nameEnd(toks, e + 1, end, 3) : e;
    if (and > e + 1) {
      e = and;
      const inPlace = toks[e]?.text === 'in' && e + 1 < end ? nameEnd(toks, e + 1, end, 1) : e;
      if (inPlace > e + 1) e = inPlace;
    }
  }
  // an aim's noun after 'for the' goes on with its 'of' and up to three proper nouns: 'Society for the Protection of
  // Unborn Children', 'National Association for the Advancement of Colored People', 'Institute for the Study of War' (not
  // after 'of' or 'for' alone: 'Ministry of Foreign Affairs of Ukraine', 'Committee for Economic Development of
  // Australia' may be a body and its country; nor before a person's given name or title: 'the Campaign for the Release of
  // Nelson Mandela')
  if (e > k && toks[j].text === 'for' && k === j + 2 && toks[e]?.text === 'of' && e + 1 < end && i < j && topicWords(ctx, k, e)) {
    const o = toks[e + 1].text === 'the' ? e + 2 : e + 1;
    const person = o < end && (isListed(toks[o].text, ctx.lex.firstNames, ctx.lex.givenNames) || roleStartsAt(ctx.doc.clean, toks[o].start, ctx.lex.roles));
    const of = o < end && !person ? nameEnd(toks, o, end, 3) : o;
    if (of > o) return of;
  }
  // ('on' only before common words, a topic's: 'Committee on Armed Services'; not 'the Intelligence Committee on Russia')
  if (toks[j].text === 'on' && !allCommon(ctx, k, e)) return j;
  if (e > k && i < j && topicWords(ctx, k, e)) e = topicsEnd(ctx, e, end);
  return e > k && i < j ? e : j;
}

/**
 * Where a list of topics goes on after the common nouns that follow an organisation's 'of' or 'for' and end at `e`:
 * past commas and one 'and' before common words ('Ministry of Trade and Industry', 'National Institute of Allergy and
 * Infectious Diseases', 'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Department for Environment, Food and
 * Rural Affairs'); else `e`. Not before a name that is no common word ('University of Oxford and Harvard', 'Ministry of
 * Defence and Lockheed Martin'), an organisation's or a place's word, or a title ('Ministry of Health and Education
 * Minister …'): those are two names.
 */
function topicsEnd(ctx: NameContext, e: number, end: number): number {
  const { toks } = ctx;
  let k = e;
  // ', Tobacco, Firearms': one common word after each comma
  while (toks[k]?.text === ',' && k + 2 < end && nameEnd(toks, k + 1, end) === k + 2 && topicWords(ctx, k + 1, k + 2) && (toks[k + 2].text === ',' || toks[k + 2].text === 'and')) k += 2;
  if (toks[k]?.text !== 'and' || k + 1 >= end) return e;
  const m = nameEnd(toks, k + 1, end, 3);
  return m > k + 1 && (m >= end || !continuesName(toks, m)) && topicWords(ctx, k + 1, m) ? m : e;
}

/**
 * Tokens [from, to) are common words, none an organisation's (but a trade's, `SECTOR_WORDS`: 'Culture, Media and Sport',
 * 'Business, Energy and Industrial Strategy'), a place's or a title's last word: 'Infectious Diseases', 'Rural Affairs'
 * ('Affairs' is a word of the title 'Foreign Affairs Minister', not its last: `roleHeadsOf`).
 */
function topicWords(ctx: NameContext, from: number, to: number): boolean {
  const heads = roleHeadsOf(ctx.lex.roles);
  for (let k = from; k < to; k++) {
    const w = ctx.toks[k].text;
    // (nor an acronym, whatever its letters spell: 'Department of Homeland Security and ICE' are two)
    if (!isCommonish(ctx.lex, w) || isAllCapsWord(w) || (ORG_WORDS.has(w) && !SECTOR_WORDS.has(w) && !TRADE_WORDS.has(w)) || INSTITUTIONS.has(w) || PLACE_TAILS.has(w) || heads.has(w)) return false;
  }
  return true;
}

/** a title word, or a lower-case one capitalised because it opens the sentence ('Soldier') */
function isRoleWord(ctx: NameContext, s: Sentence, k: number): boolean {
  const w = ctx.toks[k].text;
  if (ctx.roleWords.has(w) || (k === s.tokenStart && ctx.roleWords.has(w[0].toLowerCase() + w.slice(1)))) return true;
  // ('Police' before 'Chief': `roleLeads`)
  if (k + 1 < s.tokenEnd && ctx.roleLeads.get(w)?.has(ctx.toks[k + 1].text)) return true;
  // ('Co-Premier Hun Sen', 'Ex-Premier Li Peng': a title with a prefix, one token)
  const prefixed = hasHyphen(w) ? PREFIXED_TITLE.exec(w) : null;
  return prefixed !== null && ctx.roleWords.has(prefixed[1]);
}

// a title's word, 'of', 'the', and the capitalised words of a portfolio before 'and' at the end of a text: 'Secretary of ',
// 'President of the ', 'Secretary of Health and '
const ROLE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)+and\s+)?$/u;

/** Where a title's word before 'of' starts, when the text before `at` in the sentence ends so (`ROLE_OF_BEFORE`), or -1. */
function roleOfStart(ctx: NameContext, s: Sentence, at: number): number {
  const before = ctx.doc.clean.slice(Math.max(s.start, at - 60), at);
  const m = ROLE_OF_BEFORE.exec(before);
  return m && (ctx.roleWords.has(m[1]) || ctx.roleWords.has(m[1].toLowerCase())) ? at - before.length + m.index + m[0].indexOf(m[1]) : -1;
}

/** `text.slice(from, to).trim().split(/\s+/)[0]`: the first word after a name ('district' in 'Khojavend district ,') */
function firstWord(text: string, from: number, to: number): string {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  let e = from;
  while (e < to && !isSpaceCode(text.charCodeAt(e))) e++;
  return text.slice(from, e);
}

/** the word after a name (`firstWord`) in lower case, its punctuation off, or '' where it opens with a quotation mark or a bracket */
function placeCueAfter(text: string, from: number, to: number): string {
  const w = firstWord(text, from, to);
  // (a word of ASCII letters only, as most are, has no mark nor punctuation to take off: 'district')
  if (isAsciiLetters(w)) return w.toLowerCase();
  return QUOTE_OR_BRACKET.test(w) ? '' : w.replace(/[^\p{L}]/gu, '').toLowerCase();
}
/** `/^[A-Za-z]*$/` ('district'; not 'town,', 'ciudad', 'Zorvabad's') */
function isAsciiLetters(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const QUOTE_OR_BRACKET = /^['"‘“(\[]/;

/**
 * The end of the sentence before a name, long enough for PLACE_BEFORE and IN_PLACE (anchored at the
 * end: a cue word of at most 12 characters, ' of', trailing spaces) and one more character for their
 * `\b`: the same result as testing the whole text before the name, which costs its length per name.
 */
function tail(text: string, from: number, to: number): string {
  return text.slice(Math.max(from, trimEnd(text, from, to) - 16), to);
}

/**
 * Where a title inside a run starts, or -1: 'Cofinec CEO Stephen Frater', 'House Speaker Paul Ryan',
 * 'FBI Director James Comey' name an organisation, then a titled person. A title at the run's start, or
 * after qualifiers only ('Azerbaijani President Ilham Aliyev'), is step 4's; a run that ends in an
 * organisation or place word ('General Motors', 'Queen Mary University') is one name.
 */
function innerTitle(ctx: NameContext, s: Sentence, p: Run): number {
  const { toks, lex } = ctx;
  const last = toks[p.to - 1].text;
  // (a business's or a venue's last word that is a surname too after a given name ends a person's name: 'Labour MP Marta
  // Kitchen', 'Labour MP Marta Field', as after a title alone, `titledName`)
  if ((ORG_WORDS.has(last) || PLACE_TAILS.has(last)) && !(SURNAME_TAILS.has(last) && p.to - 2 > p.from && isListed(toks[p.to - 2].text, lex.firstNames, lex.givenNames))) return -1;
  let plain = false;
  for (let k = p.from; k < p.to - 1; k++) {
    if (!isRoleWord(ctx, s, k)) {
      if (!lex.qualifiers.has(toks[k].text) && !isJoiner(toks[k].text)) plain = true;
      continue;
    }
    if (!plain) continue;
    let lead = k;
    while (lead < p.to - 1 && isRoleWord(ctx, s, lead)) lead++;
    const role = roleEndingAt(ctx.doc.clean, toks[k].start, toks[lead].start, lex.roles);
    // the title must start at a word ('Executive' alone is none; 'Chief Executive' is), this one or a later one of the
    // run of title words ('Secretary' of 'Hong Kong Financial Secretary Donald Tsang': 'Financial' is a word of 'Chief
    // Financial Officer', no title alone)
    if (role) for (let j = k; j < lead; j++) if (ctx.doc.clean.startsWith(role, toks[j].start) && toks[j].start + role.length === toks[lead - 1].end) return j;
    k = lead - 1;
  }
  return -1;
}

/** Whether a title at `from` inside a run titles a name of two words or more before `to`: words with small letters, no title's ('Police Chief Kerr Putney', not 'CTO ICI'). */
function titledNameAfter(ctx: NameContext, s: Sentence, from: number, to: number): boolean {
  let n = 0;
  for (let k = from; k < to; k++) if (!isRoleWord(ctx, s, k) && hasLower(ctx.toks[k].text) && !isJoiner(ctx.toks[k].text)) n++;
  return n >= 2;
}

/**
 * Whether the words after a title, `toks[from, to)`, can be a person's name: not an organisation
 * ('General Assembly', 'Major League Baseball', 'King Fahd Hospital') or a place ('King George Island'),
 * and not only common words ('General Staff', 'Private Eye'), unless one is a known name
 * ('King', 'Bush', 'Trump' are names, and most are no common word in compromise's lexicon anyway).
 */
function titledName(ctx: NameContext, from: number, to: number): boolean {
  const { toks, lex } = ctx;
  // (after a title that is an adjective too, wink-nlp's common words count as well, and the longer surname list as names:
  // 'General Election', 'General Acquisition', 'major European currencies' are no titled names, 'Attorney General
  // Sessions' is; after a title that is no adjective a name may be any word: 'Mr Jobs', 'Mr Oaten')
  const adjective = from > 0 && commonTag(toks[from - 1].text) === 'ADJ';
  // (after a courtesy title a common word is a surname too: 'Mr Pound', 'Ms Short', 'Mr Gates', which had been persons of
  // the whole run, 'person:mr-gates'; not 'Dr', a brand's too: 'Dr Pepper'; nor a title where one is addressed, before
  // a mark or the sentence's end, 'Thank you, Mr. President,' ('Ms King said' stays), nor a nickname in quotation
  // marks, 'a " Mr Clean " reputation')
  // (but after a reporting verb no one is addressed, 'said Mr King,', unless the document writes the office after 'the',
  // 'said Mr Speaker. The Speaker called order.' (`officeNamed`); nor where the document names a person of the surname
  // in full, 'Paul King … Mr King.', `namedInFull`)
  if (from > 0 && to - from === 1 && COURTESY.test(toks[from - 1].text) && UPPER_FIRST.test(toks[from].text) && hasLower(toks[from].text) && !(ctx.roleWords.has(toks[from].text) && !isLowerWord(toks[to]?.text ?? '') && !(SAID_WORDS.has(toks[from - 2]?.text ?? '') && !officeNamed(ctx, toks[from].text)) && !namedInFull(ctx, toks[from].text)) && !(OPEN_QUOTES.has(toks[from - 2]?.text ?? '') && CLOSE_QUOTES.has(toks[to]?.text ?? '')))
    return true;
  let words = 0;
  let named = false;
  for (let k = from; k < to; k++) {
    const w = toks[k].text;
    if (isJoiner(w) || PARTICLES.has(w) || ctx.roleWords.has(w)) continue;
    // (a place tail that is also a family name after a first name is the name: 'Senator John Tower')
    if ((ORG_WORDS.has(w) || PLACE_TAILS.has(w)) && !(SURNAME_TAILS.has(w) && k > from && isListed(toks[k - 1].text, lex.firstNames, lex.givenNames))) return false;
    words++;
    if (!(lex.commonWords.has(w.toLowerCase()) || (adjective && isCommonWord(w))) || SURNAME.test(w) || isListed(w, lex.firstNames, lex.givenNames, lex.lastNames) || (adjective && isListed(w, lex.surnames))) named = true;
  }
  // two words or more are a name even if both are common words ('Foreign Minister Dick Spring'); so is one capitalised
  // word after a title in lower case, whose capital only a name explains ('R&B singer Usher', 'the rapper Common'; not
  // after an adjective's, 'major Internet providers', 'a general Scalp disorder', nor an adjective's or a nationality's
  // capital, 'a lawyer Western diplomats trusted')
  return words >= 2 || named || (words === 1 && to - from === 1 && from > 0 && !adjective && isLowerWord(toks[from - 1].text) && TITLE_CASE_WORD.test(toks[from].text) && !adjectival(lex, toks[from].text));
}

/** Whether the document writes `word` after 'the', an office's title ('the Speaker called order'), not a surname there. */
function officeNamed(ctx: NameContext, word: string): boolean {
  const text = ctx.doc.clean;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (THE_BEFORE_WORD.test(text.slice(Math.max(0, i - 4), i)) && !/\p{L}/u.test(text[i + word.length] ?? '')) return true;
  return false;
}
const THE_BEFORE_WORD = /\b[Tt]he $/;

/**
 * Whether the document names a person of the surname `word` in full, a given name of the lists right before it: 'Paul
 * King' ('King' a title of roles.txt; asked only of such a word after a courtesy title, before a mark).
 */
function namedInFull(ctx: NameContext, word: string): boolean {
  const { toks, lex } = ctx;
  for (let k = 1; k < toks.length; k++) if (toks[k].text === word && UPPER_FIRST.test(toks[k - 1].text) && !ctx.roleWords.has(toks[k - 1].text) && isListed(toks[k - 1].text, lex.firstNames, lex.givenNames)) return true;
  return false;
}

/** a courtesy title before a surname: 'Mr', 'Mrs.', 'Ms' (not 'Miss', a pageant's too: 'Miss Universe', and no role of roles.txt) */
const COURTESY = /^(?:Mr|Mrs|Ms|Mx)\.?$/;

// what no person's name opens with ('West Berlin', 'North Sea') or ends in ('Davis Cup', 'Marshall Plan', 'Brit Awards')
const COMPASS = new Set('North South East West Northern Southern Eastern Western Central Upper Lower Greater'.split(' '));
const NOT_PERSON_LAST = new Set('Cup Open Championship Championships Prix Marathon Trophy Award Awards Prize Festival Plan Act Accord Treaty Doctrine Telescope State'.split(' '));
// ... and what a show, a lecture, a race or a memorial named after a person ends in ('The Ellen DeGeneres Show', 'the
// Adam Smith Lecture', 'the Lincoln Memorial'), a firm's coinage's last part as well ('PodShow'), so apart
const NAMED_AFTER_LAST = new Set('Show Podcast Lecture Memorial Stakes Classic Invitational'.split(' '));
// a saint's word opening a name, which step 10 takes for no person's ('St Pauli', 'St Gallen', 'San Fierro')
const SAINT = /^(?:St|Ste|Saint|San|Santa)\.?$/;
/** Steps 9 and 10: a name shaped as no person's, by its first or last word. */
const notPersonShape = (lex: NameFinderLexicons, first: string, last: string) =>
  COMPASS.has(first) || NOT_PERSON_FIRST.has(first) || NOT_PERSON_LAST.has(last) || NAMED_AFTER_LAST.has(last) || acronymFirst(lex, first, last);
/**
 * An acronym (`ACRONYM`: three to six capitals, no Roman numeral) before a word in lower case: a firm's, a unit's or a
 * base's name, no person's ('SBC Warburg', 'EMI Music', 'RAF Fairford', 'HSBC Markets'; a given name of the lists in
 * capitals, 'RAF', 'EMI', had made persons of them), or before another acronym outside a line in capitals (which step 5
 * leaves to the body) no surname list has: 'SEP IRA', a retirement account ('Sep' a given name); 'JR Smith' stays, and so
 * does a byline's 'GLENN THRUSH asks'
 */
const acronymFirst = (lex: NameFinderLexicons, first: string, last: string) =>
  ACRONYM.test(first) && (hasLower(last) || (ACRONYM.test(last) && !isListed(last, lex.lastNames, lex.surnames)));
/**
 * Whether a word of a name is a verb's past in -ed (wink-nlp's lexicon) that no name list has: a headline's or a title's
 * verb, no person's word ('McCain Criticized Trump', 'Bolstered Sanders', 'Atlas Shrugged', 'Isaac Don Burks Pictured';
 * 'Ted Cruz' stays, a given name)
 */
function pastTenseIn(lex: NameFinderLexicons, words: readonly Token[]): boolean {
  for (const t of words) if (t.text.endsWith('ed') && commonTag(t.text) === 'VERB' && !isListed(t.text, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames)) return true;
  return false;
}
/** a storm's or a military operation's word before its name: 'Hurricane Ivan', 'Typhoon Haiyan', 'Operation Barbarossa' (no persons) */
const NOT_PERSON_FIRST = new Set('Hurricane Typhoon Cyclone Storm Operation'.split(' '));

/**
 * A name's first and last words are both common words: 'Success Story', 'Triple Crown', 'Galaxy Camera', 'Preview Mode'
 * are no persons however long the surname list that has 'Story', 'Crown' or 'Camera' ('Sandy Story', a given name
 * first, is the first-name rule's before this is asked). BBC, boilerplate-dev and FakeNewsNet: 99 persons' rows gone,
 * 95 of them false (4 of two persons: 'Farina Elia', 'Tequila Cronk'); CoNLL-2003: 3 false persons gone ('African Nations')
 */
function commonPair(lex: NameFinderLexicons, first: string, last: string): boolean {
  return isCommon(lex, first) && isCommon(lex, last);
}

/** how many of a run's words are particles ('bin', 'da', 'van': `PARTICLES`) */
function particlesIn(words: readonly Token[]): number {
  let n = 0;
  for (const t of words) if (PARTICLES.has(t.text)) n++;
  return n;
}

/**
 * An adjective of wink-nlp's lexicon, a nationality or a compass point: 'Democratic', 'Iraqi', 'Eastern'; an -ic word no
 * lexicon has, 'Eurosceptic'; a hyphenated word by its last part, 'Pan-European'.
 */
function adjectival(lex: NameFinderLexicons, w: string): boolean {
  const cut = w.lastIndexOf('-');
  const t = cut > 0 && cut < w.length - 1 ? w.slice(cut + 1) : w;
  return commonTag(t) === 'ADJ' || lex.qualifiers.has(t) || COMPASS.has(t) || lex.known.get(t.toLowerCase()) === 'norp' || (t.length > 5 && t.endsWith('ic'));
}

/** every word of tokens [from, to) but joiners and connectives is a common word */
function allCommon(ctx: NameContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.toks[k].text;
    if (!isJoiner(w) && w !== 'and' && w !== 'of' && w !== 'for' && w !== 'the' && !isCommon(ctx.lex, w)) return false;
  }
  return true;
}

/** A common word of compromise's lexicon (`commonWords`) or of wink-nlp's (`isCommonWord` looks a word up in lower case: given it so, no second copy is made and hashed). */
function isCommon(lex: NameFinderLexicons, w: string): boolean {
  const lower = w.toLowerCase();
  return lex.commonWords.has(lower) || isCommonWord(lower);
}

/** A common word (`isCommon`), or the plural of one of wink-nlp's ('Lines', 'Globes', 'States'). */
function isCommonish(lex: NameFinderLexicons, w: string): boolean {
  return isCommon(lex, w) || isPluralOfCommon(w);
}

/** a common noun (or its plural) of no name list, in any case: 'Campaign', 'COMMITTEE', 'Insider' */
function commonNounLast(lex: NameFinderLexicons, w: string): boolean {
  const lower = w.toLowerCase();
  // (not an initial: 'Jama B.')
  return /^\p{L}{3,}$/u.test(w) && isNounOrPlural(lower) && !isListed(w, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames);
}

/** a noun of wink-nlp's lexicon, or the plural of one that it lacks itself, in any case ('Insider', 'Magistrates') */
function isNounOrPlural(w: string): boolean {
  return commonTag(w) === 'NOUN' || (w.length > 3 && w.endsWith('s') && commonTag(w.slice(0, -1)) === 'NOUN');
}

/**
 * Steps 12 and 12a: a name's first word is a common word of no name list, no honorific and no surname's particle ('Time'
 * of 'Time Warner'; not 'Du' of 'Du Plessis', nor 'Dick', 'Joss' of 'Dick Pound', 'Joss Stone': surnames, and given names
 * no list has), nor an initial ('C. Czarnikow').
 */
const commonFirst = (lex: NameFinderLexicons, first: string) =>
  hasLower(first) && isCommon(lex, first) && !HONORIFIC.test(first) && !NAME_PREFIXES.has(first) && !isListed(first, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames);

/** Whether the qualifier at `k`, a given name too, opens a person's name ending at `to` (`Jordan Henderson`), no title after it. */
function givenNameFirst(ctx: NameContext, s: Sentence, k: number, to: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k].text;
  if (!isListed(w, lex.firstNames, lex.givenNames) || isRoleWord(ctx, s, k + 1) || lex.qualifiers.has(toks[k + 1].text)) return false;
  // (after a title it is the name: 'Minister Florence Chitauro', 'Senator Kent Conrad')
  if (k > s.tokenStart && isCapitalised(toks[k - 1].text) && isRoleWord(ctx, s, k - 1)) return true;
  const last = toks[to - 1].text;
  let words = 0;
  for (let j = k; j < to; j++) if (!isJoiner(toks[j].text)) words++;
  // (a nationality's word is a given name only where it is a noun, not an adjective ('German Bundesbank', 'Georgian
  // Dream', 'German Shepherd'), before one word of a name list: 'Dane Cook', 'Finn Russell'; a nationality's noun before
  // a full name is no given name, 'fellow Finn Juha Kankkunen')
  // (after a word that makes it the noun, it is none: 'fellow Finn Bottas', 'the Swede Larsson'; a given name of the
  // lists is one before a word no list has too: 'Dane Kellmoor, 34,')
  if (lex.nationalities?.has(w) || lex.known.get(w.toLowerCase()) === 'norp') {
    if (words !== 2 || commonTag(w) === 'ADJ' || (k > s.tokenStart && NATIONALITY_NOUN_BEFORE.has(toks[k - 1].text.toLowerCase()))) return false;
    return isListed(last, lex.lastNames, lex.surnames, lex.firstNames, lex.givenNames) || (isListed(w, lex.firstNames, lex.givenNames) && !isCommon(lex, last));
  }
  // (nor before another given name: 'Indonesia Abdurrahman Wahid')
  if (lex.firstNames.has(toks[k + 1].text.toLowerCase())) return false;
  // a surname last, not a common word unless compromise lists it as a surname ('America West', 'London Branch',
  // 'Florida Power'; 'America First', 'Britain First': a slogan, a party)
  // (or a word no list has, not a plural: 'Kent Kartadinata'; not 'Florida Marlins'); an initial after the given name
  // is a person's ('Kent O. Olin')
  if (words > 3 || !hasLower(last)) return false;
  if (isListed(last, lex.lastNames) || INITIAL.test(toks[k + 1].text)) return true;
  // (a common word last that the surname lists hold is a surname where what follows says person: ', who', an age, a
  // title in apposition: 'Georgia Banks, who was shopping nearby,' had been the country alone; not 'Georgia Bulldogs,
  // who lost')
  if (words === 2 && isListed(last, lex.surnames) && personAfter(ctx, s, toks[k].start, toks[to - 1].end)) return true;
  if (isCommon(lex, last)) return false;
  return isListed(last, lex.surnames) || SURNAME.test(last) || (!last.endsWith('s') && !isListed(last, lex.firstNames, lex.givenNames) && !lex.known.has(last.toLowerCase()));
}

/**
 * a nationality's noun for one of its people, which English has for a few peoples only: 'Finn', 'Swede', 'Serb',
 * 'Welshman' (not an adjective, which names a thing after it as often: 'the Canadian Rockies', 'the French Riviera', 'the
 * Argentine Apertura', 'Japanese Samurai bonds'; nor a plural, 'Danes')
 */
const nationalityNoun = (ctx: NameContext, w: string) => (ctx.lex.nationalities?.has(w) ?? false) && (NATIONALITY_NOUNS.has(w) || /(?:sh|ch|ts)(?:man|woman)$/.test(w));
const NATIONALITY_NOUNS = new Set('Finn Swede Dane Scot Serb Croat Turk Briton Spaniard Slovene Icelander Kazakh Uzbek Tajik'.split(' '));

/** words before a nationality's noun that make it one: 'fellow Finn', 'the Swede', 'a Dane' */
const NATIONALITY_NOUN_BEFORE = new Set('fellow compatriot countryman the a an young veteran experienced former big giant tall lanky teenage 19-year-old'.split(' '));

/**
 * Whether a run ending in a place's word that is a surname too (`SURNAME_TAILS`: 'Field', 'Tower', 'Lake') is a person's
 * name: after a relative's word ('his wife Ayda Field'), or with a given name or a title's word before the last word
 * ('Sally Field', 'Senator John Tower'; a given name that only opens a hyphenated word is none: 'Al-Yamamah Palace') but
 * for a person's full name before the word, a surname of the lists last and no given name of compromise's, which names
 * the place after them ('Floyd Bennett Field'; 'Mary Elizabeth Lake' has a middle name there).
 */
function surnameTailPerson(ctx: NameContext, words: readonly Token[], prevTok: string): boolean {
  if (KIN.has(prevTok)) return true;
  const { lex, doc } = ctx;
  const beforeLast = words[words.length - 2].text;
  if (words.length >= 3 && isListed(beforeLast, lex.lastNames, lex.surnames) && !isListed(beforeLast, lex.firstNames)) return false;
  // (nor a common noun of no name list before the tail, a building's kind: 'the Royal Concert Hall', 'Zorvek Memorial Hall')
  if (commonNounLast(lex, beforeLast)) return false;
  return words.some((t, k) => k < words.length - 1 && !(words[k + 1].start === t.end + 1 && isHyphen(doc.clean[t.end])) && (isListed(t.text, lex.firstNames, lex.givenNames) || ctx.roleWords.has(t.text)));
}

/** Whether what follows a name ending at `end` says person: ', who', an age (', 34,'), a title in apposition (', a fisherman'). */
function personAfter(ctx: NameContext, s: Sentence, start: number, end: number): boolean {
  const after = ctx.doc.clean.slice(end, Math.min(s.end, end + 80));
  return WHO_OR_AGE_AFTER.test(after) || titleApposition(ctx, { s, start, end, after });
}
const WHO_OR_AGE_AFTER = /^\s*,\s*(?:who\b|\d{1,3}\s*,)/;

/** whether a run is named by a vessel's kind in lower case before it (`VESSEL_NOUNS`, step 4s) */
function vesselName(ctx: NameContext, s: Sentence, p: Run): boolean {
  const { toks } = ctx;
  if (p.from <= s.tokenStart || !VESSEL_NOUNS.has(toks[p.from - 1].text)) return false;
  const next = toks[p.to];
  const last = toks[p.to - 1].text;
  return !(next && /^\p{Ll}/u.test(next.text) && (commonTag(next.text) === 'VERB' || next.text.endsWith('ed')) && !VESSEL_DOES.has(next.text)) && !ORG_WORDS.has(last) && !isFirmTail(last);
}
// (what a vessel does or has done to it, right after its name: 'the tanker Marisol Star reported minor damage', 'the
// tanker Stena Impero seized by Iran')
const VESSEL_DOES = new Set('reported sank sunk ran collided docked sailed arrived left caught capsized seized hijacked attacked struck hit damaged detained carrying bound'.split(' '));

/**
 * Steps 4-13: the role before a run, and the rule that types it (or none). `beforeTitle`: the run is the part of a
 * longer one before a title inside it (step 4a), which a role before a comma does not title.
 */
function typeRun(ctx: NameContext, s: Sentence, p: Run, capsLine: boolean, beforeTitle = false, beforeTitledName = false): void {
  const { doc, toks, lex } = ctx;
  // 4s. a ship's prefix opens a ship's name, no person's or place's ('USS Gerald R. Ford', 'HMS Queen Elizabeth', whose
  //     'Queen' would split it as a title, step 4a): a name of no type, CoNLL-2003's miscellaneous
  //     And a vessel's kind in lower case before a name, which is the vessel's ('the tanker Marisol Star', 'the German
  //     liner Wilhelm Gustloff' had been persons; a gazetteer's place of the name stays one: 'the submarine Kursk'); not
  //     before a verb in lower case, a relative clause's ('The yacht Dana Tarnowska bought in 2019'), nor a firm's name
  if ((p.to - p.from >= 2 && VESSEL_PREFIXES.has(toks[p.from].text)) || vesselName(ctx, s, p)) {
    const start = toks[p.from].start;
    const end = toks[p.to - 1].end;
    ctx.found.push({ sentence: s, from: p.from, to: p.to, start, end, name: doc.clean.slice(start, end), type: null, rule: 'vessel', confidence: 0, role: null, caps: false });
    return;
  }
  // 4a. a title inside the run splits it: 'Cofinec' and 'CEO Stephen Frater', each typed on its own
  const inner = innerTitle(ctx, s, p);
  if (inner > p.from) {
    typeRun(ctx, s, { from: p.from, to: inner }, capsLine, true, titledNameAfter(ctx, s, inner, p.to));
    typeRun(ctx, s, { from: inner, to: p.to }, capsLine);
    return;
  }
  // 4b. a name written twice in a row is two mentions: 'by Sir John Hawkins John Hawkins's book' (a byline box run
  //     into the text); not one word twice, which a name may be ('Sirhan Sirhan')
  for (let h = (p.to - p.from) >> 1; h >= 2; h--) {
    let k = 0;
    while (k < h && toks[p.to - 2 * h + k].text === toks[p.to - h + k].text) k++;
    if (k < h) continue;
    typeRun(ctx, s, { from: p.from, to: p.to - h }, capsLine);
    typeRun(ctx, s, { from: p.to - h, to: p.to }, capsLine);
    return;
  }
  // 4b'. letters after a name, a British barrister's, a member's of a parliament or an honour's, are no part of it:
  //      'Philippe Sands QC', 'Ruth Kelly MP', 'William Haughey OBE' (CoNLL-2003 tags the name alone)
  if (p.to - p.from >= 3 && POST_NOMINALS.has(toks[p.to - 1].text) && hasLower(toks[p.to - 2].text)) {
    typeRun(ctx, s, { from: p.from, to: p.to - 1 }, capsLine, beforeTitle);
    return;
  }
  let { from } = p;
  const { to } = p;
  // 4c. a given name, a nickname in quotes and a surname: one person ('Roberto " Hands of Stone " Duran'; CoNLL-2003
  //     tags the whole span, quotes included), whom the surname alone names later on
  if (to - from >= 4 && nicknameEnd(ctx, from, from + 1, to) === to) {
    const start = toks[from].start;
    const end = toks[to - 1].end;
    const role = roleEndingAt(doc.clean, s.start, start, lex.roles);
    ctx.found.push({ sentence: s, from, to, start, end, name: doc.clean.slice(start, end), type: 'person', rule: 'nickname', confidence: 0.75, role, caps: false });
    return;
  }
  // 4n. a nation and one sport's word are its governing body, as those of the United States and Britain are named: 'USA
  //     Swimming', 'UK Athletics', 'England Netball' (the qualifier would go to a role below); not before an event's or a
  //     team's word, 'the USA Swimming trials', 'England Netball team', nor a sport of teams, a national side's as often
  //     (`SPORT_BODIES`), nor a nationality's adjective, 'British Cycling' as often the sport
  if (to - from === 2 && SPORT_BODIES.has(toks[from + 1].text) && !SPORT_EVENT_AFTER.test(toks[to]?.text ?? '') && nationAt(ctx, from)) {
    const start = toks[from].start;
    const end = toks[to - 1].end;
    ctx.found.push({ sentence: s, from, to, start, end, name: doc.clean.slice(start, end), type: 'organization', rule: 'national-body', confidence: 0.7, role: null, caps: false });
    return;
  }
  // 4n'. a nationality or a country and a national football association's short form are that country's body: 'the
  //      Spanish FA', 'Irish FA', 'Egypt FA' (the qualifier would go to a role below, and 'FA' alone stay the English one's);
  //      not a region's, nor after 'of': a savings bank's legal form, 'First Federal Savings of Arkansas FA'
  //      (and a name of two words before it that `BODY_COUNTRIES` has: 'the Northern Irish FA')
  if (
    (to - from === 2 ? NATIONAL_BODY_SHORTS.has(toks[from + 1].text) && (lex.nationalities?.has(toks[from].text) || countryName(toks[from].text, lex)) : to - from === 3 && BODY_COUNTRIES.has(doc.clean.slice(toks[from].start, toks[to - 1].end))) &&
    (from === s.tokenStart || toks[from - 1].text !== 'of')
  ) {
    const start = toks[from].start;
    const end = toks[to - 1].end;
    ctx.found.push({ sentence: s, from, to, start, end, name: doc.clean.slice(start, end), type: 'organization', rule: 'national-body', confidence: 0.7, role: null, caps: false });
    return;
  }
  // 4. titles and their qualifiers go to `role`: 'Azerbaijani President Ilham Aliyev', 'Lieutenant General Rustam Muradov';
  //    not when what follows is no person's name: 'General Assembly', 'Major League', 'General Staff' stay whole
  let lead = from;
  // ('Secretary-General Boutros Boutros-Ghali': a hyphen between two title words is part of the title)
  // (a country or state that is a given name too, before no title, opens a person's name when a surname ends it: 'Jordan
  // Henderson', 'Georgia Brown', 'Devon White'; not 'Florida Marlins')
  while (lead < to - 1 && (isRoleWord(ctx, s, lead) || (lex.qualifiers.has(toks[lead].text) && !givenNameFirst(ctx, s, lead, to)) || (isJoiner(toks[lead].text) && lead > from && isRoleWord(ctx, s, lead + 1)))) lead++;
  let role = roleEndingAt(doc.clean, s.start, toks[lead].start, lex.roles);
  // (a nationality's or a country's 'leader' before a name titles it: 'Cambodian leader Hun Manet', 'Soviet leader Mikhail
  // Gorbachev'; 'leader' alone is no title in roles.txt, a firm or a team stands after it too: 'market leader Nintendo')
  if (!role && lead === from && lead >= s.tokenStart + 2 && toks[lead - 1].text === 'leader' && lex.qualifiers.has(toks[lead - 2].text)) role = 'leader';
  // 4'. a title's word, 'of' and a portfolio of common words before a name of two words or more: the portfolio is the
  //     title's ('Secretary of Defense Ash Carter', 'Minister of Finance Bill Birch', 'the President of the Republic
  //     Costis Stephanopoulos', 'Secretary of Health and Human Services Kathleen Sebelius'); not where a role of the list
  //     ends the run's title ('Minister of Defence Gen. Ray Odierno'), nor before common words only ('the State of
  //     Agricultural Commodity Markets')
  // (the token before the run 'of', 'the' or 'and', as the expression ends: a pre-test, most runs have none of them)
  const before = from > s.tokenStart ? toks[from - 1].text : '';
  if (!role && to - from >= 3 && (before === 'of' || before === 'the' || before === 'and')) {
    const at = roleOfStart(ctx, s, toks[from].start);
    if (at >= 0) {
      let k = from;
      // (a place's name of two words in it is the portfolio's whole, the name after it: 'Attorney for the Southern District
      // of New York Preet Bharara' had titled 'York Preet Bharara')
      while (k < to - 2 && isCommonish(lex, toks[k].text) && !isListed(toks[k].text, lex.firstNames, lex.givenNames) && !ORG_WORDS.has(toks[k].text)) {
        const place = knownPlaceAt(ctx, k, to - 2);
        if (place > k) {
          k = place;
          break;
        }
        k++;
      }
      if (k > from && (!isCommonish(lex, toks[k].text) || isListed(toks[k].text, lex.firstNames, lex.givenNames))) [lead, role] = [k, doc.clean.slice(at, toks[k - 1].end)];
    }
  }
  // (a role before a comma titles a full name in apposition, not one word: 'its chairman, Robert Smith,', not 'console was
  // king, Unity primarily used')
  // (nor the words before a title inside a longer run, which name its office's place or body: 'a spokesman for the
  // prosecutor, New York State Comptroller Alan Hevesi,' had made a person 'New York State')
  // (nor a name of no given name that ends in a common word no surname list has: 'self-righteous pastor, Lesbian
  // Activist and me', a list's next item)
  // (the comma first: the words' lexicon tests only for the few titled names after one)
  if (role && COMMA_BEFORE.test(doc.clean.slice(Math.max(s.start, toks[lead].start - 4), toks[lead].start)) && (to - lead === 1 || beforeTitle || (toks.slice(lead, to).every((t) => isCommon(lex, t.text) || commonTag(t.text.toLowerCase()) !== null) && !isListed(toks[to - 1].text, lex.lastNames, lex.surnames) && !isListed(toks[lead].text, lex.firstNames, lex.givenNames)))) role = null;
  // (nor is a role in lower case after a subject pronoun or a modal, a verb: 'I judge Black Lives Matter thugs', 'he
  // will captain England')
  if (role && lead === from && isLowerWord(role) && verbRole(doc.clean, s.start, toks[from].start, role)) role = null;
  // (nor after 'best': an award's category, 'the best actress Oscar')
  if (role && lead === from && isLowerWord(role) && awardRole(doc.clean, s.start, toks[from].start, role)) role = null;
  const notTitled = role !== null && !titledName(ctx, lead, to);
  if (notTitled) role = null;
  if (role) from = lead;
  // (a qualifier joined by a hyphen stays: 'Indian-Americans' was the norp '-Americans'; so does one before a museum's
  // word, 'the British Museum')
  // (nor before a word that says organisation where the rest are common words: 'the Georgian Dream party', step 8d; not
  // 'a Polish SPC group'; nor a place before a place's last word: 'Westminster Bridge', 'London Stadium', whose town is
  // a qualifier as a region of ISO 3166-2; a nationality is dropped still, 'the Bulgarian Black Sea resorts')
  else if (!notTitled && lead > from && lex.qualifiers.has(toks[from].text) && !ORG_WORDS.has(toks[to - 1].text) && !isFirmTail(toks[to - 1].text) && !(PLACE_TAILS.has(toks[to - 1].text) && lex.known.get(toks[from].text.toLowerCase()) !== 'norp') && !hasOrgOf(toks, from, to) && !executiveBody(ctx, s, from, to) && !facilityName(ctx, from, to) && !isJoiner(toks[lead].text) && !(ORG_CUES.has(toks[to]?.text ?? '') && allCommon(ctx, lead, to))) from = lead;
  typeRunWords(ctx, s, p.from, from, to, capsLine, role, notTitled, beforeTitledName);
}
/**
 * Steps 5-13 of `typeRun`: the run `from`..`to` after the role step (`runFrom` where it started before it) typed by the
 * first rule that knows it and pushed to `found`. A function of its own, as `ruleType`'s parts are (see there): `typeRun`
 * whole had ~6.6 kB of bytecode.
 */
function typeRunWords(ctx: NameContext, s: Sentence, runFrom: number, from: number, to: number, capsLine: boolean, role: string | null, notTitled: boolean, beforeTitledName: boolean): void {
  const { doc, toks } = ctx;
  if (from >= to) return;
  const words = toks.slice(from, to).filter(isNotJoinerToken);
  if (words.length === 0) return;
  const start = toks[from].start;
  const end = toks[to - 1].end;
  const name = doc.clean.slice(start, end);
  // 5. ALL-CAPS words in a headline or dateline are typed only by the body (document pass) or a place lexicon in a dateline
  //    (not a dateline's, on a line of its own or not, read as the one that opens a paragraph is: 'TROY, MICH., March 5')
  //    (but a byline's name in capitals, step 7a: 'By BRIAN X. CHEN')
  const caps = (words.every(isAllCapsToken) || (toks[to]?.text === '<' && words.every(isCapsOrAmpersand))) && (capsLine || (s.zone !== 'body' && !isDateline(doc.clean.slice(s.start, s.end)))) && !(words.length >= 2 && words.length <= 4 && bylineName(ctx, s, from, to, words));
  if (caps) {
    // (but a firm's name in capitals ending in its legal form before its ticker, as a wire's headline gives one over a
    // table of results whose text never names it: 'JEM RECORD INC <JEMR> 2ND QTR', 'CITY NATIONAL CORP <CTYN> RAISES
    // DIVIDEND'; 603 of the 778 such headlines of the 10 MB bench corpus had been no mention; 544 rows now)
    // (the headline's first words, after 'THE' too, no part of a name the run cut, 'BROWNING-FERRIS INDUSTRIES INC'; not
    // over a gazetteer's firm, which keeps its entry: 'MICROSOFT CORP <MSFT>')
    // (a legal form in capitals as the list has it too, 'ZORVEX PETROLEUM LP', 'ZORVEX N.V.'; not a clause whose last
    // words the story names as a firm, `namedByTail`)
    const tickered =
      words.length >= 2 &&
      words.length <= 6 &&
      toks[to]?.text === '<' &&
      isCapsLegalForm(words[words.length - 1].text) &&
      from === tickerHeadStart(toks, s) &&
      !ctx.known.some((c) => c.type === 'organization' && c.start === start) &&
      !namedByTail(ctx, s, from, to);
    ctx.found.push({ sentence: s, from, to, start, end, name, type: tickered ? 'organization' : null, rule: tickered ? 'ticker' : '', confidence: tickered ? 0.8 : 0, role: null, caps: !tickered });
    return;
  }
  const first = words[0].text;
  const last = words[words.length - 1].text;
  const after = doc.clean.slice(end, s.end);
  const next = toks[to]?.text ?? '';
  const prevTok = from > s.tokenStart ? toks[from - 1].text : '';
  // 5c. a US legislator's party and state after the name: 'Ryan (R-Wis.)', 'Chuck Schumer (D-N.Y.)', 'Bob Dole, R-Kan.,'
  //     (documentPass lets it beat a gazetteer's place or organisation of the same span, not a gazetteer's person);
  //     the party and state themselves are no name: 'R-Kan' of ', R-Kan.,'
  //     (asked before steps 5b and 5b', whose tests have no side effect)
  if (words.length === 2 && /^[DRI]$/.test(first) && isHyphen(toks[from + 1].text) && (prevTok === '(' || prevTok === ',') && PARTY_STATE.test(doc.clean.slice(toks[from - 1].start, s.end))) return;
  const run: RunView = { s, from, to, runFrom, words, first, last, start, end, after, next, prevTok, role, notTitled };
  // 4n. one word no list has after a nationality's noun the run opened with is a person: 'fellow Finn Bottas', 'the Swede
  //     Larsson' (a nationality's adjective names a thing as often: 'Dutch Shell')
  const afterNationality = words.length === 1 && !role && runFrom < from && nationalityNoun(ctx, toks[runFrom].text) && unknownName(ctx, first);
  const typed = datelinePlace(ctx, run) ?? hyphenGiven(ctx, run) ?? resultsLineType(ctx, run) ?? raceTeam(ctx, run) ?? (words.length <= 4 && PARTY_STATE.test(after) ? ruleTyped('person', 'party-state', 0.85) : null) ?? (afterNationality ? ruleTyped('person', 'nationality-noun', 0.7) : null) ?? ruleType(ctx, run);
  // 13a'. no person of a weak rule ends in an acronym after words in lower case: a product's or a firm's unit ('Mario Kart
  //       DS', 'Microsoft IPTV', 'Harry Potter DVD', 'T-Mobile USA'); a Roman numeral is a name's ('Richard III'), and a
  //       surname in capitals of five letters or more, as some outlets write it ('Ian LYNAM')
  //       And none of the words before a title inside a longer run (step 4a) and a name it titles, which name the
  //       office's place or body: 'Charlotte-Mecklenburg Police Chief Kerr Putney' had made a person
  //       'Charlotte-Mecklenburg' of a given name (before a title and its firm the name is the person's: 'Brad Maltz CTO ICI')
  //       Nor one in double quotation marks of its own, a work's title ('Beyonce's "Cowboy Carter"', 'known for "Viva
  //       Zapata"': `quotedTitle`)
  const type = typed?.type === 'person' && WEAK_PERSON_RULES_ALL.has(typed.rule) && ((CAPS_LAST.test(last) && !ROMAN_NUMERAL.test(last) && hasLower(first)) || beforeTitledName || quotedTitle(toks, from, to, s)) ? null : (typed?.type ?? null);
  const rule = typed?.rule ?? '';
  const confidence = typed?.confidence ?? 0;
  const priority = typed?.priority;
  // 13b. a common noun before a person's name is no part of it: 'Moderator Lester Holt', 'Seahawks Quarterback Russell
  //      Wilson', 'Congress Maxine Waters', 'Former U.S. Diplomat Joseph DiGenova' (roles.txt holds titles, not every
  //      noun a writer puts before a name in title case); each part is typed on its own
  const cut = !role && (type === null || rule === 'surname-suffix' || rule === 'person-context') ? descriptorEnd(ctx, from, to) : -1;
  if (cut > 0) {
    typeRun(ctx, s, { from, to: cut }, capsLine);
    typeRun(ctx, s, { from: cut, to }, capsLine);
    return;
  }
  // 13b'. a plural noun of agents that opens a sentence before a firm's name is no part of it: 'Rivals BYD Co and
  //       Volkswagen AG', 'Lenders Barclays Plc' (`agentsBefore`)
  if (type === 'organization' && from === s.tokenStart && agentsBefore(ctx, from, to)) {
    typeRun(ctx, s, { from: from + 1, to }, capsLine);
    return;
  }
  ctx.found.push({ sentence: s, from, to, start, end, name, type, rule, confidence, role: type === 'person' ? role : null, caps: false, priority });
}

/**
 * Whether the run `from`..`to` stands in double quotation marks of its own, nothing else inside them: a title (step
 * 13a'; a nickname between a person's names is the nickname rule's, which joins it to them first: 'Joaquin "El Chapo"
 * Guzman')
 */
function quotedTitle(toks: readonly Token[], from: number, to: number, s: Sentence): boolean {
  if (from - 1 < s.tokenStart || to >= s.tokenEnd || !OPEN_DOUBLE.has(toks[from - 1].text)) return false;
  // (the sentence's stop or a comma inside the marks, as American style sets them, after a word that says a title comes:
  // 'album of the year for "Northside Hymns."'; not a name said or chanted: '"Marek Kellmoor," she said')
  return CLOSE_DOUBLE.has(toks[to].text) || (INSIDE_QUOTE_STOPS.has(toks[to].text) && to + 1 < s.tokenEnd && CLOSE_DOUBLE.has(toks[to + 1].text) && from - 2 >= s.tokenStart && TITLE_CUES.has(toks[from - 2].text.toLowerCase()));
}
const TITLE_CUES = new Set('for called titled entitled named album single song track film movie series show book novel play documentary programme program'.split(' '));
const INSIDE_QUOTE_STOPS = new Set(['.', ',', '!', '?']);
const OPEN_DOUBLE = new Set(['"', '“', '„', '«', '``', "''"]);
const CLOSE_DOUBLE = new Set(['"', '”', '»', "''"]);

// letters after a name (step 4b'): a barrister's, a legislator's, an honour's
const POST_NOMINALS = new Set('QC KC MP MSP MEP MLA MHK TD OBE MBE CBE KBE DBE FRS FRCP FAIA PhD'.split(' '));
// the rules of step 13a': a person by a given name, a surname's shape or list, a reporting verb or an unknown word's shape
const WEAK_PERSON_RULES_ALL = new Set(['first-name', 'surname-suffix', 'person-context', 'name-shape']);
const CAPS_LAST = /^[A-Z]{2,4}$/;
const ROMAN_NUMERAL = /^[IVX]+$/;

/** A run of proper nouns as the typing rules (steps 5b-13) read it: `typeRun`'s view of it after the role step. */
interface RunView {
  readonly s: Sentence;
  /** the run's tokens, the role left out */
  readonly from: number;
  readonly to: number;
  /** where the run started before the role step */
  readonly runFrom: number;
  /** its tokens but joiners */
  readonly words: readonly Token[];
  readonly first: string;
  readonly last: string;
  readonly start: number;
  readonly end: number;
  /** the sentence's text after the run */
  readonly after: string;
  /** the token after the run and the one before it ('' for none) */
  readonly next: string;
  readonly prevTok: string;
  readonly role: string | null;
  /** a role word before it that titles no name ('General Assembly') */
  readonly notTitled: boolean;
}

/**
 * What a typing rule says of a run: its type, the rule, its confidence and, where it beats a gazetteer's candidate, a
 * priority. A null type: the run is a name of no type here (step 8c's work: 'the film Vera Drake').
 */
interface RuleTyped {
  readonly type: EntityType | null;
  readonly rule: string;
  readonly confidence: number;
  readonly priority: number | undefined;
}

function ruleTyped(type: EntityType | null, rule: string, confidence: number, priority?: number): RuleTyped {
  return { type, rule, confidence, priority };
}

/**
 * 5a. the place a dateline opens with, in capitals before its comma, bracket or dash, is a place, whatever its words
 *     would be elsewhere: 'STERLING HEIGHS, Mich., March 3 -' (misspelt in a Reuters story, so no gazetteer holds
 *     it: the given-name rule made it a person), 'MARION FALLS, Ore., March 3 -' (untyped, dropped). Wire services
 *     open a story with the city it was filed from; a gazetteer's entry of the same span still wins (priority), and a
 *     longer one ('NEW YORK' over a given name 'YORK') too.
 */
function datelinePlace(ctx: NameContext, v: RunView): RuleTyped | null {
  return v.from === v.s.tokenStart && v.to === ctx.datelineEnd ? ruleTyped('place', 'dateline', 0.8) : null;
}

const TRADE_ACRONYMS = new Set(['IT', 'AI', 'PC', 'TV', 'EV', 'ICT']);
/** another member's name after a name, across a comma, 'and', '&' or '/', an age or a bracket before them too (step 8b: after `ENSEMBLE_KINDS`; 'Zorvek, 24, and Quimby', 'Zorvek (ankle) and Quimby', 'Zorvek/Quimby') */
const MEMBERS_AFTER = /^\s*(?:,\s*\d+\s*(?=,)|\([^)]*\))?\s*(?:,\s*(?:and\b|&)?|and\b|&|\/)\s*\p{Lu}/u;
/**
 * the kinds of body among `FIRM_KINDS` that describe a person too ('competition regulator Sarah Cardell', 'standards
 * watchdog Kathryn Stone', 'the union Mick Lynch heads'): in lower case only, and not before a listed given name (a
 * band's name of one, 'rock band Franz Ferdinand', stays none)
 */
const BODY_KIND_WORDS = new Set(['union', 'regulator', 'watchdog', 'label', 'platform', 'charity', 'band', 'agency', ...ENSEMBLE_KINDS]);
/**
 * Step 2'': a kind of firm that opens a sentence before the firm's name, as wire copy writes it ('Drugmaker Zorvex
 * said', 'Insurer Allianz', 'Miner Rio Tinto'): not a word a person is called as often ('Broadcaster Chris Evans',
 * 'Lender'; a miner's or a brewer's name opens with a listed given name, 'Miner Mario Gomez was rescued': `firstKind`),
 * nor one a name opens with ('Bank', 'Group', 'Union', 'Carrier'), nor before a common word's plural, a name's of the
 * kind's ('Airline Pilots Association', 'Miner Strikes Gold'), nor in a headline in title case
 */
const SENTENCE_FIRM_KIND = /^(?:Retailer|Insurer|Reinsurer|Brewer|Refiner|Miner|Conglomerate|Airline|Bottler|Distiller|Chipmaker|Carmaker|Automaker|Drugmaker|Steelmaker|Planemaker|Shipbuilder|Housebuilder|Homebuilder|Shipper)$/;
/** what makes a platform a structure, not a digital body (step 8b): 'the drilling platform Deepwater Horizon' */
const STRUCTURE_PLATFORM = /^(?:drilling|oil|gas|offshore|rig|floating|viewing|observation)$/i;
/** kinds of firm only after a trade's word, never after an article alone: 'a giant Trump win', 'the label Meatless Monday' (a blog's tag) */
const TRADE_ONLY_KINDS = new Set(['giant', 'label']);
/**
 * Whether the name at `toks[from]` follows an airline's kind of carrier ('low-cost carrier Virgin Blue', 'flag carrier
 * Zorvair', 'the national carrier'): `FIRM_KINDS` leaves 'carrier' out, a ship's or a mail carrier's too.
 */
const airlineCarrier = (toks: readonly Token[], from: number) => from >= 2 && toks[from - 1].text === 'carrier' && AIRLINE_CARRIER_KINDS.has(toks[from - 2].text.toLowerCase());
// ('low-cost', 'no-frills', 'low-fare' end in their last token)
const AIRLINE_CARRIER_KINDS = new Set('cost budget flag national frills fare regional discount airline'.split(' '));
/**
 * Step 8b's kind of firm before a name at token `from` (`prevTok`, its word): after an article and at most two words
 * ('the firm Polly Peck', 'the British retailer John Lewis'), or with no article after a trade's or a nationality's word
 * ('Russian oil giant Yukos', 'Dutch bank ING', 'chipmaker Intel' needs the article); 'giant' and 'label' only after a
 * trade's word, never after the article alone ('a giant Trump win', 'the label Meatless Monday'; 'record label Domino').
 */
function firmBefore(ctx: NameContext, s: Sentence, from: number, prevTok: string): boolean {
  const { toks, lex } = ctx;
  // (a sentence's first word in lower case where it is a common noun or adjective so: 'Reinsurance group Scor gained';
  // 'Glasgow group Franz Ferdinand' stays a place's name)
  const trade = from - 2 > s.tokenStart ? toks[from - 2].text : from - 2 === s.tokenStart ? commonFirstWord(toks[from - 2].text) : '';
  const lower = /^\p{Ll}[\p{Ll}-]+$/u.test(trade);
  const tag = lower ? commonTag(trade) : null;
  // (a word in lower case that wink-nlp's lexicon lacks is a trade's too, newer than it: 'cybersecurity firm Wiz',
  // 'fintech start-up Zorvex', 'ride-hailing company Grab')
  // (and a trade's acronym: 'IT giant EDS', 'AI startup Zorvek', 'EV maker Quimbar')
  // (and a place's '-based', wink's three tokens: 'Milan-based label Arvossi'; and a capitalised common noun, a cause's
  // last word in title case: 'Human Rights group Liberty', 'Animal Welfare charity Zorvex')
  const based = trade === 'based' && from - 3 > s.tokenStart && isHyphen(toks[from - 3].text) && toks[from - 3].start === toks[from - 4].end;
  const titleNoun = !lower && /^\p{Lu}\p{Ll}+$/u.test(trade) && isLowerWord(prevTok) && commonTag(trade) === 'NOUN' && !isListed(trade, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames);
  // (and a trade's gerund: 'filtering firm Ciphertrust', 'consulting group Zorvex', 'publishing company Kellmo')
  const tradeWord = based || titleNoun || (tag !== null ? tag === 'NOUN' || tag === 'ADJ' || (tag === 'VERB' && trade.endsWith('ing')) : lower ? trade.length >= 5 : lex.known.get(trade.toLowerCase()) === 'norp' || lex.qualifiers.has(trade) || TRADE_ACRONYMS.has(trade));
  // (a platform that is a structure is no body: 'the drilling platform Deepwater Horizon', 'an offshore platform')
  if (prevTok === 'platform' && STRUCTURE_PLATFORM.test(trade)) return false;
  // (the kind a whole word: not the 'up' of 'clean up PCs', 'sizes up Melania Trump', which ends 'start-up' too)
  if (tradeWord && FIRM_KINDS.includes(prevTok.toLowerCase())) return true;
  return !TRADE_ONLY_KINDS.has(prevTok.toLowerCase()) && FIRM_BEFORE.test(ctx.doc.clean.slice(Math.max(s.start, toks[from].start - FIRM_BEFORE_CHARS), toks[from].start));
}

// step 12h''s contexts of a firm: its people before it ('a spokeswoman for', 'analysts at'), its buyer's 'acquired by',
// its people after it ('Zorvex executives'), what it has after its possessive ("Zorvex's board"), a kind of firm or of organisation in apposition after
// it ('Zorvex, the world's largest chipmaker,', 'Zorvex, a unit of', 'Zorvex, the ruling party,'; the kind's noun last:
// not 'Smith, a bank robber', 'Smith, the party leader'; not 'lender' or 'carrier', a person's or a ship's as often, as
// `FIRM_KINDS` says)
const FIRM_PEOPLE_BEFORE = /\b(?:(?:spokes(?:wo)?man|spokesperson|analysts?|economists?|strategists?|executives?|employees|shareholders|stockholders)\s+(?:at|for|with)|(?:acquired|bought)\s+by)\s*$/i;
// ... and, for a name of several words, its analyst or economist before a person's name ('Sterne Agee analyst Shaw Wu';
// not a spokesman or a strategist, a politician's as often: 'Hillary Clinton spokesman Brian Fallon') or its staff and
// 'at' before it, no possessive after it ('an economist at Zorvex Quimbar', not 'a strategist at Hillary Clinton's campaign')
const POSSESSIVE_NEXT = /^['’](?:s\b|\s)/;
const STAFF_AND_NAME_AFTER = /^\s+(?:analysts?|economists?)\s+\p{Lu}[\p{Ll}.]+\s+\p{Lu}/u;
// (and a trade's or a profession's staff noun, 'a lawyer at Arent Fox', 'development director at Codemasters'; 'with'
// and 'for' only after an analyst's, an economist's or a strategist's, 'UK economist for Capital Economics'; 'a lawyer
// with Smith' is his client's as often; not a sport's partner, 'his doubles partner at Wimbledon'; `staffEmployer` asks
// more of the name)
const STAFF_AT_BEFORE = /\b(?:(?:analysts?|economists?|strategists?)\s+(?:at|with|for)|(?:directors?|lawyers?|attorneys?|(?<!(?:sparring|doubles|dance|training|playing|tennis|golf)\s)partners?|engineers?|researchers?|scientists?|developers?|designers?|editors?|producers?|consultants?|traders?|bankers?|managers?|professors?|vice[- ]president)\s+at)\s*$/i;
/**
 * Whether the name at [start, end) after a staff noun and 'at' (`STAFF_AT_BEFORE`) is an employer's: no gazetteer's
 * person or place that is the whole name ('a producer at Cannes', 'researchers at Chapel Hill', 'a strategist with
 * Hillary Clinton'; not 'BDO Stoy Hayward', 'UBS Brunswick'), no possessive after it ("an engineer at Jeff Bezos' Blue
 * Origin"), no site's, event's or place's last word ('Heathrow Terminal', 'Glastonbury Festival', 'Porton Down'), and a
 * name shaped as a person's (`personShaped`: a person rule's) no noun in lower case it modifies ('a director at Michael
 * Bloomberg campaign'; 'a manager at Symantec security response' is the firm's).
 */
function staffEmployer(ctx: NameContext, start: number, end: number, before: string, after: string, last: string, personShaped = false): boolean {
  // (nor a name the run cut before a capitalised word: 'a researcher at Porton Down', 'Down' no name's word to the tagger)
  if (POSSESSIVE_NEXT.test(after) || /^\s+\p{Lu}/u.test(after) || PLACE_TAILS.has(last) || EVENT_WORDS.has(last) || SITE_TAILS.has(last)) return false;
  // (a person-shaped name's: not after 'with' or 'for', 'a Democratic strategist with Hillary Clinton', 'a strategist for
  // Joe Biden', nor before a noun it modifies, unless a firm's part follows it, 'an analyst with Conner Ballan division')
  if (personShaped && !FIRM_PART_AFTER.test(after)) {
    const next = /^\s+(\p{Ll}+)/u.exec(after);
    if ((next && commonTag(next[1]) === 'NOUN') || WITH_BEFORE.test(before)) return false;
  }
  return !ctx.known.some((c) => (c.type === 'person' || c.type === 'place') && c.start <= start && c.end >= end);
}
/** a firm's part after its name, which says firm ('an analyst with Conner Ballan division of Edward Viner') */
const FIRM_PART_AFTER = /^\s+(?:division|unit|subsidiary|affiliate|arm|branch)\b/;
const WITH_BEFORE = /\b(?:with|for)\s*$/;
const SITE_TAILS = new Set('Terminal Down Point Plant Refinery Wharf Garden Gardens Festival Cosmodrome Base Centre Center'.split(' '));
// ... and its results after it: 'Zorvex reported a net loss', 'Zorvex posted record profits'
// (and figures or a change before the results: 'Kekkila reported a 5.6 million markka loss', 'Newcrest reported a drop in
// net profit')
const FIRM_RESULTS_AFTER = /^\s+(?:reported|posted|announced|booked|recorded)\s+(?:(?:a|an|its)\s+)?(?:[\p{L}\p{N}$£€.,%-]+\s+){0,5}?(?:profits?|loss(?:es)?|revenues?|earnings|sales|net income|dividends?)\b/u;
// ... and its academics before a person's name, a university's or a firm's: 'Fordham law professor John Pfaff', 'Zorvex
// economist Dana Quint' (a field's word in lower case between)
const ACADEMIC_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:professor|lecturer|economist|researcher|scientist|academic|historian)\s+\p{Lu}\p{Ll}/u;
/**
 * Whether the word before an academic's noun is an employer's name (`ACADEMIC_AFTER`): an acronym ('CBI'), or a word
 * wink-nlp's lexicon lacks altogether that is no gazetteer's place or firm there ('Wimbledon historian', 'Ex-Fed
 * economist') and has no ending of a follower's, a people's or a school's ('Brexiteer', 'Thatcherite', 'Eurosceptic',
 * 'Geordie', 'Ulster'; 'Adjunct', 'Postdoctoral', 'Freelance' are the lexicon's words)
 */
function academicEmployer(ctx: NameContext, word: string, start: number, end: number): boolean {
  if (isAllCapsWord(word)) return true;
  return commonTag(word) === null && !word.includes('-') && !FOLLOWER_ENDING.test(word) && !ctx.known.some((c) => c.type !== null && c.start < end && c.end > start);
}
const FOLLOWER_ENDING = /(?:ite|ian|ist|eer|er|ic|al|ie|ing|an)$/;
const FIRM_PEOPLE_AFTER = /^\s+(?:spokes(?:wo)?man|spokesperson|executives|employees|shareholders|stockholders|officials)\b/;
// ... and a kind of firm in apposition before it, the name between commas or at the sentence's end: 'The firm, Paion,
// said', 'its parent company, Zorvex, owns', 'she left her former label, Marrowgate Music.' (`FIRM_APPOSITION_BEFORE`
// and a comma or a full stop after the name)
const APPOSITION_END_AFTER = /^\s*(?:,|\.(?:\s|$))/;
/** `APPOSITION_END_AFTER.test(after)` by code units (`firmContext` asks it of every one-word name it reads) */
function appositionEndAfter(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpaceCode(after.charCodeAt(i))) i++;
  const c = after.charCodeAt(i);
  return c === 44 || (c === 46 && (i + 1 === after.length || isSpaceCode(after.charCodeAt(i + 1))));
}
/** A kind of firm (one of `kinds`, alternatives of a regular expression) before a comma, after an article or a possessive ('its', "Chile's") and up to three words, not after an office's word and 'of' (the name is then the office's holder: 'the founder of the charity, Zorvan Kellmo'; 'the work of a drugs charity, Addaction,' stays): the end of the text before a name in apposition. */
function appositionBefore(kinds: string): RegExp {
  return new RegExp(`(?<!\\b(?:founder|co-founder|head|chief|director|chairman|chairwoman|president|boss|leader|member|trustee|patron|owner)\\s+of\\s+)(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!of\\s)[\\p{L}\\p{N}'’.-]+\\s+){0,3}?(?:${kinds})\\s*,\\s*$`, 'u');
}
const FIRM_APPOSITION_BEFORE = appositionBefore(
  'company|firm|group|\\p{Ll}*maker|brewer|retailer|bank|insurer|airline|carrier|lender|subsidiary|conglomerate|chain|manufacturer|start-?up|giant|broadcaster|newspaper|label|publisher|studio|agency|charity|consultancy|regulator|watchdog',
);
// (the kinds alone for a name of two or three words, step 12f': not 'group' nor 'giant', a band's or a person's as often)
const FIRM_KIND_APPOSITION_BEFORE = appositionBefore(
  'company|firm|\\p{Ll}*maker|brewer|retailer|bank|insurer|airline|carrier|lender|subsidiary|conglomerate|chain|manufacturer|start-?up|broadcaster|newspaper|label|publisher|studio|agency|charity|consultancy',
);
const FIRM_HAS_AFTER = /^\s*['’]s\s+(?:board|shareholders|stockholders|chief executive|CEO|CFO|chairman|chairwoman|shares|stock|share price|subsidiary|subsidiaries|headquarters|parent company|market value|profits?|revenues?|earnings|quarterly)\b/;
// ... and what a firm is said to be: 'Zorvex is a leading provider of', 'Zorvex is the world's largest maker of', 'Zorvex
// is headquartered in'
const FIRM_COPULA_AFTER =
  /^\s+(?:is|was)\s+(?:(?:a|an|the)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(?:company|firm|\p{Ll}*maker|provider|supplier|manufacturer|retailer|bank|insurer|airline|operator|brewer|conglomerate|subsidiary|start-?up|think tank|charity|broadcaster|newspaper)\s+(?:of|that|which|based|in|with|for)\b|headquartered\s+in\b)/u;
/**
 * An apposition after a name whose head is one of `kinds` (alternatives of a regular expression): a comma, an article
 * or a name's possessive ('Zorvex, Canada's largest grain company,'), up to four words that are no article nor
 * preposition (the kind the head: not 'Rhodri Pryce, a volunteer at Cardiff food bank,'), the kind, and then a mark,
 * the end or a preposition or a relative pronoun, 'and' among them unless `andAfter` is false (`FIRM_APPOSITION_AFTER`,
 * `FIRM_KIND_APPOSITION_AFTER`; `FIRM_KIND_APPOSITION_OVER_PERSON` the stricter one).
 */
function appositionOf(kinds: string, andAfter = true): RegExp {
  return new RegExp(
    `^\\s*,\\s*(?:the|a|an|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!(?:the|a|an|at|in|of|for|with|on|from)\\s)[\\p{L}\\p{N}'’.-]+\\s+){0,4}?(?:${kinds})(?=\\s*(?:[,.;:)]|$)|\\s+(?:of|that|which|based|in|with|${andAfter ? 'and|' : ''}for)\\b)`,
    'u',
  );
}
// (the words before the noun no article, which opens a clause's object: 'In R v Pellow, the judge criticised the bank';
// four of them: 'Lumora, a San Francisco-based artificial intelligence startup,'; a platform, an app, a fintech: no
// person's trade, as a producer, an operator, a supplier, a provider or a money lender may be)
const FIRM_APPOSITION_AFTER = appositionOf(
  'company|firm|group|\\p{Ll}*maker|brewer|retailer|bank|insurer|airline|carrier|unit|subsidiary|conglomerate|chain|manufacturer|start-?up|giant|party|militia|movement|organi[sz]ation|agency|union|alliance|coalition|faction|charity|band|think tank|broadcaster|newspaper|magazine|university|club|team|platform|app|exchange|studio|consultancy|fund|\\p{Ll}+tech',
);

// (the kinds of firm and body alone for a name of two or three words, step 12f': not what a person may be called too, a
// 'troublemaker', 'the gentle giant of Chinese basketball', 'a one-man band', nor a party's, a union's, a team's member)
const FIRM_KINDS_ALONE =
  'company|firm|group|carmaker|automaker|chipmaker|drugmaker|brewer|retailer|bank|insurer|airline|carrier|subsidiary|conglomerate|chain|manufacturer|start-?up|organi[sz]ation|agency|charity|think tank|newspaper|magazine|platform|app|exchange|studio|consultancy|fund|\\p{Ll}+tech';
const FIRM_KIND_APPOSITION_AFTER = appositionOf(`${FIRM_KINDS_ALONE}|broadcaster`);
// (... and those that overrule a person's name's shape, steps 9 and 10: the kind the apposition's head, no preposition
// before it nor 'and' after it, and not a broadcaster nor a carrier, a person's trade too: 'Jo Flaherty, a senior
// broadcaster with the CBS network', 'Tom Hale, a mail carrier in Dayton', 'Rhodri Pryce, a volunteer at Cardiff food
// bank', 'Dafydd Owain, a newspaper and magazine publisher')
const FIRM_KIND_APPOSITION_OVER_PERSON = appositionOf(FIRM_KINDS_ALONE.replace('carrier|', ''), false);
/** whether a name of two or three words stands before a kind of firm in apposition that overrules a person's name's shape (steps 9 and 10) */
const firmOverPerson = (words: readonly Token[], after: string) => words.length <= 3 && FIRM_KIND_APPOSITION_OVER_PERSON.test(after);

/** Step 12h': whether a one-word name (`v`) stands where a firm does (see the expressions above), no name list's word nor a surname's shape */
function firmContext(ctx: NameContext, v: RunView): boolean {
  const { lex } = ctx;
  const { first, after, s, start } = v;
  // (the context first: few names have one, and the name's tests read lexicons; the document's other possessives of the
  // name, a scan of its text, last)
  let before = '';
  const other =
    FIRM_PEOPLE_AFTER.test(after) ||
    (ACADEMIC_AFTER.test(after) && academicEmployer(ctx, first, start, v.end)) ||
    FIRM_APPOSITION_AFTER.test(after) ||
    FIRM_COPULA_AFTER.test(after) ||
    FIRM_RESULTS_AFTER.test(after) ||
    FIRM_PEOPLE_BEFORE.test((before = tail(ctx.doc.clean, s.start, start))) ||
    (STAFF_AT_BEFORE.test(before) && staffEmployer(ctx, start, v.end, before, after, first)) ||
    (appositionEndAfter(after) && FIRM_APPOSITION_BEFORE.test(ctx.doc.clean.slice(Math.max(s.start, start - 60), start)));
  if (!(other || FIRM_HAS_AFTER.test(after)) || SURNAME.test(first) || !(unknownName(ctx, first) || (ACRONYM.test(first) && !lex.commonWords.has(first.toLowerCase())))) return false;
  if (isListed(first, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames)) return false;
  return other || !possessiveInName(ctx.doc.clean, first);
}

/**
 * Whether the document writes `word` and 's before a verb or a stop, where the 's is the name's own, a firm named in
 * the possessive ("Boatmen's was the prize", "after Boatmen's."): then "Boatmen's stock" is no possessive of 'Boatmen'
 */
function possessiveInName(text: string, word: string): boolean {
  const re = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}\\s*['’]s\\s*(?:[.,;:]|(?:was|is|has|had|said|says|will|would)\\b)`, 'u');
  return re.test(text);
}

/** Steps 12 and 12a''': a name before a comma and an apposition a title heads ('Zorvek, the former mayor, won'), or before 'is' or 'was' and one ('Zorvek is a professor of economics') */
function titleApposition(ctx: NameContext, v: Pick<RunView, 's' | 'start' | 'end' | 'after'>): boolean {
  const m = TITLE_APPOSITION.exec(v.after) ?? TITLE_COPULA.exec(v.after);
  if (m === null) return false;
  const text = ctx.doc.clean;
  const pos = v.end + m[0].length;
  // (the title the apposition's head, before a mark or a preposition: not an adjective before a noun, 'Metrovias, the
  // private firm which', nor a clause's subject, 'in Farah, the commander had been'; nor a name after 'of', a peer's
  // seat: 'Baroness Royall of Blaisdon, a former aide')
  if (OF_BEFORE.test(tail(text, v.s.start, v.start))) return false;
  // (the title after up to two words, an age's too: 'Joss Stone, a 17-year-old soul singer from Devon', 'a veteran
  // British diplomat')
  // (with no article, a title in lower case: 'Zorvek, director of the institute'; capitalised only right after the comma
  // and before 'of', after a name no article opens, as a firm's release writes it: 'Taro Kellmo, Chairman of Quimbar
  // Corp,'; not 'the Commodore Amiga, Prince of Persia has', a work's name, nor a ruler's or a noble's title in a list:
  // 'classics such as Skyrim, Prince of Persia and Halo')
  const bare = !ARTICLE_IN.test(m[0]);
  const capitalOffice = bare && m[0].trim() === ',' && !ARTICLE_END.test(tail(text, v.s.start, v.start));
  let at = pos;
  for (let skipped = 0; skipped <= 2; skipped++) {
    if (bare && !(unitFlags(text.charCodeAt(at)) & UNIT_LOWER)) {
      if (!capitalOffice || skipped > 0) return false;
      return rolesStartingAt(text, at, ctx.lex.roles).some((r) => text.startsWith(r, at) && OF_NAME_AFTER.test(text.slice(at + r.length, at + r.length + 12)) && !(NOBLE_TITLES.has(r) && LIST_GOES_ON.test(text.slice(at + r.length, at + r.length + 60))));
    }
    for (const r of rolesStartingAt(text, at, ctx.lex.roles)) if (text.startsWith(r, at) && TITLE_HEAD_AFTER.test(text.slice(at + r.length, at + r.length + 8))) return true;
    const word = TITLE_MODIFIER.exec(text.slice(at, at + 24));
    if (!word) return false;
    at += word[0].length;
  }
  return false;
}
const ARTICLE_IN = /\b(?:a|an|the)\s/;
const ARTICLE_END = /\b(?:a|an|the)\s+$/i;
/** 'of' and a capitalised word after a capitalised title in an apposition ('Chairman of Quimbar') */
const OF_NAME_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;
/**
 * a ruler's or a noble's title, a work's name's as often, where a list goes on after its 'of' and name ('Skyrim, Prince
 * of Persia and Halo'; 'Wilhelmina, Queen of the Netherlands from 1890' is she)
 */
const NOBLE_TITLES = new Set('Prince Princess King Queen Lord Lady Duke Duchess Emperor Empress Earl Baron Count Countess'.split(' '));
const LIST_GOES_ON = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+(?:,|and\s|or\s)\s*\p{Lu}/u;
/** a word or an age before a title in an apposition, and the space after it ('soul ', '17-year-old ', 'British ') */
const TITLE_MODIFIER = /^(?:\p{L}[\p{Ll}-]*|\d+-year-old)\s+/u;
const TITLE_HEAD_AFTER = /^(?:\s*[,.;:)]|\s+(?:of|from|for|in|at|and|who|to)\b|\s*$)/;

/** kinds of paper before a name (step 8b''); 'agency' after 'news' */
// (not 'monthly', an adjective far more often: 'The monthly Ramadan fast')
const MEDIA_KINDS = new Set('newspaper daily weekly magazine tabloid broadsheet journal newsletter periodical website blog'.split(' '));
/** the kinds of paper that are adverbs or adjectives too ('twice daily', 'the weekly CPI report') */
const PERIODICAL_WORDS = new Set(['daily', 'weekly']);
/** the kinds of outlet a name after 'a' may open a clause after ('a blog Musk promoted') */
const ONLINE_KINDS = new Set(['website', 'blog', 'newsletter']);
/** a broadcaster's kind in lower case, which names an outlet after a state's or a public word ('state television ORTM') */
const BROADCAST_KINDS = new Set('television radio broadcaster TV'.split(' '));
const STATE_WORDS = new Set('state public national official'.split(' '));
/**
 * Whether the token before a name (`prevTok`) is a kind of paper in lower case or a news agency ('news agency Apcom');
 * 'daily' and 'weekly' only after an article, a capitalised word or a noun or adjective ('the daily', 'Spanish sports
 * daily'), not as adverbs ('twice daily'), nor as adjectives before a noun in lower case after the name ('The weekly CPI
 * report'); a website's, a blog's or a newsletter's kind not after 'a' or 'an', where the name opens a
 * clause ('He shared a blog Trump had linked to').
 */
function mediaBefore(ctx: NameContext, s: Sentence, from: number, prevTok: string): boolean {
  const before = from - 2 >= s.tokenStart ? ctx.toks[from - 2].text : '';
  if (ONLINE_KINDS.has(prevTok) && /^an?$/i.test(before)) return false;
  if (PERIODICAL_WORDS.has(prevTok) && from + 1 < s.tokenEnd && isLowerCaseNoun(ctx.toks[from + 1].text)) return false;
  if (prevTok === 'agency') return before === 'news';
  // (a state's or a public broadcaster by its acronym: 'state television ORTM', 'state broadcaster RTB'; not a name
  // that opens a clause after it, 'on national television Bush said')
  if (BROADCAST_KINDS.has(prevTok)) return STATE_WORDS.has(before.toLowerCase()) && /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(ctx.toks[from].text);
  if (!MEDIA_KINDS.has(prevTok)) return false;
  if (!PERIODICAL_WORDS.has(prevTok)) return true;
  if (before === '') return false;
  if (isCapitalised(before) || /^(?:the|a|an)$/i.test(before)) return true;
  const tag = commonTag(before);
  return tag === 'NOUN' || tag === 'ADJ';
}

/** a sentence's first word in lower case where wink-nlp's lexicon has it so as a noun or an adjective ('Reinsurance' -> 'reinsurance'; 'Glasgow', 'BBC' stay) */
function commonFirstWord(w: string): string {
  // (a compound of small letters after its capital is a modifier: 'Anti-spam group Spamhaus', 'Oil-rich state')
  if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(w)) return w.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return w;
  const tag = commonTag(w.toLowerCase());
  // (and a trade's gerund, a verb's or one the lexicon lacks: 'Polling firm Mori said', 'Consulting group Zorvex')
  return tag === 'NOUN' || tag === 'ADJ' || ((tag === 'VERB' || tag === null) && w.endsWith('ing')) ? w.toLowerCase() : w;
}

/** the words of a poll's or a survey's maker after it, in lower case (step 8d': 'the Zorvex poll') */
const POLL_WORDS = new Set(['poll', 'survey']);
/** what opens the phrase before a poll's maker: an article, a possessive's 's, 'its' ('a Zorvex poll', "Sunday's Zorvex poll") */
const POLL_DETERMINERS = new Set(['the', 'a', 'an', "'s", '’s', 'its', 'their', 'this', 'another']);

/**
 * Step 8d': whether a run of one to three words (`v`) is a poll's or a survey's maker: before 'poll' or 'survey' in
 * lower case, after an article or a possessive and up to two words in lower case ('the Zorvex poll', 'a new Kellin
 * Research survey', "Sunday's Zorvex poll"), a partner's name after or before a slash passed over ('a Quimbar/Zorvex
 * poll'); not where the poll is a compound's modifier ('the Zorvek poll numbers', 'his poll lead', a politician's), nor
 * for a listed given name first ('the Kellin Quimby poll'), common words only ('the Morning Consult poll', 'the
 * Household Pulse survey', a survey's own name as often), a month, a day or a feast ('the December survey', 'a Christmas
 * poll'), an adjective or a nationality ('a Democratic poll'), nor an acronym that names no body ('the PMI survey'). A
 * gazetteer's place of the span stays a place ('a Florida poll'), and a gazetteer's name inside the run its own ('A
 * NEW CNN poll'); a surname of a person the document names in full stays theirs (documentPass).
 */
function pollMaker(ctx: NameContext, v: RunView): boolean {
  const { toks, lex } = ctx;
  const { s, from, to, words, first } = v;
  // (the partners after a slash: 'Quimbar' of 'the Quimbar/Zorvex poll', 'CNN/ORC')
  let k = to;
  while (k + 1 < s.tokenEnd && toks[k].text === '/' && isCapitalised(toks[k + 1].text)) {
    k++;
    while (k < s.tokenEnd && isCapitalised(toks[k].text)) k++;
  }
  if (k >= s.tokenEnd || !POLL_WORDS.has(toks[k].text)) return false;
  const then = k + 1 < s.tokenEnd ? toks[k + 1].text : '';
  if (isLowerCaseNoun(then) || then === 'lead') return false;
  // (... and before one: 'Zorvex' of 'the Quimbar/Zorvex poll')
  let b = from - 1;
  while (b - 1 >= s.tokenStart && toks[b].text === '/' && isCapitalised(toks[b - 1].text)) {
    b--;
    while (b >= s.tokenStart && isCapitalised(toks[b].text)) b--;
  }
  for (let n = 0; n < 2 && b > s.tokenStart && /^\p{Ll}+$/u.test(toks[b].text) && !POLL_DETERMINERS.has(toks[b].text); n++) b--;
  if (b < s.tokenStart || !POLL_DETERMINERS.has(toks[b].text.toLowerCase())) return false;
  if (words.length > 3 || isListed(first, lex.firstNames, lex.givenNames) || ctx.roleWords.has(first) || (words.length === 1 && famousSurname(ctx, v))) return false;
  if (words.every((w) => isCommonish(lex, w.text) || MONTHS_DAYS.has(w.text) || FEASTS.has(w.text))) return false;
  if (words.length === 1 && (adjectival(lex, first) || NOT_ORG_ACRONYMS.has(first))) return false;
  // (nor a run a gazetteer's name is part of, which keeps it: 'A NEW CNN poll', 'a MetroNews West Virginia poll')
  if (ctx.known.some((c) => c.start < v.end && c.end > v.start && (c.start !== v.start || c.end !== v.end))) return false;
  return !writtenAsTopic(ctx.doc.clean, ctx.doc.clean.slice(v.start, v.end));
}
/** the nouns that follow a poll's maker as they do a firm's, no topic's: 'Zorvex data', 'Zorvex analysts' */
const POLL_MAKER_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'data', 'research', 'analysts', 'analyst', 'researchers', 'pollster', 'pollsters', 'chief', 'editor', 'director', 'founder', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'staff', 'study', 'report', 'figures', 'findings', 'results', 'index']);
/**
 * Step 8d': whether the document writes `name` before a common noun in lower case other than a poll's maker's
 * (`POLL_MAKER_NOUNS`): a topic's then, what the poll asked about ('a Brexit poll' where the story writes 'the Brexit
 * deal', 'a Zorvid survey' and 'Zorvid cases')
 */
function writtenAsTopic(text: string, name: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:-\\p{L}*\\d+)?\\s+(\\p{Ll}+)`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (!POLL_MAKER_NOUNS.has(m[1]) && isLowerCaseNoun(m[1])) return true;
  return false;
}

/**
 * Whether a one-word run is a famous person's surname (lexicons/lone-surnames.tsv) or a gazetteer's person of its span:
 * 'a Trump poll', 'according to Keynes,', "France's Macron reported that" (steps 8d', 12h''', 8b'''' type no
 * organisation of it)
 */
function famousSurname(ctx: NameContext, v: RunView): boolean {
  return ctx.lex.loneSurnames?.has(v.first) === true || ctx.known.some((c) => c.type === 'person' && c.start === v.start && c.end === v.end);
}

/** the clause's end after a source after 'according to' (step 12h'''): a comma, a stop, a semicolon or the sentence's end */
const SOURCE_END_AFTER = /^\s*(?:[,.;]|$)/;
/** Step 12h''': whether a run after 'according to' (`v`) is a source of no person's name (see the step) */
function accordingSource(ctx: NameContext, v: RunView): boolean {
  const { lex } = ctx;
  const { words, first, after } = v;
  if (!SOURCE_END_AFTER.test(after) || ctx.roleWords.has(first) || isListed(first, lex.firstNames, lex.givenNames)) return false;
  if (words.length === 1 && (lex.lastNames.has(first.toLowerCase()) || famousSurname(ctx, v) || adjectival(lex, first) || NOT_ORG_ACRONYMS.has(first))) return false;
  if (words.every((w) => isCommonish(lex, w.text))) return false;
  // (a name of several words with a common word, a firm's as 'Zorvex Relations', no particle in any case: not 'Van
  // Zorvek', nor unknown words only, a person's name of three: 'Zorvek Kellin Quimbar' (of two, step 12g's))
  // (the common word in title case: not an acronym that spells one, a statistic's, 'FanGraphs WAR')
  if (words.length > 1 && (words.some((w) => PARTICLES.has(w.text.toLowerCase())) || !words.some((w) => isCommonish(lex, w.text) && hasLower(w.text)))) return false;
  return !ctx.known.some((c) => c.start < v.end && c.end > v.start && (c.start !== v.start || c.end !== v.end));
}

/** 'reported' or 'reports' ending a clause or before 'that' after a name (step 8b''''): 'the FT reports.', 'the Zorvex Tribune reported that' */
// (not before a time or 'late', an athlete's reporting for training: "Brazil's Zorvinho reported late", '… reported
// yesterday')
const OUTLET_REPORTING_AFTER = /^\s+(?:has\s+)?(?:reported|reports)(?=\s*[.,;:]|\s*$|\s+(?:that|citing|quoting)\b)/;
/** Step 8b'''': whether a run after 'the' or a possessive's 's (`v`) is an outlet that reports (see the step) */
function outletReporting(ctx: NameContext, v: RunView): boolean {
  const { toks, lex } = ctx;
  const { from, words, first, after, prevTok } = v;
  if (!OUTLET_REPORTING_AFTER.test(after) || isListed(first, lex.firstNames, lex.givenNames) || ctx.roleWords.has(first)) return false;
  // (an acronym that spells a common word counts as no common word: 'the FT reports')
  if (THE.has(prevTok)) return !words.every((w) => (isCommonish(lex, w.text) && hasLower(w.text)) || adjectival(lex, w.text));
  // (the possessive a place's: "the UK's", "Long Island's"; not a broadcaster's, whose reporters report: "NBC's Kate
  // Snow"; nor a surname alone, an athlete's as often: "Kenya's Kipchoge reported")
  const owner = toks[from - 2];
  return owner !== undefined && !(words.length === 1 && (isListed(first, lex.lastNames, lex.surnames) || famousSurname(ctx, v))) && ctx.known.some((c) => c.type === 'place' && c.end === owner.end);
}

/** Step 8d's tests of a run before a word that says organisation ('party', 'group': `ORG_CUES`). */
function orgCue(ctx: NameContext, v: RunView): boolean {
  const { toks, lex } = ctx;
  const { s, from, to, words } = v;
  const after = to + 1 < s.tokenEnd ? toks[to + 1] : undefined;
  // (not a tournament's group, 'group four'; nor a kind before the name that follows, 'Banking group ING', 'Human
  // Rights group Liberty')
  if (after && ((toks[to].text === 'group' && GROUP_NAME.test(after.text)) || isCapitalised(after.text))) return false;
  // (nor an event's party or a cup's group: 'New Years Eve party', 'Uefa Cup group')
  if (NOT_PERSON_LAST.has(v.last) || EVENT_LAST.has(v.last)) return false;
  let opening = true;
  for (let k = s.tokenStart; k < from && opening; k++) if (hasLetter(toks[k].text)) opening = false;
  const named = opening && isCommon(lex, words[0].text) ? words.slice(1) : words;
  // (nor a run the sentence's common first word opens before 'of': 'Members of the United Auto Workers union')
  if (named !== words && toks[from + 1]?.text === 'of') return false;
  if (named.length === 0 || named.every((t) => adjectival(lex, t.text))) return false;
  // (one word: not a common one, 'the Pop group', but a newspaper's, 'the Sun newspaper'; nor of compromise's name
  // lists, 'the Trump movement')
  // (an acronym that is a word too is the acronym: 'PAP news agency'; and a trade union's word after 'the', as unions
  // name themselves: 'the Unite union', 'the Equity union')
  const unionName = toks[to].text === 'union' && THE.has(toks[from - 1]?.text);
  return !(named.length === 1 && ((isCommon(lex, named[0].text) && !MEDIA_CUES.has(toks[to].text) && !isAllCapsWord(named[0].text) && !unionName) || isListed(named[0].text, lex.firstNames, lex.lastNames)));
}
const EVENT_LAST = new Set('Eve Day Christmas Halloween Year Night Ball'.split(' '));
// a tournament's group: 'group four', 'Group B', 'group 7'
const GROUP_NAME = /^(?:[A-H1-9]|one|two|three|four|five|six|seven|eight|nine)$/;

/** 1b'. A family name and a given name of two syllables the run took in (`hyphenGivenAt`) are a person's: 'Lee Jae-myung'. */
function hyphenGiven(ctx: NameContext, v: RunView): RuleTyped | null {
  return v.words.length === 3 && v.to - v.from === 4 && hyphenGivenAt(ctx, v.from + 2, v.to) ? ruleTyped('person', 'hyphen-given', 0.75) : null;
}

/**
 * 5b''''''. A race's results line names a rider's or a driver's team after the person and the country in brackets, and
 * before the time, the points or the line's end: '9. Martin Brundle ( Britain ) Jordan 1:55.385', '6. Jans Koerts (
 * Netherlands ) Palmans'. Strong context: it beats the gazetteer's country or town of the name ('Jordan'). Not a golf
 * or a tennis line's words after the bracket: '( France ) 74 73', '( Netherlands ) beat Carlos Moya'; nor a record's
 * place before its date: '( Germany ) Berlin 17.8.90'.
 */
function raceTeam(ctx: NameContext, v: RunView): RuleTyped | null {
  if (v.prevTok !== ')' || v.words.length > 3 || !RACE_AFTER.test(v.after) || RECORD_DATE_AFTER.test(v.after)) return null;
  const { toks, lex } = ctx;
  const open = bracketOpen(toks, v.from - 1);
  // (a country's words in the bracket, not a year: 'Sherwin Rosen (1986) Chapter 12')
  if (open <= v.s.tokenStart || !UPPER_FIRST.test(toks[open + 1].text)) return null;
  // (nor a car, a make compromise knows as a firm and its model: 'Juha Kankkunen ( Finland ) Toyota Celica 12 seconds')
  if (v.words.length > 1 && lex.known.get(v.first.toLowerCase()) === 'organization') return null;
  // (the person a rule found right before the bracket, in this sentence: the runs before this one are typed already)
  for (let i = ctx.found.length - 1; i >= 0 && ctx.found[i].sentence === v.s; i--) if (ctx.found[i].to === open) return ctx.found[i].type === 'person' ? ruleTyped('organization', 'race-team', 0.7, -1) : null;
  return null;
}
/** what follows a race team's name: the line's end, a time or points ('1:55.385', '34'), 'one lap', 'same time' */
const RACE_AFTER = /^\s*(?:\.?\s*$|\d|(?:one|two|three|four|five|\d+)\s+laps?\b|same time\b)/;
/** a record's date after the place it was set in: '( Germany ) Berlin 17.8.90' */
const RECORD_DATE_AFTER = /^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/**
 * Whether a name and a score after it, or a name across 'v' (step 5b), may be a results line's team in sentence `s`:
 * anywhere in a sports report, elsewhere only in a line of names and numbers (a table's row, a fixtures list's): in a prose sentence of another report a name and a
 * number are a band's, a film's or a console's ('Maroon 5's album', 'Shrek 2 took', 'PlayStation 3 chip', 'Fox 5').
 */
function resultsLineHere(ctx: NameContext, s: Sentence): boolean {
  if ((ctx.sports ??= isSportsReport(ctx.doc.clean))) return true;
  const { toks } = ctx;
  // (what stands in brackets is a scorer's or a player's, read as the line's: 'Gloucestershire 280 ( J. Russell 63 ,
  // D. Fulton 52 not out )'; a unit after a number is the score's: 'Zorvek 12 pts')
  let depth = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const w = toks[k].text;
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !upperFirst(w) && !TABLE_NUMBER.test(w) && !LINE_MARKS.has(w) && !isJoiner(w) && !isVersus(w) && !(SCORE_UNITS.has(w) && k > s.tokenStart && TABLE_NUMBER.test(toks[k - 1].text))) return false;
  }
  return true;
}
/**
 * A line of names across 'vs.': a sports report's, or a fixtures or a draw's line of names with a date, a number or a
 * bracket ('May 20 vs. Durham', 'Qualifier vs. Levski Sofia ( Bulgaria )'; not a headline's 'Siri vs. Alexa').
 */
function versusLine(ctx: NameContext, s: Sentence): boolean {
  if ((ctx.sports ??= isSportsReport(ctx.doc.clean))) return true;
  return /[\d(]/.test(ctx.doc.clean.slice(s.start, s.end)) && resultsLineHere(ctx, s);
}
/** the marks and words a table's row may hold besides its names and numbers */
const LINE_MARKS = new Set([',', '.', ':', ';', '-', '/', '&', "'s", 'and', 'of', 'the']);
/** a score's unit after its number ('Zorvek 12 pts', 'Kent 214 runs') */
const SCORE_UNITS = new Set('pts pt points runs goals wickets wkts laps overs'.split(' '));

/** a verb after a name and a number: the number is the name's, no score ('Metal Slug 3 is') */
const VERB_AFTER_NUMBER = new Set('is was are were has had have will would can could may might should must'.split(' '));

/** an Australian rules score's goals and behinds: '14.12' */
const FOOTY_SCORE = /^\d{1,2}\.\d{1,2}$/;

/** 1a. Where the place a dateline opens with ends (`datelinePlaceEnd`): `s.tokenStart` when the sentence is no dateline. */
function datelinePlaceEndOf(ctx: NameContext, s: Sentence): number {
  return datelinePlaceEnd(ctx.doc.clean, ctx.toks, s.tokenStart, s.tokenEnd, s.end, isAllCapsWord);
}

/**
 * Steps 5b, 5b' and 5b''': a results line's team, a goal's scorer and a cricket scorecard's players, or null.
 *
 * The typing rules are functions of their own, not branches of `typeRun`: V8 compiles a function whole and again at
 * each deoptimisation, and `typeRun` with all its rules (~10 kB of bytecode) was compiled through the whole run at
 * ~0.2 s a compile (`--trace-opt`, 20 MB bench corpus). docs/BENCHMARKS.md, forty-ninth session.
 */
function resultsLineType(ctx: NameContext, v: RunView): RuleTyped | null {
  const { toks, lex } = ctx;
  const { s, from, to, words, first, last, next, prevTok } = v;
  // 5b. a results line names teams: 'Blackpool 0 Wycombe 0', 'Middlesex 199 and 426', 'Birmingham v Barnsley'.
  //     Strong context: it beats a gazetteer place of the same name (priority -1)
  // (not a number with a unit after it, an amount: 'Shr 34 cts vs 1.19 dlrs', 'Net 5 mln')
  // (nor a postal code's five digits: 'Phoenix, AZ 85004')
  // (nor a year: 'Halloween 2012: Readers' Costumes', 'Election 2012'; nor a common word numbered before a colon or a
  // lower-case word, a label: 'Episode 3: Born', 'Tier 1 includes', 'Unity 3 is'; 'Arsenal 2 Chelsea 1' stays; nor one
  // letter: 'K 1600 GT')
  const afterNumber = toks[to + 1]?.text ?? '';
  // (an Australian rules score, goals and behinds and the points in brackets: 'Adelaide 14.12 ( 96 ) Collingwood 24',
  // after another such score too)
  const footyScore = FOOTY_SCORE.test(next) && afterNumber === '(' && isDigits(toks[to + 2]?.text ?? '') && toks[to + 3]?.text === ')';
  const afterFootyScore = prevTok === ')' && from - 3 >= s.tokenStart && isDigits(toks[from - 2].text) && toks[from - 3].text === '(' && FOOTY_SCORE.test(toks[from - 4]?.text ?? '');
  const scoreNext =
    ((isDigits(next) && next.length <= 4) || footyScore) &&
    first.length > 1 &&
    !YEAR.test(next) &&
    (from === s.tokenStart || isDigits(prevTok) || prevTok === ',' || afterFootyScore) &&
    !AMOUNT_UNITS.has(afterNumber.toLowerCase()) &&
    !(words.length === 1 && (afterNumber === ':' || (isLowerWord(afterNumber) && afterNumber !== 'and')) && isCommonish(lex, first)) &&
    // (nor any name numbered before a verb, a title's sequel or a model: 'Metal Slug 3 is a wake-up call', 'Zorvex 2 was')
    !VERB_AFTER_NUMBER.has(afterNumber);
  // (not the parties of a law case: 'In R v Pellow, the judge', 'Smith v Dorrington Borough Council, the court ruled')
  // ('vs.' in a sports report or a line of names, dates and numbers only, a fixtures list's: 'May 20 vs. Durham';
  // elsewhere two names across it are a comparison's, 'Siri vs Google: the cast of The Office', 'Trump vs. Clinton: A
  // Fundamental Clash over How the Economy Works'; the British 'v' of fixtures and law cases anywhere)
  const versus = (next === 'v' || prevTok === 'v' || ((isVersus(next) || isVersus(prevTok)) && versusLine(ctx, s))) && !lawCase(ctx, s, from, to);
  // (not a player's initial and name in a scorecard: 'A. Symonds 52')
  // (nor a player of a draw: a given name of either list and a surname before a country in brackets, after 'vs.': 'Grant
  // Stafford ( South Africa ) vs. Guy Forget ( France )', where the given-name rule then types him; a club's name has no
  // given name first, 'Levski Sofia ( Bulgaria ) v Olimpija ( Slovenia )')
  const athlete = next === '(' && words.length >= 2 && words.length <= 3 && isListed(first, lex.firstNames, lex.givenNames) && !lex.commonWords.has(last.toLowerCase()) && countryInBrackets(ctx, s, to);
  // (nor a draw's or a table's own word: 'Qualifier vs. Galo Blanco', 'Group 4', 'Total 229')
  if (words.length <= 3 && ((scoreNext && resultsLineHere(ctx, s) && (afterNumber === '(' || !cricketLine(ctx, s))) || versus) && !athlete && !isListed(first, lex.firstNames) && !(words.length >= 2 && isListed(first, lex.givenNames) && !isCommonish(lex, last)) && !INITIAL.test(first) && !(words.length === 1 && DRAW_WORDS.has(first)))
    return ruleTyped('organization', 'score-line', 0.65, -1);
  // 5b'. a goal's scorer in a results line: a name between '(' or ',' and the minute of the goal, an ordinal, and then a
  //      comma, a bracket, another minute or 'minute', 'penalty': 'Bastia 1 ( Drobnjak 82nd )', '( Driller 15th , Trulsen
  //      54th , Springer 64th )', 'Riedle 8th minute'. Strong context: it beats a gazetteer's place of the name
  //      ('Dundee 45th'); inside the brackets after a team's score only (not a district's number, '(Michigan 11th)', nor a
  //      race's placing in prose). eng.train had 114 such persons missed
  if (words.length <= 3 && (prevTok === '(' || prevTok === ',' || prevTok === 'and') && ORDINAL.test(next) && (SCORER_AFTER.has(afterNumber) || ORDINAL.test(afterNumber)) && afterScore(toks, s, from)) return ruleTyped('person', 'scorer', 0.7, -1);
  // 5b'''. a cricket scorecard's fielder and bowler, as a scorecard writes them: the catcher or the wicketkeeper after 'c'
  //        or 'st' and before 'b', the bowler after 'b' and before the batsman's runs ('Aamir Sohail c Cork b Croft 46',
  //        'Moin Khan b Salisbury 23', 'lbw b Mullally 0'). Strong context: it beats a gazetteer's place of the name
  //        ('Cork', 'Salisbury')
  if (words.length <= 2 && ((prevTok === 'b' && isDigits(next) && next.length <= 3) || ((prevTok === 'c' || prevTok === 'st') && next === 'b'))) return ruleTyped('person', 'scorecard', 0.7, -1);
  return null;
}

/**
 * Step 6: a college's or a university's name that ends with its town, as British and Irish ones are named: 'Imperial
 * College London', 'University College Dublin', "King's College London" (the run had left the town alone, a place of
 * the gazetteer). Three words at least, the town one word in title case and no common word ('Virginia Community College
 * System').
 */
function collegeOfTown(words: readonly Token[]): boolean {
  const town = words[words.length - 1].text;
  return words.length >= 3 && COLLEGE_WORDS.has(words[words.length - 2].text) && TITLE_CASE_WORD.test(town) && !isCommonWord(town);
}
const COLLEGE_WORDS = new Set(['College', 'University']);

// the wire's abbreviations of units and currencies, capitalised in a headline or after a country's initials: '1.26 billion
// H.K. Dlrs', 'N.Z. Cts' (no initial and a surname)
const WIRE_UNITS = new Set(['dlrs', 'dlr', 'cts', 'stg', 'mln', 'bln', 'pct']);
// a degree's words right before 'in' or 'of': 'a PhD', 'a degree', 'master's degree', 'a Master', 'BA (Hons)',
// 'majored' (not a study's verb, 'studied in New York', 'a graduate of Zorvex University'; nor a rank, 'a major in the
// Royal Marines'; nor 'professor of', who may hold a school's chair; 'Master' and 'Doctor' only after 'a' or a
// possessive: 'the new Master of Trinity College' heads it, 'the new masters of Manchester United' own it)
const DEGREE_BEFORE = /(?:\b(?:Ph\.?\s?D\.?|PhD|doctorate|degree|diploma|MBA|MSc|M\.Sc\.|BSc|B\.Sc\.|BA|B\.A\.|MA|M\.A\.|LLM|majored|majoring|bachelor's|master's|(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) (?:Bachelor|Master|Doctor))|\(Hons\))\s*$/u;
/**
 * Steps 6-13: the first rule that types a run by its words and what is around them, or null.
 *
 * The rules are six functions in their order (`typeByWords` … `typeByContext`), not one: V8 optimises a function once it
 * has run through a number of budgets that grows with its bytecode (one more per 150 bytes), counted again from zero
 * at each change of its feedback (a rule's test reached for the first time is one) and after each deoptimisation. The one
 * function of ~18.5 kB had run ~90% of its time unoptimised (`node --prof`, 3,000 documents of the 10 MB bench corpus:
 * 66 ticks of 73 in its baseline code); each part of ~3 kB is optimised and deoptimised on its own.
 */
function ruleType(ctx: NameContext, v: RunView): RuleTyped | null {
  const typed = typeByWords(ctx, v);
  if (typed) return typed;
  const { words } = v;
  // (a person's name is up to four words besides one particle: 'Mohammed bin Rashid Al Maktoum', 'Luiz Inacio Lula da
  // Silva' were no person; not two, an Italian firm's 'Monte dei Paschi di Siena')
  const nameWords = particlesIn(words) === 1 ? words.length - 1 : words.length;
  return typeByTitle(ctx, v, nameWords) ?? typeByLexicon(ctx, v) ?? typeByNameLists(ctx, v, nameWords) ?? typeByCues(ctx, v) ?? typeByContext(ctx, v);
}
/** Steps 5c'-6 of `ruleType`: a credit's, a document's, a degree's, a domain's, a ticker's, an institution's, a facility's and an organisation's or a place's words (or null). */
function typeByWords(ctx: NameContext, v: RunView): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, words, first, last, start, end, after, next, prevTok, role } = v;
  // 5c'. a photo's credit: a given name and one or two words before a slash and the outlet ('Photo: Kellin Bristol/AFP',
  //       'Illustration by Zorvex Manchester/The Portvale Times') or after a credit's opening ('Photograph by Kellin
  //       Bristol'): a photographer, whatever place his surname names (a gazetteer's town had won, 'Manchester', and a
  //       place's or a firm's word last made a place or a firm: 'Kellin Park', 'Zorvex Court')
  if (words.length >= 2 && words.length <= 3 && isListed(first, lex.firstNames, lex.givenNames) && (CREDIT_SLASH_AFTER.test(after) || (start - s.start <= 40 && CREDIT_BEFORE.test(doc.clean.slice(s.start, start)))))
    return ruleTyped('person', 'photo-credit', 0.75);
  // 5d. a law's, a treaty's or a plan's name: 'the Marshall Plan', 'the Helms-Burton Act', 'Penn Treaty' (`DOCUMENT_WORDS`);
  //     no type, as a work's title (8c); a place that opens it is none either (tag-entities.ts, `eventEndAfter`)
  if (words.length > 1 && DOCUMENT_WORDS.has(last)) return ruleTyped(null, 'document-title', 0);
  // 5d''. a subject of study after a degree's 'in' or 'of' is no organisation: 'a PhD in Business Administration', 'a
  //       master's degree in Public Policy', 'Master of Business Administration', 'majored in Political Science' (the
  //       organisation word 'Administration', 'Policy' had made them firms); no type, as a work's title
  if (words.length > 1 && (prevTok === 'in' || prevTok === 'of') && DEGREE_BEFORE.test(tail(doc.clean, s.start, toks[from - 1].start))) return ruleTyped(null, 'subject', 0);
  // 5d'. a capitalised domain name is a firm's or a site's name: 'Booking.com said', 'Salon.com reported' (the tokenizer
  //      keeps it one word: src/nlp/wink.ts, `domainEndsAt`; the gazetteer's own, 'Amazon.com', matched before)
  if (words.length === 1 && DOMAIN_NAME.test(first)) return ruleTyped('organization', 'domain-name', 0.7);
  // 5e. a firm's exchange and ticker in brackets after the name: 'Zorvex (NYSE: ZRV)' (before the person rules: 'Zorvex
  //     Lundqvar (Nasdaq: ZL)' is no person)
  // (not a legal form alone, the end of a name a comma parts: 'Tesla Motors, Inc. (NASDAQ: TSLA)')
  if (words.length <= 5 && next === '(' && TICKER_AFTER.test(after) && !(words.length === 1 && isLegalForm(first))) return ruleTyped('organization', 'ticker', 0.8);
  // 5d'''. a sport's league or a competition is no organisation, as a tournament is none (CoNLL-2003 tags them MISC):
  //        'the Champions League', 'Premier League', 'the Celtic League', 'Major League', 'Primera Liga', 'La Liga',
  //        'Football League' (`competitionName`); no type, as a work's title; not a body's, a people's or a party's:
  //        'Arab League', 'Awami League', 'Anti-Defamation League', 'Northern League', nor the league's body before a
  //        firm's cue: 'the Premier League said', 'a Premier League spokesman'
  if (words.length > 1 && competitionName(ctx, from, to, next)) return ruleTyped(null, 'competition', 0);
  // 6. organisation keywords: '… Security Service', 'Ministry of …'
  if (words.length === 1 && INSTITUTIONS.has(first)) {
    // 6a. a legislature or a treasury named by its one word: 'Congress', 'the Senate', 'the Treasury' (CoNLL-2003 tags
    //     them ORG: Congress 16 of 17 times in eng.train, Senate 17 of 17, Treasury 11 of 11); not 'Parliament', which
    //     CoNLL-2003 leaves untagged, nor 'Government', 'Cabinet' (mostly untagged there); 'Treasury bond' too, the issuer
    return ruleTyped('organization', 'institution', 0.7);
  }
  // (a given name (of the longer list no common word) and a listed surname that is a keyword of step 6, before an age or
  //     'said he' or an event of a person's life, is a person's: 'Ruth Church, 61, was sentenced', 'Mike Post said he';
  //     not an institution's word, no surname: 'Austin Police said he had been drinking', 'Jackson County said')
  // (and one that ends in a venue's word, `VENUE_TAILS`, after a title too or before a reporting verb, 'his' or 'her':
  //     'Chef Marta Kitchen', 'Marta Kitchen said the plan would fail', 'Rosa Pizza and her son')
  if (words.length === 2 && (ORG_WORDS.has(last) || PLACE_TAILS.has(last) || VENUE_TAILS.has(last)) && isListed(last, lex.lastNames, lex.surnames) && (lex.firstNames.has(first.toLowerCase()) || (isListed(first, lex.givenNames) && !isCommonish(lex, first))) && (AGE_AFTER.test(after) || SAID_HE.test(after) || PERSON_EVENT_AFTER.test(after) || (VENUE_TAILS.has(last) && (role !== null || VENUE_PERSON_AFTER.test(after)))))
    return role ? ruleTyped('person', 'title-person', 0.85) : ruleTyped('person', 'first-name', 0.75);
  // (a broadcaster's station by its number: 'BBC Radio 4', 'Radio Five Live')
  if (words.length > 1 && stationName(words)) return ruleTyped('organization', 'org-keyword', 0.7);
  if (words.length > 1 && facilityName(ctx, from, to) && !ORG_WORDS.has(last)) return ruleTyped('place', 'place-keyword', 0.7);
  // (an organisation's head first and an event's word last is the event's name: 'the Academy Awards', 'the University
  // Cup', no organisation)
  // (not, in a headline in title case, a noun and an organisation's word the story never writes so: 'How to Make Health
  // Insurance a Bad Bet', 'Lower Your Odds of Needing Insurance', a field's name: `commonHeadlineRun`)
  if (words.length > 1 && !(ctx.titleLines?.has(s.index) && commonHeadlineRun(ctx, words, end)) && ((endsInOrgWord(last, next) && !venueSurnamePerson(ctx, v)) || (to - from >= 3 && PARTNERSHIP.has(last) && (toks[to - 2].text === '&' || toks[to - 2].text === 'and')) || (ORG_HEADS.has(first) && !EVENT_WORDS.has(last)) || CLUB_HEADS.has(first) || hasOrgOf(toks, from, to) || firmTail(ctx, words, next, () => personAfter(ctx, s, start, toks[to - 1].end)) || dailyPaper(doc, s, start, words) || collegeOfTown(words) || executiveBody(ctx, s, from, to) || serviceDistrict(words) || schoolDistrict(words)))
    return ruleTyped('organization', 'org-keyword', 0.7);
  // 6b. geographic heads at the end: 'Silicon Valley', 'South China Sea', 'Mississippi River'; streets, squares, parks,
  //     bridges, grounds, prisons and buildings ('Tiananmen Square', 'Grace Road', 'Ewood Park', 'Insein Prison', 'Trump
  //     Tower', 'Windsor Castle'; not after a title: 'Senator John Tower'; CoNLL-2003
  //     eng.testa 85.58 -> 85.73, eng.train 82.42 -> 82.47; a person named so, 'Wayne Bridge', becomes a place). With 'Initiative',
  //     'Corps', 'Administration' among the organisation words ('Clinton Health Access Initiative', 'Marine Corps'
  //     were persons by their first word): CoNLL-2003 F1 eng.testa 79.88 -> 79.90, eng.train 77.77 -> 77.85
  // 6b'. a street's or a square's head at the front, as French, Spanish, Italian, Portuguese and Malay name them: 'Place
  //      de la Concorde', 'Rue de Rivoli', 'Plaza de Mayo', 'Piazza San Marco', 'Avenida Paulista', 'Jalan Ampang' (the
  //      last word alone was a gazetteer's town, 'Rivoli', or a person by name shape; a plan's 'Plaza Accord' is 5d's)
  //      And a mountain's, a lake's or a cape's head at the front: 'Mount Zorvath', 'Lake Quimble', 'Cape Zorvek'
  if (words.length > 1 && (STREET_HEADS.has(first) || LAND_HEADS.has(first)) && !role) return ruleTyped('place', 'place-keyword', 0.7);
  //      And a stadium's: 'Estadio Zorvanco', 'Stade de France'; a French club's, 'Stade' and its town's people's word: 'Stade Zorvais' (`FRENCH_CLUB_END`)
  //      (`GROUND_HEADS`)
  if (words.length > 1 && GROUND_HEADS.has(first) && !role) return first === 'Stade' && words.length === 2 && FRENCH_CLUB_END.test(words[1].text) ? ruleTyped('organization', 'club-name', 0.6) : ruleTyped('place', 'place-keyword', 0.7);
  // 6b''. 'County' or 'Co.' before one name, no article before: an Irish or a Northern Irish county, as Irish and British
  //       news name them ('County Kerry', 'Co. Cork', 'Co Tyrone', 'County Durham'; the name alone was a person, 'Kerry',
  //       an organisation or nothing). Not after 'the': 'the County Ground', 'the County Championship'; nor before an
  //       organisation's, an event's or a place's word ('County Council', 'County Cup', 'County Hall').
  if (words.length === 2 && COUNTY_HEADS.has(first) && prevTok.toLowerCase() !== 'the' && !role && !ORG_WORDS.has(last) && !EVENT_WORDS.has(last) && !PLACE_TAILS.has(last) && !NOT_COUNTY_NAMES.has(last) && !ctx.roleWords.has(last) && (!isCommon(lex, last) || ctx.known.some((c) => c.type === 'place' && c.start === toks[to - 1].start)))
    return ruleTyped('place', 'county', 0.75);
  if (words.length > 1 && PLACE_TAILS.has(last) && !role && !(last === 'Hall' && !hallPlace(ctx, v)) && !(SURNAME_TAILS.has(last) && surnameTailPerson(ctx, words, prevTok))) return ruleTyped('place', 'place-keyword', 0.7);
  return null;
}
/** Steps 7-7b' of `ruleType`: a title, a byline, a family, a relative or a friend (or null). */
function typeByTitle(ctx: NameContext, v: RunView, nameWords: number): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, words, first, last, start, end, after, prevTok, role } = v;
  // 7. a title right before: 'Lieutenant General Rustam Muradov', 'soldier Elmir Ganbarov'
  // (not one capital alone after a title: 'Gen Z', 'Gen X', a generation, not General Z; after an honorific it is a
  // person the story keeps anonymous, 'Mr B'; nor one word in capitals after an officer's acronym, the title's firm:
  // 'Brad Maltz, CTO ICI'; 'President JFK' stays; nor a noble's title before words that end in a common noun's plural,
  // a product's or a breed's name, no one's: 'King Oyster Mushrooms', 'King Charles Spaniels')
  if (role && NOBLE_TITLES.has(role) && words.length >= 2 && isPluralOfCommon(last) && toks[to - 1].start > toks[to - 2].end) return ruleTyped(null, 'product', 0);
  if (role && nameWords <= 4 && !(words.length === 1 && ((first.length === 1 && !isHonorific(role)) || (isAllCapsWord(first) && isAllCapsWord(role))))) return ruleTyped('person', 'title-person', 0.85);
  // 7a. a byline's names: a sentence opening with 'By', the names after it, a comma or 'and' ('By Lim Cheng Soon, 18 August
  //     2010', 'By Wang Xiaoming and Tan Boon Huat'), two to four words of capitals and small letters each: persons,
  //     whatever a gazetteer makes of their words ('Lim' and 'Cheng' were towns); not an organisation's name ('By Reuters
  //     Staff', 'By The Associated Press'), a month or a weekday ('By March 2020')
  if (nameWords >= 2 && nameWords <= 4 && bylineName(ctx, s, from, to, words)) return ruleTyped('person', 'byline', 0.8);
  // 7a'. a post's header, a line of 'by', one given name, 'on' and a date under its title ('Harbour fees go up' / 'by
  //      Kellin on July 7, 2012'): the blog's writer (a word alone no other rule types)
  if (words.length === 1 && (prevTok === 'by' || prevTok === 'By') && doc.clean[toks[from - 1].start - 1] === '\n' && POSTED_ON_AFTER.test(after) && isListed(first, lex.firstNames, lex.givenNames))
    return ruleTyped('person', 'byline', 0.8);
  // 7a'. a family's name between 'the' and 'family', 'clan' or 'dynasty': 'the Khan family', 'the Zorvath clan', 'the
  //      Oatley family' (its people, over a gazetteer's town of the name); not common words ('the Royal family'), a
  //      nationality's, an acronym, nor a range of products or a firm's group ('the Galaxy family of phones', 'a new
  //      addition to the Chromebook family' where the story writes 'its latest Chromebook', 'within the Chrysler family',
  //      a gazetteer's firm: `familyPeople`)
  if (words.length <= 2 && THE.has(prevTok) && !role && FAMILY_AFTER.test(after) && familyPeople(ctx, words, start, end)) return ruleTyped('person', 'family', 0.7, -1);
  // 7b. a relative or a friend after a possessive: 'his wife Naina', 'Yeltsin's daughter Tatyana', 'her sister Lisa', 'my
  //     friend Suraj' (no title: no role)
  // (not common words only nor an acronym's plural: 'my wife Replay More Videos', a page's links; 'your friend DJs for you')
  // (an adjective between them too: 'our good friend Leo', 'my dear friend Anya')
  let owner = from - 2 >= s.tokenStart ? toks[from - 2].text.toLowerCase() : '';
  // (not a body's or a country's that 'its' follows: 'our good friend Zentrax for its support')
  if (FRIEND_WORDS.has(prevTok) && FRIEND_ADJECTIVES.has(owner) && from - 3 >= s.tokenStart && !ITS_SOON.test(after)) owner = toks[from - 3].text.toLowerCase();
  // (and the words that qualify a relative's: 'his late wife Marla', "Fosk's ex-model wife Sandra", `kinModifiersStart`)
  // (not a gazetteer's organisation after them, `knownOrgAt`)
  else if (KIN.has(prevTok) && from - 2 >= s.tokenStart) {
    const qualified = kinModifiersStart(toks, s, from - 1);
    if (qualified === from - 1 || !knownOrgAt(ctx, from)) owner = (toks[qualified - 1]?.text ?? '').toLowerCase();
  }
  if (nameWords <= 3 && (KIN.has(prevTok) ? POSSESSIVES.has(owner) || PRONOUN_POSSESSIVES.has(owner) : FRIEND_WORDS.has(prevTok) && PRONOUN_POSSESSIVES.has(owner) && friendNamed(ctx, from, to)) && !ctx.roleWords.has(first) && !ACRONYM_PLURAL.test(first) && !(words.length > 1 && words.every((w) => isCommon(lex, w.text))))
    return ruleTyped('person', 'kin', 0.75);
  // 7b'. and after a comma, as an obituary or a court report names them: 'his wife, Janet,', 'a son, Daniel.', 'two
  //      daughters, Efua and Abena' (the second after 'and')
  if (nameWords <= 3 && (prevTok === ',' || prevTok === 'and') && !ctx.roleWords.has(first) && kinAfterComma(ctx, s, from, to, prevTok))
    return ruleTyped('person', 'kin', 0.7);
  return null;
}
/** Steps 8-8h of `ruleType`: compromise's lexicon, a kind of firm, an outlet, a work, an organisation's cue, an event, an award (or null). */
function typeByLexicon(ctx: NameContext, v: RunView): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, words, first, last, start, end, after, next, prevTok, role } = v;
  let lexiconType: EntityType | undefined;
  // 8. a known place, organisation or nationality (compromise's lexicon): 'Chechnya', 'Aston Villa'
  if ((lexiconType = ctx.lex.known.get(textsKey(words, 0, words.length)))) return ruleTyped(lexiconType, `lexicon-${lexiconType}`, 0.7);
  // 8b. a kind of firm right before the name, after an article: 'the firm Polly Peck', 'the company Polly Peck', 'the
  //     British retailer John Lewis', 'the software giant Zorvex' (firms named after people, which the given-name rule
  //     below took for persons); not where the name opens a clause of its own ('the company John Malone built'), nor an
  //     officer's title ('a startup CEO with ...')
  // (the word before the name looked up first: the expression runs for few names)
  // (nor a firm's name run into a person's after it, a comma left out: 'aerospace group EADS Philippe Camus is to leave')
  // (nor the first part of a name cut at a function word: 'Anti-war group Stop the War', `NAME_GOES_ON`)
  // (nor a legal form alone, a firm's name's end the tagger parted: 'Jacobs Engineering group Inc said'; a news agency is
  // 8b'''s, a paper's kind: 'Polish news agency PAP')
  // (and a sentence's first word that is a kind of firm, step 2'''s: 'Drugmaker Zorvex said')
  // (not before a listed given name: 'Retailer John Lewis' is the gazetteer's)
  const firstKind = from - 1 === s.tokenStart && SENTENCE_FIRM_KIND.test(prevTok) && !lex.firstNames.has(first.toLowerCase());
  if (words.length <= 4 && (firstKind || FIRM_WORDS.has(prevTok.toLowerCase()) || airlineCarrier(toks, from)) && !(words.length === 1 && isLegalForm(first)) && !(prevTok === 'agency' && toks[from - 2]?.text.toLowerCase() === 'news') && !(BODY_KIND_WORDS.has(prevTok.toLowerCase()) && (prevTok !== prevTok.toLowerCase() || lex.firstNames.has(first.toLowerCase()))) && !NOT_ORG_ACRONYMS.has(first) && !ctx.roleWords.has(first) && !CLAUSE_AFTER.test(after) && !NAME_GOES_ON.test(after) && !(prevTok === 'group' && RACE_GROUP.test(toks[from - 2]?.text ?? '') && PAIR_AFTER.test(after)) && !(ENSEMBLE_KINDS.has(prevTok) && MEMBERS_AFTER.test(after)) && !(words.length >= 3 && lex.firstNames.has(words[1].text.toLowerCase())) && (firstKind || airlineCarrier(toks, from) || firmBefore(ctx, s, from, prevTok)))
    return ruleTyped('organization', 'firm-before', 0.7);
  // 8b''. a kind of paper or a news agency right before the name, in lower case: 'the Maputo daily Noticias', 'Spanish
  //       sports daily Marca' (a gazetteer's town), 'Dutch newspaper Algemeen Dagblad', 'the magazine Der Spiegel', 'Italian
  //       news agency Apcom' (`mediaBefore`); not a listed given name first, 'the magazine Anna Wintour edits', nor a
  //       clause of its own
  if (words.length <= 4 && mediaBefore(ctx, s, from, prevTok) && !lex.firstNames.has(first.toLowerCase()) && !ctx.roleWords.has(first) && !CLAUSE_AFTER.test(after))
    return ruleTyped('organization', 'media-before', 0.7);
  // 8b'. a newspaper's one-word name after 'the' where a paper stands: before what a paper does ('the Guardian
  //      understands', 'the Times reported', 'the Sun revealed') or after what is done to one ('told the Telegraph',
  //      'according to the Independent'); the gazetteers leave these names out, words as often (`newspaperName`)
  if (words.length === 1 && THE.has(prevTok) && NEWSPAPER_WORDS.has(first) && newspaperName(doc.clean, s, start, after))
    return ruleTyped('organization', 'newspaper', 0.7);
  // 8b''''. a broadcast network's one word that is a common word and a surname too ('Fox') where the document says it is
  //         the network: writes the network's channels ('Fox News', 'Fox Sports'), its words ('the Fox network', 'a Fox
  //         affiliate', 'Fox host'), 'on Fox' or 'network Fox' (`networkCued`); not before '&' or 'and' and a common word,
  //         a show's title ('Fox and Friends'); the surname of a person named in full stays theirs (`typedName`)
  if (words.length === 1 && NETWORK_WORDS.has(first) && !showAfter(ctx, to) && (ctx.network ??= NETWORK_CUE.test(doc.clean)))
    return ruleTyped('organization', 'network', 0.7);
  // 8b'''. an outlet that reported what the sentence says, after a comma and before 'reported' or 'reports' at the
  //        clause's end: 'the talks collapsed, Bloomberg reported.', ', Zorvex reported on Friday, citing two officials'
  //        (CoNLL-2003 has organisations only there: `CNN`, `NZPA`, `Anatolian`); not a listed given name first, a
  //        person's name, nor a title ('…, Ambassador Smith reported'); the surname of a person the document names in
  //        full stays theirs (documentPass)
  if (words.length <= 3 && prevTok === ',' && OUTLET_REPORTED_AFTER.test(after) && !isListed(first, lex.firstNames, lex.givenNames) && !ctx.roleWords.has(first))
    return ruleTyped('organization', 'outlet-reported', 0.65);
  // 8b''''. ... and an outlet after 'the' or a place's possessive, before 'reports' or 'reported' at the clause's end or
  //         before 'that': 'the FT reports.', 'the Zorvex Tribune reported that', "the UK's Express reports that" (a
  //         paper's one word after 'the' alone is step 8b''s: 'the Times reported'), "Long Island's Newsday reported"
  //         (`outletReporting`); not a listed given name first (a reporter: "NBC's Ron Allen reports"), a title, nor
  //         after 'the' common words only ('the Ministry reported') or adjectives
  // (the token before the run looked up first: the tests run for few names)
  if (words.length <= 3 && (THE.has(prevTok) || APOSTROPHE_S.test(prevTok)) && outletReporting(ctx, v)) return ruleTyped('organization', 'outlet-reported', 0.65);
  // 8c. a kind of work right before the name: a film's, a novel's, an album's title, no person's name ('the film Vera
  //     Drake', 'drama Vera Drake', 'biopic Ray', 'the musical Mary Poppins'); the document's other mentions of it that
  //     the given-name, surname or name-shape rule made persons are none either (`untypeWorks`). No type: the pipeline
  //     has none for works (CoNLL-2003's MISC)
  if (words.length <= 4 && WORK_WORDS.has(prevTok)) return ruleTyped(null, 'work', 0);
  // 8d. a name before a word that says organisation, in lower case: 'the ruling Georgian Dream party', 'the Move Forward
  //     party', 'the Law and Justice party' (joined across 'and': `andEnd`), 'the Wagner group', 'the Black Lives Matter
  //     movement', 'the Haaretz daily', 'Britain's Sun newspaper'. Not adjectives only, a nationality's, a creed's or a
  //     party's in general ('the Democratic party', 'an Iraqi Kurdish group', 'the Nazi party', 'the Eastern bloc'), nor
  //     a kind before the name that follows ('Banking group ING'), a common word opening the sentence counting for none
  //     ('Ruling Moslem party'), nor a tournament's group ('their World Cup group four qualifier'), nor one word of
  //     compromise's name lists ('the Trump movement'): `orgCue`
  //     And a news agency's name before 'news agency' ('Belga news agency reported', 'the state-run Anatolian news agency')
  if ((ORG_CUES.has(next) || (next === 'news' && toks[to + 1]?.text === 'agency')) && orgCue(ctx, v)) return ruleTyped('organization', 'org-cue', 0.7);
  // 8d'. a poll's or a survey's maker before 'poll' or 'survey' in lower case, after an article or a possessive: 'the
  //      Zorvex poll found', 'according to a Kellin Research survey', 'a new Quimbar/Zorvex poll' (a pollster's name,
  //      which no gazetteer lists and nothing in it says organisation: 'Gallup', 'Populus', 'Rasmussen'); not a compound's
  //      modifier ('the Zorvek poll numbers'), a given name, a month, a feast, common words only nor an adjective:
  //      `pollMaker`
  // (the token after the run looked up first: the tests run for few names)
  // (over a gazetteer's small town of the name, as step 12h's: 'a Gallup poll', not 'a Florida poll')
  if ((POLL_WORDS.has(next) || next === '/') && pollMaker(ctx, v)) return ruleTyped('organization', 'poll-maker', 0.65, smallTownsOnly(ctx, start, end) ? -1 : undefined);
  // 8e. a name of two words or more before a craft's or a mission's word in lower case is a craft's or a mission's name,
  //     no person's, named after one or a god: 'the Athena IV mission', 'the Artemis III capsule', 'the Rosalind Franklin
  //     rover' (no type, as a work's title)
  if (words.length >= 2 && CRAFT_AFTER.test(after)) return ruleTyped(null, 'craft', 0);
  // 8f. a settlement's or an area's word and 'of' before a name of two words or more, no title: a place, whatever shape
  //     the name has ('the town of Kelmscott Ridge', 'the village of Villanueva del Olmo', the person rules' before;
  //     step 11 reads the other place cues, after them: 'the mayor of', 'residents of'); not before its possessive
  // (the token before the name looked up first: the expression runs for few names)
  if (prevTok === 'of' && words.length >= 2 && words.length <= 5 && !role && !APOSTROPHE_S.test(next) && !isNameSuffix(words[words.length - 1].text) && SETTLEMENT_OF.test(tail(doc.clean, s.start, start))) return ruleTyped('place', 'place-cue', 0.7);
  // 8g. a fair's name, an event's: 'the Zorvex Toy Fair', 'Quandell Street Fair' (no type, as a work's title; the given-name
  //     or the surname rule below had made persons of them: 'Fair' a surname too, a person's after a title or the cues
  //     of step 6's first test; a magazine's before its cue is step 8d's, 'Vanity Fair magazine')
  if (words.length > 1 && last === 'Fair' && !role && !venueSurnamePerson(ctx, v)) return ruleTyped(null, 'event', 0);
  return null;
}
/** Steps 9-10b of `ruleType`: a given name, a surname's list or shape, a particle between names (or null). */
function typeByNameLists(ctx: NameContext, v: RunView, nameWords: number): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, words, first, last, start, end, after, prevTok, role, notTitled } = v;
  // 8h. an award's or a thing's name of a metal's or a jewel's given name, after an article or a possessive or before
  //     an award's word: 'the Golden Bear', 'a Golden Rose', "the festival's Golden Kinnaree awards", "Sabato's Crystal
  //     Ball" (no type, as a work's title; the given-name rule below had made persons of them: 'golden' is a first name
  //     of its list); not a surname of no common word last, a person's: "the Lions' Golden Tate" (`awardName`)
  if (!role && awardName(ctx, s, words, start, end)) return ruleTyped(null, 'award', 0);
  // 9. a known first name: 'Andrew Schofer'
  //    (not a title that is also a given name, left here by step 4: 'General Staff', 'Major League Baseball')
  //    (a given name of the longer list only that is a common word too, 'Golden', 'Royal', 'Delta', 'Mac', does not open
  //    a person's name whose last word is a common word (or its plural) no surname list has: 'Golden Globes', 'Mac Mini')
  if (
    words.length >= 2 &&
    nameWords <= 4 &&
    isListed(first, lex.firstNames, lex.givenNames) &&
    // (not a given name's letters in capitals beside a word in title case, an acronym: 'the AL East race', a league's
    // division; a headline in capitals writes the whole name so, 'AL GORE')
    !(first.length <= 3 && isAllCapsWord(first) && hasLower(last)) &&
    !(notTitled && isRoleWord(ctx, s, from)) &&
    (lex.firstNames.has(first.toLowerCase()) || !isCommonWord(first) || !isCommonish(lex, last) || isListed(last, lex.lastNames, lex.surnames)) &&
    // (nor a common word before a nationality or a place: 'Royal Dutch', 'Ford Canada', 'Cooper Canada')
    !(isCommonWord(first) && /^(?:norp|place)$/.test(lex.known.get(last.toLowerCase()) ?? '')) &&
    // (nor, after 'the', 'a' or 'an', a name whose last word is a common word no surname list has: a thing named after
    // someone, 'the Ryan Budget', 'the Marshall Plan', or a given name that is an adjective too, 'from a Christian
    // Perspective'; 'Sally Ride', 'Usain Bolt' stay, no article before them; of three words, a surname's common word
    // too where a given name of the longer list only opens it: 'the Royal Festival Hall'; 'the Sarah Jane Brown case'
    // stays)
    !(ARTICLE_BEFORE.has(prevTok.toLowerCase()) && isCommonish(lex, last) && (!isListed(last, lex.lastNames, lex.surnames) || (words.length >= 3 && !lex.firstNames.has(first.toLowerCase())))) &&
    // (nor, after 'the', 'a' or 'an', a name before a kind of place in lower case, which step 11 makes a place: 'the El
    // Teniente mine', 'the Ali Sabieh district'; not one before a compound of the kind's word and a noun, 'the Emmanuel
    // Macron state visit', 'the Hillary Clinton town hall')
    !(ARTICLE_BEFORE.has(prevTok.toLowerCase()) && PLACE_AFTER.has(placeCueAfter(doc.clean, end, s.end)) && !isLowerCaseNoun(toks[to + 1]?.text ?? '')) &&
    // (nor, of three words or more, one whose last is a common noun of no name list: a firm, a work or a thing named
    // after someone, 'Sally Ride Science', 'Colin McRae Rally'; two words stay, 'Usain Bolt', and so does a name with a
    // second given name, an initial or a particle before it, 'Juan Ignacio Chela', 'Marc-Vivien Foe', 'Elizabeth C.
    // Economy', 'Erik ten Hag')
    !(words.length >= 3 && commonNounLast(lex, last) && !words.slice(1, -1).some((t) => INITIAL.test(t.text) || PARTICLES.has(t.text) || isListed(t.text, lex.firstNames, lex.givenNames))) &&
    !notPersonShape(lex, first, last) &&
    !pastTenseIn(lex, words) &&
    // (nor a name of two or three words before a kind of firm in apposition, step 12f''s: 'Warren Agri, Canada's largest
    // grain company,')
    !firmOverPerson(words, after) &&
    // (nor one hyphenated word alone of which a part is a country, a nationality, an acronym or a place or organisation
    // compromise knows, two names joined: 'Israel-PLO' talks, 'France-Soir', 'Asia-Pacific', 'Raleigh-Durham'; a
    // double-barrelled surname stays, 'Lewis-Francis', and so do firms of two surnames, 'Allen-Bradley')
    !(to - from === 3 && isHyphen(toks[from + 1].text) && (placeOrGroup(lex, first) || placeOrGroup(lex, last)))
  )
    return ruleTyped('person', 'first-name', 0.75);
  // 9b. a name of two to four words before its shares or stock, no given name first: a firm ('Lockheed Martin shares
  //     rose', 'Pier 1 Imports stock'), which the surname rule below took for a person ('Martin' a surname); the verb
  //     is no firm's ('Tim Cook shares his vision': SHARES_AFTER reads no verb), a gazetteer's place of the name stays
  //     ('Hong Kong shares': the gazetteer's candidate wins the overlap); nor a class of shares ('Class B shares',
  //     'Series A stock': a letter or a number last), nor a run across a legal form, where a firm's name ends and the
  //     next sentence's starts ('Douglas & Lomason Co. Magna shares': the split stage keeps 'Co.' from ending a sentence)
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    SHARES_AFTER.test(after) &&
    !isListed(first, lex.firstNames, lex.givenNames) &&
    !HONORIFIC.test(first) &&
    !/^(?:\p{L}|\d+)$/u.test(last) &&
    !words.slice(0, -1).some((t) => isLegalForm(t.text))
  )
    return ruleTyped('organization', 'stake-in', 0.6);
  // 10. surname morphology or a known surname: 'Elmir Ganbarov', 'Nikol Pashinyan', 'Tony Blair'
  //     ('Kellyanne Conway'; not 'Election Day', 'Black Lives Matter': a listed surname, but common words in compromise's lexicon;
  //     'Trump Tower' still is a person: neither word is in it); not a nationality last, which '-ian' also ends
  //     ('West Indian', 'Southeast Asian', 'Total Canadian'); nor a common noun that ends so ('AP Photo Libertarian', 'Historian')
  if (
    words.length >= 2 &&
    nameWords <= 4 &&
    !lex.qualifiers.has(last) &&
    lex.known.get(last.toLowerCase()) !== 'norp' &&
    // (nor an acronym last: 'Local SEO', 'Practical SEO')
    hasLower(last) &&
    // (an Arabic surname's article is no common word there: 'al' of 'Bashar al-Assad'; Romance particles are, where no
    // given name opens the run: 'Panel de Pon', 'Parc des Sports Aguilera')
    ((SURNAME.test(last) && !isCommonWord(last)) || isListed(last, lex.lastNames) || (isListed(last, lex.surnames) && !words.some((t) => lex.commonWords.has(t.text.toLowerCase()) && !((t.text === 'al' || t.text === 'el') && !NOT_GIVEN_ARABIC.has(first))) && !commonPair(lex, first, last))) &&
    !notPersonShape(lex, first, last) &&
    !pastTenseIn(lex, words) &&
    // (nor a name of two or three words before a kind of firm in apposition, step 12f''s: 'Warren Agri, Canada's largest
    // grain company,')
    !firmOverPerson(words, after) &&
    // (nor a saint's name, a church's, a school's, a town's or a club's far more often than the saint's: 'St Pauli',
    // 'St Gallen', 'St Kitts', 'St Fintian's')
    !SAINT.test(first) &&
    // (nor a title's word last, an office: 'the first woman to be Commons Speaker')
    !ctx.roleWords.has(last) &&
    // (nor a town's name and a common noun's plural, a team's: 'the former Boston Bruins star')
    !(lex.known.get(first.toLowerCase()) === 'place' && isPluralOfCommon(last)) &&
    // (nor a common noun's plural of no name list first, a caption's or a headline's words run into a name: 'Wealth Of
    // Nations Trump vs. Clinton')
    !(isPluralOfCommon(first) && !isListed(first, lex.firstNames, lex.givenNames, lex.lastNames)) &&
    // (not one hyphenated word alone, a firm's or a law's: 'Borg-Warner', 'Wal-Mart', 'Gramm-Rudman'; after a title or
    // a given name it is a surname: 'Mr Kilroy-Silk', step 7)
    !(to - from === 3 && isHyphen(toks[from + 1].text))
  )
    return ruleTyped('person', 'surname-suffix', 0.7);
  // 10b. a Dutch or German particle between names: 'Ruud van Nistelrooy', 'Dries van Agt', 'Pieter van den Hoogenband'
  //      (no list has the given name nor the surname, and 'van' or 'von' between capitalised words names a person in
  //      English news); not after a common word ('Museum van Loon', a house's name; a gazetteer's place of such a name
  //      wins the overlap, 'Hoek van Holland')
  if (words.length >= 3 && nameWords <= 4 && !role && germanicParticleName(lex, words)) return ruleTyped('person', 'particle-name', 0.7);
  return null;
}
/** Steps 11-12c of `ruleType`: a place's cue, an age, speech, an apposition, what a person or a firm says or owns, an acronym, an initial (or null). */
function typeByCues(ctx: NameContext, v: RunView): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, words, first, last, start, end, after, next, prevTok, notTitled } = v;
  // 11. place cue words: 'Khojavend district', 'city of Ganja', 'residents of Zorvabad', 'Zorvabad, a town 40 km north',
  //     in the plural after names joined by 'and': 'the Ravi and Chenab rivers'
  //     (not an adjective of wink-nlp's lexicon alone: 'a Democratic town', 'the English county side')
  //     (the cue a word of its own after the name, no quotation's first: 'EU to probe Alitalia 'state aid''; a cue before
  //     it not before its possessive: 'the press centre of Clinton's convention headquarters')
  //     (and 'police' after a name of no common word nor acronym: 'Zorvabad police said', 'D.C. police', not 'Riot police',
  //     'Transport police', 'LAPD police')
  const cue = placeCueAfter(doc.clean, end, s.end);
  if (
    (PLACE_AFTER.has(cue) ||
      (PLACE_PLURAL_SET.has(cue) && CONJUNCT_BEFORE.test(tail(doc.clean, s.start, start)) && !nationality(lex, words)) ||
      ((next === 'and' || next === ',') && pluralPlaceAhead(toks, to, s.tokenEnd) && PLACE_PLURAL_AFTER.test(after) && !nationality(lex, words)) ||
      ((PLACE_BEFORE.test(tail(doc.clean, s.start, start)) || ((prevTok === 'of' || prevTok === ',' || prevTok === 'and') && PLACES_OF_BEFORE.test(doc.clean.slice(Math.max(s.start, start - 100), start)))) && !APOSTROPHE_S.test(next)) ||
      PLACE_APPOSITION_AFTER.test(after) || (cue === 'police' && next === 'police' && !words.some((t) => isCommonish(lex, t.text) || ACRONYM.test(t.text)))) &&
    !(words.length === 1 && commonTag(first) === 'ADJ')
  )
    return ruleTyped('place', 'place-cue', 0.7);
  // 12. an age, a reporting verb or an apposition a title heads after a two- or three-word name: 'Emin Aliyev, 24,',
  //     'Andrew Schofer said', 'Joss Stone, a 17-year-old soul singer from Devon,'
  //     (not when every word is a common word: 'Trade Representative said', 'Age Concern said'; but 'Mr Mates said')
  //     (four words before an age: 'the body of Amer Hishem Ali Mohammed, 23, was found')
  if (
    words.length >= 2 &&
    (words.length <= 3 ? AGE_AFTER.test(after) || SPEECH_AFTER.test(after) || titleApposition(ctx, v) : words.length === 4 && AGE_AFTER.test(after)) &&
    // (not a title that is an adjective too, which step 4 found before no name: 'General Acquisition said', a firm; 'Prince
    // Rainier said' is a person, 'rainier' a common word)
    !(notTitled && isRoleWord(ctx, s, from) && commonTag(first) === 'ADJ') &&
    (HONORIFIC.test(first) || !words.every((t) => isCommonish(lex, t.text) && !isListed(t.text, lex.firstNames, lex.givenNames, lex.lastNames, lex.surnames))) &&
    // (nor a common word and a country or nationality: 'Statistics Canada said', 'Royal Dutch said')
    !(lex.qualifiers.has(last) && isCommonish(lex, first) && !HONORIFIC.test(first) && !lex.firstNames.has(first.toLowerCase())) &&
    // (nor a common word no given-name list has before a surname: 'Time Warner said', 'Price Waterhouse said')
    !(words.length === 2 && commonFirst(lex, first)) &&
    !acronymFirst(lex, first, last) &&
    // (nor a common noun of no surname list last, a body's or a campaign's: 'The Clinton Campaign says', 'THE ZORVEX
    // COMMITTEE says' in capitals, where the organisation's word went unseen; but after a given name that is no surname,
    // a person's: 'Al Breach said'; an adjective last is no noun: 'Prince Rainier said')
    !(commonNounLast(lex, last) && !(isListed(first, lex.firstNames, lex.givenNames) && !isListed(first, lex.lastNames, lex.surnames))) &&
    // (nor a title's word last after a word that is no given name, an office: 'the first woman to be Commons Speaker,
    // said'; 'Carole King said' is a person)
    !(ctx.roleWords.has(last) && !isListed(first, lex.firstNames, lex.givenNames) && !HONORIFIC.test(first) && !INITIAL.test(first))
  )
    return ruleTyped('person', 'person-context', 0.6);
  // 12a. a common word no given-name list has and a name that speak are a firm: 'Time Warner said', 'Price Waterhouse said',
  //      'First Chicago said' (step 12 leaves them; not a common word last, 'Trade Representative said', nor a place last)
  if (
    words.length === 2 &&
    SPEECH_AFTER.test(after) &&
    commonFirst(lex, first) &&
    (!isCommonish(lex, last) || isListed(last, lex.lastNames, lex.surnames)) &&
    !lex.qualifiers.has(last) &&
    hasLower(last)
  )
    return ruleTyped('organization', 'org-context', 0.55);
  // 12a'. one word no name list or lexicon knows that says what 'it' did: a firm ('Comelf said it almost doubled output',
  //       'Ericsson says it won'); a person says 'he' or 'she' (a lone surname of a person named in full stays theirs:
  //       documentPass)
  if (words.length === 1 && SAID_IT.test(after) && unknownName(ctx, first) && !isListed(first, lex.lastNames, lex.surnames))
    return ruleTyped('organization', 'said-it', 0.6);
  // 12a0. one word that lexicons/lone-surnames.tsv lists, a surname that alone names one person of the news, is a person
  //       wherever no rule above typed it otherwise ('the Biden administration', 'Trump won', a common word too: `trump`);
  //       tag-entities.ts links it to that person, or resolve to the one of that surname the document names in full.
  //       Strong evidence: it beats a gazetteer's town of the name (priority -1)
  //       (not a town before its state or country, 'Blair, Nebraska'; nor a word in lower case too before a noun it makes
  //       a compound with, 'Musk ox': a person's nouns only, 'the Trump administration')
  if (words.length === 1 && lex.loneSurnames?.has(first) && !placeAppositionAfter(ctx, to) && !(isCommonish(lex, first) && isLowerCaseNoun(toks[to]?.text ?? '') && !PERSON_HAS.test(after)))
    return ruleTyped('person', 'lone-surname', 0.6, -1);
  // 12a''. one word, no common word, that says what 'he' or 'she' did is a person: 'Putin said he would ...', 'Megawati
  //        told reporters she ...' (a lone surname of no one the document names in full; a firm says 'it': 12a'); so is one
  //        with an age after it: 'Rahami, 28, was ...' (eng.train 13 more persons right, 2 wrong), or 'who' and a verb in the
  //        singular: 'Lundqvar, who founded the firm,', or what befalls a person only: 'Zorvek was born', 'Zorvek died'
  // ('who' not after 'of', whose clause is said of the noun before: 'Matt Groening, creator of The Simpsons, who also ...')
  if (words.length === 1 && (SAID_HE.test(after) || TOLD_PRESS_AFTER.test(after) || AGE_AFTER.test(after) || PERSON_EVENT_AFTER.test(after) || (WHO_AFTER.test(after) && !OF_BEFORE.test(tail(doc.clean, s.start, start)))) && /^\p{Lu}\p{Ll}/u.test(first) && !isCommonish(lex, first) && !lex.known.has(first.toLowerCase()) && !lex.qualifiers.has(first) && !ORG_WORDS.has(first))
    return ruleTyped('person', 'said-he', 0.6);
  // 12a''0. a listed given name alone, no common word nor a name compromise knows, that speaks after a quotation or
  //         before or after 'said': 'Joyce said the council was wrong', '"We are disappointed," Joyce said', '…," said
  //         Joyce.' (a firm's name is no given name; one the document names in full is that person: resolve)
  //         (not before 'it' or 'its', a firm's, nor after its spokesman: 'Shanda said that it may', 'a spokeswoman for
  //         Chelsea said'; a club's or a firm's name the document gives otherwise stays that: documentPass)
  if (words.length === 1 && (GIVEN_SAID_AFTER.test(after) || (SAID_WORDS.has(prevTok) && QUOTE_SAID_BEFORE.test(tail(doc.clean, s.start, start)))) && lex.firstNames.has(first.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(first) && !FIRM_PEOPLE_BEFORE.test(tail(doc.clean, s.start, start)) && !isCommonish(lex, first) && !lex.known.has(first.toLowerCase()) && !lex.qualifiers.has(first) && !ctx.roleWords.has(first) && !STAFF_AFTER.test(after) && !inOrgName(ctx, first))
    return ruleTyped('person', 'given-said', 0.6);
  // 12a'''. one such word that owns what only a person has is a person: "Netanyahu's government", "Sinwar's wife", 'the
  //         Zorvek administration', or that a title describes after a comma, 'Zorvek, the former mayor,'; one
  //         that owns what only a firm has is a firm: 'Binance and its founder', or says what its results, its board or
  //         its members did: 'Zorvex said its profits rose', 'Kellmo said its members would strike' (not a word of a name
  //         list: 'Wagner and its shareholders')
  if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(first) && !isCommonish(lex, first) && !lex.known.has(first.toLowerCase()) && !lex.qualifiers.has(first) && !ORG_WORDS.has(first)) {
    if (PERSON_OWNS.test(after) || (THE.has(prevTok) && PERSON_ERA_AFTER.test(after)) || titleApposition(ctx, v)) return ruleTyped('person', 'owner-person', 0.6);
    if ((FIRM_OWNS.test(after) || SAID_ITS.test(after) || SAID_ITS_MEMBERS.test(after)) && unknownName(ctx, first) && !isListed(first, lex.lastNames, lex.surnames, lex.firstNames)) return ruleTyped('organization', 'owner-firm', 0.6);
  }
  // 12b. an acronym that speaks or acts, owns, or is 'the …': 'KDP said', "PKK's", 'the PUK', '(SPLA)'. In CoNLL-2003 eng.train,
  //      of the acronyms in prose no other rule typed, 500 of 882 are organisations, and 93 of 96 before such a verb, 29 of 30
  //      before 's, 102 of 119 after 'the', 84 of 108 in parentheses ('GMT', 'GDP', 'PCT' are the rest, rarely in these places).
  //      A first name in capitals ('EMILY') is none (compromise's list: the longer one has 'Isis'), nor a title ('the MEP')
  //      Not in brackets after a word in lower case, a term's short form: 'mad cow disease (BSE)', 'thermal protection
  //      (PICA)'. Two acronyms a hyphen joins are one body's, merged ones', where it speaks or has members: 'SAG-AFTRA said' (wink's
  //      three tokens, two words); not where it owns or acts, as a format's name does: "Toshiba's HD-DVD will hold", 'the
  //      HD-DVD format', '(EV-DO)'
  if (
    ((words.length === 1 && ACRONYM.test(first) && (ORG_AFTER.test(after) || THE_BEFORE.test(tail(doc.clean, s.start, start)) || (prevTok === '(' && next === ')' && !termBefore(toks, from - 1)))) ||
      (words.length === 2 && ACRONYM_PAIR.test(doc.clean.slice(start, end)) && PAIR_SPEAKS_AFTER.test(after) && !ctx.known.some((c) => c.start === start || c.end === end))) &&
    !NOT_ORG_ACRONYMS.has(first) &&
    !lex.commonWords.has(first.toLowerCase()) &&
    !isListed(first, lex.firstNames) &&
    !ctx.roleWords.has(first)
  )
    return ruleTyped('organization', 'acronym-context', 0.6);
  // 12c. an initial and a name: 'J. Russell', 'D. Fulton' (a scorecard's players), and two or three in one token, 'J.D.
  //      Vance'; not an initial before a place or another known name ('N. Korea', 'S. Africa'), a common word or an
  //      abbreviation ('W. Va.'), nor the end of one ('U.S. Trade');
  //      nor the 'Q.' that opens a question of an interview or a list of questions ('Q. Windows 8 ships with ...')
  if (
    words.length === 2 &&
    (INITIAL.test(first) || (INITIALS.test(first) && !lex.known.has(first.toLowerCase()) && !isCommon(lex, last))) &&
    !(first === 'Q.' && from === s.tokenStart) &&
    (toks[from].start === 0 || isSpaceCode(doc.clean.charCodeAt(toks[from].start - 1))) &&
    hasLower(last) &&
    !last.endsWith('.') &&
    !lex.known.has(last.toLowerCase()) &&
    !lex.commonWords.has(last.toLowerCase()) &&
    !WIRE_UNITS.has(last.toLowerCase())
  )
    return ruleTyped('person', 'initial-person', 0.6);
  return null;
}
/** Steps 12d-13 of `ruleType`: a results table's athlete, an officer's firm, a coinage, a firm's or a place's context (or null). */
function typeByContext(ctx: NameContext, v: RunView): RuleTyped | null {
  const { doc, toks, lex } = ctx;
  const { s, from, to, runFrom, words, first, last, start, end, after, next, prevTok } = v;
  let stake: RegExpExecArray | null;
  let before: string;
  let conjunct = false;
  // 12d. two or three names and a country in brackets after them: a results table's athlete ('1. Falilat Ogunkoya
  //      ( Nigeria ) 50.31 seconds', 'Sjeng Schalken (Netherlands) beat ...'), where a table's entry stands: first, after a rank, a comma or
  //      'beat' (not in prose: 'a stake in Kumagai Gumi (Hong Kong)', a company); not a name ending in a common word
  //      ('Red Star (Yugoslavia)', a club)
  if (words.length >= 2 && words.length <= 3 && next === '(' && RESULTS_ENTRY_BEFORE.test(prevTok) && !lex.commonWords.has(last.toLowerCase()) && countryInBrackets(ctx, s, to))
    return ruleTyped('person', 'name-country', 0.6);
  // 12e. a company's name before a company officer's title: 'Cofinec CEO Stephen Frater', 'Zorvex chairman ...', 'MTA chair
  //      Janno Lieber', 'Zorvex
  //      chief executive ...', 'Petofi general manager ...', or after it and 'of': 'chief executive officer of Petofi'
  //      (not 'spokesman' or 'president', which follow persons and countries as often)
  //      (not an organisation word alone, 'Committee chairman', an initial, a common word opening the sentence, 'Current
  //      chairman'; nor the rest of a name whose first word, a place, went to the role step: 'Commerce' of 'Texas Commerce
  //      chairman')
  if (words.length <= 3 && (CORPORATE_TITLE_AFTER.test(after) || CHAIR_BEFORE_NAME.test(after) || CORPORATE_TITLE_OF.test(doc.clean.slice(Math.max(s.start, start - 40), start))) && !isListed(first, lex.firstNames, lex.givenNames) && !(words.length === 1 && (ORG_WORDS.has(first) || first.length < 2 || (from === s.tokenStart && isCommon(lex, first)))) && from === runFrom)
    return ruleTyped('organization', 'officer-title', 0.6);
  // 12e'. and after a vice president's or a founder's title, or any of a department, and 'of' or 'for': 'co-founder of
  //       Blinkx', 'vice president of business development for Gracenote', a director's before an acronym or a
  //       coinage, 'director of GfK' (a town's museum or agency has a director too: not a name a gazetteer or
  //       compromise has as a place or a person, nor a common word, 'director of Communications', nor a creed's
  //       founder, 'founder of Methodism')
  //       (nor before a possessive, a founder's surname as often: 'Kurt Barnard, president of Barnard's Retail Trend
  //       Report'; nor a common word's plural, 'founder of Bikers for Trump'; the token before looked up first: the
  //       expression runs for few names)
  if (words.length <= 3 && (prevTok === 'of' || prevTok === 'for') && from === runFrom && !POSSESSIVE_NEXT.test(after.trimStart()) && (OFFICER_OF.test((before = doc.clean.slice(Math.max(s.start, start - 60), start))) || (DIRECTOR_OF.test(before) && words.length === 1 && (isAllCapsWord(first) || CAMEL_CASE.test(first) || INNER_CAPITAL.test(first)))) && !first.endsWith('ism') && !isListed(first, lex.firstNames, lex.givenNames) && !words.some((w) => isCommon(lex, w.text) || (w.text.endsWith('s') && isCommon(lex, w.text.slice(0, -1)))) && !placeAt(ctx, from, to) && !ctx.known.some((c) => c.start < end && c.end > start))
    return ruleTyped('organization', 'officer-title', 0.6);
  // 12f. one word of two capitalised parts or more, a firm's or a brand's coinage: 'GenCorp', 'PaineWebber', 'KeyCorp',
  //      'NationsBank', 'BellSouth', a word and an acronym, 'OpenAI', and an acronym and a word, 'VMware', 'DHgate'; not a
  //      surname with a particle or a prefix ('McDonnell', 'MacArthur', 'DiCaprio', 'LaRouche', 'DeSantis'), nor short
  //      parts only, abbreviations run together ('NovDec', a futures contract's months,
  //      'FinMin'), nor an event's word or a scandal's last ('SuperCup', 'BridgeGate'), nor a person's name run together
  //      ('HillaryClinton'; a hashtag, '#WatchTheDebates', is one token of wink-nlp's, no run)
  if (words.length === 1 && (CAMEL_CASE.test(first) || CAMEL_ACRONYM.test(first) || (ACRONYM_WORD.test(first) && acronymCoinage(first, lex))) && isCoinage(first, lex))
    return ruleTyped('organization', 'camel-case', 0.6);
  // 12f'. a name of two or three words before a kind of firm or organisation in apposition: 'Sirocco Air, the Tunis-based
  //       carrier,', 'Triple Canopy, a private security company' (before 12g: 'Zorvek Lundqvar, a Chicago-based
  //       startup,' is no person; a person of a listed given name the rules before have typed; one word: 12h')
  //       And one between commas after a kind of firm ('her former label, Northgate Music, sued', 'its parent company,
  //       Zorvek Holdings Group,')
  if (words.length >= 2 && words.length <= 3 && (FIRM_KIND_APPOSITION_AFTER.test(after) || (APPOSITION_END_AFTER.test(after) && FIRM_KIND_APPOSITION_BEFORE.test(doc.clean.slice(Math.max(s.start, start - 60), start)))))
    return ruleTyped('organization', 'firm-context', 0.6);
  // 12g. two words no lexicon knows, each a capitalised name of letters: a person's name, the commonest such pair in
  //      news ('Merlene Ottey', 'Arjuna Ranatunga', 'Ato Boldon'); confidence 0.5; not one word twice, a word named
  //      and then said of itself ('what makes Linux Linux is'); not after 'the' but before what a person has ('the
  //      Sanchez Zarraga family', 'the Joko Widodo government'): 'the Coronavirus Pandemic', 'the Shishu Bhavan children's
  //      home', 'the Sereipheap Thmei newspaper' (eng.testa and eng.train 3 false persons fewer, 0 persons lost)
  if (to - from === 2 && first !== last && !(THE.has(prevTok) && !PERSON_HAS.test(after)) && (unknownName(ctx, first) || familyName(ctx, first)) && unknownName(ctx, last))
    return ruleTyped('person', 'name-shape', 0.5);
  // 12h. a name a stake, shares or an investment is held in: a firm ('a 20 pct stake in Zenith', 'shares in Yukos',
  //      'its interest in Encor', 'investment in Valeo': the place-preposition rule below made them places; 53 of the 20
  //      MB bench corpus's 499 such places followed 'stake in'); a common word only after a stake or shares ('a stake in
  //      Zenith'; not 'an interest in Physics'), and a gazetteer's place of that name stays ('a stake in Germany')
  //      So is one before its shares or stock ('trading in Bredero shares', 'into Pre-Paid common stock'), no common word
  //      nor a given name ('Brian shares his story'; a surname of a person named in full stays the person's:
  //      documentPass), nor a possessive ('Texaco's stock': a token of wink-nlp's when the text has it so); a country, a
  //      nationality or a city keeps its gazetteer's or lexicon's type ('Swiss shares', 'Tokyo shares')
  if (
    words.length === 1 &&
    !APOSTROPHE_S.test(next) &&
    hasLetter(first) &&
    first.length > 1 &&
    !DEITIES.has(first) &&
    (((stake = STAKE_IN.exec(tail(doc.clean, s.start, start))) && (!isCommonish(lex, first) || HELD_IN.test(stake[1] ?? stake[2]))) ||
      (SHARES_AFTER.test(after) && !/['’]/u.test(first) && !isCommonish(lex, first) && !isListed(first, lex.firstNames, lex.givenNames)))
  )
    // (over a gazetteer's small town after shares or a stake, or before its shares: 'Shares in Pinecrest fell', 'Magna
    // shares rose', not 'shares in London', 'Tokyo shares', a market's)
    return ruleTyped('organization', 'stake-in', 0.6, ((stake && SHARES_OR_STAKE.test(stake[1] ?? stake[2])) || SHARES_AFTER.test(after)) && smallTownsOnly(ctx, start, end) ? -1 : undefined);
  // 12h'. one unknown word where a firm stands: after its spokesman, analyst or staff and 'at', 'for' or 'with' ('a
  //       spokeswoman for Zorvex', 'analysts at Zorvex'), before them ('Zorvex spokesman Mark ...', 'Zorvex executives'),
  //       before what a firm has after its possessive ("Zorvex's board", "Zorvex's shareholders"), or before a kind of
  //       firm in apposition ('Zorvex, the world's largest chipmaker,', 'Zorvex, a unit of ...'): `firmContext`. Not a
  //       word of a name list nor of a surname's shape ('a spokesman for Ganbarov' is a person's), and a surname of a
  //       person the document names in full stays theirs (documentPass)
  if (words.length === 1 && firmContext(ctx, v)) return ruleTyped('organization', 'firm-context', 0.6);
  // 12h''. ... and a name of several words after a trade's or a profession's staff and 'at' that no rule typed, no
  //        listed given name opening it, an employer's (`staffEmployer`): 'a lawyer at Arent Fox', 'development director
  //        at Codemasters' (a person's name of the kind is read so after the person rules, documentPass)
  if (words.length >= 2 && STAFF_AT_BEFORE.test((before = tail(doc.clean, s.start, start))) && !isListed(first, lex.firstNames, lex.givenNames) && staffEmployer(ctx, start, end, before, after, last))
    return ruleTyped('organization', 'firm-context', 0.6);
  // 12h'''. a source that no rule before typed, one to three capitalised words between 'according to' and the clause's
  //         end: 'according to Zorvex, sales fell', 'the figure rose, according to Zorvex Relations.' (an analysts'
  //         firm, an agency, a paper, which nothing in the name says: 'Gartner', 'IDC', 'Eurostat'); a person's name
  //         the person rules typed before (a listed given name first, two unknown words); not a word of compromise's
  //         surnames nor a given name alone, common words only ('according to Scripture'), an adjective, an acronym
  //         of no body, nor a run a gazetteer's name is part of ('according to Google Trends'); a gazetteer's
  //         place of the span stays ('according to Kenya,'), and a surname of a person the document names in full
  //         stays theirs (documentPass): `accordingSource`
  // (the token before the run looked up first: the tests run for few names)
  // ('According' capitalised only opening the sentence: not a title's, 'the sitcom The World According to Bex, penned by')
  if (prevTok === 'to' && words.length <= 3 && from - 2 >= s.tokenStart && (toks[from - 2].text === 'according' || (toks[from - 2].text === 'According' && from - 2 === s.tokenStart)) && accordingSource(ctx, v)) return ruleTyped('organization', 'according-to', 0.6);
  // 13. a location preposition before a one-word name: 'in Chechnya', 'near Grozny'; not an ALL-CAPS
  //     word ('in HDTV', 'at GM', 'in IE 7': after 'in' an acronym is a product, a firm or a field far
  //     more often than a place, and document consistency then spread the place to every mention).
  //     5 MB bench corpus: 198 mention rows of such false places gone (TV, M&S, HDTV, R&B, GM, GE ...)
  //     and 5 real ones (LA, NY); CoNLL-2003 F1 eng.testa 76.78 -> 76.82, eng.train 75.62 -> 75.66,
  //     no correct mention lost on either. Nor an organisation word alone: 'in Congress', 'in Parliament'
  //     (CoNLL-2003: one false place fewer in eng.train, nothing else)
  //     Nor an adjective (wink-nlp's lexicon: 'in Democratic hands', 'in English club rugby'), a deity ('in God') or a
  //     language ('printed in Swahili', 'in Esperanto': `languages`); a common noun may be a place ('ships in Gulf')
  //     The last of names joined by 'and' or 'or' after the preposition too ('in Sanaa and Hodeidah': `place-conjunct`,
  //     which the document pass keeps only where the name before the conjunction is a place, `placeConjuncts`: not 'in
  //     Urdu and Pashto'; nor before a verb or a preposition of its own, 'Lenovo in China and Aquarius in Russia')
  //     A common word there is no place when capitals say nothing about it: in a title-case line, whose preposition has
  //     one too ('Descent Into Madness'), inside a name that runs across the preposition ('BlackBerry maker Research in
  //     Motion'), or before a number or a letter ('in Week 5', 'in Series A funding'); nor is the plural of one, a
  //     product's or a field's name more often ('in Windows', 'in Communications': a plural both lexicons ship as a word
  //     of its own too, 'windows', by its singular), nor one letter ('in C++')
  if (
    words.length === 1 &&
    !isAllCapsWord(first) &&
    !ORG_WORDS.has(first) &&
    (IN_PLACE.test((before = tail(doc.clean, s.start, start))) || JOURNEY_TO.test(before) || (conjunct = AND_OR_BEFORE.test(before) && IN_PLACE_AND.test(doc.clean.slice(Math.max(s.start, start - 120), start)) && !isVerbWord(next) && !PLACE_PREPOSITION_AFTER.test(after))) &&
    !WORK_IN.test(before) &&
    !APOSTROPHE_S.test(next) &&
    commonTag(first) !== 'ADJ' &&
    !DEITIES.has(first) &&
    !lex.languages?.has(first.toLowerCase()) &&
    !(isCommonish(lex, first) && (isDigits(next) || /^\p{Lu}$/u.test(next) || capitalisedBefore(toks, s, from) || !isCommon(lex, first) || (first.endsWith('s') && isCommon(lex, first.slice(0, -1))))) &&
    first.length > 1 &&
    !ACRONYM_PLURAL.test(first) &&
    !camelProduct(first) &&
    !modifiesNoun(next)
  )
    return ruleTyped('place', conjunct ? 'place-conjunct' : 'place-preposition', 0.5);
  return null;
}

/** Step 9: a country, a nationality, an acronym or a place or organisation compromise knows ('Israel', 'PLO', 'Asia'). */
const placeOrGroup = (lex: NameFinderLexicons, w: string) => lex.qualifiers.has(w) || isAllCapsWord(w) || lex.known.has(w.toLowerCase());

/** Step 5b': the name at `from` is inside brackets that open after a score ('Bastia 1 ( Drobnjak 82nd , ...'). */
function afterScore(toks: readonly Token[], s: Sentence, from: number): boolean {
  for (let k = from - 1; k > s.tokenStart; k--) {
    const t = toks[k].text;
    if (t === ')') return false;
    if (t === '(') return isDigits(toks[k - 1].text);
  }
  return false;
}

/** Step 5b: a word in lower case ('includes', 'is'; not 'Chelsea', ':', '2'). */
const isLowerWord = (w: string) => w.length > 0 && !isCapitalised(w) && hasLower(w);

/**
 * Step 13: the preposition before the word at `from` is capitalised ('Descent Into Madness'), or the word before it
 * is ('Research in Motion'), neither the sentence's first word.
 */
function capitalisedBefore(toks: readonly Token[], s: Sentence, from: number): boolean {
  const p = from - 1;
  return (p > s.tokenStart && isCapitalised(toks[p].text)) || (p - 1 > s.tokenStart && isCapitalised(toks[p - 1].text));
}

/** A gazetteer place that is a country, a region or a continent: an entry with a kind other than city. */
const isArea = (c: Candidate) => c.entries[0]?.kind !== undefined && c.entries[0].kind !== 'city';

/** Step 12g: a surname of the name lists that is no given name, written first ('Wang' of 'Wang Donghai', 'Hun' of 'Hun Sen'). */
function familyName(ctx: NameContext, w: string): boolean {
  const { lex } = ctx;
  return /^\p{Lu}\p{Ll}+$/u.test(w) && isListed(w, lex.lastNames, lex.surnames) && !isListed(w, lex.firstNames, lex.givenNames) && commonTag(w) === null && noOtherName(ctx, w);
}

/** Step 12g: a capitalised word of letters that no lexicon knows (no common word, name list, place, organisation word). */
function unknownName(ctx: NameContext, w: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(w) &&
    (!isCommonish(ctx.lex, w) || nameByCase(ctx, w)) &&
    !ORG_WORDS.has(w) && !PLACE_TAILS.has(w) && !ctx.roleWords.has(w) && !MONTHS_DAYS.has(w) &&
    noOtherName(ctx, w)
  );
}

/**
 * Step 12g: a word wink-nlp's lexicon ships as a common noun that is a name all the same. That lexicon, read from
 * web text in lower case, ships many names as nouns ('gaddafi', 'hen' of 'Hen Vipheak'), which made 'Muammar
 * Gaddafi' no pair of unknown words. Such a word is a name here when the document writes it as one only
 * (`casedNames`: 'Gaddafi has dismissed ...', '... loyal to Gaddafi 's sons'), the lexicon ships no inflected form
 * of it (a common noun has its plural: 'revolutions', 'chemicals'; so 'Cultural Revolution', 'Dow Chemical' stay
 * no person), it is no plural of a common word nor a compass point ('West Indies'), and compromise's lexicon does not
 * call it a common word.
 */
const nameByCase = (ctx: NameContext, w: string): boolean =>
  commonTag(w) === 'NOUN' && !COMPASS.has(w) && !isPluralOfCommon(w) && !ctx.lex.commonWords.has(w.toLowerCase()) && casedNames(ctx).has(w) && !hasInflections(w);

/** 'Restaurants' (of 'Vicorp Restaurants'): the plural of a common word wink-nlp ships, itself no lemma of another */
const isPluralOfCommon = (w: string) => w.length > 3 && w.endsWith('s') && isCommonWord(w.slice(0, -1));

/**
 * Words the document writes as names only: capitalised inside a sentence at least twice, once at least on its own
 * (no capitalised word beside it: 'Gaddafi has dismissed', 'loyal to Gaddafi 's sons'; the head word of a firm's or
 * a product's name, 'Montedison Spa', 'Mengniu Dairy', never stands alone), never in lower case.
 */
function casedNames(ctx: NameContext): ReadonlySet<string> {
  if (ctx.cased) return ctx.cased;
  const toks = ctx.toks;
  const capitalised = new Map<string, number>();
  const alone = new Set<string>();
  // (the last of two capitalised words inside a sentence: 'Bob Dole', 'Senator Dole', for `surnamesNamed`)
  const afterName = new Set<string>();
  // (a capitalised word after an article, a thing's or a title's: 'the Bill', 'the Earl', for `addGivenName`; not before
  // a noun it qualifies, 'the Elvis song')
  const articled = new Set<string>();
  // (a family name before a given name of two syllables joined by a hyphen, for `surnamesNamed`)
  const familyNames = new Set<string>();
  const titled = (k: number) => titleCaseWord(toks[k].text) || isAllCapsWord(toks[k].text);
  for (const s of ctx.doc.sentences) {
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const w = toks[k].text;
      if (!titleCaseWord(w)) continue;
      if (ARTICLE_WORDS.has(toks[k - 1].text) && !(k + 1 < s.tokenEnd && nounAfterWord(toks[k + 1].text))) articled.add(w);
      capitalised.set(w, (capitalised.get(w) ?? 0) + 1);
      const lastOfRun = !(k + 1 < s.tokenEnd && titled(k + 1));
      if (!titled(k - 1) && lastOfRun) alone.add(w);
      else if (lastOfRun && k - 1 > s.tokenStart && !titled(k - 2)) afterName.add(w);
      // (and a family name before a given name of two syllables joined by a hyphen, step 1b's: 'Moon' of 'President Moon
      // Jae-in', whose lone 'Moon said' opens a later sentence: `familyNamed`)
      else if (k + 3 < s.tokenEnd && isHyphen(toks[k + 2].text) && hyphenGivenAt(ctx, k + 2, s.tokenEnd)) familyNames.add(w);
    }
  }
  // the capitalised words the document writes in lower case too, anywhere (a second pass that looks up, not one that
  // keeps every lower-case word: the document's words are most of its tokens)
  const lowered = new Map<string, string>();
  for (const w of capitalised.keys()) lowered.set(w.toLowerCase(), w);
  // (a key opens with a small letter of a-z or a code unit past ASCII: the lower case of a capital, 'K' of 'Kelvin' too;
  // a token that opens with another ASCII code unit, a capital, a digit or a mark, is looked up no more)
  const lower = new Set<string>();
  if (lowered.size > 0)
    for (let k = 0; k < toks.length; k++) {
      const c = toks[k].text.charCodeAt(0);
      if (c < 97 || (c > 122 && c < 128)) continue;
      const w = lowered.get(toks[k].text);
      if (w !== undefined) lower.add(w);
    }
  const names = new Set<string>();
  const surnames = new Set<string>();
  for (const [w, n] of capitalised) {
    if (lower.has(w)) continue;
    if (n >= 2 && alone.has(w)) names.add(w);
    if ((n >= 2 && alone.has(w)) || afterName.has(w)) surnames.add(w);
  }
  ctx.surnamesNamed = surnames;
  ctx.articled = articled;
  for (const w of familyNames) if (!lower.has(w) && !surnames.has(w)) (ctx.familyNamed ??= new Set()).add(w);
  return (ctx.cased = names);
}

/**
 * Whether `toks[i]` and `toks[i + 1]`, a sentence's first two words, are two words the document writes inside a
 * sentence as a run of their own (`casedNames`): 'Sun Yang denied it' after 'Olympic champion Sun Yang', where the
 * opener 'Sun' alone would be left out and 'Yang' the name.
 */
function pairNamed(ctx: NameContext, s: Sentence, i: number): boolean {
  const w = ctx.toks[i].text;
  // (not a title's or an honorific's, which the rules cut off the name: 'Miss Lawson said', 'Senator Smith')
  if (HONORIFIC.test(w) || COURTESY.test(w) || w === 'Miss' || isRoleWord(ctx, s, i)) return false;
  return titleCaseWord(w) && pairsNamed(ctx).has(`${w} ${ctx.toks[i + 1].text}`);
}

/**
 * The pairs of title-case words the document writes inside a sentence as a run of their own ('Sun Yang' of 'Olympic
 * champion Sun Yang'), for `pairNamed`: noted once, when a document first asks (few do: a sentence's first word and one
 * more, which no other test keeps), not by `casedNames` for every document.
 */
function pairsNamed(ctx: NameContext): ReadonlySet<string> {
  if (ctx.pairsNamed) return ctx.pairsNamed;
  const { toks } = ctx;
  const pairs = new Set<string>();
  const titled = (k: number) => titleCaseWord(toks[k].text) || isAllCapsWord(toks[k].text);
  for (const s of ctx.doc.sentences)
    for (let k = s.tokenStart + 1; k + 1 < s.tokenEnd; k++)
      if (titleCaseWord(toks[k].text) && titleCaseWord(toks[k + 1].text) && !titled(k - 1) && !(k + 2 < s.tokenEnd && titled(k + 2))) pairs.add(`${toks[k].text} ${toks[k + 1].text}`);
  return (ctx.pairsNamed = pairs);
}

/**
 * Words the document writes only as names (`casedNames`), or, never in lower case, as the second of two capitalised
 * words inside a sentence ('Bob Dole' once): a sentence's first word that is one of them is a name there ('Dole said').
 * (A first version asked for a listed given name first: the same output on CoNLL-2003 and the three corpora.)
 */
function surnamesNamed(ctx: NameContext): ReadonlySet<string> {
  casedNames(ctx);
  return ctx.surnamesNamed!;
}

/**
 * Step 12g: a word that is no country, nationality or name compromise knows, no article or particle, nor a place's or
 * a venue's head: 'La Jornada', 'St Helens', 'Fort Bonifacio' are no person's.
 */
const noOtherName = (ctx: NameContext, w: string) => !ctx.lex.qualifiers.has(w) && !ctx.lex.known.has(w.toLowerCase()) && !NAME_PREFIXES.has(w) && !ARTICLES.has(w) && !NAME_HEADS.has(w);

/** A word of two capitalised parts or more, lower-case letters in each: 'PaineWebber', 'PacifiCorp' (not 'PhD', 'McDonald's'). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;
/** ... or a word and an acronym of two or three capitals run together: 'OpenAI', 'ThaiPBS' (not 'PhD', 'MoD': one capital) */
const CAMEL_ACRONYM = /^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)*\p{Lu}{2,3}$/u;
/** ... or an acronym of two or three capitals and a word in lower case run together: 'VMware', 'DHgate', 'EUobserver' (not 'PCs', 'IDs') */
const ACRONYM_WORD = /^\p{Lu}{2,3}\p{Ll}{3,}$/u;
/**
 * Whether an acronym-and-word (ACRONYM_WORD) is a coinage: not a word a key held down too long made ('APril',
 * 'SErvices', 'LLoyds': a word or a name of the lexicon with one capital), nor an i- or e- coinage capitalised at a
 * sentence's start or in a title, a product's ('ITunes', 'IPods', 'EBay'), nor initials and a name run together.
 */
function acronymCoinage(word: string, lex: NameFinderLexicons): boolean {
  const lower = word.toLowerCase();
  const one = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  if (lex.known.has(lower) || lex.commonWords.has(lower) || isCommonWord(lower) || lex.known.has(one) || lex.firstNames.has(one) || isCommonWord(one)) return false;
  // (nor a handle of initials and a given name, 'DMScott', 'JCraig': the last capital opens a given name of compromise's
  // list; nor an enzyme's or a group's ending, 'GTPase', 'EMCers'. A surname or a word there is a firm's as often:
  // 'AWeber', 'YCharts', 'NYTimes', 'SFWeekly', so 'RPatz' and 'BWoodrum' stay firms)
  // (a legal form last is a firm's, 'MCorp')
  const tail = word.slice(word.search(/\p{Lu}\p{Ll}+$/u));
  if (!LEGAL_FORMS.has(tail) && (lex.firstNames.has(tail.toLowerCase()) || NOT_COINAGE_END.test(word))) return false;
  return !((word[0] === 'I' || word[0] === 'E') && /^\p{Lu}\p{Lu}\p{Ll}/u.test(word));
}
const NOT_COINAGE_END = /(?:ase|ers)$/u;
/** What opens a surname written as one word with a capital inside: 'McCain', 'MacLeod', 'FitzGerald', 'DiCaprio', 'VanDyke'. */
const NAME_PREFIXES = new Set('Mc Mac Fitz De Di Da Du Del Della Dela Des Dos Das La Le Lo Van Von Den Der Ten Ter Ben Bin Ibn Abu Al El St'.split(' '));
/** Articles that open a title, a newspaper's or a place's name in its own language: 'Les Choristes', 'Die Welt', 'Los Alamos'. */
const ARTICLES = new Set('The La Le Les Lo Los Las Il Die Der Das El Al'.split(' '));
/** Step 12f: a camel-case word (CAMEL_CASE) that may be a firm's coinage: 'GenCorp', not 'McCain', 'NovDec', 'SuperCup'. */
function isCoinage(word: string, lex: NameFinderLexicons): boolean {
  const parts = word.match(/\p{Lu}\p{Ll}*/gu)!;
  const last = parts[parts.length - 1];
  return !NAME_PREFIXES.has(parts[0]) && parts.some((p) => p.length > 3) && !NOT_PERSON_LAST.has(last) && last !== 'Gate' && !lex.firstNames.has(parts[0].toLowerCase());
}

// nouns that open a place's or a venue's name before a given name: 'Lake Mary Jane', 'Fort George Meade', 'Hotel George V'
const NAME_HEADS = new Set('Lake Port Cape Camp Point Mount Fort Hotel Club Villa Casa Cafe Café Restaurant Theatre Theater Radio'.split(' '));

/**
 * Step 13b: where a person's name starts after common nouns that open the run ('Moderator Lester Holt'), or -1: the
 * first given name (compromise's list) after a noun of wink-nlp's lexicon or a nationality ('Republican Abraham Lincoln'), followed by one to three words of which the
 * last is a known surname or no common word ('Lester Holt', 'Maxine Waters', 'Joseph DiGenova'; not 'Tax Bill Passes').
 * The noun is no given or family name itself, no organisation or place head ('Bank Julius Baer', 'Lake Mary Jane'). A
 * verb of wink-nlp's lexicon that opens the run is cut off too, a headline's imperative: 'Disavow Donald Trump',
 * 'Urinating Ryan Theriot' (FakeNewsNet 1 row, boilerplate-dev 9; 'Hew Raymond Griffiths' lost its 'Hew', a given name
 * no list has). Of a run of two words, only an adjective or a verb before a surname that alone names one person of the
 * news (lexicons/lone-surnames.tsv): a headline's 'Victorious Obama faces'.
 */
function descriptorEnd(ctx: NameContext, from: number, to: number): number {
  const { toks, lex } = ctx;
  // (two words: 'Defiant Trump vows', 'Victorious Obama faces', which the surname rule had made a person of both)
  if (to - from === 2) {
    const w = toks[from].text;
    const tag = commonTag(w);
    return hasLower(w) && (tag === 'ADJ' || tag === 'VERB') && !isListed(w, lex.firstNames, lex.givenNames) && lex.loneSurnames?.has(toks[from + 1].text) ? from + 1 : -1;
  }
  // (a name that speaks after the run: its surname may be a common word's plural, 'David Laws said', below)
  const speaks = SAID_WORDS.has(toks[to]?.text ?? '');
  for (let k = from + 1; k <= to - 2 && k <= from + 3; k++) {
    const w = toks[k].text;
    // (a given name of compromise's list, or of the longer one that is no common word: 'Moderator Lester Holt', 'Finance
    // Ousmane Kaba', 'Brother Raniero Iacomella')
    // (a given name that is a common word too after a gazetteer's organisation before a reporting verb: 'For Microsoft
    // Bill Gates said', 'for Labour Rose Zorvath said')
    // (or before a given name and a surname alone, the run's end: 'At Goldman Sachs Lloyd Quandell,', 'for Labour Rose
    // Quandell'; not after a car maker, its model's: 'a Hyundai Santa Fe', 'a Hyundai Genesis Coupe')
    // (asked only where the cheaper tests leave it to decide: `orgEndsAt` reads the gazetteer's candidates)
    let before: boolean | undefined;
    const orgBefore = () => (before ??= (speaks || (to - k === 2 && !CAR_MAKES.has(toks[k - 1].text))) && orgEndsAt(ctx, k - 1));
    if (!lex.firstNames.has(w.toLowerCase()) && !(isListed(w, lex.givenNames) && (!isCommon(lex, w) || orgBefore()))) continue;
    const noun = toks[k - 1].text;
    // (or a nationality's noun, or an adjective opening the run: 'Swede Kenneth Eriksson', 'Unseeded Patrick Rafter'; a
    // noun some surname list has too: 'Minister for Work Jane Kennedy'; not a given name, 'Grant Paul Smith', nor an
    // adjective, 'San Diego Trib', 'Grand Ole Opry')
    // (or a place's name the run ran on from, a dateline's or a list's that wink-nlp left unparted: 'in Berlin Angela
    // Merkel said', 'Latin America and the Caribbean Rainer Steckhan said'; not a place that is a given name too, 'Jordan
    // Henderson', 'Georgia Ann')
    // (or a gazetteer's organisation, before a name that speaks: 'For the Lib Dems David Laws said', whose surname is a
    // common word's plural too; not a firm's name of a founder's, 'Morgan Stanley Dean Witter')
    const tag = commonTag(noun);
    if (!hasLower(noun) || !(tag === 'NOUN' || (k - 1 === from && (tag === 'VERB' || tag === 'ADJ')) || lex.qualifiers.has(noun) || lex.known.get(noun.toLowerCase()) === 'norp' || placeEndsAt(ctx, k - 1) || orgBefore()) || NAME_HEADS.has(noun) || ORG_HEADS.has(noun) || isListed(noun, lex.firstNames, lex.givenNames) || (isListed(noun, lex.lastNames, lex.surnames) && tag !== 'NOUN' && !orgBefore())) return -1;
    const rest = to - k;
    const last = toks[to - 1].text;
    if (rest > 4 || ORG_WORDS.has(last) || PLACE_TAILS.has(last)) return -1;
    // (a common word's plural last only before a reporting verb, a given name and a surname: 'David Laws said')
    if (SURNAME.test(last) || isListed(last, lex.lastNames, lex.surnames) || !isCommon(lex, last) || ((speaks || orgBefore()) && rest === 2)) return k;
    return -1;
  }
  return -1;
}

/**
 * Whether a well-known place's name ends at token `k`: compromise's, or a gazetteer's country, region or area, or a
 * city of 100,000 people or more ('Berlin', 'the Caribbean', 'Africa'); not a small town's, a word of a person's name
 * as often ('Samer Ammar Soliman', 'Kalan Kawa Karim': French and Turkish villages)
 */
function placeEndsAt(ctx: NameContext, k: number): boolean {
  const t = ctx.toks[k];
  return ctx.lex.known.get(t.text.toLowerCase()) === 'place' || ctx.known.some((c) => c.type === 'place' && c.end === t.end && c.entries.some((e) => e.kind !== 'city' || (e.population ?? 0) >= 100_000));
}

/**
 * Car makers whose models are named after towns ('Toyota Celica', 'Seat Toledo', 'Hyundai Tucson', 'Ford Granada'),
 * and after other names too ('Hyundai Genesis Coupe'): no member's name after them (`descriptorEnd`).
 * Written here because no packaged gazetteer lists makes as such; makes that are a town or a word of a place's own
 * name too ('Lincoln', 'Land Rover') are left out.
 */
export const CAR_MAKES = new Set(
  'Toyota Ford Nissan Honda Mazda Subaru Mitsubishi Hyundai Kia Seat SEAT Skoda Fiat Renault Peugeot Citroen Citroën Opel Vauxhall Volkswagen VW Audi BMW Mercedes Mercedes-Benz Chevrolet Dodge Chrysler Buick Cadillac Pontiac Volvo Saab Suzuki Daihatsu Lada Dacia Lancia Porsche Lexus Infiniti Acura Isuzu'.split(' '),
);
/** whether a gazetteer's organisation ends at token `k` ('Lib Dems') */
const orgEndsAt = (ctx: NameContext, k: number) => ctx.known.some((c) => c.type === 'organization' && c.end === ctx.toks[k].end);

/**
 * Step 13b': whether the run's first word is a plural noun of agents ('Rivals', 'Lenders', 'Carmakers', 'Regulators':
 * a noun of wink-nlp's lexicon, or the plural of one, ending in -ers, -ors, -als, -ists, -ants or -ents)
 * before a word that is no common word ('BYD', 'Barclays'): the sentence's subject and its apposition, not one name.
 * Not before a common word, where the plural opens a firm's name ('Travelers Cos', 'Farmers Group Inc').
 */
function agentsBefore(ctx: NameContext, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const w = ctx.toks[from].text;
  if (!AGENT_PLURAL.test(w) || (commonTag(w) !== 'NOUN' && commonTag(w.slice(0, -1)) !== 'NOUN')) return false;
  const next = ctx.toks[from + 1].text;
  return isCapitalised(next) && !isCommon(ctx.lex, next) && !isListed(next, ctx.lex.firstNames, ctx.lex.givenNames);
}
const AGENT_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|als|ists|ants|ents)$/u;

/**
 * The gazetteer's organisations of the document whose names end in an institution's word (INSTITUTIONS: 'European
 * Commission', 'U.S. Department of the Treasury' named 'U.S. Treasury'), by that word, where one entity alone has it: its
 * entries. (Not the rules' organisations: their ids are minted of each name, 'U.S. Senate', 'US Senate', and a
 * sentence's words run into some, 'When Congress'; the lone word keeps its own id, `organization:senate`.)
 */
function institutionBodies(ctx: NameContext, known: readonly Candidate[]): ReadonlyMap<string, readonly GazetteerEntry[]> {
  const found = new Map<string, readonly GazetteerEntry[] | null>();
  for (const c of known) {
    if (c.type !== 'organization' || c.entries.length === 0) continue;
    const words = ctx.doc.clean.slice(c.start, c.end).split(/\s+/);
    const last = words[words.length - 1];
    if (words.length < 2 || !INSTITUTIONS.has(last)) continue;
    // (nor a party named with the word, whose own short name is another: 'Trinamool Congress' of the All India Trinamool
    // Congress, 'African National Congress'; a lone 'Congress' beside them is a legislature or another party. One whose
    // aliases call it by the word stays: the Indian National Congress, 'Congress party')
    if (PARTY_DESCRIPTION.test(c.entries[0].description ?? '') && !c.entries[0].aliases.some((a) => a.startsWith(`${last} `))) continue;
    const prev = found.get(last);
    if (prev === undefined) found.set(last, c.entries);
    else if (prev !== null && prev[0].id !== c.entries[0].id) found.set(last, null);
  }
  const out = new Map<string, readonly GazetteerEntry[]>();
  for (const [word, entries] of found) if (entries) out.set(word, entries);
  return out;
}
/** a gazetteer's description of a political party ('political party (India)', 'Nigerian political party') */
const PARTY_DESCRIPTION = /\bpolitical party\b/i;

/** Step 14: a name typed by what the document says of it elsewhere, with the gazetteer's entries where a gazetteer said it. */
function consistent(doc: SplitDocument, f: Found, d: { type: EntityType; confidence: number; entries?: readonly GazetteerEntry[] }): Candidate {
  const c = candidate(doc, f, f.start, f.end, d.type, 'document-consistency', Math.min(0.6, d.confidence));
  return d.entries ? { ...c, entries: d.entries } : c;
}

/** A candidate for a found name, or a stretch of it (untyped: a proper-noun run for coreference only). */
function candidate(doc: SplitDocument, f: Found, start: number, end: number, type: EntityType | null, rule: string, confidence: number, priority = type ? 1000 : 10000): Candidate {
  return {
    start,
    end,
    sentence: f.sentence.index,
    type,
    entries: [],
    name: doc.clean.slice(start, end),
    source: (type ? `rule:${rule}` : 'rule:proper-noun') as MentionSource,
    confidence: type ? confidence : 0.3,
    priority,
    role: type === 'person' ? f.role : null,
  };
}

/**
 * What the document pass (step 14 on) works out of the whole document before it decides each name the rules found,
 * and what it builds only when a name first asks. Every field is set when the object is made (one shape).
 */
interface DocumentFacts {
  readonly ctx: NameContext;
  readonly known: readonly Candidate[];
  /**
   * spans (`spanKey`) a gazetteer gives another type than person, and that type ('place' where a place is one of them): 'John
   * Lewis', a retailer
   */
  readonly notPerson: Map<number, EntityType>;
  /** of those places, the spans (`spanKey`) of a country, region or continent (a gazetteer place with a kind other than city) */
  readonly areas: Set<number>;
  /** the words of people named in full in this document: 'Muradov' after 'Rustam Muradov'; and their given names */
  readonly personWords: Set<string>;
  /** the type the document gives a name (lower-cased), with the gazetteer's entries where a gazetteer's candidate gave it */
  readonly docTypes: Map<string, DocumentType>;
  /** the shorter names of organisations named in full in this document: 'Magna' after 'Magna International Inc' */
  readonly orgWords: Set<string>;
  /** of them, the gazetteer's towns a firm's context made the firm's shorter name (`FIRM_TOWN_RULES`: 'Suez', 'Wembley') */
  readonly townFirms: Set<string>;
  /** of those, the common words a line of business's word left alone ('Halcyon' of 'Halcyon Records', 'Solar' of 'Solar
   *  Energy'): names only inside a sentence or before what a firm does (`isOrgWord`), unless `legalWords` has them */
  readonly lineWords: Set<string>;
  /** the shorter names a name with a legal form gives ('Dome' of 'Dome Petroleum Ltd'), names anywhere */
  readonly legalWords: Set<string>;
  /** one-word names a kind of firm or band before them types first, that are a surname of `personWords` too: the firm's where no person's rule types them */
  readonly cuedFirms: Set<string>;
  /** the weak rules' persons that open a firm named with its legal form (step 19f), and that firm: its name and entries */
  readonly openers: Map<Found, Candidate>;
  /** gazetteer organisations by where they start, for the legal form after one: 'Deutsche Bank' of 'Deutsche Bank AG' */
  readonly orgsAt: Map<number, Candidate[]>;
  /** sports teams named by their town or county (step 15) */
  teams: ReadonlySet<string>;
  /** `docTypes` with the teams, for ALL-CAPS runs outside the datelines */
  capsTypes: ReadonlyMap<string, { type: EntityType; priority?: number }>;
  /** abbreviations the text defines (step 16) */
  abbreviations: ReadonlyMap<string, Abbreviation | null>;
  /** of those no name's, the terms' short forms no gazetteer's organisation is (`TERM_SOURCE`), and the long form where
   *  it is a name's in form ('Electronic Suspension Adjustment'; null: 'revolving underwriting facility') */
  termForms: Map<string, string | null>;
  /** the long forms of technology's terms (`techTerm`: 'General Packet Radio Service (GPRS)'), start -> end: no names */
  techTerms: Map<number, number>;
  /** names of several words the document types a firm by its shares, a kind of firm before them or a legal form after
   *  them (steps 9b, 8b: `firmsByContext`), set once the rules' names are read */
  contextFirms: Set<string> | undefined;
  // built when first asked:
  /** the texts of the document's gazetteer peoples (`peopleTexts`) */
  peoples?: ReadonlySet<string>;
  /** where each gazetteer state or country starts: where it ends (steps 18 and the lone surnames') */
  regions: Map<number, number> | undefined;
  /** a legislature's, a treasury's or a commission's one word: the gazetteer's body the document names in full with it */
  bodies: ReadonlyMap<string, readonly GazetteerEntry[]> | undefined;
  /** the starts and ends of the gazetteer's organisations, countries, regions and continents, sorted */
  blockers: number[][] | undefined;
  /** names in a list and the type its other names share (step 17) */
  listType: ReadonlyMap<Found, EntityType> | undefined;
  /**
   * the surnames of people and the shorter names of organisations named in full, lower-cased, for ALL-CAPS runs
   * ('SHEARER NAMED AS ENGLAND CAPTAIN' over 'Alan Shearer')
   */
  capsWords: ReadonlyMap<string, EntityType> | undefined;
  /** the spans (`spanKey`) of the gazetteer's places ('Minnesota' of 'the Minnesota Twins'; built when a team's nickname first asks) */
  placeSpans: ReadonlySet<number> | undefined;
  /** surnames of people named in full by a given name or a gazetteer */
  fullSurnames: ReadonlySet<string> | undefined;
  /** the names of the gazetteer's organisations the document names, and where they start (`orgFirst`; built when first asked) */
  orgNames: ReadonlyMap<string, number[]> | undefined;
  /** `isSportsReport` asked once (what `sportsTeams` and `teamNickname` take; cached on the context, `ctx.sports`) */
  readonly isSports: () => boolean;
  /** `isPlaceSpan` (what `teamNickname` takes) */
  readonly isPlace: (start: number, end: number) => boolean;
}

type DocumentType = { type: EntityType; confidence: number; entries?: readonly GazetteerEntry[] };

/**
 * A span's key in `DocumentFacts`' sets and maps: a number, not a "start:end" string built per lookup. One key a span
 * while a span is shorter than 2^26 code units (a name never is) and starts before 2^27 (the key stays an exact integer).
 */
const spanKey = (start: number, end: number) => start * 0x4000000 + (end - start);

/**
 * Step 14 and on: what the whole document says about the names found, and the candidates.
 *
 * In small top-level functions over a `DocumentFacts` rather than one function with its steps and helpers as
 * closures: V8 optimises a function as a whole and throws its code away when a document reaches a branch or an
 * object shape it has not seen, and this one, at ~7 kB of bytecode, was compiled again through the whole run at
 * 0.4-0.5 s a compile (`--trace-opt`, 20 MB bench corpus, 1 worker: 4 compiles, 1.76 s). docs/BENCHMARKS.md,
 * forty-ninth session.
 */
function documentPass(ctx: NameContext, known: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  untypeWorks(ctx.found);
  untypeProducts(ctx, known);
  untypeShows(ctx);
  if (ctx.titleLines) untypeHeadlineRuns(ctx);
  const facts = documentFacts(ctx, known, out);
  const found = ctx.found;
  for (let fi = 0; fi < found.length; fi++) fi += decideName(facts, fi, out);
  // 15b. a schedule's line in a sports report: its first name, a place the report names, is the team ('KANSAS CITY AT
  //      DETROIT'); it beats the gazetteer's town and the capitals' type (the town after 'AT' stays the place).
  //      CoNLL-2003 eng.testa 89.67 -> 90.24, eng.train 86.19 -> 86.71 (the baseball schedules)
  for (const s of ctx.doc.sentences) if (s.end - s.start <= 60) scheduleTeamOf(facts, s, out);
  // where the rules found nothing else: a gazetteer's place that is a team here ('Essex' after 'Essex beat Kent'), or a
  // gazetteer's place or person with an organisation's shorter name ('Magna shares rose': a sentence's first word, where
  // the name finder finds no run); one candidate a span
  if (facts.teams.size > 0 || facts.orgWords.size > 0) knownAsTeamsOrFirms(facts, out);
  // 20. one sense per discourse for an organisation of several words: where a rule typed it in one place, its other mentions
  //     that no typed name covers are the same entity ('say analysts Zorvex Research.' before 'Zorvex Research analyst
  //     Kellin Portvale', which the decisions above typed after `docTypes` was made; `repeatedNames`)
  repeatedNames(facts, out);
  return out;
}

/**
 * Step 20: the other mentions of the organisations of several words the rules typed (`out`), written the same, that no
 * typed candidate covers: the untyped runs there, or pieces of them ('Systems' of a sentence's first 'Zorvex Systems'),
 * give way to the name, with its entries ('rule:document-consistency'). Organisations only: a person's name spread so
 * took the weak rules' errors with it, a title the name held ('Miss Zorvex'), a product's or a place's name a rule made a
 * person's ('Zorvex Messenger said', the 'First Zorvex-Quell' of a sentence's first word). Not a mention inside a longer
 * run or a longer gazetteer name ('Zorvex Motors Europe': the overlap rule keeps the longer; a longer untyped run, a
 * name of its own, the longer name's too).
 */
function repeatedNames(facts: DocumentFacts, out: Candidate[]): void {
  const { ctx } = facts;
  const { doc, toks } = ctx;
  // the names by their first word (the cheap shape first: most documents have a few, each looked up per token)
  // (an untyped run is left where no name the rules found typed its text when `docTypes` was made, so the names here
  // are the later decisions': the document's consistency gave the earlier ones' types everywhere)
  let byFirst: Map<string, Candidate[]> | undefined;
  const seen = new Set<string>();
  for (const c of out) {
    if (c.type !== 'organization' || seen.has(c.name) || !/\s/u.test(c.name)) continue;
    seen.add(c.name);
    const first = c.name.slice(0, c.name.search(/\s/u));
    byFirst ??= new Map();
    const list = byFirst.get(first);
    if (list) list.push(c);
    else byFirst.set(first, [c]);
  }
  if (!byFirst) return;
  // (the candidates sorted by start, and the longest's length, made when a mention is first found: most documents have none)
  let spans: Candidate[] | undefined;
  let longest = 0;
  const added: Candidate[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const names = byFirst.get(toks[k].text);
      if (!names) continue;
      const start = toks[k].start;
      for (const c of names) {
        const end = start + c.name.length;
        if (end > s.end || !doc.clean.startsWith(c.name, start)) continue;
        if (!spans) {
          spans = [...out, ...facts.known].sort((a, b) => a.start - b.start);
          for (const x of spans) longest = Math.max(longest, x.end - x.start);
        }
        if (!uncoveredRepeat(spans, longest, start, end)) continue;
        added.push({ ...c, start, end, sentence: s.index, source: 'rule:document-consistency', confidence: Math.min(0.6, c.confidence), priority: -1, role: null });
        break;
      }
    }
  }
  for (const c of added) out.push(c);
}

/**
 * Whether the span start..end is a name's other mention no candidate of `spans` (sorted by start; `longest`: the longest's
 * length) types itself or holds in a longer span: a shorter name inside it yields to it, the overlap rule's ('British' of
 * 'British Zorvex Rights', 'Ottawa' of 'the Ottawa Zorvexes').
 */
function uncoveredRepeat(spans: readonly Candidate[], longest: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < start - longest) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < end; i++) {
    const c = spans[i];
    if (c.end <= start) continue;
    if (c.start < start || c.end > end || (c.type && c.start === start && c.end === end)) return false;
  }
  return true;
}

/** The facts of `DocumentFacts` worked out of the document (steps 14, 15, 16, 18, 19 and 19b). Step 16 adds to `out`. */
function documentFacts(ctx: NameContext, known: readonly Candidate[], out: Candidate[]): DocumentFacts {
  const { doc, found } = ctx;
  const facts: DocumentFacts = {
    ctx,
    known,
    notPerson: new Map(),
    areas: new Set(),
    personWords: new Set(),
    docTypes: new Map(),
    orgWords: new Set(),
    townFirms: new Set(),
    lineWords: new Set(),
    legalWords: new Set(),
    cuedFirms: new Set(),
    openers: new Map(),
    orgsAt: new Map(),
    teams: new Set(),
    capsTypes: new Map(),
    abbreviations: new Map(),
    termForms: new Map(),
    techTerms: new Map(),
    regions: undefined,
    contextFirms: undefined,
    bodies: undefined,
    blockers: undefined,
    listType: undefined,
    capsWords: undefined,
    placeSpans: undefined,
    fullSurnames: undefined,
    orgNames: undefined,
    isSports: () => (ctx.sports ??= isSportsReport(doc.clean)),
    isPlace: (start, end) => isPlaceSpan(facts, start, end),
  };
  // 14. document-level consistency: a name typed once keeps its type in the document ('Surrey' after
  //     'Surrey' matched a gazetteer), and ALL-CAPS headline words borrow the body's types ('LEICESTERSHIRE')
  // 18. a name before a comma and a gazetteer's state or country is a place: 'Flint, Michigan', 'Nice, France' (typed
  //     here, before the consistency map, so the town's other mentions follow: 'the water in Flint')
  placesBeforeRegions(ctx, () => regionAt(facts));
  // 19. a place or an organisation and a political or national group is no person: 'a Virginia Republican', 'a New
  //     Hampshire Democrat', 'Senate Democrats' (the gazetteer's place and group stand); a firm and a country is the
  //     firm's branch: 'Texaco Canada said'
  groupsAfterNames(ctx, known);
  // 13'. the last of names after a place's preposition is a place where the name before it is one ('in Sanaa and
  //      Hodeidah')
  placeConjuncts(ctx, known);
  // 5b''. a results line's national side is its country, a place, as CoNLL-2003 tags it ('Ethiopia 1 Uganda 1'):
  //      the score-line rule's organisation yields to the gazetteer's country (`isNation`)
  nationalSides(ctx, known);
  // 5b''''. a draw's two sides are of one kind: the score-line rule's side across 'vs.' from a person is a player
  //      ('Grant Stafford ( South Africa ) vs. Guy Forget ( France )': 'Forget' a common word, 'Galo' in no list)
  drawPlayers(ctx);
  // 19c. common nouns before a country or a nation of the United Kingdom are a national body: 'Statistics Canada',
  //      'Hockey Canada', 'Cricket Australia', 'Police Scotland', 'Public Health England'
  nationalBodies(ctx, known);
  // 19d. a gazetteer's organisation and a country, region or continent after it, one untyped run, is its branch there:
  //      'Amnesty International Kenya', 'Oxfam America' (`orgBranches`; the person the rules made of a one-word firm's,
  //      'Texaco Canada said', is step 19's)
  orgBranches(ctx, known);
  // 19e. a position's word before a gazetteer's place, one untyped run, is a place of its own: 'Inner Mongolia', 'Lower
  //      Manhattan', 'Upper Egypt' (`positionPlaces`)
  positionPlaces(ctx, known);
  // 19f. a weak rule's person whose words open a firm the document names with its legal form is the firm's shorter
  //      name ('Zorvex Quandell said' after 'Zorvex Quandell Mining Corp'), where no one of its surname is named in full
  //      and nothing says person (`firmOpeners`); before the document's person words and types, so that its headline
  //      and lone words follow
  firmOpeners(facts);
  const { notPerson, areas, personWords, docTypes, orgsAt } = facts;
  // 10'. the surname rule's pair that an organisation opens is no person, a product or a part of the firm's ('Google
  //      Reader', 'NHL Shield', a gazetteer firm's 'Zorvex Messenger'): untyped before the document's person words and
  //      types are made, so that its last word alone is no one's surname ('Messenger' after it)
  orgFirstPairs(facts);
  // 10''. nor the given-name rule's pair of a thing's name (`thingPairs`: 'Arch Zorvix' with 'a Zorvix distribution')
  thingPairs(ctx);
  for (const c of known) {
    const span = spanKey(c.start, c.end);
    if (c.type && c.type !== 'person' && (c.type === 'place' || !notPerson.has(span))) notPerson.set(span, c.type);
    if (c.type === 'place' && isArea(c)) areas.add(span);
  }
  for (const c of known) if (c.type === 'person') addPersonWords(ctx, personWords, doc.clean.slice(c.start, c.end));
  // (not a name whose person a gazetteer's place or organisation of the same span overrules: 'East Berlin said' is the
  // place, and 'Berlin' no one's surname)
  // (nor one a kind of firm or its shares make a firm elsewhere, which `typedName` retypes: 'Hardie' of 'building
  // products group James Hardie' is no one's surname)
  const firms = (facts.contextFirms = firmsByContext(found, ctx));
  for (const f of found) if (f.type === 'person' && !f.caps && !(notPerson.has(spanKey(f.start, f.end)) && !overrulesGazetteer(f)) && !firms.has(f.name)) addPersonWords(ctx, personWords, f.name);
  // (made before step 19b: the one-word names it retypes, 'Borg-Warner', add no key)
  // 19b. two capitalised words joined by a hyphen that the given-name or reporting-verb rule took for a person are a
  //      firm of two founders' names ('Borg-Warner said', 'Allen-Bradley', 'Wal-Mart'), or no name (see `hyphenFirms`)
  hyphenFirms(ctx, personWords, (k) => areas.has(spanKey(ctx.toks[k].start, ctx.toks[k].end)));
  // (with the gazetteer's entries where a gazetteer's candidate gave the type: 'Reagan' after 'President Reagan', WordNet's
  // Ronald Reagan, is he, not a rule's person:reagan; 372 rows of the 20 MB bench corpus were)
  // (not a region's abbreviation that counts only after a place: 'Pa.' alone is no name)
  for (const c of known) if (c.type && c.source !== AFTER_PLACE_SOURCE) noteType(docTypes, doc.clean.slice(c.start, c.end), c.type, c.confidence, c.entries.length > 0 ? c.entries : undefined);
  // (not a pair of unknown words that holds a gazetteer's organisation or region, which it yields to where it stands,
  // step 12g: 'from Lycos Europe announcing' typed no 'the Lycos Europe site' a person)
  // (not a dateline's place that is a common word too: 'NICE , France' says nothing of 'Nice are 18th in the table')
  // (a county with its region's entries, for its other mentions: 'The County Fermanagh man' after 'in County Fermanagh')
  for (const f of found) if (f.type && !f.caps && !(f.rule === 'name-shape' && holdsKnown(facts, f)) && !(f.rule === 'dateline' && ctx.lex.commonWords.has(f.name.toLowerCase()))) noteType(docTypes, f.name, f.type, f.confidence, f.rule === 'county' ? countyRegion(ctx, known, f) : undefined);
  // (a domain name's first part is the site's or the firm's name too: 'Vittana' after 'Vittana.org'; not a common word's,
  // 'Here' of 'Here.com' in 'It's Here')
  for (const f of found) {
    if (f.rule !== 'domain-name') continue;
    const label = domainLabel(f.name);
    if (!isCommon(ctx.lex, label)) noteType(docTypes, label, 'organization', f.confidence);
  }

  // and their given names, where the document has no gazetteer organisation, country or region of that name, nor a
  // place by its own name (an alias only): 'Hillary' after 'Hillary Clinton', 'Ahmad' after 'Ahmad Khan Rahami' (a
  // GeoNames alias of Al Ahmadi); not 'Israel' after 'Israel Katz', 'Charlotte' (the city) after 'Charlotte Pritt',
  // 'Merrill' (Merrill Lynch) after 'Merrill Smith'
  const notGivenNames = new Set<string>();
  for (const c of known) {
    if (c.type !== 'place' && c.type !== 'organization') continue;
    const text = doc.clean.slice(c.start, c.end);
    // (countries and regions are qualifiers, left out below)
    if (c.type === 'organization' || c.entries.some((e) => e.name === text)) notGivenNames.add(text);
    // (nor the first word of an organisation's name: 'Morgan' of 'Morgan Stanley', 'Mercedes' of 'Mercedes-Benz')
    if (c.type === 'organization') notGivenNames.add(text.split(/[\s-]/u)[0]);
  }
  // (nor a place or an organisation the rules found: 'Charlotte' of 'Charlotte, N.C.'; a place by the preposition before
  // it alone, the weakest rule, yields: 'faith in Anil' after 'Anil Ambani')
  // (nor a work's title, step 8c's: 'the biopic Ray' after 'Ray Charles')
  for (const f of found) if (((f.type === 'place' || f.type === 'organization') && !f.caps && f.rule !== 'place-preposition' && f.rule !== 'place-conjunct') || f.rule === 'work') notGivenNames.add(f.name);
  for (const c of known) if (c.type === 'person') addGivenName(ctx, personWords, notGivenNames, doc.clean.slice(c.start, c.end));
  for (const f of found) if (f.type === 'person' && !f.caps && !(notPerson.has(spanKey(f.start, f.end)) && !overrulesGazetteer(f))) addGivenName(ctx, personWords, notGivenNames, f.name, () => !known.some((c) => c.type !== 'person' && c.start < f.end && c.end > f.start));

  // the shorter names of organisations named in full in this document: 'Magna' after 'Magna International Inc'
  for (const c of known) if (c.type === 'organization') addOrgWords(facts, doc.clean.slice(c.start, c.end));
  // (a rule's firm of no legal form gives no short name that is a gazetteer's place the document names, no town: 'Everest
  // Realty' is no 'Climbers on Everest'; a town is a firm's as often, 'Newbridge' of 'Newbridge Capital', and 'Magna
  // International Inc' gives 'Magna', its legal form says firm)
  let placeTexts: Set<string> | undefined;
  for (const f of found) {
    if (f.type !== 'organization' || f.caps) continue;
    if (LEGAL_FORMS.has(ctx.toks[f.to - 1].text)) addOrgWords(facts, f.name);
    else {
      placeTexts ??= new Set(known.filter((c) => c.type === 'place' && c.entries[0]?.kind !== undefined && c.entries[0].kind !== 'city').map((c) => doc.clean.slice(c.start, c.end)));
      addOrgWords(facts, f.name, placeTexts);
    }
  }
  // (and a gazetteer's town a firm's context names in one word, its other mentions: 'Suez' after 'the water firm Suez',
  // 'Wembley said' after 'a stake in Wembley', 'Alcoa's position' after 'Alcoa officials'; where a preposition of place
  // or a region after a comma says place, the name finder's run there is a place's, 'in Suez', which stays)
  for (const f of found) if (f.type === 'organization' && !f.caps && f.to - f.from === 1 && FIRM_TOWN_RULES.has(f.rule) && notPerson.get(spanKey(f.start, f.end)) === 'place' && !areas.has(spanKey(f.start, f.end))) {
    facts.orgWords.add(f.name);
    facts.townFirms.add(f.name);
  }
  // (and a one-word name a kind of firm or band before it makes a firm, whose founder or namesake the document names in
  // full: the firm in the rest of the document where nothing says person, the lone name no one's surname there, 'Zorvell
  // shares rose' after 'the computer firm Zorvell' and 'founder Michael Zorvell', 'Kasabian toured' after 'the band
  // Kasabian' and 'Linda Kasabian' (the firm named before the person); the full name stays the person's, and so does the
  // lone name a person's rule types, 'Kellbrook said he would stay': `cuedFirms`)
  for (const f of found) {
    if (f.type !== 'organization' || f.caps || f.to - f.from !== 1 || (f.rule !== 'firm-before' && f.rule !== 'media-before') || !personWords.has(f.name)) continue;
    // (the firm named first, as a story introduces what it is about: not 'a company Cross is forming' after 'Theodore
    // Cross said', where the cue misread the person)
    const word = new RegExp(`(?:^|\\s)${escapeRegExp(f.name)}(?:\\s|$)`, 'u');
    if (known.some((c) => c.type === 'person' && c.start < f.start && word.test(doc.clean.slice(c.start, c.end))) || found.some((g) => g.type === 'person' && g.start < f.start && g.to - g.from > 1 && word.test(g.name))) continue;
    facts.cuedFirms.add(f.name);
    facts.orgWords.add(f.name);
  }

  // gazetteer organisations by where they start, for the legal form after one: 'Deutsche Bank' of 'Deutsche Bank AG'
  for (const c of known) {
    if (c.type !== 'organization' || !c.entries.length) continue;
    const list = orgsAt.get(c.start);
    if (list) list.push(c);
    else orgsAt.set(c.start, [c]);
  }

  // 15. sports teams named by their town or county: 'Leicestershire beat Somerset' (src/stages/sports-teams.ts);
  //     their ALL-CAPS headline mentions borrow the type and beat the gazetteer's place ('LEICESTERSHIRE TAKE OVER AT
  //     TOP'), as do a surname and an organisation's shorter name the body names in full ('SHEARER' of 'Alan Shearer')
  const teams = sportsTeams(ctx, known, personWords, docTypes, facts.isSports);
  facts.teams = teams;
  facts.capsTypes = teams.size === 0 ? docTypes : new Map([...docTypes, ...[...teams].map((t) => [t.toLowerCase(), { type: 'organization' as const, confidence: 0.75, priority: -1 }] as const)]);
  // 16. abbreviations the text defines: the long form one name ('Organisation for Security and Cooperation in
  //     Europe (OSCE)'), the short form that name wherever the document uses it (src/stages/abbreviations.ts)
  facts.abbreviations = definedAbbreviations(ctx, known, out, facts.termForms, facts.techTerms);
  return facts;
}

/**
 * Step 5b'': the score-line rule's names that are a gazetteer's country or a home nation lose its type ('Ethiopia 1
 * Uganda 1'), but where a club shares a country's name: a line with a team that is no nation ('Cannes 0 Monaco 2',
 * 'Guadalajara 5 America 0'), or a line of one team in a document whose results lines name more clubs than nations
 * (a league table's 'Monaco 3 1 1 1 5 3 4').
 */
function nationalSides(ctx: NameContext, known: readonly Candidate[]): void {
  const lines = ctx.found.filter((f) => f.rule === 'score-line');
  if (lines.length === 0) return;
  const nationSpans = new Set(known.filter((c) => c.type === 'place' && isNation(ctx.doc.clean.slice(c.start, c.end), c.entries.map((e) => e.kind))).map((c) => spanKey(c.start, c.end)));
  const isNationSide = (f: Found) => nationSpans.has(spanKey(f.start, f.end));
  const nations = lines.filter(isNationSide);
  if (nations.length === 0) return;
  const clubsMostly = lines.length - nations.length > nations.length;
  for (const f of nations) {
    const others = lines.filter((g) => g !== f && g.sentence === f.sentence);
    if (others.some((g) => !isNationSide(g)) || (others.length === 0 && clubsMostly)) continue;
    [f.type, f.rule, f.confidence] = [null, '', 0];
  }
}

/**
 * Step 5b'''': in a line of a draw, 'A ( country ) vs. B ( country )', the score-line rule's side facing a person (by a
 * given name of the lists) across 'vs.' is a person too ('Grant Stafford ( South Africa ) vs. Guy Forget ( France )', a
 * tennis draw's; a cup's 'Levski Sofia ( Bulgaria ) v Olimpija ( Slovenia )' has no person on either side).
 */
function drawPlayers(ctx: NameContext): void {
  const { toks, found } = ctx;
  // the persons by a given name of the lists (not the name-shape rule's two unknown words, 'Levski Zorvath'), by the
  // token where each ends and where each starts
  let endingAt: Map<number, Found> | undefined;
  let startingAt: Map<number, Found> | undefined;
  for (const f of found) {
    // (the score-line rule's side, or, across a result's verb, a name no rule typed: 'Kimiko Date ( Japan ) beat
    // Conchita Martinez ( Spain ) 6-2 7-5', 'Date' a common word and 'Kimiko' in no list)
    const scoreLine = f.rule === 'score-line' && f.type === 'organization';
    if (!scoreLine && (f.type !== null || f.caps)) continue;
    // (nor the rest of a name whose first word a step cut off: 'Sun Jian', 'Ai Sugiyama', 'Dally Randriantefy')
    if (!scoreLine && f.from > f.sentence.tokenStart && UPPER_FIRST.test(toks[f.from - 1].text)) continue;
    const across = scoreLine ? isVersus : isDrawResult;
    // the side across 'vs.' or 'beat': the run before it and its country ('X ( country ) vs. f'), or after f's country
    // ('f ( country ) vs. X'); a seed's number before a side ('4 - Kimiko Date', '9/16 - Chen Gang') skipped
    const vsBefore = seedStart(toks, f.from, f.sentence.tokenStart) - 1;
    const open = across(toks[vsBefore]?.text ?? '') && toks[vsBefore - 1]?.text === ')' ? bracketOpen(toks, vsBefore - 1) : -1;
    const close = open > 0 ? -1 : bracketClose(toks, f.to, f.sentence.tokenEnd);
    if (open <= 0 && !(close > 0 && across(toks[close + 1]?.text ?? ''))) continue;
    // (the persons' maps made when a side is first found: most documents have no draw)
    if (!endingAt || !startingAt) {
      const persons = found.filter((g) => g.type === 'person' && g.rule === 'first-name');
      endingAt = new Map(persons.map((g) => [g.to, g]));
      startingAt = new Map(persons.map((g) => [g.from, g]));
    }
    const g = open > 0 ? endingAt.get(open) : startingAt.get(seedEnd(toks, close + 2, f.sentence.tokenEnd));
    if (g && g.sentence === f.sentence) [f.type, f.rule, f.confidence] = ['person', 'draw-player', 0.65];
  }
}
/** a result's verb between two players of a draw's line ('beat', 'bt'), or 'vs.' */
const isDrawResult = (w: string) => isVersus(w) || w === 'beat' || w === 'bt' || w === 'defeated';
/** where a side starts that opens at `k`, a seed's number and dash before it ('4 - Kimiko Date', '9/16 - Chen Gang') */
function seedStart(toks: readonly Token[], k: number, from: number): number {
  return k - 2 >= from && isHyphen(toks[k - 1].text) && SEED.test(toks[k - 2].text) ? k - 2 : k;
}
/** where a side's name starts after a seed's number and dash at `k`, or `k` */
function seedEnd(toks: readonly Token[], k: number, to: number): number {
  return k + 2 < to && SEED.test(toks[k].text) && isHyphen(toks[k + 1].text) ? k + 2 : k;
}
const SEED = /^\d{1,2}(?:\/\d{1,2})?$/;
/** where the bracket that closes at token `close` opens, a country's two or three words before ('( South Africa )'), or -1 */
function bracketOpen(toks: readonly Token[], close: number): number {
  for (let k = close - 2; k >= close - 4 && k >= 0; k--) if (toks[k].text === '(') return k;
  return -1;
}
/** where the bracket that opens at token `open` closes ('( France )'), or -1 */
function bracketClose(toks: readonly Token[], open: number, end: number): number {
  if (toks[open]?.text !== '(') return -1;
  for (let k = open + 2; k <= open + 4 && k < end; k++) if (toks[k].text === ')') return k;
  return -1;
}

/** Adds the person keys of a person's `name` (`personKeys`) to `personWords`. */
function addPersonWords(ctx: NameContext, personWords: Set<string>, name: string): void {
  for (const k of personKeys(name.split(/\s+/).filter(hasLetter), ctx.lex)) personWords.add(k);
}

/** Adds a person's given name to `personWords`: a listed first name, no title or common word ('Princess', 'Arch', 'Sierra' of a false 'Sierra Pacific'). */
function addGivenName(ctx: NameContext, personWords: Set<string>, notGivenNames: ReadonlySet<string>, name: string, clear?: () => boolean): void {
  const words = name.split(/\s+/);
  const w = words[0];
  // (a common word too where the document writes it only as a name, alone inside sentences: 'Anil' of 'Anil Ambani', a
  // dye's name to the lexicon, 'faith in Anil' had made a place of every lone 'Anil')
  // (of a name shaped as a person's, two or three words, a surname last: not 'Mac' of a false 'Mac OS X', 'Virgin' of
  // 'Virgin Radio Classic Rock'; nor one the document writes after an article too, a thing's or a title's: 'the Bill'
  // after 'Bill Cash', 'the Earl')
  if (words.length >= 2 && isListed(w, ctx.lex.firstNames, ctx.lex.givenNames) && !notGivenNames.has(w) && !ctx.lex.qualifiers.has(w) && !ctx.roleWords.has(w) && (!isCommonish(ctx.lex, w) || (casedNames(ctx).has(w) && !ctx.articled!.has(w) && personShaped(ctx, words)))) personWords.add(w);
  // (and a given name no list has, of a name of two words shaped as a person's, that no lexicon knows and the document
  // writes only as a name: 'Sramana' of 'Sramana Mitra' ('Sramana shares her experience'); not of a name a gazetteer's
  // place or firm overlaps, a rule's person the gazetteer overruled, `clear`: 'Lycos Europe', 'Illva Saronno'; nor
  // of a common word last, a place's or a shop's: 'Kelham Mill')
  // (`clear` asked last, a scan of the gazetteers' candidates: none where it is not given)
  else if (words.length === 2 && UNLISTED_GIVEN.test(w) && !isCommon(ctx.lex, words[1]) && !notGivenNames.has(w) && !ctx.lex.qualifiers.has(w) && !ctx.roleWords.has(w) && !isCommonish(ctx.lex, w) && !ctx.lex.known.has(w.toLowerCase()) && !isListed(w, ctx.lex.lastNames, ctx.lex.surnames) && casedNames(ctx).has(w) && !ctx.articled!.has(w) && personShaped(ctx, words) && (clear === undefined || clear())) personWords.add(w);
}

const UNLISTED_GIVEN = /^\p{Lu}\p{Ll}{2,}$/u;
/** whether a person's name's words are two or three, the last a listed surname or no common word, with small letters: 'Anil Ambani', 'Harry Potter' (not 'Mac OS X', 'Mac II', 'Virgin Radio Classic Rock') */
function personShaped(ctx: NameContext, words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return words.length <= 3 && last.length > 2 && hasLower(last) && (isListed(last, ctx.lex.lastNames, ctx.lex.surnames) || !isCommonish(ctx.lex, last));
}

/** the texts of the document's gazetteer peoples ('South African'), once */
function peopleTexts(facts: DocumentFacts): ReadonlySet<string> {
  return (facts.peoples ??= new Set(facts.known.filter((c) => c.type === 'norp').map((c) => singleSpaced(facts.ctx.doc.clean.slice(c.start, c.end)))));
}

/** Adds an organisation's shorter names (`orgKeys`) to `orgWords` (not one of `except`), and to `lineWords` a common word one is by a line of business's word left off. */
function addOrgWords(facts: DocumentFacts, name: string, except?: ReadonlySet<string>): void {
  const words = name.split(/\s+/);
  const legal = isLegalForm(words[words.length - 1].replace(/,$/, ''));
  for (const k of orgKeys(words, facts.ctx.lex)) {
    if (except?.has(k)) continue;
    // (nor a short name before a line of business that a gazetteer gives the document as a people: 'South African' of
    // 'South African Breweries'; a place's name stays one, 'Hartford' of 'Hartford Insurance Group' said what it earned)
    if (LINE_OF_BUSINESS_WORDS.has(words[k.split(' ').length]) && peopleTexts(facts).has(k)) continue;
    facts.orgWords.add(k);
    // (a key a name with a legal form gives is a name anywhere in the document, whatever else gives it: 'Dome' of 'Dome
    // Petroleum Ltd', then 'Dome Petroleum said')
    const dropped = words[1];
    if (legal) facts.legalWords.add(k);
    else if (!k.includes(' ') && isCommon(facts.ctx.lex, k) && (LINE_OF_BUSINESS_WORDS.has(dropped) || dropped === 'International')) facts.lineWords.add(k);
  }
}

/** Notes the type the document gives `name` where it is surer than what was noted before. */
function noteType(docTypes: Map<string, DocumentType>, name: string, type: EntityType, confidence: number, entries?: readonly GazetteerEntry[]): void {
  const key = name.toLowerCase();
  const prev = docTypes.get(key);
  if (!prev || confidence > prev.confidence) docTypes.set(key, { type, confidence, entries: entries ?? (prev?.type === type ? prev.entries : undefined) });
}

/** where each gazetteer state or country starts: where it ends (built when first asked; steps 18 and the lone surnames') */
function regionAt(facts: DocumentFacts): Map<number, number> {
  return (facts.regions ??= regionSpans(facts.known));
}

/** whether what is around a found name says place (`placeAround`) */
function placeHere(facts: DocumentFacts, f: Found, prepositions: boolean): boolean {
  return placeAround(facts.ctx, f, prepositions, regionAt(facts));
}

/**
 * Whether `name` is an organisation's shorter name the document names in full: a word of compromise's common lexicon
 * inside a sentence ('grab Mercantile or Commerce', not 'Key to the deal ...' after 'Key Corp') or opening one before
 * what a firm does ('Key said'); a rarer one anywhere ('Coastal has used ...' after 'Coastal Corp')
 */
const TOWN_HAS_AFTER = /^\s+(?:officials?|council(?:lors?)?|hall|centre|center|authorities|residents|limits|of)\b/i;
function isOrgWord(facts: DocumentFacts, name: string, s: Sentence, start: number): boolean {
  if (!facts.orgWords.has(name)) return false;
  const text = facts.ctx.doc.clean;
  // (nor a town's name a firm's context made a firm's, in a sentence that writes it as the town too: 'Thousands live in
  // Dagenham, and Dagenham has a new school' after 'carmaker Dagenham said')
  if (facts.townFirms.has(name) && townInSentence(text, s, name)) return false;
  // (a club's last word alone not after 'the', nor before what a town has: 'the City' of London's banks, 'the City of
  // Manchester Stadium', 'City officials said')
  if (CLUB_LAST_WORDS.has(name) && ((NAMED_ELSE_AFTER_THE.has(name) && THE_BEFORE.test(text.slice(Math.max(s.start, start - 4), start))) || TOWN_HAS_AFTER.test(text.slice(start + name.length, start + name.length + 16)))) return false;
  // (a common word opening a sentence where a firm speaks or acts after it: 'Halcyon said', "Standard's shares",
  // 'Halcyon chief executive Tom Hale' after 'Halcyon Records'; 'Standard rates rose' stays none, and so do 'Island
  // officials' after 'Island Records', a town's as often)
  const common = facts.ctx.lex.commonWords.has(name.toLowerCase()) || (facts.lineWords.has(name) && !facts.legalWords.has(name));
  return !common || hasLetter(text.slice(s.start, start)) || SHORT_FORM_ACTS_AFTER.test(text.slice(start + name.length, start + name.length + 24));
}
const SHORT_FORM_ACTS_AFTER = /^(?:['’]s\s|\s+(?:said|says|told|announced|reported|shares|stock|chief|executives?|spokes(?:wo)?man|spokesperson|chairman|chairwoman)\b)/;

/**
 * Whether a given name alone that is a firm's shorter name too (`orgKeys`: 'Ariel' of 'Ariel Corporation') stands as a
 * person where it is: 'he' or 'she' saying what it did, an age, a title's or a relative's apposition after it ('Ariel, 34,
 * a welder, said he voted', 'Patrick, the chief executive's son, declined'); a firm's people are its, not it.
 */
function givenNamePerson(facts: DocumentFacts, f: Found): boolean {
  const { ctx } = facts;
  if (f.to - f.from !== 1 || !isGivenName(f.name, ctx.lex)) return false;
  const after = ctx.doc.clean.slice(f.end, f.sentence.end);
  return f.rule === 'said-he' || AGE_AFTER.test(after) || KIN_APPOSITION_AFTER.test(after) || titleApposition(ctx, { s: f.sentence, start: f.start, end: f.end, after });
}
const KIN_APPOSITION_AFTER = /^\s*,\s*(?:the|a|an|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:son|daughter|wife|husband|brother|sister|mother|father|widow|founder|owner|co-founder)\b/u;

/** the entries of a gazetteer organisation that a found name holds with its legal form after it: 'Deutsche Bank' of 'Deutsche Bank AG' */
function gazetteerOrgBefore(facts: DocumentFacts, f: Found): readonly GazetteerEntry[] | undefined {
  const { orgsAt, ctx } = facts;
  // (not a line of business after it: 'Barclays Capital' is no other name of Barclays; nor a given name's word alone,
  // which names a founder of many firms: 'Salomon Inc' is no French sportswear maker Salomon, 'Wilson and Co' no Wilson
  // Communications)
  const words = f.name.split(/\s+/);
  const short = orgsAt.has(f.start) && !LINE_OF_BUSINESS_WORDS.has(words[words.length - 1]) ? orgKeys(words, ctx.lex)[0] : undefined;
  return short === undefined || isGivenName(short, ctx.lex) ? undefined : orgsAt.get(f.start)!.find((c) => c.end < f.end && ctx.doc.clean.slice(c.start, c.end) === short)?.entries;
}

/** whether a name is one of the document's sports teams (step 15) where it stands */
function isTeam(facts: DocumentFacts, s: Sentence, name: string, start: number, end: number): boolean {
  if (!facts.teams.has(name) || s.zone === 'meta') return false;
  const { before, after } = around(facts.ctx.doc.clean, s, start, end);
  return teamMention(before, after);
}

/**
 * Whether the name-shape rule's pair holds a gazetteer's country, region, continent or organisation: then it is none
 * ('Lycos Europe', 'Indosuez Asia'; a town may be a surname: 'Chaminda Vaas', 'Jos Verstappen'). (Their starts,
 * sorted, built when first asked: a binary search, not a scan of `known` per pair.)
 */
function holdsKnown(facts: DocumentFacts, f: Found): boolean {
  const blockers = (facts.blockers ??= facts.known
    .filter((c) => c.type === 'organization' || (c.type === 'place' && isArea(c)))
    .map((c) => [c.start, c.end])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  let lo = 0;
  let hi = blockers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blockers[mid][0] < f.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < blockers.length && blockers[k][0] < f.end; k++) if (blockers[k][1] <= f.end) return true;
  return false;
}

/**
 * Whether a found name starts with an acronym, an organisation compromise knows, or one word the document names alone
 * elsewhere as a gazetteer's organisation (a common word's firm beside another capitalised word is left to the name
 * finder): 'Google Reader', 'NHL Shield', 'Zorvex Messenger' after 'Zorvex said' (not a brand index's firm only where
 * it opens the pair, a player's given name most often: 'Zorvex Quandellsson ( Sweden ) 71 75')
 */
function orgFirst(facts: DocumentFacts, f: Found): boolean {
  const { ctx } = facts;
  const w = ctx.toks[f.from];
  if (/^\p{Lu}{3,}$/u.test(w.text) || ctx.lex.known.get(w.text.toLowerCase()) === 'organization') return true;
  const orgs = (facts.orgNames ??= orgStarts(facts));
  return orgs.get(w.text)?.some((start) => start !== w.start) === true;
}
/**
 * Step 10'': the given-name rule's pair of two words, a given name of the longer list only that is a common word too and
 * a word of no name list ('Arch Zorvix'), is no person where the document writes the second word alone more often than
 * the pair, and twice or more as a thing's name that qualifies a noun after a determiner of a kind: 'a Zorvix
 * distribution', 'every Zorvix filesystem', 'other Zorvix based' (a person's surname stands so seldom: 'an Obama aide';
 * not after 'the', 'the Obama administration'). Untyped before the document's person words are made, so that the lone
 * word is no one's surname. Changes `found` in place.
 */
function thingPairs(ctx: NameContext): void {
  const { found, lex, toks } = ctx;
  let pairs: Map<string, number> | undefined;
  for (const f of found) {
    if (f.type !== 'person' || f.rule !== 'first-name' || f.caps || f.to - f.from !== 2) continue;
    const [first, last] = [toks[f.from].text, toks[f.from + 1].text];
    if (lex.firstNames.has(first.toLowerCase()) || !isCommonWord(first) || isListed(last, lex.lastNames, lex.surnames, lex.firstNames, lex.givenNames)) continue;
    (pairs ??= new Map()).set(last, (pairs.get(last) ?? 0) + 1);
  }
  if (!pairs) return;
  const alone = new Map<string, number>();
  const qualifying = new Map<string, number>();
  for (let k = 1; k < toks.length; k++) {
    const w = toks[k].text;
    if (!pairs.has(w) || isCapitalised(toks[k - 1].text)) continue;
    alone.set(w, (alone.get(w) ?? 0) + 1);
    if (KIND_DETERMINERS.has(toks[k - 1].text.toLowerCase()) && /^\p{Ll}/u.test(toks[k + 1]?.text ?? '')) qualifying.set(w, (qualifying.get(w) ?? 0) + 1);
  }
  for (const f of found) {
    if (f.type !== 'person' || f.rule !== 'first-name' || f.to - f.from !== 2) continue;
    const last = toks[f.from + 1].text;
    const n = pairs.get(last);
    if (n !== undefined && (qualifying.get(last) ?? 0) >= 2 && (alone.get(last) ?? 0) > n) [f.type, f.rule, f.confidence] = [null, '', 0];
  }
}
/** determiners of a kind before a thing's name that qualifies a noun (`thingPairs`: 'a Zorvix distribution') */
const KIND_DETERMINERS = new Set(['a', 'an', 'any', 'all', 'every', 'each', 'other', 'some', 'most', 'no']);

/**
 * Step 10': untypes the surname rule's pairs an organisation opens (`orgFirst`), but a pair one of whose mentions says
 * person: a title before it, 'said he' or an age or a title in apposition after it ('Zorvex Quandella, the singer,
 * said she'). Changes `found` in place.
 */
function orgFirstPairs(facts: DocumentFacts): void {
  const { ctx } = facts;
  let pairs: Found[] | undefined;
  for (const f of ctx.found) if (f.type === 'person' && f.rule === 'surname-suffix' && !f.caps && orgFirst(facts, f)) (pairs ??= []).push(f);
  if (!pairs) return;
  const persons = new Set<string>();
  for (const f of pairs) {
    const after = ctx.doc.clean.slice(f.end, f.sentence.end);
    if (f.role !== null || SAID_HE.test(after) || AGE_AFTER.test(after) || titleApposition(ctx, { s: f.sentence, start: f.start, end: f.end, after })) persons.add(f.name);
  }
  for (const f of pairs) if (!persons.has(f.name)) [f.type, f.rule, f.confidence] = [null, '', 0];
}

/** the gazetteer's organisations the document names, by name, and where they start (`orgFirst`) */
function orgStarts(facts: DocumentFacts): Map<string, number[]> {
  const orgs = new Map<string, number[]>();
  for (const c of facts.known) {
    if (c.type !== 'organization' || c.entries.length === 0) continue;
    const name = facts.ctx.doc.clean.slice(c.start, c.end);
    (orgs.get(name) ?? orgs.set(name, []).get(name)!).push(c.start);
  }
  return orgs;
}

/** a pair's word before two names across '&': a double act's, not a firm's founders ('the comedy pair Zorvek & Kellmoor') */
const PAIR_BEFORE = /\b(?:pair|duo|double act|couple|twins|brothers|sisters)\s+$/i;

/**
 * Whether two names of one word across '&' are a firm's founders (`decideName`): the second a surname of the lists or a
 * word no lexicon knows, the first one of those or a given name, neither a common word ('Fixtures & Results', 'Jenner &
 * Block' left) nor a place, and not two given names, a pair's ('Tom & Jerry', 'Jonathan & Ross'), nor in a line in
 * capitals.
 *
 *   'Latham & Watkins', 'Kirkland & Ellis', 'Simon & Schuster'   = true
 *   'Tom & Jerry', 'Terms & Conditions'                          = false
 */
function founderNames(facts: DocumentFacts, f: Found, g: Found): boolean {
  const { lex, toks } = facts.ctx;
  if (f.to - f.from !== 1 || g.to - g.from !== 1) return false;
  const [a, b] = [toks[f.from].text, toks[g.from].text];
  if (!/^\p{Lu}\p{Ll}{2}/u.test(a) || !/^\p{Lu}\p{Ll}{2}/u.test(b) || isCommonish(lex, a) || isCommonish(lex, b)) return false;
  // (a word no lexicon knows is a founder's name too: 'Dolce & Gabbana'; not a name the document gives a place's or an
  // organisation's type but a listed surname, 'Folkestone & Hythe', 'Facebook & LinkedIn', and 'Bradford & Bingley' stays)
  // (a firm's name a rule typed is the founder's too, 'Tibbett' of 'logistics firm Tibbett & Britten'; not both,
  // two firms: 'Facebook & LinkedIn groups')
  const ruleFirm = (w: string) => {
    const t = facts.docTypes.get(w.toLowerCase());
    return t?.type === 'organization' && !t.entries?.length;
  };
  const typed = (w: string) => facts.docTypes.has(w.toLowerCase()) && !ruleFirm(w);
  if (ruleFirm(a) && ruleFirm(b)) return false;
  const founder = (w: string) => isListed(w, lex.lastNames, lex.surnames) || (commonTag(w) === null && !typed(w) && !isListed(w, lex.firstNames, lex.givenNames));
  if (!founder(b) || !(founder(a) || isListed(a, lex.firstNames, lex.givenNames))) return false;
  // (nor two people's: two given names, 'Tom & Jerry', or the surnames of two people named in full, 'Henman & Murray')
  const named = (facts.fullSurnames ??= surnamesNamedInFull(facts.ctx, facts.known));
  return !(isListed(a, lex.firstNames, lex.givenNames) && isListed(b, lex.firstNames, lex.givenNames)) && !(named.has(a) && named.has(b));
}

/** whether a span is a gazetteer's place ('Minnesota' of 'the Minnesota Twins'; the spans built when a team's nickname first asks) */
function isPlaceSpan(facts: DocumentFacts, start: number, end: number): boolean {
  return (facts.placeSpans ??= new Set(facts.known.filter((c) => c.type === 'place').map((c) => spanKey(c.start, c.end)))).has(spanKey(start, end));
}

/**
 * Decides the found name `ctx.found[fi]` (steps 14-17 and what the document says of it): its candidate, or none, onto
 * `out`. Returns 1 where it took the next found name with it ('Douglas & Lomason'), else 0.
 */
function decideName(facts: DocumentFacts, fi: number, out: Candidate[]): number {
  const { ctx, known } = facts;
  const { doc, found } = ctx;
  const f = found[fi];
  // two names across '&' that are an organisation's shorter name: 'Douglas & Lomason' after 'Douglas & Lomason Co'
  const g = found[fi + 1];
  if (g?.sentence === f.sentence && g.from === f.to + 1 && ctx.toks[f.to].text === '&' && !f.caps && facts.orgWords.has(`${f.name} & ${g.name}`)) {
    out.push(candidate(doc, f, f.start, g.end, 'organization', 'document-organization', 0.7, -1));
    return 1;
  }
  // two surnames across '&', a firm of its founders' names: a law firm's, an accountant's, a maker's ('Latham & Watkins',
  // 'Kirkland & Ellis', 'Smith & Wesson'), as persons are joined by 'and'
  if (g?.sentence === f.sentence && g.from === f.to + 1 && ctx.toks[f.to].text === '&' && !f.caps && !g.caps && !PAIR_BEFORE.test(tail(doc.clean, f.sentence.start, f.start)) && founderNames(facts, f, g)) {
    out.push(candidate(doc, f, f.start, g.end, 'organization', 'ampersand-firm', 0.7, -1));
    return 1;
  }
  // a given name alone before 'and' and a person's full name that opens with a given name: the first of a couple or of
  // siblings who share the surname ('Mary and John Zorvek', 'siblings Lucia and Diego Quispe'), minted with it
  if (g !== undefined && couple(facts, f, g)) {
    out.push({ ...candidate(doc, f, f.start, f.end, 'person', 'couple', 0.65), idName: `${f.name} ${g.name.slice(g.name.indexOf(' ') + 1)}` });
    return 0;
  }
  let abbreviation: Abbreviation | null | undefined;
  if (f.to - f.from === 1 && (abbreviation = facts.abbreviations.get(f.name)) !== undefined) {
    // (an abbreviation of something that is no name, 'Earned Income Tax Credit (EITC)', is none either; its source says
    // so, and tag-entities drops a gazetteer's organisation of its span: 'Electronic Suspension Adjustment (ESA)' is no
    // space agency, `TERM_SOURCE`)
    if (abbreviation === null) out.push(termCandidate(ctx, facts, known, f));
    // (where the gazetteer matched the short form to the same entry, its candidate stands: 'OSCE')
    else if (abbreviation.entries.length > 0 && known.some((c) => c.start === f.start && c.end === f.end && c.entries[0]?.id === abbreviation!.entries[0].id)) return 0;
    else out.push({ ...candidate(doc, f, f.start, f.end, abbreviation.type, abbreviation.rule ?? 'abbreviation', 0.7, -1), name: abbreviation.name, entries: abbreviation.entries, role: null });
    return 0;
  }
  // a technology term's long form that an organisation's word typed is none ('General Packet Radio Service (GPRS)')
  if (f.type === 'organization' && facts.techTerms.get(f.start) === f.end) {
    out.push({ ...candidate(doc, f, f.start, f.end, null, '', 0), source: TERM_SOURCE });
    return 0;
  }
  // (not a region of a place, nor a county, a club's town as seldom: 'moved to West Belfast', 'moved to County Durham')
  if (((f.type === 'place' && f.rule !== 'place-position' && f.rule !== 'county') || (!f.type && !f.caps)) && isTeam(facts, f.sentence, f.name, f.start, f.end)) {
    out.push(candidate(doc, f, f.start, f.end, 'organization', 'sports-team', 0.75, -1));
    return 0;
  }
  // a common noun before the surname of a person named in full by a given name or a gazetteer is a descriptor: 'Candidate
  // Trump' after 'Donald Trump' is 'Trump' (the noun its role), where a surname rule or none typed the two
  if (
    f.to - f.from === 2 &&
    !f.caps &&
    (f.type === null || f.rule === 'surname-suffix' || f.rule === 'person-context') &&
    (facts.fullSurnames ??= surnamesNamedInFull(ctx, known)).has(ctx.toks[f.from + 1].text) &&
    isDescriptor(ctx, ctx.toks[f.from].text) &&
    // (the surname no common word: 'Show' of 'Oz Show', a false person, after 'Ballet Show')
    hasLower(ctx.toks[f.from + 1].text) &&
    !isCommonish(ctx.lex, ctx.toks[f.from + 1].text)
  ) {
    out.push({ ...candidate(doc, f, ctx.toks[f.from + 1].start, f.end, 'person', 'document-person', 0.7, -1), role: ctx.toks[f.from].text });
    return 0;
  }
  if (f.type) out.push(typedName(facts, f));
  else if (!f.caps) {
    // (an untyped run of a headline in title case is read as one in capitals: the surnames of persons the body names in
    // full and the shorter names of its organisations, 'Trump Slams Biden Over Border Crisis' -> 'Trump', 'Biden')
    if (f.to - f.from >= 2 && ctx.titleLines?.has(f.sentence.index)) {
      const n = out.length;
      capsRun(ctx, f, facts.capsTypes, out, (facts.capsWords ??= lowerWords(facts.personWords, facts.orgWords)), true);
      if (out.length > n) return 0;
    }
    out.push(untypedName(facts, f));
  }
  // (a dateline names the place, not its team)
  else if (f.sentence.zone === 'meta') capsRun(ctx, f, facts.docTypes, out, undefined);
  else capsRun(ctx, f, facts.capsTypes, out, (facts.capsWords ??= lowerWords(facts.personWords, facts.orgWords)));
  return 0;
}

/**
 * Whether the found name `f` is one untyped word, a listed given name of no gazetteer's or lexicon's other name, before
 * 'and' or '&' and the person `g`, two words or more whose first is a listed given name too: 'Mary and John Zorvek'
 * (`decideName`; not 'Chelsea and John Terry', a place compromise knows, nor a headline's)
 */
function couple(facts: DocumentFacts, f: Found, g: Found): boolean {
  const { ctx } = facts;
  const { toks, lex } = ctx;
  if (f.type !== null || f.caps || g.caps || f.to - f.from !== 1 || g.type !== 'person' || g.sentence !== f.sentence || g.from !== f.to + 1 || g.to - g.from < 2) return false;
  if (toks[f.to].text !== 'and' && toks[f.to].text !== '&') return false;
  if (!lex.firstNames.has(f.name.toLowerCase()) || !isListed(toks[g.from].text, lex.firstNames, lex.givenNames) || lex.known.has(f.name.toLowerCase()) || ctx.roleWords.has(f.name) || ctx.titleLines?.has(f.sentence.index)) return false;
  if (facts.known.some((c) => c.start === f.start && c.end === f.end)) return false;
  // (nor a person's name the document gives otherwise, a given name or a surname, nor after a title: 'Pope Francis …
  // Francis and Joe Biden have spoken', 'King Charles and Camilla Parker Bowles')
  if (facts.personWords.has(f.name) || (f.from > f.sentence.tokenStart && isRoleWord(ctx, f.sentence, f.from - 1))) return false;
  // (a couple's or siblings' noun before, or their marriage after: 'siblings Lucia and Diego Quispe', 'Mary and John
  // Zorvek were married'; not 'for Chelsea and John Terry was his captain', 'Francis and Joe Biden have spoken')
  const text = ctx.doc.clean;
  return COUPLE_BEFORE.test(text.slice(Math.max(f.sentence.start, f.start - 24), f.start)) || PLURAL_AFTER.test(text.slice(g.end, Math.min(f.sentence.end, g.end + 24)));
}
const COUPLE_BEFORE = /\b(?:couple|siblings|brothers|sisters|twins|parents|grandparents|spouses|founders|co-founders|owners)\s*,?\s*$/i;
const PLURAL_AFTER = /^\s*,?\s*(?:who\s+)?(?:were|are|have\s+been|had\s+been)\s+(?:married|wed|divorced|engaged)\b/;
/** whether a capitalised word no month's or day's follows a comma after `end`: a dateline town's region, 'STANFORD, Calif.' (the text's test; tag-entities' `regionAfterComma` asks the gazetteer's candidates) */
function regionWordAfterComma(text: string, end: number): boolean {
  const m = WORD_AFTER_COMMA.exec(text.slice(end, end + 30));
  return m !== null && !isMonthOrDay(m[1]) && !isMonthOrDay(m[1][0] + m[1].slice(1).toLowerCase());
}
const WORD_AFTER_COMMA = /^\s*,\s*(\p{Lu}[\p{L}.]*)/u;

/** firm rules whose context beats a gazetteer's town of the name (`typedName`): 'Andover said it', 'Spanish sports daily Marca' */
const TOWN_OVERRULING_FIRM_RULES = new Set(['said-it', 'media-before', 'firm-before', 'firm-context']);
/** and those whose firm is the town's name elsewhere in the document (`orgWords`): a stake in it too, 'a stake in Wembley' */
const FIRM_TOWN_RULES = new Set([...TOWN_OVERRULING_FIRM_RULES, 'stake-in']);

/** The found name as an organisation by `rule`, with a gazetteer organisation's entries where one has the span. */
function firmOfSpan(facts: DocumentFacts, f: Found, rule: string, confidence: number): Candidate {
  const c = candidate(facts.ctx.doc, f, f.start, f.end, 'organization', rule, confidence, -1);
  const org = facts.orgsAt.get(f.start)?.find((o) => o.end === f.end);
  return org ? { ...c, entries: org.entries } : c;
}

/** The candidate of a name a rule typed, or what the document says instead. */
function typedName(facts: DocumentFacts, f: Found): Candidate {
  const { ctx, notPerson, areas } = facts;
  const doc = ctx.doc;
  let d: DocumentType | undefined;
  let entries: readonly GazetteerEntry[] | undefined;
  // 'looking into Page' after 'Carter Page': the preposition rule, the weakest, yields to the surname of a
  // person named in full in this document
  // (so does the score-line rule: 'Trump vs. Clinton', 'Trump has 45%, Clinton 42%' after 'Hillary Clinton'; the
  // stake-in rule: 'Lieberman shares the view' after 'Joe Lieberman'; and step 8d's: 'the Soros group' after 'George
  // Soros'; and the owner-firm rule's: 'Kellan said its members' after 'Mick Kellan', a union's leader)
  // (and so does a town compromise's lexicon knows, where nothing before it says place: 'Washington has explained
  // that he ...' after 'Denzel Washington', not 'flew to Washington'; nor a gazetteer's country or state: 'Franco
  // Nevada', 'Tudor England' are no one)
  // (none where what follows says place: 'in Houston, Texas' after 'Whitney Houston'; after 'according to' a comma ends
  // the source's clause: 'According to Gaviria, Colombia can hope ...')
  if (
    (f.rule === 'place-preposition' || f.rule === 'score-line' || f.rule === 'said-it' || f.rule === 'said-he' || f.rule === 'given-said' || f.rule === 'owner-person' || f.rule === 'owner-firm' || f.rule === 'scorer' || f.rule === 'stake-in' || f.rule === 'org-cue' || f.rule === 'firm-context' || f.rule === 'outlet-reported' || f.rule === 'network' || f.rule === 'poll-maker' || f.rule === 'according-to' || (f.rule === 'lexicon-place' && !areas.has(spanKey(f.start, f.end)))) &&
    facts.personWords.has(f.name) &&
    !(facts.cuedFirms.has(f.name) && f.type === 'organization') &&
    (f.rule === 'according-to' || !placeHere(facts, f, f.rule === 'lexicon-place'))
  )
    return candidate(doc, f, f.start, f.end, 'person', 'document-person', 0.7, -1);
  // a firm that says what it did beats a gazetteer's town of that name ('Andover said it sold ...', 'Magna said it',
  // which resolve links to 'Magna International Inc' named before)
  // (a town's name: a country that says what it did is the country, 'Yugoslavia said it would ...')
  // (and so does a paper after its kind, a firm after its, and one where a firm stands: 'Spanish sports daily Marca',
  // 'Italian airline Alitalia', 'an Eton spokesperson')
  if (TOWN_OVERRULING_FIRM_RULES.has(f.rule) && notPerson.get(spanKey(f.start, f.end)) === 'place' && !areas.has(spanKey(f.start, f.end)))
    return candidate(doc, f, f.start, f.end, 'organization', f.rule, f.confidence, -1);
  // a dateline's place with its region or country after a comma beats a gazetteer's organisation of the same span:
  // 'STANFORD, Calif. (AP) -' is the town, not the university (step 5a; a gazetteer's place of the span keeps its entry;
  // 'UNITED NATIONS, March 3', 'UNITED NATIONS, MARCH 3' and 'UNITED NATIONS (AP) -' stay the organisation, as CoNLL-2003
  // tags them)
  if (f.rule === 'dateline' && f.type === 'place' && notPerson.get(spanKey(f.start, f.end)) === 'organization' && regionWordAfterComma(doc.clean, f.end)) return candidate(doc, f, f.start, f.end, 'place', f.rule, f.confidence, -1);
  // a full name after a title beats a gazetteer organisation or place of the same span: 'Rep. John Lewis' is the
  // congressman (a gazetteer person of that span keeps its entry: only another type is overruled)
  // (and so is a name before a legislator's party and state: 'Ryan (R-Wis.)', and a surname after an honorific: 'Mr
  // Williams' was the Williams Companies, 'Mr Ford' Ford)
  if (overrulesGazetteer(f) && notPerson.has(spanKey(f.start, f.end))) return candidate(doc, f, f.start, f.end, 'person', f.rule, f.confidence, -1);
  // (and so is a lone surname after any title where the document names the person in full: 'full-back Paterson' after
  // 'Chris Paterson' is no town of New Jersey, 'Scrum-half Williams' after 'Andy Williams' no racing team)
  if (f.rule === 'title-person' && f.to - f.from === 1 && facts.personWords.has(f.name) && notPerson.has(spanKey(f.start, f.end))) return candidate(doc, f, f.start, f.end, 'person', f.rule, f.confidence, -1);
  // a lone name that says what 'he' did is the gazetteer's person where a gazetteer's candidate names it so elsewhere
  // ('Reagan said he ...' after 'President Reagan', WordNet's Ronald Reagan); an organisation's shorter name where the
  // document names it in full ('Quebecor said he ...' after 'Quebecor Inc': the 'he' is someone of the firm's)
  if (f.rule === 'said-he' && (d = facts.docTypes.get(f.name.toLowerCase()))?.entries && d.type === 'person') return consistent(doc, f, d);
  if (f.rule === 'said-he' && isOrgWord(facts, f.name, f.sentence, f.start) && !givenNamePerson(facts, f)) return candidate(doc, f, f.start, f.end, 'organization', 'document-organization', 0.7, -1);
  // (a given name alone that speaks is no one where the document makes an organisation or a team of it: step 12a''0)
  if (f.rule === 'given-said' && (d = facts.docTypes.get(f.name.toLowerCase()))?.type === 'organization') return consistent(doc, f, d!);
  if (f.rule === 'given-said' && isOrgWord(facts, f.name, f.sentence, f.start)) return candidate(doc, f, f.start, f.end, 'organization', 'document-organization', 0.7, -1);
  if (f.rule === 'given-said' && facts.teams.has(f.name)) return candidate(doc, f, f.start, f.end, null, '', 0);
  // an initial before a gazetteer's country, region or organisation is no person: 'S. Africa', 'N. Korea', 'W.
  // Virginia' (before a town's name it is a player's: 'N. Lenham 145', a village of Kent)
  // (nor initials a gazetteer holds, a country's, a state's or an organisation's: 'U.S. Bancorp', 'U.N. Habitat')
  if (f.rule === 'initial-person' && (areas.has(spanKey(ctx.toks[f.to - 1].start, f.end)) || notPerson.get(spanKey(ctx.toks[f.to - 1].start, f.end)) === 'organization' || notPerson.has(spanKey(f.start, ctx.toks[f.from].end)))) return candidate(doc, f, f.start, f.end, null, '', 0);
  // (and it yields to what the document says of the name elsewhere: 'Nagorno Karabakh' after 'Nagorno-Karabakh')
  if (f.rule === 'name-shape' && (d = facts.docTypes.get(f.name.toLowerCase())) && d.type !== 'person') return consistent(doc, f, d);
  // (and to an organisation's shorter name the document names in full: 'Zorvex Lundqvar had paid' after 'Zorvex
  // Lundqvar Holdings said')
  if (f.rule === 'name-shape' && isOrgWord(facts, f.name, f.sentence, f.start)) return candidate(doc, f, f.start, f.end, 'organization', 'document-organization', 0.7, -1);
  // a weaker rule's type yields to another the document gives the same name with more confidence: 'Hun Sen said' (the
  // org-context rule: 'Hun' is a common word) after 'Prime Minister Hun Sen'
  if (f.confidence < 0.6 && (d = facts.docTypes.get(f.name.toLowerCase())) && d.type !== f.type && d.confidence > f.confidence) return consistent(doc, f, d);
  if (f.rule === 'name-shape' && holdsKnown(facts, f)) return candidate(doc, f, f.start, f.end, null, '', 0);
  // nor is a surname after an organisation compromise knows or an acronym: 'Google Reader', 'NHL Shield' (a product,
  // a logo; not initials, 'O.J. Simpson'; a line in capitals here, the others' untyped before where no mention says
  // person, step 10')
  if (f.rule === 'surname-suffix' && f.caps && orgFirst(facts, f)) return candidate(doc, f, f.start, f.end, null, '', 0);
  // a name of several words the document types a firm by its shares or a kind of firm before it is that firm where the
  // surname or given-name rule made a person of it: 'Lockheed Martin said' with 'Lockheed Martin shares rose' (step
  // 9b), "Polly Peck's board" with 'the firm Polly Peck' (step 8b)
  // (with a gazetteer organisation's entries where one has the span: 'Freddie Mac' after 'mortgage firm Freddie Mac')
  if ((f.rule === 'surname-suffix' || f.rule === 'first-name') && facts.contextFirms!.has(f.name)) return firmOfSpan(facts, f, 'document-organization', 0.7);
  // a name of several words right before a firm's analyst or economist and a person's name, or after its staff and 'at',
  // is the firm where the shape of a person's name made a person of it: 'Sterne Agee analyst Shaw Wu', 'Prebon Yamane
  // economist Kellin Portvale', 'an economist at Zorvex Quimbar' (step 12h' reads one word so; a person is no one's
  // employer, but a politician's spokesman and strategist are theirs; a gazetteer organisation's entries kept: 'William
  // Hill analyst Rupert Adams')
  if ((f.rule === 'surname-suffix' || f.rule === 'name-shape' || f.rule === 'first-name') && f.to - f.from >= 2 && (STAFF_AND_NAME_AFTER.test(doc.clean.slice(f.end, f.end + 60)) || staffAt(facts, f)))
    return firmOfSpan(facts, f, 'firm-context', 0.6);
  // ... or right before what 'it' said of its own, where no given name opens it: 'Comissaria Smith said in its weekly
  // review', 'Zorvek Brown reported its first loss' (a person's is 'his' or 'her')
  if ((f.rule === 'surname-suffix' || f.rule === 'name-shape' || f.rule === 'person-context') && !f.role && f.to - f.from >= 2 && SAID_ITS.test(doc.clean.slice(f.end, f.end + 40)) && !isListed(ctx.toks[f.from].text, ctx.lex.firstNames, ctx.lex.givenNames))
    return firmOfSpan(facts, f, 'said-it', 0.6);
  // a gazetteer organisation with its legal form after it is that organisation: 'Deutsche Bank AG', 'Tesco Plc'
  if (f.type === 'organization' && (entries = gazetteerOrgBefore(facts, f))) return { ...candidate(doc, f, f.start, f.end, 'organization', 'legal-form', f.confidence, f.priority), entries };
  // a legislature's, a treasury's or a commission's one word is the gazetteer's body the document names in full with
  // it: 'the Commission' after 'the European Commission', 'the Treasury' after 'the U.S. Treasury'
  if (f.rule === 'institution' && (entries = (facts.bodies ??= institutionBodies(ctx, facts.known)).get(f.name))) return { ...candidate(doc, f, f.start, f.end, f.type, f.rule, f.confidence, f.priority), entries };
  if (f.rule === 'firm-opener') return openerOf(facts, f);
  if (f.rule === 'county') return countyOf(facts, f);
  if (f.rule === 'domain-name') return domainOf(facts, f);
  return candidate(doc, f, f.start, f.end, f.type, f.rule, f.confidence, f.priority);
}

/**
 * Step 6b'''s county: the gazetteer's region of its name where there is one ('County Durham' is iso:GB-DUR, 'Co
 * Donegal' iso:IE-DL; not a city of the name, 'Cork'), else an id of 'County' and the name, however the head is
 * written ('Co. Cork' and 'County Cork' one id).
 */
function countyOf(facts: DocumentFacts, f: Found): Candidate {
  const c = candidate(facts.ctx.doc, f, f.start, f.end, f.type, f.rule, f.confidence, f.priority);
  const region = countyRegion(facts.ctx, facts.known, f);
  return region ? { ...c, entries: region } : { ...c, idName: `County ${facts.ctx.toks[f.to - 1].text}` };
}
/** the entries of the gazetteer's region that a county's name (`f`, rule:county) is, if any */
function countyRegion(ctx: NameContext, known: readonly Candidate[], f: Found): readonly GazetteerEntry[] | undefined {
  const nameStart = ctx.toks[f.to - 1].start;
  return known.find((k) => k.type === 'place' && k.start === nameStart && k.end === f.end && k.entries[0]?.kind === 'region')?.entries;
}

/**
 * Step 5d''s domain name: the gazetteer's organisation the document names by the domain's first part elsewhere, if any
 * ('NFL.com' after 'the NFL' is the NFL's, 'Twitter.com' Twitter's), else its own id ('Booking.com').
 */
function domainOf(facts: DocumentFacts, f: Found): Candidate {
  const c = candidate(facts.ctx.doc, f, f.start, f.end, f.type, f.rule, f.confidence, f.priority);
  const label = domainLabel(f.name);
  const text = facts.ctx.doc.clean;
  const named = facts.known.find((k) => k.type === 'organization' && k.entries.length > 0 && k.end - k.start === label.length && text.startsWith(label, k.start));
  return named ? { ...c, entries: named.entries } : c;
}

/** The candidate of a name no rule typed (not in capitals): what the document says of it, or an untyped run. */
function untypedName(facts: DocumentFacts, f: Found): Candidate {
  const { ctx } = facts;
  const doc = ctx.doc;
  // a lone surname of a person named in full in this document is that person, even where a gazetteer
  // has a place of that name ('Arafat' after 'Yasser Arafat'): document evidence beats a gazetteer on
  // the same span (priority -1); resolve links it to the full name
  // (and so is its plural, the family: 'the Clintons' after 'Hillary Clinton', a chain of shops in a gazetteer)
  // (not where a gazetteer's place of that name stands and what is after it says place: 'Houston, Texas' after
  // 'Whitney Houston')
  if (f.to - f.from === 1 && (facts.personWords.has(f.name) || familyOf(f.name, facts.personWords, ctx.lex)) && !(facts.notPerson.get(spanKey(f.start, f.end)) === 'place' && placeHere(facts, f, false)) && !facts.cuedFirms.has(f.name))
    return candidate(doc, f, f.start, f.end, 'person', 'document-person', 0.7, -1);
  // the same for an organisation's shorter name, even where a gazetteer has a place of that name ('Magna', a
  // town in Utah, after 'Magna International Inc'); resolve links it to the organisation
  // (a gazetteer organisation of that span keeps its entry: 'Texaco' after 'Texaco Inc')
  if (isOrgWord(facts, f.name, f.sentence, f.start) && !facts.orgsAt.get(f.start)?.some((c) => c.end === f.end) && !givenNamePerson(facts, f)) return candidate(doc, f, f.start, f.end, 'organization', 'document-organization', 0.7, -1);
  const d = facts.docTypes.get(f.name.toLowerCase());
  if (d) return consistent(doc, f, d);
  const listType = (facts.listType ??= listTypes(ctx, facts.known));
  const listed = listType.get(f);
  if (listed !== undefined) return candidate(doc, f, f.start, f.end, listed, 'list', 0.6);
  const nickname = teamNickname(ctx, f, facts.isSports, facts.isPlace);
  if (nickname >= 0) return candidate(doc, f, ctx.toks[nickname].start, f.end, 'organization', 'team-nickname', 0.6);
  // a name of several words right before a firm's analyst or economist and a person's name is the firm, common words
  // too, which no rule typed: 'Peel Hunt analyst Mara Feldstein', 'Capital Economics economist Zorva Kell'
  if (f.to - f.from >= 2 && STAFF_AND_NAME_AFTER.test(doc.clean.slice(f.end, f.end + 60))) return firmOfSpan(facts, f, 'firm-context', 0.6);
  return candidate(doc, f, f.start, f.end, null, '', 0);
}

/** Step 15b for one short sentence: a schedule line's first name, the team. */
function scheduleTeamOf(facts: DocumentFacts, s: Sentence, out: Candidate[]): void {
  const { ctx } = facts;
  const doc = ctx.doc;
  const line = doc.clean.slice(s.start, s.end);
  const team = scheduleTeam(line);
  if (!team) return;
  const name = line.slice(team.start, team.end);
  const type = facts.docTypes.get(name.toLowerCase())?.type ?? ctx.lex.known.get(name.toLowerCase());
  if ((type !== 'place' && type !== 'organization') || !facts.isSports()) return;
  const start = s.start + team.start;
  const end = s.start + team.end;
  // (a national side stays its country: 'France at Japan', as everywhere in a sports report)
  if (isNation(name, facts.known.filter((c) => c.start === start && c.end === end).flatMap((c) => c.entries.map((e) => e.kind)))) return;
  out.push({ start, end, sentence: s.index, type: 'organization', entries: [], name, source: 'rule:sports-team', confidence: 0.75, priority: -1, role: null });
}

/** The gazetteer's places that are a team here, and its places and persons with an organisation's shorter name, where the rules found nothing else. */
function knownAsTeamsOrFirms(facts: DocumentFacts, out: Candidate[]): void {
  const doc = facts.ctx.doc;
  const ruled = new Set(out.map((c) => `${c.start}:${c.end}`));
  for (const c of facts.known) {
    const span = `${c.start}:${c.end}`;
    if (c.type === 'organization' || ruled.has(span)) continue;
    const name = doc.clean.slice(c.start, c.end);
    if (c.type === 'place' && isTeam(facts, doc.sentences[c.sentence], name, c.start, c.end))
      out.push({ ...c, type: 'organization', entries: [], name, source: 'rule:sports-team', confidence: 0.75, priority: -1, role: null });
    else if (isOrgWord(facts, name, doc.sentences[c.sentence], c.start)) out.push({ ...c, type: 'organization', entries: [], source: 'rule:document-organization', confidence: 0.7, priority: -1, role: null });
    else continue;
    ruled.add(span);
  }
}

/**
 * Whether sentence `s` writes a gazetteer's town `name` after 'in', 'near' or 'outside' (not a stake or shares in it): its
 * other mention there is the town's too, whatever the firm of its name elsewhere ('Thousands of people live in Dagenham,
 * and Dagenham has a new school' after 'carmaker Dagenham said')
 */
function townInSentence(text: string, s: Sentence, name: string): boolean {
  const sentence = text.slice(s.start, s.end);
  if (!sentence.includes(name)) return false;
  const re = new RegExp(escapeRegExp(name), 'gu');
  for (let m = nextAlone(re, sentence, NAME_EDGES); m; m = nextAlone(re, sentence, NAME_EDGES)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (IN_TOWN_BEFORE.test(before) && !HOLDING_IN_BEFORE.test(before)) return true;
  }
  return false;
}
const IN_TOWN_BEFORE = /\b(?:in|near|outside)\s+$/;
// (a firm's shares or a stake in it: 'a stake in Wembley', 'shares in Yili')
const HOLDING_IN_BEFORE = /\b(?:stakes?|shares?|interest|holdings?|investments?|invest(?:ed|ing)?|investors?)\s+in\s+$/i;

/**
 * A person the name finder found that beats a gazetteer's organisation or place of the same span: a full name after a
 * title ('Rep. John Lewis'), a surname after an honorific ('Mr Ford'), a name before a legislator's party and state
 * ('Ryan (R-Wis.)'), a relative after a possessive ('his wife Victoria', which was the Australian state). Any other
 * rule's person yields to the gazetteer.
 */
function overrulesGazetteer(f: Found): boolean {
  return (f.rule === 'title-person' && (f.to - f.from >= 2 || HONORIFIC.test(f.role ?? ''))) || f.rule === 'party-state' || f.rule === 'kin' || f.rule === 'team-sheet';
}

// a preposition of place ('in Houston', 'from Washington'), before a name
const AT_PLACE = /\b(?:in|at|from|to|near|outside|across|throughout|towards?|into|around|via)\s*$/i;
// a state's or district's word after a name ('Washington state', 'Washington, D.C.')
const PLACE_AFTER_NAME = /^,?\s*(?:state|State|D\.\s?C\.|DC|County|City)\b/u;

/**
 * Whether what is around a found name says it is a place: a comma and a gazetteer's state or country after it ('Houston,
 * Texas'; `regions`: where each starts), a place's word after it, or with `prepositions` a preposition of place
 * before it (a well-known town's: 'flew to Washington'; a person is sent things too, 'lost to Kuznetsova', 'a sale to
 * Soriano').
 */
function placeAround(ctx: NameContext, f: Found, prepositions: boolean, regions: ReadonlyMap<number, number>): boolean {
  const text = ctx.doc.clean;
  if ((prepositions && AT_PLACE.test(tail(text, f.sentence.start, f.start))) || PLACE_AFTER_NAME.test(text.slice(f.end, f.end + 12))) return true;
  return ctx.toks[f.to]?.text === ',' && ctx.toks[f.to + 1] !== undefined && regions.has(ctx.toks[f.to + 1].start);
}

/** The last words of the persons a gazetteer or a given name names in full in the document ('Trump' of 'Donald Trump'). */
function surnamesNamedInFull(ctx: NameContext, known: readonly Candidate[]): ReadonlySet<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    const words = name.split(/\s+/);
    if (words.length >= 2) out.add(words[words.length - 1]);
  };
  for (const c of known) if (c.type === 'person') add(ctx.doc.clean.slice(c.start, c.end));
  for (const f of ctx.found) if (f.type === 'person' && (f.rule === 'first-name' || f.rule === 'title-person' || f.rule === 'party-state')) add(f.name);
  return out;
}

/** A common noun that is no name of any list: a descriptor before a name ('Candidate', 'Billionaire'). */
const isDescriptor = (ctx: NameContext, w: string) => hasLower(w) && commonTag(w) === 'NOUN' && !isListed(w, ctx.lex.firstNames, ctx.lex.givenNames, ctx.lex.lastNames, ctx.lex.surnames);

/**
 * Whether a word is the plural of the surname of a person named in full in the document: 'Clintons', 'Bushes'; not of
 * a common word or a nationality ('Prairies' after 'Red Prairie', 'Catholics'), nor one itself ('Masses').
 */
function familyOf(word: string, personWords: ReadonlySet<string>, lex: NameFinderLexicons): boolean {
  // (the plural itself no common word: 'Masses' after 'Marcel Masse'; letters only: 'DC-9s')
  if (word.length < 4 || !word.endsWith('s') || !/^\p{Lu}[\p{L}'’]+$/u.test(word) || isCommonWord(word)) return false;
  const name = personWords.has(word.slice(0, -1)) ? word.slice(0, -1) : word.endsWith('es') && personWords.has(word.slice(0, -2)) ? word.slice(0, -2) : '';
  return name !== '' && !isCommon(lex, name) && !lex.qualifiers.has(name);
}

// what follows the state or country of 'Flint, Michigan': punctuation, the end, or a function word ('... , France on Monday')
const REGION_END = /^(?:\s*[,.;:)!?"”]|\s*$|\s+(?:on|in|at|and|or|but|where|when|which|who|was|is|has|had|have|were|are|will|said|to|for|from|after|before|with)\b)/;

/**
 * Step 18: an untyped name of one to three words (not ALL-CAPS) followed by a comma and a gazetteer's state,
 * province or country (its entry's kind `region` or `country`) is a town: 'Flint, Michigan', 'Flint, Mich.',
 * 'Nice, France' (the town itself in no gazetteer, or only as a word the place-preposition rule leaves alone), and a
 * person by a surname's shape alone after a preposition of place ('in Boca Chica, Texas');
 * not when the state opens a possessive or a name follows it (an apposition: 'Gaddafi, Libya's leader').
 */
function placesBeforeRegions(ctx: NameContext, regions: () => ReadonlyMap<number, number>): void {
  const { found, toks } = ctx;
  for (const f of found) {
    if (f.caps || f.to - f.from > 3 || toks[f.to]?.text !== ',' || !toks[f.to + 1] || (f.type && !surnameShapeAfterPlacePreposition(ctx, f))) continue;
    const end = regions().get(toks[f.to + 1].start);
    if (end === undefined) continue;
    // (not an apposition: 'Gaddafi, Libya's leader', 'Olympic Games, U.S. swimmer Mark Spitz': the state ends a clause
    // or is followed by a function word; nor a common noun: 'Partnership for Peace, Ukraine ...'; an adjective may be a
    // town: 'Flint', 'Nice')
    // (a common noun after a preposition of place is a town's name: 'from Reading, England', 'to Bath, England')
    // (not after 'the', nor a body's word: 'to the Navy, Canada said', 'in Parliament, Scotland and Wales')
    if (!REGION_END.test(ctx.doc.clean.slice(end, end + 12)) || (f.to - f.from === 1 && commonTag(f.name) === 'NOUN' && !(placePrepositionBefore(ctx.doc.clean, f.start) && !THE_BEFORE.test(tail(ctx.doc.clean, f.sentence.start, f.start)) && !ORG_WORDS.has(f.name) && !INSTITUTIONS.has(f.name)))) continue;
    f.type = 'place';
    f.rule = 'place-comma';
    f.confidence = 0.65;
  }
}

/**
 * Whether a name is a person by a surname's ending or a surname list alone after a preposition of place, which a state
 * after it makes a town too: 'in Boca Chica, Texas', 'from Zorvanska, Ohio' (a list's person has no preposition before:
 * 'the lawmakers were Quimbar Zorvanov, Texas, and ...').
 */
function surnameShapeAfterPlacePreposition(ctx: NameContext, f: Found): boolean {
  return f.type === 'person' && f.rule === 'surname-suffix' && placePrepositionBefore(ctx.doc.clean, ctx.toks[f.from].start);
}

/** Where each gazetteer candidate that is a state or a country starts: where it ends. */
function regionSpans(known: readonly Candidate[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of known) if (c.type === 'place' && (c.entries[0]?.kind === 'region' || c.entries[0]?.kind === 'country')) out.set(c.start, c.end);
  return out;
}

/**
 * Step 19: a name a weak rule made a person (a given name first, a reporting verb after, a surname's ending) that is
 * a gazetteer's place or organisation followed by a gazetteer's nationality or group ('Virginia Republican', 'New
 * Hampshire Democrat'), or any name before such a group's plural ('Senate Democrats'), or that opens with a gazetteer's
 * organisation of two words or more ('Merrill Lynch Capital Markets') is left untyped: the gazetteer's two names stand. A given name that is a
 * state made 'Virginia Republican' a person; a person's name ending in a nationality with a first name no place
 * ('Dawn French') keeps its type. One that is a gazetteer's one-word organisation and a country, region or continent
 * ('Texaco Canada said', 'BP Australia') is that organisation's branch: an organisation (`org-area`).
 */
function groupsAfterNames(ctx: NameContext, known: readonly Candidate[]): void {
  const { found, toks } = ctx;
  let starts: Map<number, Candidate[]> | undefined;
  for (const f of found) {
    if (f.type !== 'person' || f.caps || f.to - f.from < 2 || !(f.rule === 'first-name' || f.rule === 'person-context' || f.rule === 'surname-suffix')) continue;
    if (!starts) {
      starts = new Map();
      for (const c of known) {
        if (!c.type || c.type === 'person') continue;
        const list = starts.get(c.start);
        if (list) list.push(c);
        else starts.set(c.start, [c]);
      }
    }
    // (nor is a gazetteer's organisation of two words or more and the words after it: 'Merrill Lynch Capital Markets',
    // where 'Merrill' is a given name; the organisation stands)
    if (starts.get(f.start)?.some((c) => c.type === 'organization' && c.end < f.end && /\s/u.test(ctx.doc.clean.slice(c.start, c.end)))) {
      f.type = null;
      f.rule = '';
      continue;
    }
    // (nor a gazetteer's one-word organisation, not a given name compromise lists, before a country, region or
    // continent: the firm's branch there, 'Texaco Canada said', 'BP Australia', 'Chrysler Canada' (not 'Tony Jordan',
    // 'Jason Scotland'); an organisation, so its headline and its legal form follow: 'Chrysler Canada Ltd')
    const first = toks[f.from];
    // the name's last word: a country ('Texaco Canada') or a group ('Virginia Republican')
    const last = toks[f.to - 1];
    if (
      f.to - f.from === 2 &&
      !ctx.lex.firstNames.has(first.text.toLowerCase()) &&
      starts.get(first.start)?.some((c) => c.type === 'organization' && c.end === first.end && c.entries.length > 0) &&
      starts.get(last.start)?.some((c) => c.type === 'place' && c.end === last.end && isArea(c))
    ) {
      f.type = 'organization';
      f.rule = 'org-area';
      continue;
    }
    const norp = starts.get(last.start)?.find((c) => c.type === 'norp' && c.end === f.end);
    if (!norp) continue;
    // (a plural ends no person's name: 'Senate Democrats')
    const before = toks[f.to - 2].end;
    if (last.text !== `${norp.entries[0]?.name}s` && !starts.get(f.start)?.some((c) => (c.type === 'place' || c.type === 'organization') && c.end === before)) continue;
    f.type = null;
    f.rule = '';
  }
}

/**
 * Step 13' in the whole document: a name the place-preposition rule typed as the last of names joined by 'and' or 'or'
 * (`place-conjunct`) keeps its type only where the name right before the conjunction is a place, a gazetteer's or the
 * rules' ('in Sanaa and Hodeidah'; not 'in Urdu and Pashto', 'students in Oxford and Harvard' stays). Changes `found`.
 */
function placeConjuncts(ctx: NameContext, known: readonly Candidate[]): void {
  const { found, toks } = ctx;
  let placeEnds: Set<number> | undefined;
  for (const f of found) {
    if (f.rule !== 'place-conjunct') continue;
    if (!placeEnds) {
      placeEnds = new Set();
      for (const c of known) if (c.type === 'place') placeEnds.add(c.end);
      for (const g of found) if (g.type === 'place' && g.rule !== 'place-conjunct') placeEnds.add(g.end);
    }
    // the token before 'and' / 'or' (and a comma before it: 'Taiz, Sanaa, and Hodeidah')
    let k = f.from - 2;
    if (toks[k]?.text === ',') k--;
    if (k < f.sentence.tokenStart || !placeEnds.has(toks[k].end)) {
      f.type = null;
      f.rule = '';
      f.confidence = 0;
    } else f.rule = 'place-preposition';
  }
}

/** a sport's word after a nation that names its governing body (step 19c: 'USA Swimming'); no sport of national teams ('England Rugby', 'USA Basketball' as often the side) */
const SPORT_BODIES = new Set('Athletics Swimming Gymnastics Cycling Rowing Netball Boxing Fencing Triathlon Wrestling Judo Sailing Badminton Squash Archery Diving Canoeing Taekwondo Equestrian Skating Skiing Weightlifting Bobsleigh Biathlon'.split(' '));
/**
 * Whether the run from `from` to `to` is a sport's league or a competition (step 5d'''): `League` or `Liga` last (in
 * capitals too) after a sport's word or a competition's ('Champions League', 'Premier League', 'Super League', 'Rugby
 * Football League', 'Primera Liga', 'La Liga'), or after `American` or `National` in a sports report ('the American
 * League wild card'; elsewhere as often a body's name)
 */
function competitionName(ctx: NameContext, from: number, to: number, next: string): boolean {
  const { toks } = ctx;
  if (to - from < 2 || !isCompetitionLeague(toks[to - 2].text, toks[to - 1].text, true) || PRODUCT_FIRM_AFTER.test(next)) return false;
  return isCompetitionLeague(toks[to - 2].text, toks[to - 1].text) || (ctx.sports ??= isSportsReport(ctx.doc.clean));
}
/**
 * Whether `before` and `last` end a competition's name: `League` or `Liga` (in capitals too) after a sport's word or a
 * competition's ('Champions League', 'Premier League', 'Super League', 'Rugby Football League', 'Primera Liga', 'La
 * Liga'), or, with `sports` (a sports report's), after `American` or `National`. What tag-entities.ts reads as an
 * event's end (with `sports`: in another story the name is the rules' organisation, as long), so that no place or
 * nationality opens one ('Primera' of 'Primera Liga', 'Ontario' of 'Ontario Hockey League')
 */
export function isCompetitionLeague(before: string, last: string, sports = false): boolean {
  const l = cap(last);
  if (!LEAGUE_WORDS.has(l)) return false;
  const b = cap(before);
  return COMPETITION_HEADS.has(b) || LEAGUE_SPORTS.has(b) || SPORT_BODIES.has(b) || (b === 'La' && l === 'Liga') || (sports && (b === 'American' || b === 'National'));
}
const LEAGUE_WORDS = new Set(['League', 'Liga']);
/** the sports of teams whose leagues are competitions (besides `SPORT_BODIES`): 'Football League', 'National Hockey League' */
const LEAGUE_SPORTS = new Set('Football Soccer Hockey Rugby Baseball Basketball Cricket Volleyball Handball Softball Lacrosse Darts'.split(' '));
/** the words that name a league as a competition: 'Champions League', 'Premier League', 'Primera Liga', 'Diamond League' */
const COMPETITION_HEADS = new Set('Premier Champions Europa Conference Nations Celtic Super Diamond Primera Segunda Major Minor'.split(' '));
/** an event's or a team's word after a sport's: 'the USA Swimming trials', 'the UK Athletics team' */
const SPORT_EVENT_AFTER = /^(?:trials?|team|teams|squad|championships?|records?|finals?|season|league|events?|medals?|programme|program)$/;
/** whether a gazetteer's country or nation of the United Kingdom is token `k` (step 4n: 'UK', 'USA', 'England') */
const nationAt = (ctx: NameContext, k: number) => ctx.known.some((c) => c.type === 'place' && c.start === ctx.toks[k].start && c.end === ctx.toks[k].end && isNation(ctx.doc.clean.slice(c.start, c.end), c.entries.map((e) => e.kind)));

/**
 * Step 19c: an untyped run of one to three capitalised common words of wink's lexicon, the last a noun, and a country
 * or a nation of the United Kingdom (a gazetteer's place of the run's last words) is an organisation: the name of a
 * national body, as Canada's federal departments and the sports bodies of the Commonwealth are named ('Statistics
 * Canada', 'Health Canada', 'Elections Canada', 'Hockey Canada', 'Cricket Australia', 'Rugby Australia', 'Police
 * Scotland', 'Public Health England', 'Natural Resources Canada', 'Team USA'), where the country alone was the mention.
 * The word before the country is one of `BODY_HEADS` (not 'Today England face Wales', 'Mother Russia', 'Rural England'),
 * the words before it common nouns or adjectives; not `America` ('Middle America'); nor a run after 'and' or a comma and
 * another such word ('Fisheries and Oceans Canada': its part alone would be a wrong name).
 */
function nationalBodies(ctx: NameContext, known: readonly Candidate[]): void {
  const { found, toks, lex } = ctx;
  let nations: Map<number, number> | undefined;
  for (const f of found) {
    if (f.type !== null || f.caps || f.to - f.from < 2 || f.to - f.from > 5) continue;
    if (!nations) {
      nations = new Map();
      for (const c of known) {
        if (c.type !== 'place' || c.entries.length === 0) continue;
        const text = ctx.doc.clean.slice(c.start, c.end);
        if (!NOT_BODY_NATIONS.has(text) && isNation(text, c.entries.map((e) => e.kind))) nations.set(c.end, c.start);
      }
      if (nations.size === 0) return;
    }
    const nationStart = nations.get(f.end);
    if (nationStart === undefined || nationStart <= f.start) continue;
    let k = f.from;
    while (k < f.to && toks[k].start < nationStart) k++;
    const words = k - f.from;
    if (words < 1 || words > 3 || toks[k]?.start !== nationStart) continue;
    let ok = true;
    for (let i = f.from; i < k && ok; i++) {
      const w = toks[i].text;
      if (i === k - 1) ok = BODY_HEADS.has(w);
      else {
        const tag = TITLE_CASE_WORD.test(w) ? commonTag(w) : null;
        ok = (tag === 'NOUN' || tag === 'ADJ') && !isListed(w, lex.firstNames, lex.givenNames);
      }
    }
    // (nor a gazetteer's name of two words or more before the country: 'the Golan Heights Israel captured')
    if (!ok || known.some((c) => c.type !== null && c.start >= f.start && c.end < nationStart && /\s/u.test(ctx.doc.clean.slice(c.start, c.end)))) continue;
    // (not the second half of bodies joined by 'and' or a comma: 'Fisheries and Oceans Canada')
    const before = toks[f.from - 1]?.text;
    if ((before === 'and' || before === '&' || before === ',') && f.from - 2 >= f.sentence.tokenStart && TITLE_CASE_WORD.test(toks[f.from - 2].text) && commonTag(toks[f.from - 2].text) === 'NOUN') continue;
    f.type = 'organization';
    f.rule = 'national-body';
    f.confidence = 0.7;
  }
}

/**
 * Step 19d: an untyped run that is a gazetteer's organisation (the whole of its words but the last ones) and a
 * gazetteer's country, region or continent ending it is that organisation's branch there, an organisation of its own
 * (`org-area`): 'Amnesty International Kenya', 'Oxfam America', 'BBC Scotland'. Not before a noun in lower case, where
 * the two name a topic: 'the EU Africa summit'. So is a broadcaster's station, its medium's word and any gazetteer's
 * place after it: 'BBC Radio Scotland', 'BBC Radio Leicester', 'CBC Television Toronto' (not the place alone).
 */
function orgBranches(ctx: NameContext, known: readonly Candidate[]): void {
  const { found, toks } = ctx;
  let orgEnds: Map<number, number> | undefined;
  let areaSpans: Map<number, number> | undefined;
  let placeSpans: Map<number, number> | undefined;
  for (const f of found) {
    if (f.type !== null || f.caps || f.to - f.from < 2) continue;
    if (!orgEnds || !areaSpans || !placeSpans) {
      orgEnds = new Map();
      areaSpans = new Map();
      placeSpans = new Map();
      for (const c of known) {
        if (c.entries.length === 0) continue;
        if (c.type === 'organization') orgEnds.set(c.start, Math.max(orgEnds.get(c.start) ?? 0, c.end));
        else if (c.type === 'place') {
          placeSpans.set(c.start, c.end);
          if (isArea(c)) areaSpans.set(c.start, c.end);
        }
      }
    }
    // (or a firm's name ending in a legal form that no gazetteer holds: 'Zorvek Corp Australia', 'News Corp Australia')
    const orgEnd = orgEnds.get(f.start) ?? legalFormEnd(toks, f, areaSpans);
    if (orgEnd === undefined || orgEnd >= f.end) continue;
    let areaStart = f.from;
    while (areaStart < f.to && toks[areaStart].start < orgEnd) areaStart++;
    if (areaStart === f.to || toks[areaStart - 1].end !== orgEnd) continue;
    const area = areaSpans.get(toks[areaStart].start) === f.end;
    const station = !area && areaStart + 1 < f.to && BROADCAST_MEDIA.has(toks[areaStart].text) && stationPlace(ctx, placeSpans, areaStart + 1, f);
    if (!area && !station && !divisionWords(toks, f.from, areaStart, f.to)) continue;
    const next = toks[f.to]?.text ?? '';
    if (area && f.to < f.sentence.tokenEnd && isLowerCaseNoun(next)) continue;
    f.type = 'organization';
    f.rule = area ? 'org-area' : 'org-division';
    f.confidence = 0.7;
  }
}

/** a person rule's name after a staff noun and 'at' (`STAFF_AT_BEFORE`) that is an employer's (`staffEmployer`): 'an economist at Zorvex Quimbar' */
function staffAt(facts: DocumentFacts, f: Found): boolean {
  const { ctx } = facts;
  const before = tail(ctx.doc.clean, f.sentence.start, f.start);
  return STAFF_AT_BEFORE.test(before) && staffEmployer(ctx, f.start, f.end, before, ctx.doc.clean.slice(f.end, f.end + 40), ctx.toks[f.to - 1].text, true);
}

/** where the words of the untyped run `f` before a gazetteer's country, region or continent that ends it end, where a legal form ends them ('Corp' of 'Zorvek Corp Australia'), or undefined */
function legalFormEnd(toks: readonly Token[], f: Found, areaSpans: ReadonlyMap<number, number>): number | undefined {
  for (let k = f.from + 2; k < f.to; k++) if (areaSpans.get(toks[k].start) === f.end && LEGAL_FORMS.has(toks[k - 1].text)) return toks[k - 1].end;
  return undefined;
}

/** the person rules of a name's shape or a weak context, whose person may be a firm's shorter name (step 19f) */
const OPENER_PERSON_RULES = new Set([...WEAK_PERSON_RULES_ALL, 'initial-person']);
/** a founding verb after a name: a person's (step 19f) */
const FOUNDED_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:founded|started|created|formed|established|set up)\b/;
/** words that end a firm's name as a legal form does, for step 19f ('Zorvex Quandell Holdings') */
const FIRM_END_WORDS = new Set(['Group', 'Holdings', 'Associates']);

/**
 * The words of a firm's name before its legal form ('Group', 'Holdings', 'Associates' too; '& Co' with its '&'), or
 * undefined where none ends it: 'Zorvex Quandell Mining Corp' -> Zorvex, Quandell, Mining.
 */
function beforeLegalForm(name: string): string[] | undefined {
  const words = singleSpaced(name).split(' ');
  const n = legalFormStart(words, (w) => endsInLegalForm(w) || FIRM_END_WORDS.has(w), 1);
  return n < words.length && n > 0 ? words.slice(0, n) : undefined;
}

/**
 * Where the legal forms that end a name's `words` start (`words.length`: none), a '&' or an 'and' before them with
 * them ('Goldman Sachs & Co' -> 2), keeping at least `keep` words (`ends`: which words end a firm's name; `orgKeys`'
 * legal forms, step 19f's 'Group' and 'Holdings' too)
 */
function legalFormStart(words: readonly string[], ends: (word: string) => boolean, keep: number): number {
  let n = words.length;
  while (n > keep && (ends(words[n - 1]) || (n < words.length && (words[n - 1] === '&' || words[n - 1] === 'and')))) n--;
  return n;
}
/** whether a word is a legal form, a comma after it too ('Inc,'): `legalFormStart`'s end of a name */
const endsInLegalForm = (w: string) => LEGAL_FORMS.has(w.replace(/,$/, ''));

/**
 * Step 19f: a person the shape of its name or a weak context made (`OPENER_PERSON_RULES`) whose words open a firm the
 * document names with its legal form is that firm's shorter name: 'Zorvex Quandell said' after 'Zorvex Quandell
 * Mining Corp', 'Quimbar Tabak' after 'Quimbar Tabak Hirsch and Co' (10 MB bench corpus: ~108 such person rows, 25 of
 * 25 read wrong). Not where the document names a person of its surname in full ('Martin Zorvex' beside 'Zorvex
 * Capital Corp' leaves the lone 'Zorvex'), nor where a mention of the name says person: a title before it, 'said he',
 * an age. An organisation without a legal form gives none ('Zorvex Media', a founder's name as often). Changes `found`;
 * each person's firm goes to `facts.openers` (`openerOf` links to it).
 */
function firmOpeners(facts: DocumentFacts): void {
  const { ctx, known } = facts;
  const { found, doc } = ctx;
  if (!found.some((f) => f.type === 'person' && !f.caps && OPENER_PERSON_RULES.has(f.rule))) return;
  // the firms named with a legal form: their words before it, and the gazetteer's candidate where one has the name
  const firms: { words: string[]; name: string; org?: Candidate; caps?: boolean }[] = [];
  for (const c of known) {
    if (c.type !== 'organization') continue;
    const name = singleSpaced(doc.clean.slice(c.start, c.end));
    const words = beforeLegalForm(name);
    if (words) firms.push({ words, name, org: c.entries.length > 0 ? c : undefined });
  }
  for (const f of found) {
    if (f.type !== 'organization' || f.caps) continue;
    const words = beforeLegalForm(f.name);
    if (words) firms.push({ words, name: singleSpaced(f.name) });
  }
  // (and a wire headline's run in capitals from its first word to its ticker, a firm's name, that the story writes in
  // small letters with no legal form: 'Zorvex Works said it' under 'ZORVEX WORKS <ZWK> MAKES ACQUISITIONS'; not a later
  // run, a place's after 'OF': 'ZORVEX CORP OF SANTA MONICA <ZSM>')
  for (const f of found) if (f.caps && f.type === null && ctx.toks[f.to]?.text === '<' && f.from === tickerHeadStart(ctx.toks, f.sentence)) firms.push({ words: singleSpaced(f.name).split(' '), name: singleSpaced(f.name), caps: true });
  if (firms.length === 0) return;
  const opened = (f: Found) => {
    const words = singleSpaced(f.name).split(' ');
    return firms.find((firm) => words.length <= firm.words.length && words.every((w, i) => (firm.caps ? w.toUpperCase() : w) === firm.words[i]));
  };
  const openers = new Map<Found, (typeof firms)[number]>();
  for (const f of found) {
    let firm: (typeof firms)[number] | undefined;
    if (f.type === 'person' && !f.caps && OPENER_PERSON_RULES.has(f.rule) && (firm = opened(f))) openers.set(f, firm);
  }
  if (openers.size === 0) return;
  // the surnames of people named in full: a gazetteer's, or the rules' of two words or more that open no such firm
  const surnames = new Set<string>();
  const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
  for (const c of known) if (c.type === 'person') surnames.add(lastWord(singleSpaced(doc.clean.slice(c.start, c.end))));
  for (const f of found) if (f.type === 'person' && !f.caps && f.to - f.from >= 2 && !openers.has(f)) surnames.add(lastWord(singleSpaced(f.name)));
  // the names a mention says a person by: a title before it, 'said he', an age after it, or founding something ('Builder
  // Tom Zorvale founded Tom Zorvale Ltd'; not owning or running it, which a firm does too: 'Zorvex Quandell owns 17 pct')
  const persons = new Set<string>();
  for (const f of found) {
    if (f.type !== 'person' || f.caps) continue;
    const after = doc.clean.slice(f.end, f.sentence.end);
    if (f.role !== null || SAID_HE.test(after) || AGE_AFTER.test(after) || FOUNDED_AFTER.test(after)) persons.add(f.name);
  }
  for (const [f, firm] of openers) {
    if (surnames.has(lastWord(singleSpaced(f.name))) || persons.has(f.name)) continue;
    // (a gazetteer's organisation of the span stands: 'Kellin Benson' is no 'Kellin Benson Australia Ltd' the story names too)
    if (known.some((c) => c.type === 'organization' && c.start === f.start && c.end === f.end)) continue;
    f.type = 'organization';
    f.rule = 'firm-opener';
    f.confidence = 0.7;
    const c = candidate(doc, f, f.start, f.end, 'organization', 'firm-opener', 0.7, -1);
    facts.openers.set(f, firm.org ? { ...c, entries: firm.org.entries } : { ...c, idName: firm.caps ? singleSpaced(f.name) : (withoutLegalForm(firm.name, ctx.lex) ?? firm.name) });
  }
}

/** Step 19f's firm for its shorter name (`firmOpeners`): the firm's entries, or its name to mint its id. */
function openerOf(facts: DocumentFacts, f: Found): Candidate {
  return facts.openers.get(f) ?? candidate(facts.ctx.doc, f, f.start, f.end, 'organization', 'firm-opener', 0.7, -1);
}

/**
 * the words of a position that open a place's own name before another place's: 'Inner Mongolia', 'Upper Egypt', and a
 * compass point's, a region of it: 'East Malaysia', 'Southern California', 'North Caucasus' (CoNLL-2003 tags them one
 * LOC: eng.train +4 correct, 'Western Ukraine', 'South Yemen'; eng.testa -1, its 'Northern Iraq' tagged 'Iraq' alone)
 */
const POSITION_WORDS = new Set('Inner Outer Upper Lower North South East West Northern Southern Eastern Western Central'.split(' '));

/**
 * Step 19e: an untyped run of a position's word (`POSITION_WORDS`) and a gazetteer's place, the rest of the run, is a
 * place of its own, not the place inside it ('Inner Mongolia' is no Mongolia, 'Lower Manhattan', 'Upper Egypt'; the
 * gazetteers' own, 'Lower Saxony', 'Outer Hebrides', are matched whole before). Its id is minted from its name (no
 * gazetteer entry carries it). Not before a noun in lower case, where the two may be a topic's words: 'Upper Egypt
 * tourism'.
 */
function positionPlaces(ctx: NameContext, known: readonly Candidate[]): void {
  const { found, toks } = ctx;
  let places: Map<number, number> | undefined;
  for (const f of found) {
    if (f.type !== null || f.caps || f.to - f.from < 2 || !POSITION_WORDS.has(toks[f.from].text)) continue;
    places ??= new Map(known.filter((c) => c.type === 'place' && c.entries.length > 0).map((c) => [c.start, c.end]));
    if (places.get(toks[f.from + 1].start) !== f.end) continue;
    if (known.some((c) => c.type === 'place' && c.start === f.start && c.end === f.end)) continue;
    if (f.to < f.sentence.tokenEnd && isLowerCaseNoun(toks[f.to].text)) continue;
    f.type = 'place';
    f.rule = 'place-position';
    f.confidence = 0.7;
  }
}

/** a news organisation's division or channel after its name: 'BBC Sport', 'BBC News Online', 'Politico Magazine' */
const DIVISION_WORDS = new Set('Sport Sports News Online Worldwide Magazine Television Interactive'.split(' '));

/**
 * Whether tokens [from, to) of a run after a gazetteer organisation's tokens [org, from) are one or two words of a
 * division or a channel of it (`orgBranches`): 'BBC Sport', 'BBC One', 'BBC News Online', 'Politico Magazine'. An
 * organisation of its own, as `org-area`'s branches are ('BBC Scotland').
 */
/** a broadcaster's medium before the place of its station (step 19d: 'BBC Radio Leicester') */
const BROADCAST_MEDIA = new Set(['Radio', 'Television', 'TV']);

/**
 * Whether tokens `k`..the end of the run `f` name a station's place: a gazetteer's place, or one word that is no
 * common word (the matcher drops a town after a capitalised noun, a longer name's: 'Radio Leicester'); not 'BBC Radio
 * Times', a magazine
 */
function stationPlace(ctx: NameContext, placeSpans: ReadonlyMap<number, number>, k: number, f: Found): boolean {
  if (placeSpans.get(ctx.toks[k].start) === f.end) return true;
  const w = ctx.toks[k].text;
  return k === f.to - 1 && TITLE_CASE_WORD.test(w) && !isCommon(ctx.lex, w);
}

function divisionWords(toks: readonly Token[], org: number, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    const w = toks[k].text;
    // (not 'World': 'Nintendo World' is a shop, 'Nokia World' a show)
    if (!DIVISION_WORDS.has(w) && !(k === from && to - from === 1 && from - org === 1 && channelNumberAfter(toks[org].text, w))) return false;
  }
  return true;
}

/**
 * The word before the country in a national body's name: a field of government or of sport, or a kind of body
 * ('Statistics Canada', 'Natural Resources Canada', 'Hockey Canada', 'Team USA', 'Air India', 'Radio Wales',
 * 'Universities UK', 'Cancer Research UK'). A list, not any noun: 'Hotel Rwanda' and 'Battlefield Vietnam' are works,
 * 'Assistant US Attorney' a title, 'World Cup Wales' a team at an event, 'Eastern Time US' a time zone (the BBC
 * stories and web pages had each in a first version that took any common noun).
 */
const BODY_HEADS = new Set(
  (
    'Statistics Health Transport Environment Parks Elections Finance Justice Heritage Infrastructure Immigration Employment ' +
    'Agriculture Industry Innovation Fisheries Oceans Resources Affairs Services Safety Security Defence Defense Revenue ' +
    'Customs Border Energy Water Housing Tourism Trade Enterprise Education Police Research Science Arts Screen Music ' +
    'Archives Museums Universities Colleges Post Rail Air Airways Airlines Radio Television TV Broadcasting Cancer ' +
    'Diabetes Asthma Sport Sports Team Olympic Paralympics Hockey Cricket Rugby Tennis Football Soccer Basketball Golf ' +
    'Swimming Athletics Cycling Rowing Sailing Netball Baseball Softball Volleyball Boxing Skiing Triathlon Gymnastics ' +
    'Badminton Squash Bowls Equestrian Judo Wrestling Curling Lacrosse Canoe Surfing Skating Archery Fencing Taekwondo ' +
    // (heritage's and the arts' bodies named by an adjective: 'Historic England', 'Creative Scotland')
    'Historic Creative'
  ).split(' '),
);
/** a country's names that a common noun before makes a part of its people, not a body: 'Middle America', 'Corporate America' */
const NOT_BODY_NATIONS = new Set(['America', 'Americas']);

// a kind of organisation or of place in the plural and 'such as', 'including' or 'like' right before a list, or the
// kind alone ('French companies Zorvex, Quandell and Marlow': group 2 empty)
const KIND_BEFORE_LIST =
  /\b(companies|firms|carriers|airlines|banks|lenders|insurers|retailers|brands|groups|lines|operators|carmakers|automakers|makers|manufacturers|publishers|broadcasters|networks|newspapers|agencies|charities|universities|countries|nations|cities|states|provinces|regions|towns)(\s*,?\s+(?:such\s+as|including|like))?\s+$/i;
const AIRCRAFT_CARRIERS = /\baircraft\s+carriers\s+$/i;
const PLACE_KINDS = /^(?:countries|nations|cities|states|provinces|regions|towns)$/i;
// what separates the names of a list: 'Flemming , Jason Gillespie , Stuart Law and Ricky'
const LIST_SEPARATORS = new Set([',', 'and', 'or', '&']);

/**
 * Two names joined by '&', or two one-word names of the name lists joined by 'and' alone: a firm's name of its partners
 * ('Young & Rubicam', 'Phillips and Drew')
 */
function partnersName(ctx: NameContext, a: Found, b: Found): boolean {
  const { toks, lex } = ctx;
  const named = (f: Found) => f.to - f.from === 1 && isListed(f.name, lex.lastNames, lex.surnames, lex.firstNames, lex.givenNames);
  return b.from - a.to === 1 && (toks[a.to].text === '&' || (toks[a.to].text === 'and' && named(a) && named(b)));
}

/**
 * Step 17: the untyped names of lists whose typed names share one type, that type: 'Flemming , Jason
 * Gillespie , Stuart Law , Glenn McGrath , Ricky' (a team sheet: 'Flemming', 'Ricky' are persons). A list
 * is three names or more in one sentence with only commas, 'and', 'or' or '&' between them (', and'
 * counts once), none a legal form ('Goldman, Sachs and Co' is one firm); at least two of its names, and
 * half of them, must be typed, by a rule or a gazetteer on the same span, all with the same type. An
 * ALL-CAPS name takes nothing ('CHICAGO , HOUSTON' of a standings table); a person's type goes to one-word
 * names only, not acronyms; a nationality's to none; nor does a name that opens with a gazetteer's name of
 * another type ('Morgan Stanley Capital International Europe' in a list of places) or ends in a nationality.
 */
function listTypes(ctx: NameContext, known: readonly Candidate[]): ReadonlyMap<Found, EntityType> {
  const { found, toks } = ctx;
  const out = new Map<Found, EntityType>();
  // the gazetteer's names by where they start (built at the first list): a name's type on the same span, and the
  // type of the longest name at a start ('Morgan Stanley' of 'Morgan Stanley Capital International Europe')
  let starts: Map<number, Candidate[]> | undefined;
  const at = (start: number) => {
    if (!starts) {
      starts = new Map();
      for (const c of known) {
        if (!c.type) continue;
        const list = starts.get(c.start);
        if (list) list.push(c);
        else starts.set(c.start, [c]);
      }
    }
    return starts.get(start);
  };
  const typeOf = (f: Found) => f.type ?? at(f.start)?.find((c) => c.end === f.end)?.type ?? null;
  const opening = (start: number) => at(start)?.reduce((a, b) => (b.end > a.end ? b : a)).type;
  const separated = (a: Found, b: Found) => {
    if (a.sentence !== b.sentence || b.from <= a.to || b.from - a.to > 2) return false;
    for (let k = a.to; k < b.from; k++) if (!LIST_SEPARATORS.has(toks[k].text)) return false;
    return b.from - a.to === 1 || toks[a.to].text === ',';
  };
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    while (j < found.length && separated(found[j - 1], found[j])) j++;
    // (a list of two names or more after a kind of organisation or of place and 'such as', 'including' or 'like' is of
    // that type, its untyped names too: 'Shipping lines such as Maersk, Hapag-Lloyd and Evergreen', 'countries
    // including Zorvania and Quimbaria')
    // (the 40 code units before the list, not `tail`'s 16: 'manufacturers, such as ' is 23 and the regular expression's `\b` one more;
    // cut out for a list only, most names are none)
    let before = '';
    let kind: RegExpExecArray | null = null;
    if (j - i >= 2 && !found[i].caps) {
      before = ctx.doc.clean.slice(Math.max(found[i].sentence.start, found[i].start - 40), found[i].start);
      kind = KIND_BEFORE_LIST.exec(before);
    }
    // (the kind alone right before the list too, not before a firm's name of its partners in it, two names joined by '&'
    // or two of the name lists by 'and': 'the firms Zorvex & Quimby and Kellmoor', 'brokers Walker and Hughes'; 'firms
    // Zorvex and Quandell' is a list; nor warships' names after 'aircraft carriers', nor a railway's or a bus's lines
    // after 'lines' alone, 'the lines Victoria and Jubilee were closed', where 'shipping lines such as' says firm)
    if (kind && !(kind[2] === undefined && (found.slice(i + 1, j).some((f, k) => partnersName(ctx, found[i + k], f)) || AIRCRAFT_CARRIERS.test(before) || kind[1].toLowerCase() === 'lines'))) {
      const type: EntityType = PLACE_KINDS.test(kind[1]) ? 'place' : 'organization';
      for (let k = i; k < j; k++) {
        const f = found[k];
        if (typeOf(f) || f.caps || ctx.lex.known.get(toks[f.to - 1].text.toLowerCase()) === 'norp') continue;
        out.set(f, type);
      }
      i = j;
      continue;
    }
    // (not a firm's name of several names: 'Kidder, Peabody and Co', 'Prescott, Ball and Turben Inc')
    if (j - i >= 3 && !found.slice(i, j).some((f) => LEGAL_FORMS.has(toks[f.to - 1].text) || (f.to - f.from === 1 && ORG_WORDS.has(f.name)))) {
      const types = new Set<EntityType>();
      let typed = 0;
      for (let k = i; k < j; k++) {
        const t = typeOf(found[k]);
        if (t) (types.add(t), typed++);
      }
      // (half the list or more: 'EastEnders, CBBC, John Peel, Harry Potter and Olympics' is no list of people)
      const [type] = types;
      if (typed >= 2 && 2 * typed >= j - i && types.size === 1 && type !== 'norp') {
        // a person's name the rules did not type is one word ('Flemming', 'Sting'); several words are a band's or a
        // product's as often ('Velvet Revolver', 'Media Player' in lists of singers, of programs); an acronym is none ('CBBC')
        for (let k = i; k < j; k++) {
          const f = found[k];
          if (typeOf(f) || f.caps || (type === 'person' && (f.to - f.from > 1 || isAllCapsWord(f.name)))) continue;
          // nor a name that opens with a gazetteer's name of another type, or ends in a nationality ('Latin American')
          const open = opening(f.start);
          if ((open && open !== type) || ctx.lex.known.get(toks[f.to - 1].text.toLowerCase()) === 'norp') continue;
          out.set(f, type);
        }
      }
    }
    i = j;
  }
  return out;
}

/** What a short form stands for in one document: the long form's type, canonical name and gazetteer entries. */
interface Abbreviation {
  readonly type: EntityType;
  readonly name: string;
  readonly entries: readonly GazetteerEntry[];
  /** the short form's rule: 'abbreviation' (defined in brackets) when absent, 'acronym-of-name' (step 16b) */
  readonly rule?: string;
}
const NO_ABBREVIATIONS: ReadonlyMap<string, Abbreviation | null> = new Map();

// the last word of a long form that names no organisation, place or person: laws, treaties, programmes, measures,
// diseases, weapons ('Affordable Care Act (ACA)', 'Comprehensive Test Ban Treaty (CTBT)', 'Consumer Price Index (CPI)')
const NOT_NAME_TAILS = new Set(
  'Act Acts Treaty Agreement Accord Accords Convention Protocol Pact Deal Law Bill Resolution Directive Regulation Regulations Order Doctrine Strategy Plan Program Programme Scheme Credit Index Rate Rates Product Value Survey Test Account Accounts Standard Standards Time Syndrome Disease Virus Fever Flu Disorder System Missile Missiles Tax Show Game'.split(
    ' ',
  ),
);
// medical terms: 'Bovine Spongiform Encephalopathy (BSE)', 'Amyotrophic Lateral Sclerosis (ALS)'
const MEDICAL = /(?:pathy|itis|osis|emia|plegia|trophy|sclerosis|deficiency|carcinoma|lymphoma|melanoma)$/;
// the last word of a long form that names a place, besides PLACE_TAILS ('... Autonomous Oblast'): 'Democratic Republic of
// Congo (DRC)', 'Kurdistan Region (KR)'
const PLACE_HEADS = new Set('Republic Region Territory Territories District Kingdom Emirates'.split(' '));

// a technology term's last word: 'General Packet Radio Service', 'Mobile Virtual Network Operator', 'High Speed Downlink
// Packet Access'
const TECH_HEADS = new Set('Service Services Network Networks Operator Operators Access Interface Display Messaging Telephony'.split(' '));
// a word of technology before it, what makes a service or a network a term ('Packet', 'Virtual'; not 'Telephone' of
// 'Telephone Preference Service', a body's register, nor 'Health' of 'National Health Service')
const TECH_WORDS = new Set('Packet Data Radio Network Virtual Wireless Broadband Cellular Downlink Uplink Multimedia Message Messaging Protocol Bandwidth Frequency Transmission Digital'.split(' '));

/**
 * Is a long form of `words` (tokens `long`) a technology's term: its last word a head of `TECH_HEADS`, a word of
 * `TECH_WORDS` before it, any other organisation's word of `ORG_WORDS` one of technology too ('Radio', 'Network'; not
 * 'Mobile Data Association'), and its words common ones (`isTerm`) or technology's ('Downlink')
 */
function techTerm(ctx: NameContext, words: readonly string[], long: { from: number; to: number; start: number; end: number }, known: readonly Candidate[]): boolean {
  if (words.length < 2 || !TECH_HEADS.has(words[words.length - 1])) return false;
  let tech = false;
  for (let k = 0; k < words.length - 1; k++) {
    if (TECH_WORDS.has(words[k])) tech = true;
    else if (ORG_WORDS.has(words[k])) return false;
  }
  return tech && isTerm(ctx, long, known, TECH_WORDS);
}

/**
 * Are tokens [from, to) common words only, a term rather than a name: 'Liquid Crystal Display', 'Carrier Pre-Section'
 * (a word is common in compromise's lexicon or wink-nlp's, whose shipped words include 'syndication', 'requirement';
 * a gazetteer's name is none: 'Beirut' of 'Beirut Secondary Market'; a short word before a hyphen is a prefix: 'Pre')
 */
function isTerm(ctx: NameContext, long: { from: number; to: number; start: number; end: number }, known: readonly Candidate[], alsoCommon?: ReadonlySet<string>): boolean {
  // (a whole word or more: not 'Pre', a village, in 'Carrier Pre-Section (CPS)')
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (let k = long.from; k < long.to; k++) starts.add(ctx.toks[k].start), ends.add(ctx.toks[k].end);
  if (known.some((c) => c.type && starts.has(c.start) && ends.has(c.end))) return false;
  for (let k = long.from; k < long.to; k++) {
    const parts = ctx.toks[k].text.split(/[-‐‑]/u);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!hasLetter(p) || CONNECTIVES.has(p) || (i < parts.length - 1 && p.length <= 3) || isCommon(ctx.lex, p) || alsoCommon?.has(p)) continue;
      return false;
    }
  }
  return true;
}

// a short form written as a word, one capital and small letters: 'Nymex', 'Asimo'
const WORD_SHORT = /^\p{Lu}\p{Ll}+$/u;

// what follows an organisation's short form where it speaks or acts: 'EA said', "ND 's programme", 'ND officials'
const ORG_SPEAKING = 'said|says|told|announced|reported|spokes(?:man|woman|person)|officials?|chairman|chief|leaders?|members';
const ORG_ACTS = new RegExp(`^\\s*(?:['’]s\\b|(?:${ORG_SPEAKING})\\b)`);

// (the same but the possessive, which a term takes as well: "P2P's future", "DRM's rules")
const ORG_SPEAKS = new RegExp(`^\\s*(?:${ORG_SPEAKING})\\b`);

/**
 * Does `short` stand in `text` where an organisation's name speaks or acts ('ND officials')? `possessive`: does its
 * possessive count ("ND 's programme"; not for a term's short form that words in lower case define).
 */
function actsLikeOrganization(text: string, short: string, possessive = true): boolean {
  const acts = possessive ? ORG_ACTS : ORG_SPEAKS;
  for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + 1)) {
    const end = i + short.length;
    if ((i > 0 && WORD_CHAR.test(text[i - 1])) || WORD_CHAR.test(text[end] ?? '')) continue;
    if (acts.test(text.slice(end, end + 24))) return true;
  }
  return false;
}

/**
 * The untyped candidate of a short form the document defines as no name's, of `TERM_SOURCE` where a gazetteer's
 * organisation of its span is not what the long form names ('Electronic Suspension Adjustment (ESA)' is no European
 * Space Agency; but 'General Agreement on Tariffs and Trade (GATT)' is the gazetteer's GATT, its name the same words).
 */
function termCandidate(ctx: NameContext, facts: DocumentFacts, known: readonly Candidate[], f: Found): Candidate {
  const c = candidate(ctx.doc, f, f.start, f.end, null, '', 0);
  const long = facts.termForms.get(f.name);
  if (long === undefined) return c;
  if (long === null) return { ...c, source: TERM_SOURCE };
  const sameStems = sameStemsAs(long);
  const same = known.some((k) => k.start === f.start && k.end === f.end && k.entries.some((e) => [e.name, ...e.aliases].some(sameStems)));
  return same ? c : { ...c, source: TERM_SOURCE };
}

/** The words of a name that carry its meaning, cut to four letters: 'Organisation for Security and Co-operation' → orga secu coop. */
function stems(name: string): string {
  return stemsOfCleaned(cleanedForStems(name));
}
/** a name in lower case without its hyphens, apostrophes and full stops ('co-operation' → 'cooperation'), which `stems` splits */
const cleanedForStems = (name: string) => name.toLowerCase().replace(STEM_DROPPED, '');
const STEM_DROPPED = /[-‐‑'’.]/gu;
function stemsOfCleaned(cleaned: string): string {
  return cleaned
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTIVES.has(w))
    .map((w) => w.slice(0, 4))
    .sort()
    .join(' ');
}
/**
 * A test of whether a name's `stems` are those of `long` (a gazetteer entry's name or alias against a defined long form),
 * the cheap one first: where they are the same, the name's cleaned text holds each stem of `long`'s, so one that lacks
 * the first is not split, cut and sorted (an entry may have dozens of aliases, and most are no match).
 *
 *   sameStemsAs('Zorvex Quandell Organisation')('Organization of the Zorvex Quandell') = true ('orga quan zorv')
 *   sameStemsAs('Zorvex Quandell Organisation')('Quandell Zorvex Group')               = false (no 'orga' in it)
 */
export function sameStemsAs(long: string): (name: string) => boolean {
  const key = stems(long);
  const space = key.indexOf(' ');
  const probe = space < 0 ? key : key.slice(0, space);
  return (name) => {
    const cleaned = cleanedForStems(name);
    return cleaned.includes(probe) && stemsOfCleaned(cleaned) === key;
  };
}

/**
 * Step 16: the abbreviations `ctx.doc` defines, by short form (the first definition of each), and a candidate
 * for each long form no gazetteer matched whole, pushed to `out`. The long form's type:
 * 1. a gazetteer's, where one matched it whole ('New South Wales (NSW)');
 * 2. none when its last word names a law, a programme, a measure, an event or a disease ('Affordable Care
 *    Act (ACA)', 'Bovine Spongiform Encephalopathy (BSE)');
 * 3. an organisation when it has an organisation word ('Organisation for Security ...', '... Health Access
 *    Initiative') or a gazetteer's organisation inside it ('Al-Qaeda in the Arabian Peninsula (AQAP)');
 * 4. a place by its last word ('... Autonomous Oblast'); a person when the short form is dotted initials after
 *    a first name ('Alan John Percivale (A.J.P.) Taylor');
 * 5. none when all its words are common words and its short form never speaks or acts in the document
 *    ('Liquid Crystal Display (LCD)');
 * 6. otherwise an organisation ('Archer Daniels Midland (ADM)'): in CoNLL-2003 eng.train, of the 67 long forms
 *    that pair with their short forms (by a Python prototype of this pairing), 59 are organisations or inside
 *    one (the rest: 7 miscellaneous names, 'Comprehensive Test Ban Treaty (CTBT)', and one no name).
 * The short form's gazetteer entry goes to the long form when its name or an alias has the same words,
 * spelling aside ('Organisation for Security and Cooperation in Europe' is OSCE's 'Organization for Security
 * and Co-operation in Europe'). Priority -1: the long form beats a gazetteer's name of the same span.
 */
/** Those of `known` with a type and exactly the span `span`. */
function typedAt(known: readonly Candidate[], span: { readonly start: number; readonly end: number }): Candidate[] {
  const out: Candidate[] = [];
  for (const c of known) if (c.type && c.start === span.start && c.end === span.end) out.push(c);
  return out;
}

/** no term the text defines (`definedAbbreviations` in a text with no opening bracket: `hasBracket`) */
const NO_TERMS: ReadonlySet<string> = new Set();
function definedAbbreviations(ctx: NameContext, known: readonly Candidate[], out: Candidate[], termForms: Map<string, string | null>, techTerms: Map<number, number>): ReadonlyMap<string, Abbreviation | null> {
  const { doc, toks } = ctx;
  const definitions = definitionsOf(ctx);
  const terms: ReadonlySet<string> = hasBracket(doc) ? findTermDefinitions(doc) : NO_TERMS;
  const acronyms = undefinedAcronyms(ctx, known);
  if (definitions.length === 0 && terms.size === 0 && acronyms.size === 0) return NO_ABBREVIATIONS;
  const map = new Map<string, Abbreviation | null>();
  for (const d of definitions) {
    const short = doc.clean.slice(d.short.start, d.short.end);
    // (a short form defined again as no term's is no term's everywhere: 'Electronic Stability Assist (ESA)' and later
    // 'the European Space Agency (ESA)' leave the gazetteer's agency its mentions)
    if (map.has(short)) {
      if (termForms.has(short) && !isTerm(ctx, d.long, known)) termForms.delete(short);
      continue;
    }
    const long = doc.clean.slice(d.long.start, d.long.end);
    const whole = typedAt(known, d.long)[0];
    if (whole) {
      map.set(short, { type: whole.type!, name: whole.entries.length ? whole.entries[0].name : whole.name, entries: whole.entries });
      continue;
    }
    const words = toks.slice(d.long.from, d.long.to).map((t) => t.text);
    const last = words[words.length - 1];
    let type: EntityType;
    if (NOT_NAME_TAILS.has(last) || MEDICAL.test(last)) {
      map.set(short, null);
      continue;
    } else if (techTerm(ctx, words, d.long, known) && !actsLikeOrganization(doc.clean, short)) {
      // a technology's term, its head a service's, a network's or an operator's and a word of technology before it
      // ('General Packet Radio Service (GPRS)', 'Mobile Virtual Network Operator (MVNO)'), no organisation's word in it
      // ('Mobile Data Association'), is no name, as a term of common words is (below)
      map.set(short, null);
      termForms.set(short, long);
      techTerms.set(d.long.start, d.long.end);
      continue;
    } else if (words.some((w) => ORG_WORDS.has(w)) || ORG_HEADS.has(words[0]) || known.some((c) => c.type === 'organization' && c.start >= d.long.start && c.end <= d.long.end)) type = 'organization';
    // (not 'Al-Qaeda in the Arabian Peninsula (AQAP)': an organisation inside it, above)
    else if (PLACE_TAILS.has(last) || PLACE_HEADS.has(last)) type = 'place';
    // a person's initials, dotted, after the given names: 'Alan John Percivale (A.J.P.) Taylor' (undotted, a first name
    // opens firms' names as often: 'Archer Daniels Midland (ADM)')
    else if (short.includes('.') && isListed(words[0], ctx.lex.firstNames, ctx.lex.givenNames)) type = 'person';
    // a term of common words is no name unless its short form acts like an organisation's ('Liquid Crystal Display
    // (LCD)', 'Really Simple Syndication (RSS)'; but 'New Democracy (ND) ... ND officials', 'Electronic Arts (EA) ... EA said')
    // (a short form written as a word acts so only where it speaks: a product's name takes a possessive too, 'the new Asimo
    // (Advanced Step in Innovative Mobility) … Asimo's role')
    else if (isTerm(ctx, d.long, known) && !actsLikeOrganization(doc.clean, short, !WORD_SHORT.test(short))) {
      map.set(short, null);
      // (a gazetteer's organisation of the short form is none either, unless the long form is a firm's in form, a plural
      // or a possessive last or an '&' in it: 'Associated Cement Companies (ACC)', 'Standard & Poor's (S&P)')
      if (!(last.endsWith('s') || words.includes('&'))) termForms.set(short, long);
      continue;
    } else type = 'organization';
    const sameStems = sameStemsAs(long);
    const entries = typedAt(known, d.short).find((c) => c.type === type && c.entries.length > 0 && [c.entries[0].name, ...c.entries[0].aliases].some(sameStems))?.entries ?? [];
    // (one line: a long form may be wrapped, 'Oil\nIndia Ltd')
    const name = entries.length ? entries[0].name : singleSpaced(long);
    out.push({ start: d.long.start, end: d.long.end, sentence: d.sentence.index, type, entries, name, source: 'rule:abbreviation', confidence: 0.7, priority: -1, role: null });
    map.set(short, { type, name, entries });
  }
  // a term's short form that the text defines by words in lower case ('digital rights management (DRM)', 'a personal
  // video recorder (PVR)') is no name either, unless it acts like an organisation's
  for (const short of terms) if (!map.has(short) && !actsLikeOrganization(doc.clean, short, false)) map.set(short, null), termForms.set(short, null);
  for (const short of acronyms) if (map.has(short)) acronyms.delete(short);
  if (acronyms.size > 0) initialsOfPlaces(ctx, known, acronyms, initialsOfOrganizations(ctx, known, acronyms, map), map);
  for (const short of acronyms) if (NATIONAL_BODY_SHORTS.has(short) && !map.has(short)) nationalBodyAlone(ctx, short, map);
  return map;
}

/** a football story's words: the game's, its competitions', its positions' (`nationalBodyAlone`) */
const FOOTBALL_WORDS = /\b(?:[Ff]ootball|[Ss]occer|Premiership|Premier League|FA Cup|Champions League|Uefa|UEFA|Fifa|FIFA|goalkeepers?|strikers?|midfielders?|defenders?|penalty|offside|free-kicks?)\b/;

/**
 * Step 16b'': a national body's short form alone ('the FA said') that no name of the document spells out is the one
 * national body of it the document names with its nation ('the Spanish FA' … 'talking with the FA'), else, in a football
 * story (a sports report with a word of the game, `FOOTBALL_WORDS`), the body that short form names alone, the first
 * association's (`NATIONAL_BODY_SHORTS`: 'Football Association'); elsewhere none ('FA' is a fine art's, a savings bank's,
 * a free agent's).
 */
function nationalBodyAlone(ctx: NameContext, short: string, map: Map<string, Abbreviation | null>): void {
  let named: string | undefined;
  for (const f of ctx.found) {
    if (f.rule !== 'national-body' || f.to - f.from !== 2 || ctx.toks[f.to - 1].text !== short || f.name === named) continue;
    // (two nations' bodies: which one the short form names is not said)
    if (named !== undefined) return;
    named = f.name;
  }
  if (named === undefined && (ctx.sports ??= isSportsReport(ctx.doc.clean)) && FOOTBALL_WORDS.test(ctx.doc.clean)) named = NATIONAL_BODY_SHORTS.get(short);
  if (named !== undefined) map.set(short, { type: 'organization', name: named, entries: [], rule: 'national-body' });
}

/** the initials of a name's capitalised words: 'MIT' of 'Massachusetts Institute of Technology' */
export function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w)) out += w[0];
  return out;
}

/** a candidate's entity key: its gazetteer entry's id, or its name */
export const idKey = (c: Candidate) => c.entries[0]?.id ?? `=${c.idName ?? c.name}`;

/**
 * The initials of the document's organisations named in two capitalised words or more (`cands`: the gazetteer's first,
 * then the rules') -> the one named so, or null where two organisations have the initials ('BMS' -> Bristol-Myers
 * Squibb). What `acronymsOfNamedOrgs` relinks a typed acronym to, and the name finder types an untyped one by (step 16b).
 */
export function namedOrgInitials(cands: Iterable<Candidate>, doc: SplitDocument): Map<string, Candidate | null> {
  const full = new Map<string, Candidate | null>();
  for (const c of cands) {
    if (c.type !== 'organization') continue;
    const text = doc.clean.slice(c.start, c.end);
    if (!/\s/u.test(text)) continue;
    // (its legal form no letter of it: 'Unilever NV' is no 'UN'; a name with an acronym in it is spelled out no more:
    // 'CPC Party Congress')
    const all = text.split(/\s+/);
    const words = all.filter((w) => !isLegalForm(w.replace(/,$/, '')));
    if (words.some((w) => !/\p{Ll}/u.test(w) && /\p{Lu}/u.test(w))) continue;
    // (and with its legal form, which gives a letter as often: 'ZMC' of 'Zorvabad Mining Corporation', 'SAIC' of
    // 'Shanghai Automotive Industry Corp'; three letters or more: 'NC' is no 'Nvidia Corp')
    const withForm = words.length < all.length && all.every((w) => /\p{Ll}/u.test(w)) ? initialsOf(all.join(' ')) : '';
    const spelled = withForm.length >= 3 ? [initialsOf(words.join(' ')), withForm] : [initialsOf(words.join(' '))];
    // (of two legal forms, the first gives one as often: 'BSC' of 'Bear Stearns Cos Inc')
    if (withForm.length >= 4 && words.length < all.length - 1) spelled.push(withForm.slice(0, -1));
    // (a name of two parts joined by '&' or 'and' by its parts' initials and the '&': 'M&S' of 'Marks & Spencer', 'P&G'
    // of 'Procter and Gamble'; the second part's first initial alone too, 'Z&Q' of 'Zorvex & Quandell Holdings')
    const and = words.findIndex((w) => w === '&' || w === 'and');
    if (and > 0) {
      const left = initialsOf(words.slice(0, and).join(' '));
      const right = initialsOf(words.slice(and + 1).join(' '));
      spelled.push(`${left}&${right}`);
      if (right.length > 1) spelled.push(`${left}&${right[0]}`);
    }
    for (const initials of spelled) {
      if (initials.length < 2) continue;
      // (the gazetteer's and the rules' candidates of one name are one: the gazetteer's first)
      const known = full.get(initials);
      if (known === undefined || (known !== null && known.entries.length === 0 && c.entries.length > 0 && doc.clean.slice(known.start, known.end) === text)) full.set(initials, c);
      else if (known !== null && idKey(known) !== idKey(c) && !(c.entries.length === 0 && doc.clean.slice(known.start, known.end) === text)) full.set(initials, null);
    }
  }
  return full;
}

/** the acronyms of a person's office or trade, never an organisation's initials ('GP', 'DJ', 'PM') */
const ROLE_ACRONYMS = new Set('MP PM VP GP DJ PC QC DA AG CEO CFO COO CTO MD'.split(' '));
/** an acronym of two to six capitals ('BMS', 'FA', 'GM'; `ACRONYM` takes no two) */
const ORG_INITIALS = /^\p{Lu}{2,6}$/u;
/** initials joined by '&', one or two a side: 'M&S', 'P&O', 'AT&T' */
const AMPERSAND_INITIALS = /^\p{Lu}{1,2}&\p{Lu}{1,2}$/u;

/**
 * The acronyms of `ctx.found` that may be an organisation's initials (`initialsOfOrganizations`): one token of two to six
 * capitals outside a line in capitals, that no rule made a person or a place and that no gazetteer typed ('US', 'EU').
 */
function undefinedAcronyms(ctx: NameContext, known: readonly Candidate[]): Set<string> {
  const out = new Set<string>();
  let typedStarts: Set<number> | undefined;
  for (const f of ctx.found) {
    if (f.to - f.from !== 1 || f.caps || f.type === 'person' || f.type === 'place' || !(ORG_INITIALS.test(f.name) || AMPERSAND_INITIALS.test(f.name)) || out.has(f.name)) continue;
    // (nor a title's or an office's: 'The MP said' after 'the Metropolitan Police', 'the GP said' after 'the Green Party')
    if (ctx.roleWords.has(f.name) || POST_NOMINALS.has(f.name) || ROLE_ACRONYMS.has(f.name)) continue;
    typedStarts ??= new Set(known.filter((c) => c.type !== null).map((c) => c.start));
    if (!typedStarts.has(f.start)) out.add(f.name);
  }
  return out;
}

/**
 * Step 16b: an acronym the document never defines that is the initials of an organisation it names in full is that
 * organisation wherever it stands ('BMS' after 'Bristol-Myers Squibb', 'FA' after 'the Football Association', 'GM' after
 * 'General Motors'), as GATE's OrthoMatcher matches acronyms: the initials as the tag stage reads them for an acronym a
 * rule or a gazetteer typed (`namedOrgInitials`, `acronymsOfNamedOrgs`; none where two organisations have them). The
 * organisations: the gazetteer's and the rules' so far.
 */
function initialsOfOrganizations(ctx: NameContext, known: readonly Candidate[], acronyms: ReadonlySet<string>, map: Map<string, Abbreviation | null>): ReadonlyMap<string, Candidate | null> {
  const { doc, lex } = ctx;
  const ruled = ctx.found.filter((f) => f.type === 'organization' && f.to - f.from >= 2).map((f) => candidate(doc, f, f.start, f.end, 'organization', f.rule, f.confidence));
  const full = namedOrgInitials([...known, ...ruled], doc);
  for (const short of acronyms) {
    const named = full.get(short);
    // (two letters only where the document has them speak or own: a state's code, 'NY, SC, DC', 'DM us', are none)
    if (named && (short.length > 2 || actsLikeOrganization(doc.clean, short))) map.set(short, { type: 'organization', name: named.entries.length ? named.entries[0].name : (named.idName ?? withoutLegalForm(named.name, lex) ?? singleSpaced(named.name)), entries: named.entries, rule: 'acronym-of-name' });
  }
  return full;
}

/**
 * Step 16b': an acronym the document never defines that is the initials of a town, a region or a country it names in
 * two words or more is that place ('LA' after 'Los Angeles', 'NJ' after 'New Jersey', 'SD' after 'San Diego'); none
 * where two of its places have them ('SA': 'South Africa' and 'South Australia').
 */
function initialsOfPlaces(ctx: NameContext, known: readonly Candidate[], acronyms: ReadonlySet<string>, orgInitials: ReadonlyMap<string, Candidate | null>, map: Map<string, Abbreviation | null>): void {
  const { doc, lex } = ctx;
  const full = new Map<string, Candidate | null>();
  for (const c of known) {
    if (c.type !== 'place' || c.entries.length === 0 || !AREA_KINDS.has(c.entries[0].kind ?? '')) continue;
    const text = doc.clean.slice(c.start, c.end);
    if (!/\s/u.test(text) || text.split(/\s+/).some((w) => !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    const initials = initialsOf(text);
    const had = full.get(initials);
    if (had === undefined) full.set(initials, c);
    else if (had !== null && had.entries[0].id !== c.entries[0].id) full.set(initials, null);
  }
  for (const short of acronyms) {
    const named = short.length <= 3 && !map.has(short) ? full.get(short) : undefined;
    // (not a word's abbreviation, 'TV' after 'The Village' (a town of Oklahoma), nor an exchange's code in a ticker,
    // '<HKEH.HK>', nor a currency's, 'HK$'; nor an organisation's initials the document names, 'HP' beside
    // 'Hewlett-Packard' and 'Himachal Pradesh'; nor a bill's number, 'SB 1070'; nor an abbreviation that is seldom a
    // place's, 'CT scan', 'PE teacher', 'NI contributions': the text's scans last, for the few acronyms a place has)
    if (!named || (commonTag(short) ?? 'PROPN') !== 'PROPN' || lex.commonWords.has(short.toLowerCase()) || NOT_PLACE_ACRONYMS.has(short) || orgInitials.has(short)) continue;
    if (inTicker(doc.clean, short) || new RegExp(`\\b${short}\\s*\\d`).test(doc.clean)) continue;
    map.set(short, { type: 'place', name: named.entries[0].name, entries: named.entries, rule: 'acronym-of-name' });
  }
}
/** whether the text writes `code` as a ticker's exchange, after a full stop ('<HKEH.HK>'), or a currency's, before '$' ('HK$ 43 mln') */
const inTicker = (text: string, code: string) => text.includes(`.${code}>`) || text.includes(`.${code} `) || text.includes(`${code}$`);
/** abbreviations of two letters seldom a place's, whatever place the document names ('CT' scans, 'PE' lessons, 'EP' records) */
const NOT_PLACE_ACRONYMS = new Set('CT PE EP MC CS HP PR NI AC BC SB HB AB GP DM ER PC IT IP AI ID OS PM AM HR PA ET GM UK US EU'.split(' '));
const AREA_KINDS = new Set(['city', 'region', 'country']);

// where an entry of a results table stands: first in its line ('' before it), after a rank ('3.'), a comma, a dash or 'beat'
const RESULTS_ENTRY_BEFORE = /^(?:|\d{1,3}\.?|[,;:–-]|beat|bt|v|vs\.?)$/;

/**
 * Whether the tokens from `open` are '(' a country or nationality of one or two words ')', not followed by a
 * match's score or 'v' (a club's results line: 'Levski Sofia ( Bulgaria ) 1 Olimpija ( Slovenia ) 0') nor a
 * legal form (a company's subsidiary: 'Kumagai Gumi (Hong Kong) Ltd').
 */
function countryInBrackets(ctx: NameContext, s: Sentence, open: number): boolean {
  const { toks, lex } = ctx;
  for (let close = open + 2; close <= open + 3 && close < s.tokenEnd; close++) {
    if (toks[close].text !== ')') continue;
    const inside = toks.slice(open + 1, close).map((t) => t.text).join(' ');
    const after = close + 1 < s.tokenEnd ? toks[close + 1].text : '';
    // (a number before a unit is a time or a distance: '( Algeria ) 3 minutes 49.09 seconds')
    const score = /^\d{1,2}$/.test(after) && !/^\p{Ll}/u.test(close + 2 < s.tokenEnd ? toks[close + 2].text : '');
    return (lex.qualifiers.has(inside) || lex.known.get(inside.toLowerCase()) === 'place') && !score && !isVersus(after) && !LEGAL_FORMS.has(after);
  }
  return false;
}

/** The sentence's text before a name (a few words) and after it. */
function around(text: string, s: Sentence, start: number, end: number, width = 24): { before: string; after: string } {
  return { before: text.slice(Math.max(s.start, start - width), start), after: text.slice(end, Math.min(s.end, end + 48)) };
}

/**
 * Step 15: the names of sports teams in a sports report. A place name (a gazetteer's or a rule's, never a
 * country's nor a surname of a person named here in full) that stands where a team does once ('Leicestershire
 * beat Somerset'), an untyped name before a player's or an official's role ('Chelsea manager'), or an untyped run of
 * a word or an acronym and a town that does ('NAC Breda'), names the team everywhere in the report but after a place
 * preposition; a weak rule's person that is such a club leaves `personWords` (which the step mutates). None outside sports
 * reports. (Step 5b's results-line teams, 'Blackpool 0 Wycombe 0', are organisations already; taking their names
 * as teams elsewhere in the report too lost a correct place or two in CoNLL-2003 and gained none.)
 */
function sportsTeams(ctx: NameContext, known: readonly Candidate[], personWords: Set<string>, docTypes: ReadonlyMap<string, { type: EntityType }>, sports: () => boolean): ReadonlySet<string> {
  const { doc } = ctx;
  // (a story that is no sports report and has no player's position after a club's town has no team: `positionedTeams`
  // finds one only there; the sets below are made for nothing then, in most stories)
  if (!sports() && !anyPositionAfterTown(doc, known)) return NO_TEAMS;
  const names = new Set<string>();
  // no team: countries, and the surnames of people named in full here ('Washington' after 'MaliVai Washington')
  const notTeams = new Set<string>(personWords);
  // where persons start, and where they end (a player before his club in brackets, 'Marco Pascolo ( Cagliari )')
  const persons = new Set<number>();
  const personEnds = new Set<number>();
  for (const c of known) {
    // (nor a continent or a region of several countries, a gazetteer's place of no country: "Europe's most clinical striker")
    if (c.type === 'place') {
      const name = doc.clean.slice(c.start, c.end);
      if (isNation(name, c.entries.map((e) => e.kind)) || (c.entries.length > 0 && c.entries.every((e) => !e.country))) notTeams.add(name);
    }
    if (c.type === 'person') {
      persons.add(c.start);
      personEnds.add(c.end);
    }
  }
  for (const f of ctx.found)
    if (f.type === 'person') {
      persons.add(f.start);
      personEnds.add(f.end);
    }
  // (outside a sports report only a town before a player's position counts, `positionedTeams`: the report's own rules
  // below are read in one only, so the question is asked first, above, as most stories are none: 421 of the first 3,000
  // documents of the 10 MB bench corpus are)
  if (!sports()) return positionedTeams(ctx, known, notTeams, persons);
  const clubPersons = new Set<string>();
  // the gazetteer's typed candidates by their span ('start:end', the first of a span), built when a step first asks:
  // a name a gazetteer typed keeps its entity
  let typedBySpan: Map<string, Candidate> | undefined;
  const typedKnown = () => (typedBySpan ??= typedCandidatesBySpan(known));
  // (whether the name at start..end stands where a team does, the persons around it read: `teamContext`)
  const standsAsTeam = (s: Sentence, start: number, end: number, common: boolean) => {
    // (64 code units before: a list's earlier names and the cue before them, `teamContext`)
    const { before, after } = around(doc.clean, s, start, end, 64);
    return teamContext(before, after, { common, personAt: (offset) => persons.has(end + offset), personEndsBefore: (offset) => personEnds.has(start - offset) });
  };
  const consider = (s: Sentence, name: string, start: number, end: number) => {
    if (s.zone === 'meta' || names.has(name) || notTeams.has(name) || isNation(name, [])) return;
    if (standsAsTeam(s, start, end, ctx.lex.commonWords.has(name.toLowerCase()))) names.add(name);
  };
  for (const f of ctx.found) if (f.type === 'place' && !f.caps) consider(f.sentence, f.name, f.start, f.end);
  // an untyped name of one word no gazetteer types before a plural verb whose subject it is: a club no gazetteer has as
  // a place ('Chelsea have all the tools', 'Wasps were beaten'; a player takes the singular: any other team's context
  // made 'defeated Jansher' a club, and 'Halftime 1-0', 'Extras ( lb-2 ) 3' clubs by their score)
  let typedAt: Set<number> | undefined;
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from !== 1 || !PLURAL_VERBS.has(ctx.toks[f.to]?.text ?? '') || names.has(f.name) || notTeams.has(f.name) || ctx.lex.commonWords.has(f.name.toLowerCase())) continue;
    const { before, after } = around(doc.clean, f.sentence, f.start, f.end);
    if (!pluralSubject(before, after)) continue;
    // (the clause's subject: after nothing, a comma, a conjunction or a verb of saying or thinking, not after a
    // determiner or an adjective: 'his English are not very good', 'a wireless Christmas are unlikely'; nor the last
    // of a list: 'Ullrich, Zulle, Basso, Vinokourov, Rumsas are names on the podium', 'then Abshero were')
    if (!CLAUSE_OPENING.test(before) || LIST_BEFORE.test(before)) continue;
    // (nor a word opening a sentence, after a quotation mark too, that the document writes nowhere else as a name:
    // 'Balls were going really fast', '"Injuries are part of the sport'; nor an acronym's plural, a family: 'QBs are',
    // 'the Bryans were' after 'Bob Bryan')
    if (SENTENCE_OPENING.test(before) && (commonTag(f.name) !== null || isPluralOfCommon(f.name) || !casedNames(ctx).has(f.name))) continue;
    if (ACRONYM_PLURAL.test(f.name) || familyOf(f.name, personWords, ctx.lex)) continue;
    typedAt ??= new Set(known.filter((c) => c.type !== null).map((c) => c.start));
    if (!typedAt.has(f.start)) names.add(f.name);
  }
  // an untyped name of up to four words that a match's result and score name a side of: a club no gazetteer has
  // ('Partizan beat Benetton 97-94', 'who beat Internacional 2-1'; `matchSide`); not a person's surname the report
  // names in full ('Ebdon beat Hendry 9-5' after 'Stephen Hendry'), nor a run that opens with a common word (a run
  // that opens with a given name of the lists the first-name rule has typed a person already)
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from > 4 || !(isMatchToken(ctx.toks[f.to]?.text) || isMatchToken(ctx.toks[f.from - 1]?.text))) continue;
    if (f.sentence.zone === 'meta' || names.has(f.name) || notTeams.has(f.name) || isCommonish(ctx.lex, ctx.toks[f.from].text)) continue;
    const { before, after } = around(doc.clean, f.sentence, f.start, f.end);
    if (!matchSide(before, after)) continue;
    // (nor a name a gazetteer typed, whose entity stands: 'The Reds beat Olympiakos 3-1'; a place inside the run is
    // none: 'Ginebra San Miguel')
    if (!typedKnown().has(`${f.start}:${f.end}`)) names.add(f.name);
  }
  // a name a weak rule made a person whose last word is a gazetteer's town and no surname of the lists, and whose first
  // is no given name of compromise's list, where a team stands: a club of a word and its town ('Hamburg beat Hansa
  // Rostock 1-0', 'Vitesse Arnhem upstaged Utrecht', 'Varteks Varazdin win 5-1', alone in brackets after a player's
  // name, 'Jacek Dembinski ( Widzew Lodz )': the name-shape or a surname rule's persons); untyped, it takes the team's
  // type below
  let towns: Set<string> | undefined;
  for (const f of ctx.found) {
    if (f.type !== 'person' || !WEAK_TEAM_PERSON_RULES.has(f.rule) || f.caps || f.to - f.from < 2 || f.to - f.from > 3 || f.sentence.zone === 'meta') continue;
    const last = ctx.toks[f.to - 1];
    // (nor a given name of compromise's list first: 'upset Michael Washington 6-2 6-1', whose town is a surname too)
    if (isListed(last.text, ctx.lex.lastNames, ctx.lex.surnames) || ctx.lex.firstNames.has(ctx.toks[f.from].text.toLowerCase())) continue;
    towns ??= new Set(known.filter((c) => c.type === 'place' && c.entries.length > 0 && !isArea(c)).map((c) => `${c.start}:${c.end}`));
    if (!towns.has(`${last.start}:${last.end}`)) continue;
    if (!standsAsTeam(f.sentence, f.start, f.end, false)) continue;
    names.add(f.name);
    clubPersons.add(f.name);
  }
  // the rows of a results table or a standings table name teams of one kind: where most of a table's names are
  // organisations, the rest no rule typed are teams too ('Chelsea 2 Coventry 0', 'Lotte 45 6 53 .462' among clubs the
  // score-line rule typed; 'Chelsea' and 'Lotte' given names it refuses alone: `tableTeams`), and so are a weak rule's
  // persons there ('Petra Drnovice 1 Slovan Liberec 3', 'Viktoria Zizkov 3 0 1 2 3 8 1': a given name and a town)
  const table = tableTeams(ctx, typedKnown, names);
  for (const name of table.untyped) if (!notTeams.has(name) && !isNation(name, [])) names.add(name);
  for (const name of table.persons) {
    names.add(name);
    clubPersons.add(name);
  }
  // (in a sports report only, as all of these: elsewhere the persons stand; their words no person's keys then: 'In
  // Siauliai :' after 'Kareda Siauliai ( Lithuania ) 0' is the town, not the surname)
  if (clubPersons.size > 0)
    for (const f of ctx.found)
      if (f.type === 'person' && clubPersons.has(f.name)) {
        f.type = null;
        for (const k of personKeys(f.name.split(/\s+/), ctx.lex)) personWords.delete(k);
      }
  // an untyped run of up to four words that ends in a gazetteer's town and stands where a team does: a club of a word or
  // an acronym and its town ('Levski Sofia beat Olimpija', 'a 1-0 win over NAC Breda', 'Red Star Belgrade 2'), whose
  // town alone had been the mention; not a compass word's part of a town ('moved to West Belfast'). Its town may be a
  // district's name too ('AEK Larnaca'), not a country's. (The towns' ends first, a number each: most runs end in none.)
  let clubTowns: Set<number> | undefined;
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from < 2 || f.to - f.from > 4 || f.sentence.zone === 'meta' || COMPASS.has(ctx.toks[f.from].text)) continue;
    const last = ctx.toks[f.to - 1];
    clubTowns ??= new Set(known.filter(isClubTown).map((c) => c.end));
    if (!clubTowns.has(last.end)) continue;
    // (nor a run opening with an adjective or an adverb, or a common word at a sentence's start: 'Former England captain')
    if (opensWithModifier(ctx, f)) continue;
    // (the town's span the run's last word: not a place of more words that ends there)
    if (!known.some((c) => c.start === last.start && c.end === last.end && isClubTown(c))) continue;
    if (standsAsTeam(f.sentence, f.start, f.end, false)) names.add(f.name);
  }
  // an untyped name of up to three words before a player's or an official's role: a club no gazetteer has as a place
  // ('Chelsea manager Mauricio Pochettino', 'Wrexham striker'; `squadContext`)
  // (not a nationality a gazetteer typed, 'Turkish fans'; nor an event, 'Davis Cup captain', 'Six Nations squad'; nor the end of a longer
  // name, 'California Angels skipper'; nor a run that opens with an adjective or an adverb, 'Former England captain',
  // or a sentence with a common word, 'Bench coach Andy Etchebarren')
  // (or a role qualified by a word or two in lower case, or a player's position, before a person's name: 'Chelsea
  // assistant boss Steve Clarke', 'Wasps flanker Johnny O'Connor', 'Chelsea left-back Wayne Bridge', whose name a place's
  // rule may have typed: a given name of the lists opening it does too; `squadRoleBeforeName`)
  const namedAfter = (f: Found) => {
    const role = squadRoleBeforeName(doc.clean.slice(f.end, Math.min(f.end + 48, f.sentence.end)));
    if (role === 0) return false;
    const at = f.end + role;
    return persons.has(at) || isGivenName(/^[\p{L}'’-]+/u.exec(doc.clean.slice(at, at + 24))?.[0] ?? '', ctx.lex);
  };
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from > 3 || names.has(f.name) || notTeams.has(f.name) || f.sentence.zone === 'meta') continue;
    if (!squadContext(doc.clean.slice(f.end, Math.min(f.end + 24, f.sentence.end))) && !namedAfter(f)) continue;
    if (opensWithModifier(ctx, f)) continue;
    // (the word before a whole word of the text, not a token: 'Val-d'Or Foreurs left wing', whose last token is "d'Or")
    if (EVENT_WORDS.has(ctx.toks[f.to - 1].text) || TOURNAMENT_LAST.has(ctx.toks[f.to - 1].text) || (f.from > f.sentence.tokenStart && CAPITALISED_WORD_BEFORE.test(doc.clean.slice(Math.max(f.sentence.start, f.start - 40), f.start)))) continue;
    if (!typedKnown().has(`${f.start}:${f.end}`)) names.add(f.name);
  }
  // an untyped name of one word in the possessive before a person's name: a club no gazetteer has ("Chelsea's Damien
  // Duff", a given name the lists refuse alone), as a town's is (`teamContext`); not a surname of a person named here in
  // full (`notTeams`: "Wenger's Patrick Vieira"), nor one the story has speak alone, a manager's ("Mourinho's Frank
  // Lampard" … 'Mourinho said')
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from !== 1 || names.has(f.name) || notTeams.has(f.name) || f.sentence.zone === 'meta') continue;
    if (possessiveBeforePerson(doc.clean.slice(f.end, Math.min(f.end + 8, f.sentence.end)), (offset) => persons.has(f.end + offset)) && !typedKnown().has(`${f.start}:${f.end}`) && !speaksAlone(ctx, f.name)) names.add(f.name);
  }
  // ... or before its season's, its table's or its squad's noun ("Chelsea's Premiership lead", "Rangers' boss",
  // "Saints' third boss of the season": `possessiveSquadNoun`); not a common word opening the sentence ("Team's boss"),
  // a feast ("Easter's stadium"), a letter (a nickname's, "the R's manager"), nor the given name of a person named here in
  // full ("Tiger's squad" after 'Tiger Woods')
  let givenNamed: Set<string> | undefined;
  for (const f of ctx.found) {
    if (f.type || f.caps || f.to - f.from !== 1 || f.end - f.start < 2 || !APOSTROPHES.has(doc.clean[f.end] ?? '') || names.has(f.name) || notTeams.has(f.name) || FEASTS.has(f.name) || f.sentence.zone === 'meta') continue;
    if (f.from === f.sentence.tokenStart && commonTag(f.name) !== null) continue;
    if (!possessiveSquadNoun(f.name, doc.clean.slice(f.end, Math.min(f.end + 40, f.sentence.end))) || typedKnown().has(`${f.start}:${f.end}`)) continue;
    givenNamed ??= givenNamesOfPersons(ctx, known);
    if (!givenNamed.has(f.name)) names.add(f.name);
  }
  // a run in capitals that names a place (the report's own, or the place lexicon's) where a team stands: a standings
  // table's 'NEW YORK 74 59 .556 -', a schedule's 'KANSAS CITY AT DETROIT' is not one (no result after it)
  for (const f of ctx.found)
    if (f.caps && (docTypes.get(f.name.toLowerCase())?.type === 'place' || ctx.lex.known.get(f.name.toLowerCase()) === 'place')) consider(f.sentence, f.name, f.start, f.end);
  for (const c of known) if (c.type === 'place') consider(doc.sentences[c.sentence], doc.clean.slice(c.start, c.end), c.start, c.end);
  return names.size > 0 ? names : positionedTeams(ctx, known, notTeams, persons);
}
/**
 * In any story, a town before a player's position and a person's name is a club ('Newcastle striker Alexander Isak',
 * 'Barcelona coach Hansi Flick' in a brief of one sentence, with no three sports words); not a country or a nation of
 * the UK, a national side ('England striker'), nor a manager's or a captain's town (a firm's 'Paris manager', a ship's).
 * `notTeams`, `persons`: `sportsTeams`' (names that are no team; where persons start).
 */
function positionedTeams(ctx: NameContext, known: readonly Candidate[], notTeams: ReadonlySet<string>, persons: ReadonlySet<number>): ReadonlySet<string> {
  const { doc } = ctx;
  let positioned: Set<string> | undefined;
  for (const c of known) {
    const position = positionAfterTown(doc, c);
    if (position === null) continue;
    const name = doc.clean.slice(c.start, c.end);
    if (notTeams.has(name) || !persons.has(c.end + position.length)) continue;
    (positioned ??= new Set()).add(name);
  }
  return positioned ?? NO_TEAMS;
}
/** The player's position and the spaces before it right after `c`, a club's town (a gazetteer's city), or null: `positionedTeams`' first test ('Newcastle striker Alexander Isak') */
function positionAfterTown(doc: SplitDocument, c: Candidate): string | null {
  if (!isClubTown(c) || c.entries[0].kind !== 'city') return null;
  return POSITION_AFTER.exec(doc.clean.slice(c.end, c.end + 40))?.[0] ?? null;
}
/** Whether a candidate of `known` has a player's position after it (`positionAfterTown`): what `positionedTeams` needs to find a team */
function anyPositionAfterTown(doc: SplitDocument, known: readonly Candidate[]): boolean {
  for (const c of known) if (positionAfterTown(doc, c) !== null) return true;
  return false;
}
const NO_TEAMS: ReadonlySet<string> = new Set();
/** the first words of the persons of two words or more the rules found or a gazetteer typed ('Tiger' of 'Tiger Woods') */
function givenNamesOfPersons(ctx: NameContext, known: readonly Candidate[]): Set<string> {
  const given = new Set<string>();
  for (const f of ctx.found) if (f.type === 'person' && f.to - f.from >= 2) given.add(ctx.toks[f.from].text);
  for (const c of known) {
    if (c.type !== 'person') continue;
    const first = /^[\p{L}\p{M}'’.-]+(?=\s)/u.exec(ctx.doc.clean.slice(c.start, c.end));
    if (first) given.add(first[0]);
  }
  return given;
}
/** an apostrophe, right after a name: its possessive may follow (the cheap test before any text is cut out) */
const APOSTROPHES = new Set(["'", '’']);
/** whether the document has a name of one word `name` alone before a verb of saying, as a person ('Mourinho said') */
const speaksAlone = (ctx: NameContext, name: string) => ctx.found.some((g) => g.to - g.from === 1 && g.name === name && SPEECH_AFTER.test(ctx.doc.clean.slice(g.end, g.end + 24)));
/** a capitalised word, as the text splits words at spaces, right before a name: 'Val-d'Or ' (not after a comma, a quotation mark or a colon, nor a possessive: 'However, ', 'Ollie," ', "Woodward's ") */
const CAPITALISED_WORD_BEFORE = /(?:^|\s)\p{Lu}\S*\p{L}(?<!['’]s)\s+$/u;
// a player's position or a coach right after a town, then a name: 'Newcastle striker Alexander Isak'
const POSITION_AFTER = /^\s+(?:striker|midfielder|goalkeeper|defender|winger|full-?back|cent(?:re|er)-?back|playmaker|head coach|coach)\s+(?=\p{Lu})/u;

/**
 * The names of a table's rows whose other names are mostly organisations (step 15). A row is a sentence of names each
 * followed by numbers and nothing else: a result, 'Chelsea 2 Coventry 0', or a standing, 'Bury 3 2 1 0 4 2 7', 'Lotte
 * 45 6 53 .462 14 1/2'; a table, three rows or more one after another. Where two thirds of its names or more are
 * organisations (the score-line rule's, a gazetteer's, a team of the report: `teams`), a name there that nothing typed
 * is one of them, and so is a weak rule's person of two or three words ('Petra Drnovice', a given name and a town): a
 * column holds one kind of thing. A gazetteer's person stays one, as does a table of persons (a golf table's, a
 * bowling analysis's players: no two thirds of organisations), and a place a gazetteer typed (`isNation` keeps
 * countries places). Only the names a run or a gazetteer's entry spans count.
 *
 *   Aston Villa 2 Derby 0 / Chelsea 2 Coventry 0 / Leicester 0 Arsenal 2   -> 'Chelsea'
 */
function tableTeams(ctx: NameContext, typed: () => ReadonlyMap<string, Candidate>, teams: ReadonlySet<string>): TableNames {
  const { doc, toks } = ctx;
  const out: TableNames = { untyped: [], persons: [] };
  let rows: { from: number; to: number }[][] = [];
  const flush = () => {
    if (rows.length >= 3) tableNames(ctx, typed(), teams, rows.flat(), out);
    rows = [];
  };
  for (const s of doc.sentences) {
    const slots = s.zone === 'meta' ? null : tableRow(toks, s.tokenStart, s.tokenEnd);
    if (slots) rows.push(slots);
    else flush();
  }
  flush();
  return out;
}

/**
 * A table row's names as token ranges (a name and a bracket after it, 'Mladost ( L ) 0', one range that no run spans:
 * it counts for nothing), or null where the sentence is no row: names each followed by one or more numbers ('45',
 * '.462', '1/2', '13.18', '-'), and at most a full stop after the last.
 */
function tableRow(toks: readonly Token[], from: number, to: number): { from: number; to: number }[] | null {
  if (to > from && toks[to - 1].text === '.') to--;
  // (a row ends in a number, and opens with a capital: most sentences fail here)
  if (to <= from || !TABLE_NUMBER.test(toks[to - 1].text) || !UPPER_FIRST.test(toks[from].text)) return null;
  const slots: { from: number; to: number }[] = [];
  let k = from;
  while (k < to) {
    const start = k;
    while (k < to && !TABLE_NUMBER.test(toks[k].text)) k++;
    if (k === start || k === to || !UPPER_FIRST.test(toks[start].text) || k - start > 6) return null;
    slots.push({ from: start, to: k });
    while (k < to && (TABLE_NUMBER.test(toks[k].text) || (toks[k].text === '-' && k > start))) k++;
  }
  return slots.length > 0 ? slots : null;
}
/** a number in a table: '45', '.462', '1/2', '13.18', '205-9', '( 96 )' is not one */
const TABLE_NUMBER = /^(?:\d[\d.,/:-]*|\.\d+)$/;

/** `tableTeams` for one table's names: those untyped or a weak rule's persons, where two thirds or more of all are organisations */
function tableNames(ctx: NameContext, typed: ReadonlyMap<string, Candidate>, teams: ReadonlySet<string>, slots: readonly { from: number; to: number }[], out: TableNames): void {
  const { toks, doc } = ctx;
  let orgs = 0;
  let named = 0;
  const untyped: string[] = [];
  const persons: string[] = [];
  for (const slot of slots) {
    const start = toks[slot.from].start;
    const end = toks[slot.to - 1].end;
    const f = ctx.found.find((x) => x.start === start && x.end === end && !x.caps);
    const c = typed.get(`${start}:${end}`);
    const name = doc.clean.slice(start, end);
    // (a name no run or gazetteer entry ends where it ends counts for nothing: 'Sheffield Wednesday', of which the
    // gazetteer's 'Sheffield' is the run, 'Stoke' a verb to wink)
    if (f || c || teams.has(name)) named++;
    if (f?.type === 'organization' || (!f?.type && c?.type === 'organization') || teams.has(name)) orgs++;
    // (nor a common word: a table's own, 'Group 1', 'Total 229')
    else if (f && !f.type && !c && !DRAW_WORDS.has(name) && !isCommonish(ctx.lex, name)) untyped.push(name);
    // (a weak rule's person of two or three words, no gazetteer's: 'Petra Drnovice')
    else if (f?.type === 'person' && WEAK_TEAM_PERSON_RULES.has(f.rule) && f.to - f.from >= 2 && f.to - f.from <= 3 && c?.type !== 'person') persons.push(name);
  }
  if (orgs * 3 < named * 2) return;
  out.untyped.push(...untyped);
  out.persons.push(...persons);
}
/** the typed candidates by their span, 'start:end' (the first of a span, as `Array.find` would give it) */
function typedCandidatesBySpan(known: readonly Candidate[]): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const c of known) {
    const span = `${c.start}:${c.end}`;
    if (c.type !== null && !out.has(span)) out.set(span, c);
  }
  return out;
}
interface TableNames {
  /** names no rule typed */
  readonly untyped: string[];
  /** names a weak rule made persons */
  readonly persons: string[];
}
/** a gazetteer's place that a club's name may end in: a town or a district, no country ('NAC Breda', 'AEK Larnaca') */
const isClubTown = (c: Candidate) => c.type === 'place' && c.entries.length > 0 && c.entries[0].kind !== 'country';
/**
 * A run that opens with an adjective, an adverb or a verb, or with any common word at a sentence's start, is no club's
 * name ('Former England captain', 'Bench coach Andy Etchebarren').
 */
function opensWithModifier(ctx: NameContext, f: Found): boolean {
  const tag = commonTag(ctx.toks[f.from].text);
  return tag === 'ADJ' || tag === 'ADV' || tag === 'VERB' || (tag !== null && f.from === f.sentence.tokenStart);
}
/** the plural verbs `pluralSubject` reads, as tokens: looked up before any text is cut out around a name */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** what may come before a clause's subject: nothing, punctuation, a conjunction, a verb of saying or thinking */
const CLAUSE_OPENING = /(?:^|[,;:(\u2013\u2014"“'‘-]|\b(?:and|but|as|when|while|after|before|because|that|if|so|though|although|since|until|unless|where|whereas|whether|yet|now|think|thinks|thought|said|says|believe|believes|know|knows|feel|feels|hope|hopes))\s*$/i;
/** the end of a list's name before a comma ('Vinokourov, Rumsas are', 'Goucher, Flanagan, the Chinese, Mikitenko are'): the verb is the list's */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\bthen)\s*,?\s*$/u;
/** a sentence's opening, or an opening quotation mark */
const SENTENCE_OPENING = /^\s*["“'‘]?\s*$/;
/** the rules whose person a club's name of a word and a town may be ('Gloria Bistrita', 'Vitesse Arnhem') */
const WEAK_TEAM_PERSON_RULES = new Set(['first-name', 'name-shape', 'surname-suffix', 'person-context']);
/** the last word of a tournament's name before 'squad' ('their Six Nations squad', 'the Olympic Games team'), besides EVENT_WORDS */
const TOURNAMENT_LAST = new Set(['Nations', 'Games', 'Olympics', 'Series']);

/**
 * Step 19b: a name of two capitalised words joined by a hyphen ('Borg-Warner', 'Allis-Chalmers', 'Wal-Mart') that the
 * given-name rule (its first word: 'Morton', 'Casey') or the reporting-verb rule ('Allis-Chalmers said') typed as a
 * person (not the title rule: 'Mr Kilroy-Silk') is a firm named after its founders: a person is named so alone only
 * after the document names them in full ('Mark Lewis-Francis', then 'Lewis-Francis'), or with 'he' or 'his' after it.
 * Where one of its words is the surname of a person the document names in full it is a pair of them, no name ('the
 * Reagan-Gorbachev summit', 'Clinton-Trump debate'), and so where famous people's surnames make a pair (`famousPair`:
 * 'the Reagan-Carter debate'). Not an Arabic name's article ('Al-Chalabi', 'El-Baradei'), a nation's combining form
 * ('the Franco-Prussian war'), nor two given names of compromise's list ('Francois-Rene'; which leaves 'Allen-Bradley'
 * a person). A given-name rule's pair with a gazetteer's country, region or continent
 * (`isAreaAt`, by token) is no name ('Asia-Pacific'). `personWords`: the surnames of the people named in full
 * (`personKeys`).
 */
function hyphenFirms(ctx: NameContext, personWords: ReadonlySet<string>, isAreaAt: (k: number) => boolean): void {
  const { toks, doc } = ctx;
  for (const f of ctx.found) {
    if (f.type !== 'person' || f.caps || f.to - f.from !== 3 || !isHyphen(toks[f.from + 1].text)) continue;
    // (not after a title: 'Mr Kilroy-Silk', the title rule's)
    if (f.rule !== 'first-name' && f.rule !== 'person-context') continue;
    const a = toks[f.from].text;
    const b = toks[f.from + 2].text;
    // (a given name's rule's pair of which one is a gazetteer's country, region or continent is no name: 'Asia-Pacific',
    // 'Asia' a given name; step 9 asks compromise's lexicon only)
    if (isAreaAt(f.from) || isAreaAt(f.from + 2)) {
      if (f.rule === 'first-name') [f.type, f.rule, f.confidence] = [null, '', 0];
      continue;
    }
    if (!HYPHEN_PART.test(a) || !HYPHEN_PART.test(b) || ARABIC_ARTICLES.has(a) || COMBINING_FORMS.has(a)) continue;
    // (two given names are one: 'Francois-Rene', 'Julie-Anne'; so are, here, 'Allen-Bradley' and 'Casey-Werner')
    if (ctx.lex.firstNames.has(a.toLowerCase()) && ctx.lex.firstNames.has(b.toLowerCase())) continue;
    // (a person named in full before: 'Lewis-Francis' after 'Mark Lewis-Francis')
    if (personWords.has(f.name)) continue;
    // (nor where a personal pronoun follows in its sentence: 'Lewis-Francis was pleased with his run'; a firm's is 'it';
    // nor before an age or an apposition a title heads: 'Lewis-Francis, 25, won', 'Kilroy-Silk, the MEP, said')
    const after = doc.clean.slice(f.end, f.sentence.end);
    if (PERSONAL_AFTER.test(after) || AGE_AFTER.test(after) || titleApposition(ctx, { s: f.sentence, start: f.start, end: f.end, after })) continue;
    const pair = personWords.has(a) || personWords.has(b) || famousPair(ctx.lex, a, b, after);
    [f.type, f.rule, f.confidence] = pair ? [null, '', 0] : ['organization', 'hyphen-firm', 0.6];
  }
}
/**
 * Whether two surnames joined by a hyphen name a pair of people where no one of them is named in full (`hyphenFirms`):
 * both famous people's of the lone-surname list, or one of them and a listed surname before what a pair of people hold
 * ('the Reagan-Carter debate'; not 'Thatcher-Glass said', a firm)
 */
function famousPair(lex: NameFinderLexicons, a: string, b: string, after: string): boolean {
  const lone = lex.loneSurnames;
  if (lone === undefined || !(lone.has(a) || lone.has(b))) return false;
  if (lone.has(a) && lone.has(b)) return true;
  return isListed(lone.has(a) ? b : a, lex.lastNames, lex.surnames) && PAIRING_AFTER.test(after);
}
const HYPHEN_PART = /^\p{Lu}\p{Ll}+$/u;
// what two people's names joined by a hyphen name ('the Reagan-Carter debate'; 'Thatcher-Glass said' is a firm's)
const PAIRING_AFTER = /^\s+(?:debates?|summit|talks|race|contest|meeting|match|fight|rivalry|feud|ticket|duel|showdown|deal)\b/;
const COMMA_BEFORE = /,\s*$/;
const PERSONAL_AFTER = /\b(?:he|him|his|she|her|hers)\b/i;
// an Arabic name's article, which opens persons' and papers' names alike
const ARABIC_ARTICLES = new Set(['Al', 'El', 'Ul', 'Bin', 'Ben', 'Abu', 'Ibn']);
// a nation's combining form: 'the Franco-Prussian war', 'Anglo-Irish', 'Sino-Soviet'
const COMBINING_FORMS = new Set('Anglo Franco Sino Afro Indo Austro Russo Greco Judeo Euro Italo Hispano Luso Germano Nippo Serbo Turco Irano Americo'.split(' '));

/** The document's surnames (person) and organisations' shorter names, lower-cased; a word of both is neither. */
function lowerWords(personWords: ReadonlySet<string>, orgWords: ReadonlySet<string>): ReadonlyMap<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const w of personWords) out.set(w.toLowerCase(), 'person');
  const both = new Set<string>();
  for (const w of orgWords) {
    const k = w.toLowerCase();
    if (out.get(k) === 'person') both.add(k);
    else out.set(k, 'organization');
  }
  for (const k of both) out.delete(k);
  return out;
}

/**
 * An ALL-CAPS run: the longest stretches that the body (or a place lexicon, in a dateline) names. `titleCase`: an
 * untyped run of a headline in title case, read the same way but for a word alone, which only a surname or an
 * organisation's shorter name (`words`) gives ('Trump Slams Biden').
 */
function capsRun(ctx: NameContext, f: Found, docTypes: ReadonlyMap<string, { type: EntityType; priority?: number }>, out: Candidate[], words?: ReadonlyMap<string, EntityType>, titleCase = false): void {
  const { doc, toks } = ctx;
  for (let a = f.from; a < f.to; ) {
    let best = 0;
    let bestType: EntityType | null = null;
    let bestRule = '';
    let priority: number | undefined;
    for (let b = f.to; b > a; b--) {
      const text = doc.clean.slice(toks[a].start, toks[b - 1].end);
      // (a headline in title case borrows a word alone only as a surname or an organisation's shorter name, below: a word
      // a weak rule typed in the body may be a common one there, 'Graphic' of 'in Graphic', a place)
      let d = titleCase && b === a + 1 ? undefined : docTypes.get(text.toLowerCase());
      // (a team of the report beats the gazetteer's place, as in the body: 'LEICESTERSHIRE TAKE OVER AT TOP'; not after
      // a place preposition: 'COLORADO AT ST LOUIS')
      if (d?.priority === -1) {
        const { before, after } = around(doc.clean, f.sentence, toks[a].start, toks[b - 1].end);
        if (!teamMention(before, after)) d = undefined;
      }
      // (a shorter name of more words too, 'CYPRESS SEMICONDUCTOR' of 'Cypress Semiconductor Corp', whose 'CYPRESS' alone
      // had been the mention; not an organisation's shorter name of one of compromise's common words, 'ENERGY' of 'Energy
      // Ventures Inc': a headline's word in capitals)
      const lower = text.toLowerCase();
      const named = words?.get(lower);
      const w = named === 'organization' && b === a + 1 && ctx.lex.commonWords.has(lower) ? undefined : named;
      if (d) [best, bestType, bestRule, priority] = [b, d.type, 'headline-borrow', d.priority];
      // (a word alone: the surname of a person the body names in full, the shorter name of an organisation: 'SHEARER')
      else if (w) {
        [best, bestType, bestRule] = [b, w, w === 'person' ? 'document-person' : 'document-organization'];
        // (and a given name with a surname after it, the whole name: 'ROBERTO DURAN' over 'Roberto " Hands of Stone " Duran')
        if (w === 'person' && b < f.to && isListed(text, ctx.lex.firstNames, ctx.lex.givenNames) && isListed(toks[b].text, ctx.lex.lastNames, ctx.lex.surnames)) best = b + 1;
      } else if (f.sentence.zone !== 'body' && !isCapsLine(toks, f.sentence)) {
        const k = ctx.lex.known.get(text.toLowerCase());
        if (k === 'place') [best, bestType, bestRule] = [b, k, 'lexicon-place'];
      }
      if (best) break;
    }
    // (a place or nationality before an event's word opens the event's name, as a gazetteer's match does: 'HONG KONG
    // OPEN', 'GREATER MILWAUKEE OPEN'; not 'URGES JAPAN OPEN MARKETS')
    if (best && (bestType === 'place' || bestType === 'norp') && best < f.to && isEventWord(toks[best].text, best + 1 < f.sentence.tokenEnd ? toks[best + 1].text : '')) {
      a = best + 1;
      continue;
    }
    if (best && bestType) {
      out.push(candidate(doc, f, toks[a].start, toks[best - 1].end, bestType, bestRule, 0.6, priority));
      a = best;
    } else a++;
  }
}

/**
 * The words of a person's full name under which a lone mention of it is that person: the last word ('Aliyev' of
 * 'Ilham Aliyev'), and, with the name lists, the first of a name written family name first, whose last word is
 * no known name but its first a known surname ('Xi' of 'Xi Jinping', 'Li' of 'Li Keqiang'; not 'Kim' of 'Kim Jong
 * Un': 'Kim' is a given name too), a listed given name last only where both words are pinyin ('Xiao' of 'Xiao Qiang':
 * `isPinyin`); and a surname with its particles ('de Blasio' of 'Bill de Blasio': `particleSurname`). `words`: the
 * name's words (letters only); none for fewer than two.
 */
export function personKeys(words: readonly string[], lex?: NameFinderLexicons): string[] {
  // (a suffix is no key: 'Trump' of 'Donald Trump Jr.', not 'Jr.', which had left a later lone 'Trump' an id of its own)
  if (words.length >= 3 && isNameSuffix(words[words.length - 1])) words = words.slice(0, -1);
  if (words.length < 2) return [];
  const last = words[words.length - 1];
  // (a feast's name is no one's: 'Father Christmas', WordNet's Santa Claus, made every 'Christmas' of a story him)
  if (FEASTS.has(last)) return [];
  const first = words[0];
  if (!lex) return [last];
  // The last word is no name of any list nor a nationality ('President Jefferson', 'Western Russian' keep only theirs),
  // the first no given name, title or word in capitals ('Sierra Pacific', 'OM Gruppen': false persons, and their
  // first word alone still less a person)
  // ('Lee' of 'Lee Jae-myung': a given name of two syllables joined by a hyphen, the second in lower case, comes after
  // the family name, step 1b)
  if (words.length === 2 && HYPHEN_GIVEN.test(last)) return [last, first];
  // ('de Blasio' of 'Bill de Blasio': a surname with its particle, the way a lone mention writes it, 'Mr. de Blasio')
  // (from the first of the particles before the last word: 'van der Zorvath' of 'Edwin van der Zorvath')
  let p = words.length - 1;
  while (p > 1 && PARTICLES.has(words[p - 1].toLowerCase())) p--;
  const withParticle = p < words.length - 1 ? particleSurname(words.slice(p)) : undefined;
  const familyFirst =
    words.length <= 3 &&
    hasLower(first) &&
    isListed(first, lex.lastNames, lex.surnames) &&
    !isListed(first, lex.firstNames, lex.givenNames) &&
    !roleWordsOf(lex.roles).has(first) &&
    // (a surname last too but for two words in pinyin, a Chinese name, whose given names the surname lists hold as well:
    // 'Liu Xiang', 'Zhang Yimou')
    (!isListed(last, lex.lastNames, lex.surnames) || (words.length === 2 && isPinyin(first) && isPinyin(last))) &&
    // (nor a given name last, 'Trump Clinton', 'Obama Offers Comfort'; but a Chinese name's in pinyin, 'Xiao Qiang',
    // 'Li Qiang', whose given name the lists may hold)
    (!isListed(last, lex.firstNames, lex.givenNames) || (isPinyin(first) && isPinyin(last))) &&
    !lex.qualifiers.has(last);
  const keys = familyFirst ? [last, first] : [last];
  if (withParticle) keys.push(withParticle);
  // (a Spanish or Portuguese name's two surnames, a given name first: the first surname alone and the two together, as
  // a lone mention writes them, 'Galvez' and 'Galvez Ruiz' of 'Xochitl Galvez Ruiz', 'Uribe' of 'Alvaro Uribe Velez',
  // 'Lopez Obrador'; the first surname no given name: not 'Lee Harvey Oswald', 'Andrew Lloyd Webber')
  else if (words.length >= 3 && !familyFirst) {
    const paternal = words[words.length - 2];
    // (the second surname of no list too, an indigenous one: 'Morales' of 'Edgar Morales Tzul', 'Claure' of 'Veronica
    // Claure Antezana'; not a given name nor a common word)
    if (hasLower(paternal) && isListed(paternal, lex.lastNames, lex.surnames) && !isListed(paternal, lex.firstNames, lex.givenNames) && (isListed(last, lex.lastNames, lex.surnames) || (hasLower(last) && !isListed(last, lex.firstNames, lex.givenNames) && !isCommonish(lex, last))) && isListed(first, lex.firstNames, lex.givenNames))
      keys.push(paternal, `${paternal} ${last}`);
  }
  // (an Arabic surname with its article joined by a hyphen, 'al-Assad' of 'Bashar al-Assad': a lone mention writes it
  // without the article or with it capitalised, 'Assad said', 'Al-Assad said')
  const article = HYPHENED_ARTICLE.exec(last);
  if (article) keys.push(article[2], article[1][0].toUpperCase() + last.slice(1));
  return keys;
}

/** Arabic words that open a group's or a place's name before an article, no given name: 'Jaish al-Adl', 'Ahrar al-Sham', 'Bab al-Nasr' */
const NOT_GIVEN_ARABIC = new Set('Jaish Ahrar Ansar Jabhat Asaib Kataib Liwa Saraya Harakat Hizb Tanzim Bab Dar Deir Ras Tal Tell Khan Ahl Beit Bayt Ain Jabal Jebel Wadi Souk Suq Masjid Qasr'.split(' '));
/** an Arabic surname's article joined to it by a hyphen, in lower case: 'al-Assad', 'el-Sisi' */
const HYPHENED_ARTICLE = /^(al|el)[-‐‑](\p{Lu}[\p{L}'’]+)$/u;

/**
 * A word of one or two syllables of Hanyu Pinyin, capitalised, as Chinese names are written in English ('Xiao', 'Qiang',
 * 'Jinping', 'Keqiang'; not 'Comfort', 'Clinton', 'Cohen', 'Hogan'): each syllable an initial and a final that the
 * syllable table pairs (`PINYIN_FINALS`, tone marks and the ü of 'lü' left out, as English writes them). Written by hand:
 * the table is small and closed.
 */
const PINYIN_FINALS: Readonly<Record<string, string>> = {
  '': 'a ai an ang ao e ei en eng er o ou',
  b: 'a ai an ang ao ei en eng i ian iao ie in ing o u',
  p: 'a ai an ang ao ei en eng i ian iao ie in ing o ou u',
  m: 'a ai an ang ao e ei en eng i ian iao ie in ing iu o ou u',
  f: 'a an ang ei en eng o ou u',
  d: 'a ai an ang ao e ei en eng i ian iao ie ing iu ong ou u uan ui un uo',
  t: 'a ai an ang ao e eng i ian iao ie ing ong ou u uan ui un uo',
  n: 'a ai an ang ao e ei en eng i ian iang iao ie in ing iu ong ou u uan uo',
  l: 'a ai an ang ao e ei eng i ia ian iang iao ie in ing iu ong ou u uan un uo',
  g: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
  k: 'a ai an ang ao e en eng ong ou u ua uai uan uang ui un uo',
  h: 'a ai an ang ao e ei en eng ong ou u ua uai uan uang ui un uo',
  j: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  q: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  x: 'i ia ian iang iao ie in ing iong iu u uan ue un',
  zh: 'a ai an ang ao e ei en eng i ong ou u ua uai uan uang ui un uo',
  ch: 'a ai an ang ao e en eng i ong ou u ua uai uan uang ui un uo',
  sh: 'a ai an ang ao e ei en eng i ou u ua uai uan uang ui un uo',
  r: 'an ang ao e en eng i ong ou u uan ui un uo',
  z: 'a ai an ang ao e ei en eng i ong ou u uan ui un uo',
  c: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
  s: 'a ai an ang ao e en eng i ong ou u uan ui un uo',
  y: 'a an ang ao e i in ing o ong ou u uan ue un',
  w: 'a ai an ang ei en eng o u',
};
const PINYIN_SYLLABLE = `(?:${Object.entries(PINYIN_FINALS)
  .flatMap(([initial, finals]) => finals.split(' ').map((f) => initial + f))
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const PINYIN = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);
/** a capitalised word of pinyin (`PINYIN`, the table in lower case) */
const isPinyin = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && PINYIN.test(w.toLowerCase());

/**
 * The key of a surname written with its particles ('de Blasio', 'van der Zorvath', 'De Blasio' opening a sentence: the
 * particles in lower case), or undefined for words that are not particles and a capitalised name. `personKeys` gives it for a
 * full name ending so; resolve links a two-word mention of it to that person.
 */
export function particleSurname(words: readonly string[]): string | undefined {
  // (the first word first, before any copy: resolve asks it of every name of two words or more it links)
  if (words.length < 2 || !(PARTICLES.has(words[0]) || PARTICLES.has(words[0].toLowerCase()))) return undefined;
  const particles = words.slice(0, -1).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  return particles.every((w) => PARTICLES.has(w)) && /^\p{Lu}\p{Ll}/u.test(last) ? `${particles.join(' ')} ${last}` : undefined;
}

const FEASTS = new Set('Christmas Easter Thanksgiving Halloween Hanukkah Ramadan Diwali Passover'.split(' '));

/** Legal forms that end a company's name ('Magna International Inc', 'Deutsche Bank AG', 'Aaron's, Inc.'). */
const LEGAL_FORMS = new Set('Inc Inc. Incorporated Ltd Ltd. Limited Corp Corp. Corporation Co Co. Company Plc PLC plc AG SA S.A. NV N.V. GmbH LLC L.L.C. SpA S.p.A. BV AB ASA Bhd Berhad Pty Oy Oyj LP L.P. LLP Srl S.r.l. SARL Sarl SAS Ltda Lda Tbk KK K.K. KGaA Pte Cos Cos. JSC PJSC OJSC CJSC SAC S.A.C. SCA KG Kft Zrt Nyrt ApS SAB'.split(' '));
// every legal form ends an organisation's name: 'Cofinec S.A.', 'Pirelli SpA' (ORG_WORDS had some of them only)
for (const f of LEGAL_FORMS) ORG_WORDS.add(f);
// the last word of an event's name
// (not 'Games', 'Olympics': 'the Atlanta Games' names its host city, and CoNLL-2003 tags the city)
const EVENT_WORDS = new Set('Open Championship Championships Cup Masters Prix Marathon Rally Classic Trophy Invitational Regatta Festival Biennale Expo Awards War Wars Convention'.split(' '));

// what follows an event's name in a headline in capitals: 'HONG KONG OPEN SEMIFINAL RESULTS', 'U.S. OPEN .'
const ROUND_WORDS = new Set(['.', '', 'RESULTS', 'SEMIFINAL', 'SEMIFINALS', 'QUARTER-FINAL', 'QUARTER-FINALS', 'QUARTERFINAL', 'FINAL', 'FINALS', 'SCORES', 'DRAW', 'LEADERS', 'ROUND', 'TITLE', 'CHAMPION', 'WINNER', 'STANDINGS']);

/**
 * Is `word` the last word of an event's name ('Open', 'Cup')? In capitals ('OPEN') only at a headline's end or before a
 * round's word (`next`: the token after it): 'U.S. OPEN', 'HONG KONG OPEN SEMIFINAL RESULTS', not 'URGES JAPAN OPEN
 * MARKETS', where it is a verb.
 */
export function isEventWord(word: string, next: string): boolean {
  if (word.length > 1 && isAllCapsWord(word)) return ROUND_WORDS.has(next) && EVENT_WORDS.has(word[0] + word.slice(1).toLowerCase());
  return EVENT_WORDS.has(word) || DOCUMENT_WORDS.has(word);
}

/**
 * The last word of a law's, a treaty's or a plan's name: 'the Marshall Plan', 'the Helms-Burton Act' is no
 * person, 'the Kyoto Protocol', 'the Dayton Accords', 'the Geneva Conventions' no place (OntoNotes' LAW, CoNLL-2003's
 * MISC; the pipeline has no type for them). Not 'Law' ('Stuart Law', 'Jude Law': a surname), 'Bill' (a given name:
 * 'U.S. President Bill Clinton' lost its country in a first version), 'Convention' in the singular (an event or a body
 * as often: 'the Republican National Convention', 'the Southern Baptist Convention') nor 'Report' ('the Drudge Report',
 * a website).
 */
const DOCUMENT_WORDS = new Set('Act Amendment Accord Accords Agreement Treaty Protocol Pact Conventions Charter Declaration Doctrine Plan'.split(' '));

/** Is `word` a legal form that ends a company's name ('SA', 'AG', 'Inc')? */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word);
}
/** Generic words a company's everyday name leaves off after its legal form is gone ('Magna International' -> 'Magna'). */
const COMPANY_WORDS = new Set('International Group Holdings Holding Industries Enterprises Bancorp Bancorporation Bancshares Financial Technologies Technology Systems Solutions Software Analytics Therapeutics Pharmaceuticals Pharma Biotech Biosciences Labs Robotics Semiconductor Semiconductors Ventures Logistics Foods Brands Motors Networks Communications'.split(' '));

/**
 * A firm's line of business, which a later mention leaves off as it does a generic company word ('Brennick' after
 * 'Brennick Airways', 'WMC' after 'WMC Resources', 'Lionhead' after 'Lionhead Studios'); but a name of a gazetteer's
 * firm and one of these words is often the firm's arm, no other name of it ('Barclays Capital', 'Disney Studios':
 * `gazetteerOrgBefore` leaves them), and a name may open with one ('Energy Transfer Partners')
 */
const LINE_OF_BUSINESS_WORDS = new Set('Tool Tools Instruments Machinery Equipment Manufacturing Materials Airways Airlines Energy Capital Partners Resources Media Studios Entertainment Insurance Telecom Shipping Steel Mining Dynamics Petroleum Chemicals Chemical Biotherapeutics Biologics Diagnostics Minerals Metals Pictures Records Realty Properties Investments Securities Aerospace Automotive Wireless Telecommunications Oil Gas Power Air Research Commodities Music Lines Tankers Sugar Sweeteners Agri Dairy Learning Education Games Gaming Apparel Apparels Textiles Garments Fashion Beverages Brewing Breweries Construction Engineering Homes Housing Developments Land Estates Cement Electronics Healthcare Medical Hospitals Finance Leasing Transport Marine Maritime Freight Aviation Hotels Hospitality Travel Retail Stores Agro Farms Fisheries Seafood Tobacco Packaging Plastics Fertilizers Fertilisers Solar Renewables Utilities Telecoms Mobile Digital Interactive Publishing Broadcasting Television Films Productions Animation Cosmetics Consulting Advisory Mills'.split(' '));

/** Whether `word` is a line of business a later mention of a firm leaves off ('Records' of 'Halcyon Records'). */
export const isLineOfBusinessWord = (word: string) => LINE_OF_BUSINESS_WORDS.has(word);

/**
 * The shorter names a later mention of an organisation named in full may use: its name without the legal
 * form at its end, then without a generic company word ('Magna International Inc' -> 'Magna International',
 * 'Magna'; 'Douglas & Lomason Co' -> 'Douglas & Lomason'). Without a legal form only a generic company word goes
 * ('Magna International' -> 'Magna'); 'Bank of England', 'Red Cross' keep their whole name. A one-word short name
 * must be no title, nationality, sentence opener, function word or given name ('Ambassador' of an 'Ambassador
 * Corp'), and a common word only after a legal form ('Mercantile' of 'Mercantile Bancorp Inc', not 'Islamic' of
 * 'Islamic Group'; documentPass takes a word of compromise's common lexicon only inside a sentence); a team's nickname
 * after its town ('Los Angeles Dodgers' -> 'Dodgers'). `words`: the name's words as written. (A country
 * named so, 'Japan' of 'Japan Inc', stays a place: the name finder types it, and only untyped runs and
 * gazetteer places or persons where it found no run take the organisation's type.)
 */
export function orgKeys(words: readonly string[], lex: NameFinderLexicons): string[] {
  // ('& Co' goes with its '&': 'Goldman Sachs & Co' -> 'Goldman Sachs')
  let n = legalFormStart(words, endsInLegalForm, 0);
  // ('Co Inc' has no shorter name)
  if (n === 0) return [];
  const keys: string[] = [];
  const legal = n < words.length;
  // (a name with no legal form keeps it whole unless a generic company word ends it: 'Magna International' -> 'Magna')
  let key: string | undefined;
  if (legal && (key = orgKeyOf(words, n, legal, lex)) !== undefined) keys.push(key);
  // (a trade's common words after 'and' go as a line of business does, the name before 'and' a shorter name and its own
  // lines of business after it: 'Zorvex Oil' and 'Zorvex' of 'Zorvex Oil and Gas Ltd', 'Quimbar Trust' of 'Quimbar Trust
  // and Banking Co Ltd', as the name finder's `tradePartEnd` joins them)
  const and = legal ? tradeAnd(words, n, lex) : -1;
  if (and > 0) {
    if ((key = orgKeyOf(words, and, legal, lex, true)) !== undefined) keys.push(key);
    n = and;
  }
  // (after a legal form, a plural common noun that ends a name of three words or more is a line of business too: 'Blue
  // Grass' of 'Blue Grass Breeders Inc', as 'Zorvex Growers Ltd' would be 'Zorvex' were it two)
  if (n > 1 && (COMPANY_WORDS.has(words[n - 1]) || LINE_OF_BUSINESS_WORDS.has(words[n - 1]) || (legal && n > 2 && tradePlural(words[n - 1], lex)))) {
    // (and a line of business before that word: 'Aspen' of 'Aspen Insurance Holdings', 'Brightpath' of 'Brightpath
    // Learning Group Inc')
    for (let m = n - 1; m >= 1; m--) {
      if ((key = orgKeyOf(words, m, legal, lex, LINE_OF_BUSINESS_WORDS.has(words[m]) || words[m] === 'International')) !== undefined) keys.push(key);
      if (m === 1 || !LINE_OF_BUSINESS_WORDS.has(words[m - 1])) break;
    }
  }
  // (a team's nickname after its town: 'Dodgers' of 'Los Angeles Dodgers', 'Celtics' of 'Boston Celtics'; a plural after
  // a place compromise's lexicon has)
  // (a newspaper's after two words or more before it, a town's the lexicon lacks as often: 'Times' of 'Tampa Bay
  // Times', 'Journal' of 'Wall Street Journal'; not 'Financial Times', 'Irish Times', whose 'Times' is London's paper,
  // nor an edition's, 'The Sunday Telegraph', a sister of 'The Daily Telegraph': `PAPER_EDITIONS`)
  else if (!legal && n >= 2 && (isTeamNickname(words[n - 1]) || CLUB_LAST_WORDS.has(words[n - 1]) || PAPER_LAST_WORDS.has(words[n - 1])) && !COMPANY_WORDS.has(words[n - 1]) && (lex.known.get(words.slice(0, n - 1).join(' ').toLowerCase()) === 'place' || (n >= 3 && PAPER_LAST_WORDS.has(words[n - 1]) && words.slice(0, n - 1).every((w) => TITLE_CASE_WORD.test(w) && !PAPER_EDITIONS.has(w))))) keys.push(words[n - 1]);
  // (a club's name and its town by its one first word, a word of no lexicon: 'Partizan' of 'Partizan Belgrade', 'Atletico'
  // of 'Atletico Madrid'; not 'Air' of 'Air France', nor a place's word, 'New' of 'New York', nor a name two such words
  // are, 'Red Star Belgrade'; nor a firm's branch in a country, 'Texaco Canada', 'Texaco USA', no Texaco)
  else if (!legal && n === 2 && TITLE_CASE_WORD.test(words[1]) && lex.known.get(words[1].toLowerCase()) === 'place' && !countryName(words[1], lex) && distinctiveWord(words[0], lex)) keys.push(words[0]);
  // (a founder's initials and surname before the legal form: the surname alone, a given name's word too, 'Grace' of 'W.R.
  // Grace and Co', 'Penney' of 'J.C. Penney Co'; not a role's word)
  else if (legal && n >= 2 && words.slice(0, n - 1).every((w) => INITIALS.test(w) || INITIAL.test(w)) && TITLE_CASE_WORD.test(words[n - 1]) && !roleWordsOf(lex.roles).has(words[n - 1])) keys.push(words[n - 1]);
  return keys;
}
/**
 * Where 'and' stands in a firm's name `words` before its legal form at `n`, when one to three capitalised common words
 * of no given name follow it and two words or more come before it ('Zorvex Oil and Gas Ltd'), else -1
 */
function tradeAnd(words: readonly string[], n: number, lex: NameFinderLexicons): number {
  for (let a = n - 2; a >= Math.max(2, n - 4); a--) {
    if (words[a] !== 'and') continue;
    for (let k = a + 1; k < n; k++) if (!TITLE_CASE_WORD.test(words[k]) || !isCommon(lex, words[k]) || isListed(words[k], lex.firstNames, lex.givenNames)) return -1;
    return a;
  }
  return -1;
}
/**
 * `text` with the characters a regular expression reads as syntax escaped, to find it as written in one (`RegExp.escape`
 * comes with Node 24; the project runs on Node 20, and a package for one line is not worth its dependency)
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** whether `word` is a country's name of the lexicons' ('Canada', 'Austria') */
function countryName(word: string, lex: NameFinderLexicons): boolean {
  if (!lex.countries) return false;
  let names = COUNTRY_NAMES.get(lex.countries);
  if (!names) COUNTRY_NAMES.set(lex.countries, (names = new Set(lex.countries.values())));
  return names.has(word);
}
const COUNTRY_NAMES = new WeakMap<ReadonlyMap<string, string>, Set<string>>();
/** A capitalised word of letters that no lexicon has, no given name, place, nationality, title, sentence opener or common word: 'Partizan'. */
function distinctiveWord(word: string, lex: NameFinderLexicons): boolean {
  return (
    TITLE_CASE_WORD.test(word) &&
    !lex.known.has(word.toLowerCase()) &&
    !lex.qualifiers.has(word) &&
    !SENTENCE_OPENERS.has(word) &&
    !roleWordsOf(lex.roles).has(word) &&
    !lex.commonWords.has(word.toLowerCase()) &&
    !isCommonWord(word.toLowerCase()) &&
    !isListed(word, lex.firstNames, lex.givenNames)
  );
}
/** an organisation's name without the legal form that ends it ('General Motors Corp' -> 'General Motors', 'Goldman Sachs & Co' -> 'Goldman Sachs'), if that is a name (`orgKeys`) */
export function withoutLegalForm(name: string, names: NameFinderLexicons): string | undefined {
  // (a name in capitals as a headline writes it, the words as a text would: 'ZORVEX INDUSTRIES INC' is the entity of
  // 'Zorvex Industries Inc' in the story below it)
  let words = singleSpaced(name).split(' ');
  // (a legal form, an acronym or initials as they are: 'VEBA AG', 'NL INDUSTRIES INC', 'J.W. MAYS INC')
  if (!/\p{Ll}/u.test(name) && words.length > 1) words = words.map(textCase);
  if (!isLegalForm(words[words.length - 1].replace(/,$/, ''))) return undefined;
  // (orgKeys' first key is the name without the legal form, when that is a name of its own)
  const key = orgKeys(words, names)[0];
  if (key === undefined) return undefined;
  // (a common word alone is no firm's id across documents: 'News Corp', 'Hospital Corp', 'Coastal Corp' keep theirs)
  return !key.includes(' ') && names.commonWords.has(key.toLowerCase()) ? undefined : key;
}

// a football club's last words after its town, which reports name the club by alone: 'United' of 'Manchester United',
// 'City' of 'Leicester City' ('to put United ahead', "City's best chance")
// ('Rovers', 'Wanderers' are nicknames' plurals, `isTeamNickname`, after 'the' too)
const CLUB_LAST_WORDS = new Set('United City Athletic Albion Town County'.split(' '));
// … those that name something else after 'the' ('the City' of London's banks, 'the Town'; 'the United board' is the
// club's)
const NAMED_ELSE_AFTER_THE = new Set('City Athletic Albion Town County'.split(' '));
// a newspaper's last word after its town, which a story names the paper by after its full name: 'the Post' of 'The
// Washington Post', 'the Globe' of 'The Boston Globe'
// (not 'Courier', a surname too, nor 'Star', a common word: 'the Star of David')
const PAPER_LAST_WORDS = new Set('Post Times Journal Globe Tribune Herald Chronicle Gazette Examiner Inquirer Telegraph'.split(' '));
// the words of a paper's edition, whose sisters share its last word ('The Sunday Times', 'Daily Mail')
const PAPER_EDITIONS = new Set(['Sunday', 'Saturday', 'Daily', 'Weekly']);
/** a capitalised plural that may be a team's nickname: 'Dodgers', 'Celtics' (not 'Bros', 'US', 'Congress') */
const isTeamNickname = (w: string) => w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isCapitalised(w) && hasLower(w);

/** a capitalised plural of a common noun, a trade's people or goods ('Breeders', 'Growers', 'Builders') */
const tradePlural = (w: string, lex: NameFinderLexicons) => /^\p{Lu}\p{Ll}{3,}s$/u.test(w) && !w.endsWith('ss') && isCommon(lex, w.slice(0, -1).toLowerCase());
/** `orgKeys`' short name of the first `k` of `words` (the last one's comma off), or undefined where it may be none. */
function orgKeyOf(words: readonly string[], k: number, legal: boolean, lex: NameFinderLexicons, business = false): string | undefined {
  const ws = words.slice(0, k);
  ws[k - 1] = ws[k - 1].replace(/,$/, '');
  if (ws.length === 1) {
    const w = ws[0];
    // (a common word may be one, a noun or an adjective, after a legal form: 'Mercantile' of 'Mercantile Bancorp Inc',
    // 'Commerce' of 'Commerce Bancshares Inc', or before a line of business (`business`): 'Halcyon' of 'Halcyon
    // Records'; findNames takes it only inside a sentence, where a writer capitalises it as a name, or before what a
    // firm does; not before a generic company word alone: 'Islamic' of 'Islamic Group'; nor a line of business itself:
    // 'Energy' of 'Energy Capital'; a given name only before a legal form, a founder's name the story calls the firm by,
    // 'Olin' of 'Olin Corp', 'Tiffany' of 'Tiffany & Co', and not a place's too, 'Asia' of '... Asia Inc')
    if (!isCapitalised(w) || roleWordsOf(lex.roles).has(w) || lex.qualifiers.has(w) || SENTENCE_OPENERS.has(w) || FUNCTION_POS.has(commonTag(w) ?? '') || (isListed(w, lex.firstNames, lex.givenNames) && (!legal || lex.known.get(w.toLowerCase()) === 'place'))) return undefined;
    if ((!legal && !business && isCommon(lex, w)) || (business && LINE_OF_BUSINESS_WORDS.has(w))) return undefined;
    // (nor a place's name compromise knows without one: 'Oxford' of 'Oxford Biotech' is the city in a later sentence;
    // nor before a line of business, with one or not: 'Tucson' of 'Tucson Electric Power Co')
    if ((!legal || business) && lex.known.get(w.toLowerCase()) === 'place') return undefined;
  }
  if (COMPANY_WORDS.has(ws[0])) return undefined;
  const key = ws.join(' ');
  // (nor a nationality's or a place's name of more words before a line of business: 'South African' of 'South African
  // Breweries', 'Hong Kong' of 'Hong Kong Land')
  if (business && ws.length > 1 && (lex.qualifiers.has(key) || lex.known.get(key.toLowerCase()) === 'place')) return undefined;
  return key;
}

const roleHeadSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** the last words of the roles: 'Minister' of 'Foreign Affairs Minister', 'General' of 'Attorney General' */
function roleHeadsOf(roles: readonly string[]): ReadonlySet<string> {
  let heads = roleHeadSets.get(roles);
  if (!heads) roleHeadSets.set(roles, (heads = new Set(roles.map((r) => r.slice(r.lastIndexOf(' ') + 1)))));
  return heads;
}

/**
 * the words of the roles: 'Lieutenant', 'General'; not an organisation's word that only opens a role of two words or
 * more, which is no title alone ('Police' of 'Police Chief': 'Charing Cross Police Station', 'State Police' are no
 * titles; `roleLeadsOf`)
 */
function roleWordsOf(roles: readonly string[]): ReadonlySet<string> {
  let words = roleWordSets.get(roles);
  if (!words) {
    const leads = roleLeadsOf(roles);
    roleWordSets.set(roles, (words = new Set(roles.flatMap((r) => r.split(/\s+/)).filter((w) => !leads.has(w)))));
  }
  return words;
}

/**
 * Whether a word opens a national body's name before a country ('Statistics' of 'Statistics Canada') or is a title's
 * word of roles.txt ('Commander'): what `matchGazetteers` keeps a place after.
 */
export const bodyHeadOrTitle = (word: string, lex: NameFinderLexicons) => BODY_HEADS.has(word) || roleWordsOf(lex.roles).has(word);
/** Whether a word is a title's word of roles.txt ('MP', 'boss', 'Councillor'): what `matchGazetteers` keeps a firm's common-word name before, a member's name after it. */
export const isTitleWord = (word: string, lex: NameFinderLexicons) => roleWordsOf(lex.roles).has(word);

/** an organisation's word that only opens roles -> the roles' second words: 'Police' -> 'Chief', 'Commissioner' */
function roleLeadsOf(roles: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> {
  let leads = roleLeadSets.get(roles);
  if (leads) return leads;
  const elsewhere = new Set(roles.flatMap((r) => r.split(/\s+/).slice(1)));
  const found = new Map<string, Set<string>>();
  for (const r of roles) {
    const [first, second] = r.split(/\s+/);
    if (second !== undefined && ORG_WORDS.has(first) && !elsewhere.has(first) && !roles.includes(first)) (found.get(first) ?? found.set(first, new Set()).get(first)!).add(second);
  }
  roleLeadSets.set(roles, (leads = found));
  return leads;
}
const roleLeadSets = new WeakMap<readonly string[], ReadonlyMap<string, ReadonlySet<string>>>();

/** the articles before a name that make a thing of a given name and a common word (step 9: 'the Marshall Plan') */
const ARTICLE_BEFORE = new Set(['the', 'a', 'an']);
/** ... as a sentence writes them, capitalised or in capitals too, for `casedNames`' `articled` ('the Bill', 'The Earl') */
const ARTICLE_WORDS = new Set([...ARTICLE_BEFORE].flatMap((a) => [a, a[0].toUpperCase() + a.slice(1), a.toUpperCase()]));

/**
 * Whether a name of two words whose first is a given name that is a metal or a jewel too (`AWARD_ADJECTIVES`) is an
 * award's or a thing's (step 8h): after an article or a possessive, a word in lower case between ('an honorary Golden
 * Bear', "Sabato's Crystal Ball"), or before an award's word ('Golden Rose television awards'); its last word a common
 * word, or no surname ('Golden Kinnaree'), so that "the Lions' Golden Tate" stays a person
 */
function awardName(ctx: NameContext, s: Sentence, words: readonly Token[], start: number, end: number): boolean {
  if (words.length !== 2 || !AWARD_ADJECTIVES.has(words[0].text)) return false;
  const last = words[1].text;
  if (!isCommonish(ctx.lex, last) && isListed(last, ctx.lex.lastNames, ctx.lex.surnames)) return false;
  return THING_BEFORE.test(tail(ctx.doc.clean, s.start, start)) || AWARD_AFTER.test(ctx.doc.clean.slice(end, Math.min(s.end, end + 40)));
}
/** the given names that are a metal or a jewel too, an award's first word: 'Golden Globe', 'Silver Bear', 'Crystal Globe' */
const AWARD_ADJECTIVES = new Set('Golden Silver Crystal Diamond Platinum Bronze'.split(' '));
/** an article, a possessive pronoun or a possessive before a thing's name, an adjective in lower case between */
const THING_BEFORE = /(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our|[Mm]y)|['’]s?)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;
/** an award's word after its name, a word in lower case between: 'Golden Kinnaree awards', 'Golden Rose television awards' */
const AWARD_AFTER = /^\s+(?:\p{Ll}+\s+)?(?:awards?|prizes?|trophy|trophies|medals?|statuettes?)\b/u;

/** the rules whose person a work's title before it overrules (step 8c): the weakest evidence of a person's name */
const WEAK_PERSON_RULES = new Set(['first-name', 'surname-suffix', 'name-shape']);

/**
 * Step 8c in the whole document: a name found as a work's title ('the film Vera Drake') is no person where the given-name,
 * surname or name-shape rule made one of it ('Vera Drake won', 'Vera Drake star Imelda Staunton'), nor a place where
 * the preposition rule made one ('in Amelie' after 'the hit film Amelie'); so is an award's name (step 8h: 'received
 * and honorary Golden Rose' after 'the Golden Rose awards'). Changes `found` in place, before the document's types are
 * noted.
 */
function untypeWorks(found: Found[]): void {
  let works: Set<string> | undefined;
  // (and an award's name, step 8h's: 'the Golden Rose' makes no person of 'and honorary Golden Rose')
  for (const f of found) if (f.rule === 'work' || f.rule === 'award') (works ??= new Set()).add(f.name);
  if (!works) return;
  for (const f of found)
    if (((f.type === 'person' && WEAK_PERSON_RULES.has(f.rule)) || (f.type === 'place' && f.rule === 'place-preposition')) && works.has(f.name)) {
      f.type = null;
      f.rule = 'work';
      f.confidence = 0;
    }
}

/**
 * Step 12f' in the whole document: a camel-case coinage (step 12f) that the document writes only as a product's, a
 * program's or a show's name is no firm: 'the PlayStation 3', 'Nintendo first launched its GameBoy console', 'the
 * BitTorrent network', 'the MyDoom virus', 'the online role-playing game EverQuest', 'soap EastEnders'. A product's cue
 * is a number or a product's noun after the name, a product's kind right before it, or the name's plural
 * ('PlayStations'); a firm's cue, anywhere in the document, keeps every mention a firm: 'WorldCom said', 'WorldCom
 * executives', "MessageLabs' report" does not, 'the firm MessageLabs' does. Changes `found` in place, before the
 * document's types are noted.
 */
function untypeProducts(ctx: NameContext, known: readonly Candidate[]): void {
  let names: Set<string> | undefined;
  for (const f of ctx.found) if (f.rule === 'camel-case' && f.type === 'organization') (names ??= new Set()).add(f.name);
  if (!names) return;
  const toks = ctx.toks;
  const product = new Set<string>();
  const firm = new Set<string>();
  // (where an organisation's name ends: its possessive before a coinage is its product's, "Sony's PlayStation 2", "the
  // BBC's EastEnders"; not a person's, "Nate Silver's FiveThirtyEight", nor a place's, "Germany's ThyssenKrupp")
  let orgEnds: Set<number> | undefined;
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k].text;
    const plural = w.endsWith('s') && names.has(w.slice(0, -1));
    if (!names.has(w) && !plural) continue;
    const name = plural ? w.slice(0, -1) : w;
    const next = toks[k + 1]?.text ?? '';
    const prev = toks[k - 1]?.text.toLowerCase() ?? '';
    // (a possessive's next word: "WorldCom's chief", "Zorvex' staff")
    const after = next === "'s" || next === '’s' || next === "'" || next === '’' ? (toks[k + 2]?.text ?? '') : next;
    // (a firm's kind before it, its staff and 'at', a division's 'of', 'shares in' it: 'Telecoms operator BellSouth',
    // 'engineers at SeekFast', 'a division of ScanSoft')
    if (FIRM_WORDS.has(prev) || PRODUCT_FIRM_BEFORE.has(prev) || (prev === 'at' && FIRM_STAFF.has(toks[k - 2]?.text.toLowerCase() ?? '')) || (prev === 'of' && FIRM_PARTS.has(toks[k - 2]?.text.toLowerCase() ?? '')) || ((prev === 'in' || prev === 'of') && SHARES.has(toks[k - 2]?.text.toLowerCase() ?? '')) || PRODUCT_FIRM_AFTER.test(after) || (toks[k + 1]?.start === toks[k].end + 1 && isLegalForm(next))) firm.add(name);
    else if (plural || (PRODUCT_KIND_BEFORE.has(prev) && commonTag(next) !== 'VERB') || PRODUCT_NOUN_AFTER.has(next) || modelNumberAt(toks, k + 1) || kindsSuchAs(toks, k) || (APOSTROPHE_S.test(prev) && k >= 2 && (orgEnds ??= organizationEnds(ctx, known)).has(toks[k - 2].end))) product.add(name);
  }
  // (and a name another rule made a firm: 'the firm SeekFast', an apposition's)
  for (const f of ctx.found) if (f.type === 'organization' && f.rule !== 'camel-case' && names.has(f.name)) firm.add(f.name);
  for (const f of ctx.found)
    if (f.rule === 'camel-case' && product.has(f.name) && !firm.has(f.name)) {
      f.type = null;
      f.rule = 'product';
      f.confidence = 0;
    }
}
/**
 * Step 12f'': a street's name the street rule made a place ('Quandell Street') is a programme's title, no place, where a
 * sentence that names it says soap or sitcom ('the soap Quandell Street', 'Quandell Street has become the first soap',
 * 'Quandell Street was overlooked in the soap category'): every mention of it untyped, as a work's title. Changes `found`
 * in place, before the document's types are noted. (The sentence is read only for a street rule's place.)
 */
function untypeShows(ctx: NameContext): void {
  let shows: Set<string> | undefined;
  for (const f of ctx.found) {
    if (f.type !== 'place' || f.rule !== 'place-keyword' || f.caps || !STREET_TAILS.has(ctx.toks[f.to - 1].text)) continue;
    // (not where a place's preposition stands before it, a real street's: 'The soap was filmed on Quandell Street', 'bars
    // of soap on Quandell Street')
    if (SHOW_WORDS.test(ctx.doc.clean.slice(f.sentence.start, f.sentence.end)) && !STREET_PREPOSITION_BEFORE.test(ctx.doc.clean.slice(Math.max(f.sentence.start, f.start - 12), f.start))) (shows ??= new Set()).add(f.name);
  }
  if (!shows) return;
  for (const f of ctx.found) if (f.type === 'place' && shows.has(f.name)) [f.type, f.rule, f.confidence] = [null, 'work', 0];
}
/** a street's last word (`untypeShows`) */
const STREET_TAILS = new Set(['Street', 'Road', 'Avenue', 'Square']);
/**
 * a place's preposition right before a street's name: a real street's, even in a soap's sentence (`untypeShows`). Not
 * disambiguate.ts' `placePrepositionBefore`, a town's prepositions: a street takes 'on' and 'along' ('filmed on Canal
 * Street'), which that test leaves out ('on' before a capitalised word is seldom a town's: 'on Apple', 'on Monday').
 */
const STREET_PREPOSITION_BEFORE = /\b(?:on|in|at|along|near|off|down|up|into|from)\s+$/;
/** a programme's kind that a street's name is no place beside (`untypeShows`) */
const SHOW_WORDS = /\b(?:soaps?|sitcoms?)\b/;
/** where the document's organisations end, the gazetteer's and the rules' others than a coinage's (`untypeProducts`) */
function organizationEnds(ctx: NameContext, known: readonly Candidate[]): Set<number> {
  const ends = new Set<number>();
  for (const c of known) if (c.type === 'organization') ends.add(c.end);
  for (const f of ctx.found) if (f.type === 'organization' && f.rule !== 'camel-case') ends.add(f.end);
  return ends;
}
/** Whether the name at `k` follows a product's kind in the plural and 'such as' or 'like', in the list after it too:
 *  'programmes such as EastEnders', 'consoles, such as the GameBoy', "consoles, such as Microsoft's Xbox and
 *  PlayStation", "software, like HP's ProtectTools" */
function kindsSuchAs(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  // (back over the list's names before it: capitalised words, their possessives, 'the', commas, 'and', 'or')
  for (let n = 0; n < 12 && j > 0 && LIST_WORD.test(toks[j].text); n++) j--;
  if (toks[j]?.text === 'as' && toks[j - 1]?.text === 'such') j -= 2;
  else if (toks[j]?.text === 'like') j--;
  else return false;
  if (toks[j]?.text === ',') j--;
  return PRODUCT_KINDS.has(toks[j]?.text ?? '');
}
/** a word of a list of names: a capitalised word or its possessive, 'the', a comma, 'and', 'or' */
const LIST_WORD = /^(?:\p{Lu}[\p{L}\d-]*|['’]s|the|,|and|or)$/u;
/** a product's kind in the plural before 'such as' (`kindsSuchAs`; not 'services', a firm's as often: 'services, such
 *  as TalkTalk') */
const PRODUCT_KINDS = new Set('programmes programs shows soaps dramas series games consoles handhelds gadgets handsets browsers software technology technologies'.split(' '));

/**
 * Whether the token at `k`, right after a name, is a model's number: one or two digits, no year, price, share or count
 * ('the PlayStation 3', 'Xbox 2'; not 'the NexaCore 2005 outlook', 'OnDisc 99p tracks', 'MediGen 12 hospitals')
 */
function modelNumberAt(toks: readonly Token[], k: number): boolean {
  if (k >= toks.length || !/^\d{1,2}$/.test(toks[k].text) || toks[k].start !== toks[k - 1].end + 1) return false;
  const after = toks[k + 1]?.text ?? '';
  return !(toks[k + 1]?.start === toks[k].end && /^\p{L}/u.test(after)) && !/^(?:%|per|pc|m|bn|million|billion)$/.test(after) && !/^\p{Ll}+s$/u.test(after);
}
/** a product's noun after its name: 'the PlayStation 3 console', 'the BitTorrent system', 'the MyDoom virus', a web
 * platform's, a program's or a show's ('WordPress plugins', 'your WordPress dashboard', 'the AdWords interface',
 * 'EastEnders actress'; a firm's technology or software is named so too, 'Demand for SanVolt technology': a firm's cue
 * anywhere outweighs it). Not what a web firm's name has as often: its app, site, account, API, blog or database ('the
 * Gogobot and TripAdvisor apps', 'the TechJect site', 'a LinkedIn account', 'the FiveThirtyEight blog') */
const PRODUCT_NOUN_AFTER = new Set(
  (
    'console consoles handheld player players title titles feature button technology software program programs programme system systems virus worm bug trojan plug-in plugin browser toolbar handset handsets phone phones tablet device devices headset format file files server servers client protocol engine ' +
    'plugins plug-ins theme themes dashboard interface login campaign campaigns soap episode episodes actress actor ' +
    'game games version versions code star stars character characters'
  ).split(' '),
);
/** what stands before a firm's name and not a product's: 'operator BellSouth', 'engineers at SeekFast', 'a division of ScanSoft' */
const PRODUCT_FIRM_BEFORE = new Set('operator maker makers studio carrier developer publisher'.split(' '));
const FIRM_STAFF = new Set('engineers engineer analysts analyst researchers researcher executives executive staff employees workers director manager officer spokesman spokeswoman economist'.split(' '));
const FIRM_PARTS = new Set('division unit subsidiary subsidiaries owner owners founder founders'.split(' '));
const SHARES = new Set(['shares', 'stake', 'stakes']);
/** a product's kind right before its name: 'the file-sharing program BitTorrent', 'soap EastEnders' (not before a
 * verb, a clause's subject: 'The game DreamWorks released') */
const PRODUCT_KIND_BEFORE = new Set('program programme software app game console virus worm soap sitcom series browser'.split(' '));
/** a firm's people, or what a firm does, after its name or its possessive: 'WorldCom executives', "HealthSouth's offices" */
const PRODUCT_FIRM_AFTER = /^(?:said|says|told|announced|reported|confirmed|spokes(?:man|woman|person)|executives?|employees|staff|bosses|boss|chief|chairman|director|directors|board|founder|founders|shares|shareholders|analysts?|researchers|offices|headquarters|CEO)$/;

/** Whether a run has an initial, with its stop or without, before its last word ('Alice H. Eagly', 'Elena M Yatzeck') */
function hasInitial(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (LETTER.test(toks[k].text)) return true;
  return false;
}
const LETTER = /^\p{Lu}\.?$/u;

/**
 * Step 3c: a person of three words or more that a rule made of a run of a headline in title case, written nowhere else
 * in the document (where the body writes it, the headline's type may be the one it has: 'Honey Boo Boo Says She …'), is
 * read as the headline's other runs are (`capsRun`: the stretches the body names), not as a name: a
 * headline's verb or adjective that wink-nlp tags no verb joins the names beside it ('Chelsea Edge Fulham', 'Lena Voss
 * Dead', 'Judge Blocks Hartwell Merger'), and such a person made every lone 'Chelsea' and 'Fulham' of the body him.
 * Changes `found` in place, before the document's types are noted.
 */
function untypeHeadlineRuns(ctx: NameContext): void {
  const text = ctx.doc.clean;
  for (const f of ctx.found) {
    if (f.type !== 'person' || f.caps || !ctx.titleLines!.has(f.sentence.index)) continue;
    // (words apart: 'Jean-Pierre Gassin' is two; not a name with an initial, 'Alice H. Eagly: Through the Labyrinth')
    let words = 1;
    for (let k = f.from + 1; k < f.to; k++) if (ctx.toks[k].start > ctx.toks[k - 1].end) words++;
    if (words < 3 || hasInitial(ctx.toks, f.from, f.to) || text.indexOf(f.name, f.end) >= 0 || (f.start > 0 && text.lastIndexOf(f.name, f.start - 1) >= 0)) continue;
    // (and a word after the first that is a common word, the headline's verb or adjective; where it ends the run, a name
    // list's word only where the story writes it nowhere after: not a name of three words that a story's body writes by
    // its surname alone, 'Who Is Juan Pablo Zorvek?', 'Remembering Mary Anne Brown … Brown taught'; 'Chelsea Edge
    // Fulham', 'Martha Stewart Wire' are read)
    let common = false;
    for (let k = f.from + 1; k < f.to && !common; k++) {
      const w = ctx.toks[k].text;
      common = /\p{Ll}/u.test(w) && isCommon(ctx.lex, w) && !(k === f.to - 1 && isListed(w, ctx.lex.firstNames, ctx.lex.givenNames, ctx.lex.lastNames, ctx.lex.surnames) && text.indexOf(w, f.end) >= 0);
    }
    if (!common) continue;
    f.type = null;
    f.role = null;
  }
}

/**
 * The names of several words found as firms by their shares ('Lockheed Martin shares': step 9b of `typeRun`) or by a kind
 * of firm before them ('the firm Polly Peck': step 8b) in a document, and a rule's firm's name of several words before
 * the legal form that ends it ('Morgan Tallis' of 'Morgan Tallis & Co', which 'Morgan Tallis said' names after it; a
 * gazetteer's firm named after its founder, 'Walt Disney Co', leaves the founder a person)
 */
function firmsByContext(found: readonly Found[], ctx: NameContext): Set<string> {
  const { lex, doc } = ctx;
  const names = new Set<string>();
  // (not a name the document titles as a person's, or that founds, runs or owns something: 'Builder Tom Hale founded Tom
  // Hale Ltd')
  const titled = new Set(found.filter((f) => f.type === 'person' && (f.role || CLAUSE_AFTER.test(doc.clean.slice(f.end, f.end + 24)))).map((f) => f.name));
  for (const f of found) {
    if ((f.rule === 'stake-in' || f.rule === 'firm-before' || f.rule === 'media-before') && f.to - f.from >= 2) names.add(f.name);
    else if (f.type === 'organization' && !f.caps) {
      const key = withoutLegalForm(f.name, lex);
      if (key?.includes(' ') && !titled.has(key)) names.add(key);
    }
  }
  return names;
}

/** Whether a word is a given name of the name lists ('Robert', 'José') */
export const isGivenName = (word: string, lex: NameFinderLexicons): boolean => isListed(word, lex.firstNames, lex.givenNames);

/** a word in capitals with its first letter alone a capital ('MASS.' -> 'Mass.') */
export const cap = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
/** a word in capitals as a text writes it: a legal form's own case ('INC' → 'Inc', 'AG'), an acronym or initials as they are ('NL', 'J.W.'), else capitalised */
const textCase = (w: string) => (LEGAL_FORMS.has(w) ? w : LEGAL_FORMS.has(cap(w)) ? cap(w) : w.length <= 3 || w.includes('.') ? w : cap(w));
/** A word in any of some lower-cased name lists, as written or with its accents off ('José', 'Müller': the shipped lists are folded) */
export function isListed(word: string, ...lists: ReadonlySet<string>[]): boolean {
  // (the lists write an apostrophe straight, as the gazetteer matcher keys it: 'O’Rourke' is 'o'rourke')
  const w = tokenKey(word.toLowerCase());
  // (an ASCII word is its own folded form: one look-up per list)
  if (isAscii(w)) {
    for (const list of lists) if (list.has(w)) return true;
    return false;
  }
  const folded = foldAccents(w);
  for (const list of lists) if (list.has(w) || list.has(folded)) return true;
  return false;
}
const ASCII = /^[\x00-\x7f]*$/;
/** `ASCII.test(w)` ('jose'; not 'josé') */
function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** `/^\d+$/` ('199') */
function isDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** `/^(?:v|vs\.?)$/` ('Birmingham v Barnsley') */
const isVersus = (w: string) => w === 'v' || w === 'vs' || w === 'vs.';

/**
 * a court's words, in lower case: a sentence with one names a law case by its parties ('Smith v Jones, the court ruled');
 * not those a sports report has too ('appeal', 'ruling', 'judges', 'case', 'tribunal', 'Centre Court')
 */
const LAW_WORDS = /\b(?:court|courts|judge|justices|lawsuit|claimant|claimants|defendant|defendants|judg(?:e)?ment|verdict|barrister|plaintiff|plaintiffs)\b/;

/**
 * Whether a run beside 'v' is a party of a law case, not a team: the Crown ('R', Regina, as British courts name their
 * criminal cases: 'R v Pellow'), or a sentence with a court's word ('In Smith v Jones, the court ruled').
 */
function lawCase(ctx: NameContext, s: Sentence, from: number, to: number): boolean {
  const { toks } = ctx;
  const other = isVersus(toks[to]?.text ?? '') ? toks[to + 1]?.text : toks[from - 2]?.text;
  return toks[from].text === 'R' || other === 'R' || LAW_WORDS.test(ctx.doc.clean.slice(s.start, s.end));
}
