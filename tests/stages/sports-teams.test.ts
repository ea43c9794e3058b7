import { describe, expect, it } from 'vitest';
import { isNation, isSportsReport, matchSide, pluralSubject, possessiveSquadNoun, scheduleTeam, squadContext, squadRoleBeforeName, teamContext, teamMention } from '../../src/stages/sports-teams.js';

const words = { common: false, personAt: () => false };

describe('sports teams named by their town or county', () => {
  it.each([
    ['Leicestershire beat Somerset by an innings and 39 runs to top the county championship table; Simmons took four wickets.', true],
    ['The striker scored twice as the league leaders won the match.', true],
    // the words of football reporting today: 'Premier League', 'VAR', 'stoppage time'
    ['Liverpool beat Chelsea in the Premier League after a VAR review in stoppage time.', true],
    // two sports words are not enough: 'season', 'team'
    ['The holiday season kept the sales team busy.', false],
    ['Troops shelled Stepanakert overnight, the ministry said.', false],
    // a results page's words: 'matches', a division, a scorer; a scorecard's 'not out' and 'overs'
    ['Close of play scores in English County Championship cricket matches on Thursday.', true],
    ['Results of French first division soccer matches on Saturday.', true],
    ['Kent 128-1 in their first innings (D. Fulton 53 not out) after 40 overs.', true],
    // a word and its plural are one word: 'team', 'teams' and 'matches' are two
    ['The Metrics team works with other teams on how the results matches what users do.', false],
    // a brief's words of the table, the transfer market and the positions; a win and its score after a name
    ['Zorvex beat Quimbar 3-1 on Saturday to move top of the table; the winger captained the side.', true],
    ['The club hopes to sign a centre-back before the transfer window shuts; the full-back kept a clean sheet.', true],
    ['Zorvex beat Quimbar 3-1 in the vote, the committee said.', false],
    // (the score after a name's capital only; a bailout's loan deal is no transfer)
    ['The Senate defeated the measure 52-48; the White House team said the season of talks was over.', false],
    ['Zorvabad won a new loan deal; the IMF team said the bailout season was over.', false],
    // a story of video games names its titles and its players with sports words: two words of games make it none ('Zorvex's
    // Kell Quandell' a club of a games chart); one alone does not ('to console him')
    ['Zorvex Soccer 5 tops the games chart over another football title; players on the console and gamers on PCs love the cup mode.', false],
    ['The striker scored twice as the league leaders won the match; nothing could console the gamers.', false],
    ['The striker scored twice as the league leaders won the match; nothing could console the visitors.', true],
    ['The striker scored twice as the league leaders won the match; a gamer, then more gamers, watched.', true],
  ])('isSportsReport(%j) = %j', (text, expected) => {
    expect(isSportsReport(text)).toBe(expected);
  });

  it.each([
    // a club's possessive before its season's, its table's or its squad's noun, a word or two between; the bare
    // apostrophe after an s only; no clause's word between
    ['Zorvex', "'s Premiership lead to two points", true],
    ['Quimbars', "' third boss of the season", true],
    ['Zorvex', "' boss", false],
    ['Zorvex', "'s and the fans' spirit", false],
    ['Zorvex', "'s leader", false],
    // not a noun a player's possessive takes as readily, in a tennis, a golf or an athletics report where the player is
    // never named in full ("Federer's form", "Woods' title defence")
    ['Zorvex', "'s form in the final set", false],
    ['Quimbars', "' title defence", false],
    ['Zorvex', "'s unbeaten run", false],
  ])('possessiveSquadNoun(%j, %j) = %j', (name, after, expected) => {
    expect(possessiveSquadNoun(name, after)).toBe(expected);
  });

  it.each([
    // [before, after, expected]
    ['as ', ' beat Somerset by an innings', true],
    ['By the close ', ' had turned that into a 37-run advantage', false],
    ['Essex need another 148 to ', ' .', false],
    ['the match against ', ' .', true],
    // a score and a word between the possessive and the win or the defeat; 'defeat of' before the loser
    ['', " 's 3-0 weekend defeat of Genoa was", true],
    ['The nail in the coffin on ', "'s 28-7 win .", true],
    ["Lecce 's 3-0 weekend defeat of ", ' was expected', true],
    ['', " 's 3-0 vote in the council", false],
    // (a capitalised word before that calls it a team, at the sentence's start: no part of its name)
    ['Second-placed ', ' were frustrated by rain', true],
    ['Dinamo ', ' were frustrated by rain', false],
    // (nor a word that opens the sentence before a club's name, capitalised as the first word)
    ['Former ', ' manager Jurgen Klopp said', true],
    ['The ', ' striker scored twice', true],
    ['West ', ' manager David Moyes said', false],
    // (a player's role after one word in lower case; a homer for a team, a season with one)
    ['He signed ', ' fast bowler David Millns on Thursday', true],
    ['Jose Valentin hit his 21st homer for ', ' .', true],
    ['his first season with ', ' to have ankle surgery', true],
    ['the ', ' taxi driver said', false],
    ['Brian Giles homered for ', ' .', true],
    ['He joined ', ' for 15 million pounds', true],
    ['At the Oval , ', ' captain Chris Lewis', true],
    // a club's boss, chairman, forward ('Middlesbrough boss Steve McClaren'); not the adverb ('play Kaka forward.')
    ['', ' boss Steve McClaren has praised the way his side', true],
    ['', ' forward Boudewijn Zenden said he did not expect', true],
    ['They can play Rui Costa and play ', ' forward.', false],
    // a rugby player's position, 'star', 'player', 'substitute' before the player's name, after a possessive and a word
    // too; not alone ('Newcastle city centre', 'Leicester lock horns with')
    ['Robinson had words for 18-year-old ', ' centre Mathew Tait, who made his debut', true],
    ['', ' lock Ben Kay replaces the injured Danny Grewcock', true],
    ['But ', "'s England centre Ollie Smith was injured", true],
    ['And ', ' lock Ben Kay replaces the injured Danny Grewcock', true],
    // a club a player joins, a manager's former club, a club's director
    ['Queens Park Rangers keeper Chris Day is set to join ', " on a month's loan", true],
    ['Hoddle has been linked with a return to former club ', ' but Wolves have won the race', true],
    ['', ' sporting director Frank Arnesen has denied that', true],
    ['', ' star Jessica Ennis won the heptathlon', false],
    ['Shops in the ', ' city centre closed early', false],
    ['', ' lock horns with Wasps on Sunday', false],
    // a plural verb, the town its subject ('Everton have missed'); not after a preposition nor in a list
    ['In fairness I think ', ' have missed a couple of players', true],
    ['Facing Yorkshire \'s 529 for eight declared , ', ' were forced to follow on', true],
    ['Choking traffic jams in ', ' are prompting officials', false],
    ["Chelsea's John Terry and ", ' are also out', false],
    ['Vitesse Arnhem upstaged ', ' 1-0 despite', true],
    // a player's role after the possessive and a word or two ("Middlesbrough 's Italian striker Fabrizio Ravanelli")
    ['', " 's Italian striker Fabrizio Ravanelli is to wear", true],
    ['', " 's most historic building", false],
    // what a report calls a team before its name
    ['Reigning champions ', ' had to settle for a goalless draw', true],
    ['a point ahead of second-placed ', ' , who have a game in hand', true],
    ['Markus Feldhoff hit a consolation goal for ', ' .', true],
    // a results line's score after the club's country in brackets
    ['In Prague : ', ' ( Czech Republic ) 8 Glentoran', true],
    // a single number opens a results line only: first, or after a venue, a comma or a bracket
    ['Tunbridge Wells : ', ' 214 ( P. Johnson 84 )', true],
    ['', ' 4 1 1 2 4 5 4', true],
    ['he told ', ' 1 radio', false],
    // not a year, nor a date
    ['', ' 1996-08-30', false],
    // a match to come, its opponent capitalised after the verb; not a town's event ('Newcastle hosted the race')
    ['Everton will face ', ' at Goodison Park on Sunday', true],
    ['', ' travel to West Brom and Arsenal will entertain Wolves', true],
    ['', ' now meet Sampdoria in the second round', true],
    ['', ' hosted the race last year', false],
    ['', ' hosts the European Indoor Championships', false],
    ['', ' will host Commonwealth Games events next year', false],
    // (a town's institution after it: no team)
    ['The midfielder, 24, faces ', ' magistrates on Monday', false],
    // (not 'played' alone, a venue's or an event's: 'who has played Wimbledon 20 times')
    ['Federer, who has played ', ' 20 times, said', false],
    // what a report calls a club before its name or in apposition after it, a club's pair, a player's debut for it
    ['serie B club ', ' now meet local rivals', true],
    ['Wales hooker Mefin Davies is to stay with English side ', ' despite interest', true],
    ['Kenny Dalglish spoke of his sadness at leaving ', ' , the club he led to the title', true],
    ['He flew home from ', ', the Spanish capital, on Monday', false],
    // (after a dash too; a player of the club after 'former'; a player-manager's or a manager's club)
    ['He was signed by ', ' - the club he supported as a boy - last season', true],
    ['He flew home from ', ' - the Spanish capital - on Monday', false],
    ['The former ', ' man is relishing the match', true],
    ['The ', ' man is relishing the match', false],
    ['He began his career as player-boss with ', ' before moving on', true],
    ['He later returned to management with ', ' in 2000', true],
    ['The team flew to ', ", the team's new home", false],
    // (not a debut, an athlete's in his town too: 'Joshua will make his Cardiff debut')
    ['Joshua will make his ', ' debut in April', false],
    ['England manager Glen Hoddle said the ', ' pair of Steve McManaman and Robbie Fowler', true],
    ['He made his county debut for ', ' on Wednesday', true],
    ['Juninho was signed from ', ' during the summer', true],
    ['The Mariners completed a sweep of ', ' with a 10-2 victory', true],
    // a score and 'to' before the winner, a home or an away tie, a table's place behind
    ['Marseille lost 2-1 at home to ', ' last week', true],
    ['they lost their opening cup match 3-0 to ', ' .', true],
    ['Warwickshire are in fourth position behind ', ' .', true],
    // a list's later names after the cue before its first; not after a cue-less preposition ('with' alone)
    ['UEFA Cup hopefuls Parma and ', ' , under new coaches', true],
    ['in fourth position behind Yorkshire , Nottinghamshire and ', ' .', true],
    ['after years in the top flight with Liverpool and ', ' .', false],
    // (a comma alone only where the list goes on: not a clause's)
    ['Following the 2-0 defeat by Leeds, ', ' officials complained', false],
    ['in fourth position behind Yorkshire , ', ' and Surrey .', true],
    // 'for' alone is no team's cue ('flights for Baku')
    ['The airline added two flights for ', ' .', false],
    // part of a longer name: 'AC Milan', 'Texas Rangers'
    ['the Dutch squad left out AC ', ' midfielder Edgar Davids', false],
    ['as the ', ' Rangers defeated the Cleveland Indians', false],
  ])('teamContext(%j, %j) = %j', (before, after, expected) => {
    expect(teamContext(before, after, words)).toBe(expected);
  });

  it.each([
    ['In fairness I think ', ' have missed a couple of players', true],
    ['Choking traffic jams in ', ' are prompting officials', false],
    ['Terry and ', ' are also out', false],
    ['the ', ' Rangers are', false],
    ['', ' said the players are', false],
  ])('pluralSubject(%j, %j) = %j', (before, after, expected) => {
    expect(pluralSubject(before, after)).toBe(expected);
  });

  it('takes a score after a common word for no team, and a possessive only before a person', () => {
    expect(teamContext('', ' 229', { common: true, personAt: () => false })).toBe(false);
    expect(teamContext('', ' 229', words)).toBe(true);
    // "Everton 's Duncan Ferguson": the person starts 4 code units into " 's Duncan Ferguson"
    const at = (offset: number) => offset === 4;
    expect(teamContext('', " 's Duncan Ferguson went close", { common: false, personAt: at })).toBe(true);
    expect(teamContext('', " 's Columbia Presbyterian Hospital", words)).toBe(false);
    // (not part of a longer name: 'Dinamo Bucharest')
    expect(teamContext('the attack on Dinamo ', " 's Danut Lupu", { common: false, personAt: at })).toBe(false);
  });

  it("takes a name alone in brackets after a player's for his club, not after an official's", () => {
    // 'Marco Pascolo ( Cagliari )': the person ends 3 code units (' ( ') before the name
    const player = { common: false, personAt: () => false, personEndsBefore: (offset: number) => offset === 3 };
    expect(teamContext('Goalkeepers - Marco Pascolo ( ', ' ) , Pascal Zuberbuehler', player)).toBe(true);
    expect(teamContext('Goalkeepers - Marco Pascolo ( ', ' ) , Pascal Zuberbuehler', words)).toBe(false);
    // (a referee's county association: 'Ref: S Bennett (Kent)')
    const official = { common: false, personAt: () => false, personEndsBefore: (offset: number) => offset === 2 };
    expect(teamContext('Att: 47,111 Ref: S Bennett (', ').', official)).toBe(false);
  });

  it.each([
    ['At the Oval , ', ' captain', true],
    ['a hotel in ', ' .', false],
    ['the match at ', ' .', false],
    ['The move to ', '-based Atalanta', false],
  ])('teamMention(%j, %j) = %j', (before, after, expected) => {
    expect(teamMention(before, after)).toBe(expected);
  });

  it.each([
    ['KANSAS CITY AT DETROIT', 'KANSAS CITY'],
    ['Atlanta at Chicago', 'Atlanta'],
    [' ST LOUIS AT SAN FRANCISCO ', 'ST LOUIS'],
    // (a line with anything else on it is no schedule's)
    ['Dinner at Eight', 'Dinner'],
    ['Fans cheered Atlanta at Chicago', null],
    ['KANSAS CITY AT DETROIT 7:05 PM', null],
    ['the team at Chicago', null],
  ])('scheduleTeam(%j) names %j', (line, team) => {
    const r = scheduleTeam(line);
    expect(r && line.slice(r.start, r.end)).toBe(team);
  });

  it.each([
    [' manager Mauricio Pochettino said', true],
    [' striker Ollie Palmer scored', true],
    [' fans sang', true],
    // no possessive between: a person's coach too ("Nadal's coach")
    ["'s coach said", false],
    [' said on Monday', false],
  ])('squadContext(%j) = %j', (after, expected) => {
    expect(squadContext(after)).toBe(expected);
  });

  it.each([
    // a squad's role qualified by a word or two in lower case, or a player's position, up to the name after it
    [' assistant boss Steve Clarke said', ' assistant boss '.length],
    [' rugby director Warren Gatland warned', ' rugby director '.length],
    [" flanker Johnny O'Connor was injured", ' flanker '.length],
    [' left-back Wayne Bridge could miss', ' left-back '.length],
    // no clause's word before the role, nor a role with no name after it
    [' and coach Will Carling', 0],
    [' was captain Will Carling', 0],
    [' were captained by Will Carling', 0],
    [' assistant boss said', 0],
  ])('squadRoleBeforeName(%j) = %j', (after, expected) => {
    expect(squadRoleBeforeName(after)).toBe(expected);
  });

  it.each([
    // [before, after, expected]: the winner before the verb, the loser after it, one score
    ['', ' beat Benetton 97-94 ( halftime 39-32 ) .', true],
    ['Partizan beat ', ' 97-94 ( halftime 39-32 ) .', true],
    ['Juventude , who beat ', ' 2-1 .', true],
    ['', ' beat Ginebra San Miguel 89-86 ( 45-46 half-time )', true],
    ['', ' drew with Zorvath 1-1 on Saturday', true],
    // a tennis or a squash match's sets, a tie-break between them
    ['Sampras beat ', ' 6-3 6-4 .', false],
    ['', ' beat Agassi 6-3 , 6-4 .', false],
    ['', ' beat Tommy Robredo 7-6 (8-6) 6-2 in the final', false],
    // no score, or a name's part
    ['', ' beat the odds to win', false],
    ['Zorvek ', ' beat Benetton 97-94', false],
  ])('matchSide(%j, %j) = %j', (before, after, expected) => {
    expect(matchSide(before, after)).toBe(expected);
  });

  it('never takes a country or a home nation for a club', () => {
    expect(isNation('Italy', ['country'])).toBe(true);
    expect(isNation('England', ['region', 'city'])).toBe(true);
    expect(isNation('Surrey', ['region'])).toBe(false);
    expect(isNation('Cleveland', ['city', undefined])).toBe(false);
  });
});
