import { describe, expect, it } from 'vitest';
import { kindOf, parseBody } from '../../src/stages/country-bodies.js';
import { run } from '../helpers-docs.js';

const COUNTRY_WORDS = new Set(['Japan', 'Japanese', 'Saudi', 'U.S.', 'Brazilian']);
const parsed = (name: string) => {
  const b = parseBody(name.split(' '), (w) => COUNTRY_WORDS.has(w));
  return b && [b.qualifier ?? null, kindOf(b)];
};

describe('parseBody', () => {
  it('takes a body apart: its country word, its head and portfolios in one form', () => {
    expect(parsed('Finance Ministry')).toEqual([null, 'Ministry of Finance']);
    expect(parsed('Ministry of Finance')).toEqual([null, 'Ministry of Finance']);
    expect(parsed('Saudi Finance Ministry')).toEqual(['Saudi', 'Ministry of Finance']);
    expect(parsed("Japan's Defence Ministry")).toEqual(['Japan', 'Ministry of Defense']);
    expect(parsed('Japanese Ministry of Foreign Affairs')).toEqual(['Japanese', 'Ministry of Foreign Affairs']);
    expect(parsed('Foreign Ministry')).toEqual([null, 'Ministry of Foreign Affairs']);
    expect(parsed('Ministry of Finance of Japan')).toEqual(['Japan', 'Ministry of Finance']);
    expect(parsed('Ministry of International Trade and Industry')).toEqual([null, 'Ministry of International Trade and Industry']);
    expect(parsed('U.S. Transportation Department')).toEqual(['U.S.', 'Department of Transport']);
    expect(parsed('Department of the Treasury')).toEqual([null, 'Department of Treasury']);
  });
  it("takes an institution a country has one of: its name is its kind ('Central Bank', 'Supreme Court')", () => {
    expect(parsed('Central Bank')).toEqual([null, 'Central Bank']);
    expect(parsed('Brazilian Central Bank')).toEqual(['Brazilian', 'Central Bank']);
    expect(parsed('Central Bank of Japan')).toEqual(['Japan', 'Central Bank']);
    expect(parsed('U.S. Supreme Court')).toEqual(['U.S.', 'Supreme Court']);
    expect(parsed('Federal Court')).toBeUndefined();
    expect(parsed('Congress')).toEqual([null, 'Congress']);
    expect(parsed('House')).toBeUndefined();
  });
  it('is no body: another word before it (a state, a president), a portfolio no government has, no portfolio', () => {
    expect(parsed('Ohio Natural Resources Department')).toBeUndefined();
    expect(parsed('Obama State Department')).toBeUndefined();
    expect(parsed('Tech Department')).toBeUndefined();
    expect(parsed('Department of Applied Psychology')).toBeUndefined();
    expect(parsed('Ministry')).toBeUndefined();
    expect(parsed('Finance Ministry Building')).toBeUndefined();
  });
});

describe('government bodies and their country (shipped gazetteers)', () => {
  const orgs = (text: string) =>
    run(text)
      .mentions.filter((m) => m.type === 'organization')
      .map((m) => `${m.text} ${m.entityId} ${m.name}`);
  it("the dateline's country; one id for the body's forms, with or without its nationality", () => {
    expect(orgs('TOKYO, March 3 - The Finance Ministry said on Tuesday it would sell bonds. The Ministry of Finance and the Japanese Finance Ministry gave no date.')).toEqual([
      'Finance Ministry organization:ministry-of-finance-japan Ministry of Finance (Japan)',
      'Ministry of Finance organization:ministry-of-finance-japan Ministry of Finance (Japan)',
      'Japanese Finance Ministry organization:ministry-of-finance-japan Ministry of Finance (Japan)',
    ]);
  });
  it("the dateline's place as the gazetteers chose it among its namesakes (Amsterdam, New York, is one too)", () => {
    expect(orgs('AMSTERDAM, March 5 - A Finance Ministry spokesman said lower interest rates were needed.')).toEqual([
      'Finance Ministry organization:ministry-of-finance-netherlands Ministry of Finance (Netherlands)',
    ]);
  });
  it("gives a national football association's short form after its nationality or country that country", () => {
    const doc = run('The Danish FA fined the Zorvex club on Tuesday, and a Peru FA official said the Quimble club would appeal.');
    expect(doc.entities.get('organization:danish-fa')?.country).toBe('DK');
    expect(doc.entities.get('organization:peru-fa')?.country).toBe('PE');
  });
  it("a national body whose nation's word names another country's takes that country (BODY_COUNTRIES), and its name of two words before the short form is found whole", () => {
    const doc = run('The Irish FA fined the Zorvex club on Tuesday, and the Northern Irish FA chief executive, Tam Quandell, said the club would appeal.');
    expect(doc.entities.get('organization:irish-fa')?.country).toBe('GB');
    expect(doc.entities.get('organization:northern-irish-fa')?.country).toBe('GB');
  });
  it("gives the minted body's entity its country", () => {
    const doc = run('TOKYO, March 3 - The Finance Ministry said on Tuesday it would sell bonds to the banks.');
    expect(doc.entities.get('organization:ministry-of-finance-japan')?.country).toBe('JP');
  });
  it('a country named by several words has its name', () => {
    expect(orgs('SEOUL, March 3 - The Finance Ministry said on Tuesday it would sell bonds to the banks.')).toEqual([
      'Finance Ministry organization:ministry-of-finance-south-korea Ministry of Finance (South Korea)',
    ]);
  });
  it("the country before the name, over the dateline's", () => {
    expect(orgs("LONDON, March 3 - Japan's Finance Ministry said on Tuesday it would sell bonds to the banks.")).toEqual([
      'Finance Ministry organization:ministry-of-finance-japan Ministry of Finance (Japan)',
    ]);
  });
  it("the document's other body of its kind, over the dateline's country; none where it names two", () => {
    expect(orgs('LONDON, May 1 - The Saudi Finance Ministry said revenue rose. The Finance Ministry gave no figures for the year, officials said.')).toEqual([
      'Saudi Finance Ministry organization:ministry-of-finance-saudi-arabia Ministry of Finance (Saudi Arabia)',
      'Finance Ministry organization:ministry-of-finance-saudi-arabia Ministry of Finance (Saudi Arabia)',
    ]);
    expect(orgs('LONDON, May 1 - The Brazilian Finance Ministry and the Mexican Finance Ministry met in the city. The Finance Ministry said nothing more.')).toEqual([
      'Brazilian Finance Ministry organization:ministry-of-finance-brazil Ministry of Finance (Brazil)',
      'Mexican Finance Ministry organization:ministry-of-finance-mexico Ministry of Finance (Mexico)',
      'Finance Ministry organization:finance-ministry Finance Ministry',
    ]);
  });
  it("the gazetteer's body of the country where it has one, by its aliases", () => {
    expect(orgs('BAKU, Azerbaijan - The Defense Ministry said two soldiers died on Monday in the clashes.')).toEqual([
      'Defense Ministry organization:az-ministry-of-defense Azerbaijani Ministry of Defense',
    ]);
    expect(orgs('WASHINGTON, March 2 - The Defense Department said on Monday it would buy more planes.')).toEqual([
      'Defense Department Q11209 United States Department of Defense',
    ]);
    // (a body named without its country whose description names it: WordNet's 'Department of Transportation')
    expect(orgs('WASHINGTON, March 2 - The Transportation Department said on Monday it would fine the airline.')).toEqual([
      'Transportation Department organization:department-of-transportation Department of Transportation',
    ]);
  });
  it("an institution: the dateline's country, one id for its forms; not a state's, nor a central bank of a hub's dateline", () => {
    expect(orgs('AMSTERDAM, March 5 - The Central Bank said on Monday it would cut rates. The Dutch Central Bank gave no date for the move.')).toEqual([
      'Central Bank organization:central-bank-netherlands Central Bank (Netherlands)',
      'Dutch Central Bank organization:central-bank-netherlands Central Bank (Netherlands)',
    ]);
    expect(orgs('WASHINGTON, March 5 - The Supreme Court said on Monday it would hear the case of the two banks.')).toEqual([
      'Supreme Court organization:supreme-court-united-states Supreme Court (United States)',
    ]);
    expect(orgs('The U.S. Supreme Court may step in. With the state Supreme Court’s help, the law was used against the parents.')).toEqual([
      'U.S. Supreme Court organization:supreme-court-united-states Supreme Court (United States)',
      'Supreme Court organization:supreme-court Supreme Court',
    ]);
    // (a state's court of the kind named in the document: the lone one may be it)
    expect(orgs('HOUSTON, April 13 - The Texas Supreme Court ruled on Monday. The Supreme Court gave no date for the hearing.')).toEqual([
      'Texas Supreme Court organization:texas-supreme-court Texas Supreme Court',
      'Supreme Court organization:supreme-court Supreme Court',
    ]);
    expect(orgs('LONDON, March 5 - The Central Bank said on Monday it would cut its rates to help the economy.')).toEqual(['Central Bank organization:central-bank Central Bank']);
    expect(orgs('LONDON, March 5 - The High Court ruled on Monday that the sale could go ahead in the spring.')).toEqual([
      'High Court organization:high-court-united-kingdom High Court (United Kingdom)',
    ]);
  });
  it("Congress, the Senate and the Treasury: only of the dateline's countries that have one", () => {
    expect(orgs('WASHINGTON, March 5 - Congress and the Senate agreed on Monday, and the Treasury said it would sell bonds.')).toEqual([
      'Congress organization:congress-united-states Congress (United States)',
      'Senate organization:senate-united-states Senate (United States)',
      'Treasury organization:department-of-the-treasury U.S. Department of the Treasury',
    ]);
    expect(orgs('TOKYO, March 5 - Congress may vote on the trade bill, and the Treasury said it would sell bonds, officials said.')).toEqual([
      'Congress organization:congress Congress',
      'Treasury organization:treasury Treasury',
    ]);
    expect(orgs('LONDON, March 5 - The Treasury said on Monday it would sell more gilts to the banks.')).toEqual(['Treasury organization:treasury-united-kingdom Treasury (United Kingdom)']);
  });
  it("a chamber several countries name alike ('House of Commons', 'House of Representatives'): the document's country's", () => {
    expect(orgs('LONDON, March 5 - The House of Commons voted on the bill on Tuesday.')).toEqual(['House of Commons organization:house-of-commons-united-kingdom House of Commons (United Kingdom)']);
    expect(orgs("Canada's House of Commons voted on the bill on Tuesday, officials said.")).toEqual(['House of Commons organization:house-of-commons-canada House of Commons (Canada)']);
    // ('National Assembly': not Wikidata's French chamber by its English name, gazetteers/exclude.txt)
    expect(orgs('HANOI, March 5 - The National Assembly voted on the bill on Tuesday.')).toEqual(['National Assembly organization:national-assembly-vietnam National Assembly (Vietnam)']);
    // (a wire's dateline with its name in brackets: 'WASHINGTON (Reuters) -')
    expect(orgs('WASHINGTON (Reuters) - The House of Representatives passed the budget on Tuesday.').filter((o) => o.startsWith('House'))).toEqual([
      'House of Representatives organization:house-of-representatives-united-states House of Representatives (United States)',
    ]);
    // 'the Commons' is the House of Commons; 'the Lords' the House of Lords (a gazetteer's alias, flagged common)
    expect(orgs('LONDON, March 5 - MPs in the Commons and peers in the Lords agreed on Tuesday.')).toEqual([
      'Commons organization:house-of-commons-united-kingdom House of Commons (United Kingdom)',
      'Lords organization:house-of-lords House of Lords',
    ]);
    // (with no country named, 'the Commons' is the House of Commons still, one entity: the United Kingdom's, whose chamber
    // the news names so, Canada's second)
    expect(orgs('Tony Blair told the House of Commons on Tuesday that the Commons would vote later.')).toEqual([
      'House of Commons organization:house-of-commons-united-kingdom House of Commons (United Kingdom)',
      'Commons organization:house-of-commons-united-kingdom House of Commons (United Kingdom)',
    ]);
    // none without a country; the chamber's name ends at its word ('Speaker of the House of Representatives Wahono')
    expect(orgs('Speaker of the House of Representatives Wahono said the budget would pass on Tuesday.')).toEqual(['House of Representatives organization:house-of-representatives House of Representatives']);
    // (no chamber: 'House of Fraser', a gazetteer's shop; a chamber one country has is the gazetteer's)
    expect(orgs('The House of Lords and the Lok Sabha debated it, and House of Fraser closed a shop.').map((o) => o.split(' organization:')[1]?.split(' ')[0] ?? o)).toEqual(['house-of-lords', 'lok-sabha', 'House of Fraser Q5928422 House of Fraser']);
  });
  it("with no dateline, a body only some countries have is the one of them whose places the document names", () => {
    expect(orgs('Congress must act on the bill, voters in Florida said on Monday.')).toEqual(['Congress organization:congress-united-states Congress (United States)']);
    // (or whose people: 'Americans')
    expect(orgs('Most Americans say Congress must act on the bill.')).toEqual(['Congress organization:congress-united-states Congress (United States)']);
    // (not a country of which the document names no place: the Philippines has a Senate, which ONLY_IN leaves out)
    expect(orgs('The Senate voted in Manila on the bill, officials in the Philippines said.')).toEqual(['Senate organization:senate Senate']);
    // (a place opening a compound is no dateline: 'Beijing-based')
    expect(orgs('Beijing-based strategist Zorvak Qelbrix said the US market was closed to firms. Congress acted.')).toEqual(['Congress organization:congress-united-states Congress (United States)']);
    // (and where the document names no country at all, the one country whose chamber the news names so, of one or two:
    // 'Congress' the United States', above; not a treasury, which six countries' news names so)
    expect(orgs('Officials said the Treasury would sell more bonds on Monday.')).toEqual(['Treasury organization:treasury Treasury']);
  });
  it('with no dateline, any other body is the one country\'s whose places the document names, where it has the kind', () => {
    expect(orgs('The Supreme Court ruled on Monday that voters in Texas and Ohio could sue.')).toEqual(['Supreme Court organization:supreme-court-united-states Supreme Court (United States)']);
    // (not where the document names two countries, nor a kind the one country lacks)
    expect(orgs('The Supreme Court ruled on Monday that voters in Texas and Mexico could sue.')).toEqual(['Supreme Court organization:supreme-court Supreme Court']);
    expect(orgs('The Finance Ministry said on Monday that banks in Texas would pay more.')).toEqual(['Finance Ministry organization:finance-ministry Finance Ministry']);
  });
  it('no ministry of the United States; no country from a title that opens with one; none without a country', () => {
    expect(orgs('WASHINGTON, March 2 - The Finance Ministry said on Monday it would sell more bonds.')).toEqual(['Finance Ministry organization:finance-ministry Finance Ministry']);
    expect(orgs('BRITAIN, JAPAN AGREE ON FLIGHTS\n\nTOKYO, March 3 - Officials of the Transport Ministry said on Monday that flights would start.')).toEqual([
      'Transport Ministry organization:ministry-of-transport-japan Ministry of Transport (Japan)',
    ]);
    expect(orgs('The Finance Ministry said on Tuesday it would sell bonds to the banks.')).toEqual(['Finance Ministry organization:finance-ministry Finance Ministry']);
  });
  it("armed forces: the country's word or the dateline's country, the gazetteer's where it has one", () => {
    expect(orgs("KYIV, March 3 - Ukraine's Air Force said on Monday it shot down 20 drones.")).toEqual(['Air Force organization:air-force-ukraine Air Force (Ukraine)']);
    expect(orgs('The U.S. Army said two soldiers were hurt. The Syrian Army gave no figures.')).toEqual([
      'U.S. Army Q9212 United States Army',
      'Syrian Army organization:army-syria Army (Syria)',
    ]);
  });
  it("a name opening with its country's word is the gazetteer's body of that country named without it", () => {
    expect(orgs('The US Federal Bureau of Investigation opened an inquiry on Monday. The FBI would not say more.')).toEqual([
      'US Federal Bureau of Investigation Q8333 FBI',
      'FBI Q8333 FBI',
    ]);
    // (the entry's description names the country)
    expect(orgs('The US Federal Trade Commission fined the company on Monday.')).toEqual(['US Federal Trade Commission organization:federal-trade-commission Federal Trade Commission']);
  });
  it("not another country's body of the name", () => {
    expect(orgs('The Japanese Rugby Football Union named a coach on Monday.')).toEqual(['Japanese Rugby Football Union organization:japanese-rugby-football-union Japanese Rugby Football Union']);
    expect(orgs('The Scottish Labour Party lost seats on Thursday.')).toEqual(['Scottish Labour Party organization:scottish-labour-party Scottish Labour Party']);
  });
});
