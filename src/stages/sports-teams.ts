/**
 * Sports teams named by their town, county or state: 'Leicestershire beat
 * Somerset by an innings', 'Brian Giles homered for Cleveland', 'Texas
 * manager Johnny Oates', 'Birmingham's Gary Breen'. In a sports report such
 * a name is the club, not the place (CoNLL-2003's annotators tag these clubs
 * as organisations, mostly); a gazetteer only knows the place. National
 * sides stay places (CoNLL-2003 tags 'Italy beat England' as places): a
 * country is never taken for a team.
 *
 * The name finder (src/stages/find-names.ts, step 15) asks two things:
 * 1. is the document a sports report (`isSportsReport`: three different
 *    sports words), and
 * 2. does a place name stand where a team does (`teamContext`): before a
 *    result verb or a score ('Essex reached 372', 'Nottinghamshire 214'),
 *    after one ('beat Somerset', 'a match against Warwickshire', 'homered
 *    for Cleveland', 'joined Newcastle'), before a player's or an official's
 *    role ('Surrey captain', 'Norwich striker'), before a person's name in
 *    the possessive ('Everton 's Duncan Ferguson') or before a plural verb
 *    whose subject it is ('Everton have missed', as British reporting writes
 *    of a club).
 * A name that does so once in a sports report is the team wherever the
 * report names it, but after a place preposition ('at Headingley', 'in
 * Leeds') or in a dateline (`teamMention`).
 *
 * Every pattern reads the sentence's own text around the name, no more than
 * a few words each way.
 */

/**
 * Words of sports reporting, few of them common elsewhere. Three different
 * ones make a sports report: measured on 2026-12-02, 366 of the 511 BBC sport
 * texts; 25 of the 1,714 other BBC texts (business, entertainment, politics,
 * tech), 3 of 372 FakeNewsNet articles, 6 of 16,857 Reuters-21578 stories of
 * the 20 MB bench corpus, none of the seeds. Elsewhere a place must still
 * stand like a team before anything changes. ('standings' since 2026-12-03:
 * a standings table's report had only 'baseball' and 'league'.) Since
 * 2026-12-05 the words of football reporting today too ('VAR', 'stoppage
 * time', 'hat-trick', 'Bundesliga', 'defender', 'medallist'; 'Liverpool beat
 * Chelsea … Premier League … VAR' had two words): 404 of the 511 BBC sport
 * texts, 30 of the 1,714 others, 6 of 373 FakeNewsNet articles. Since the
 * fifty-fourth session a results page's words ('matches', 'first division',
 * 'scorers') and a scorecard's ('not out', 'overs', 'lbw'), motor racing and
 * two team sports, and a word and its plural count once ('team' and 'teams'
 * made a web page's 'The Metrics team' a club): of CoNLL-2003 eng.train's
 * 324 stories whose headline names a sport, 245 (202 before: 'Close of play
 * scores in English County Championship cricket matches'); BBC sport 394 of
 * 511 (the ones lost tennis and athletics stories, whose towns are no teams,
 * and one football story), 31 of the others, FakeNewsNet 6. Individual
 * sports' names (tennis, golf, athletics) were tried and left out: they made
 * 'Dubai' of 'shock Dubai loss' a club.
 */
const SPORTS_WORDS =
  /\b(?:innings|wickets?|batsm[ae]n|bowlers?|goalkeeper|strikers?|midfielders?|homers?|homered|inning|pitchers?|touchdowns?|quarterbacks?|league|cup|championship|tournament|semi-?finals?|quarter-?finals?|play-?offs?|stadium|soccer|football|cricket|baseball|rugby|hockey|basketball|coach|squad|goals|scored|premiership|fixtures?|olympics?|referee|penalty|half-time|match|season|teams?|players|clubs?|standings|hat-?tricks?|equali[sz]ers?|stoppage[- ]time|injury[- ]time|kick-?off|free-?kicks?|offside|relegat(?:ion|ed)|bundesliga|serie a|la liga|nba|nfl|nhl|mlb|fifa|uefa|var|defenders?|wingers?|medall?ists?|grand prix|grand slam|touchline|halftime|golfers?|sprinters?|jockeys?|matches|(?:first|second|third|premier) division|scorers|not out|overs|lbw|bowled|motorcycling|motor racing|formula one|volleyball|handball|top of the (?:table|league)|transfer (?:window|deadline)|clean sheets?|loan spell|captained|full-?backs?|cent(?:re|er)-?backs?|playmakers?|goalscorers?|dugout)\b/gi;
/** a win or a draw with its score after a name, case-sensitive (a name's capital): 'beat Newcastle 3-1', 'drew with Napoli 1-1' (not 'defeated the measure 52-48') */
const RESULT_SCORE = /\b(?:beat|beats|drew with|lost to|defeated|thrashed)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+\d{1,2}-\d{1,2}\b/u;

/** a plural's ending, so a word and its plural count once ('team', 'teams'; 'match', 'matches') */
const PLURAL_END = /(?<=ch|sh|x)es$|s$/;

/**
 * Words of video games, which name their sports titles and their players with sports words ('Fifa 2005', 'Pro Evolution
 * Soccer', 'another football title', 'the players'): two different ones make a story of games, no sports report. Since
 * the seventy-fifth session (a games chart's 'Xbox's Peter Moore' a club by step 15): of the BBC's 401 tech texts, 7 of
 * the 10 the sports words took (3 stay: a rugby broadcast's analysis tool, two reviews of sports games that write one
 * such word or none); no BBC sport text has two. One alone is no evidence ('to console him', a betting firm's 'gaming').
 */
const VIDEO_GAME_WORDS = /\b(?:video ?games?|computer games?|gamers?|gaming|(?:games? )?consoles?|PlayStation|Xbox|Nintendo|Game ?Boy|joysticks?)\b/gi;

/**
 * A sports report: three different sports words ('innings', 'wickets', 'championship'; a result and its score counts as
 * one) anywhere in the text, and no two words of video games (`VIDEO_GAME_WORDS`, read only then).
 */
export function isSportsReport(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORTS_WORDS)) {
    seen.add(m[0].toLowerCase().replace(PLURAL_END, ''));
    if (seen.size >= 3) return !aboutVideoGames(text);
  }
  // (the result and its score, the third evidence, read only where two words are: most texts have fewer, and the text
  // is read once more for it)
  return seen.size === 2 && RESULT_SCORE.test(text) && !aboutVideoGames(text);
}

/** Whether two different words of video games stand in the text ('console' and 'gamers'; a word and its plural once). */
function aboutVideoGames(text: string): boolean {
  let first: string | undefined;
  for (const m of text.matchAll(VIDEO_GAME_WORDS)) {
    const w = m[0].toLowerCase().replace(/^games? |\s/g, '').replace(PLURAL_END, '');
    if (first === undefined) first = w;
    else if (w !== first) return true;
  }
  return false;
}

// what a team does, right after its name: 'Leicestershire beat Somerset', 'Essex reached 372', 'Milwaukee has won'
const RESULT_AFTER =
  /^\s*(?:(?:has|have|had)\s+)?(?:beat|beats|beaten|defeated|defeats|drew|draws|lost|loses|thrashed|crushed|routed|edged|overcame|trounced|hammered|whipped|blanked|won|wins|clinched|rallied|trailed|trail|scored|reached|closed on|need|needs|needed|kept up|extended|tied)\b/i;
// a score right after the name: 'Nottinghamshire 214 (', 'Kent 108-3', 'Florida 10 ST LOUIS 9' (not a year: at most 3 digits),
// or after its country in brackets: 'Sparta Prague ( Czech Republic ) 8'
const SCORE_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?\d{1,3}(?:-\d{1,3})?(?![\d.,:/%-])/;
// a match's score ('upstaged Utrecht 1-0'), a team's wherever it stands
const RESULT_SCORE_AFTER = /^\s*\d{1,3}-\d{1,3}(?![\d.,:/%-])/;
// a player's or an official's role, or the team's own lead, win or side: 'Surrey captain Chris Lewis', 'Norwich striker',
// 'Middlesbrough boss', "Cleveland 's lead", 'Newcastle team mate Les Ferdinand', a score and a word between: "Lecce 's 3-0
// weekend defeat of Genoa", "Metz 's 3-1 home win"
const PLAYER_ROLES =
  'captain|skipper|manager|boss|chairman|director|coach|striker|midfielder|goalkeeper|keeper|defender|winger|batsman|bowler|all-rounder|seamer|spinner|wicketkeeper|opener|pitcher|quarterback|playmaker|full-?back|cent(?:re|er)-back|outfielder|infielder|catcher|shortstop|team\\s*-?mates?';
const ROLE_AFTER = new RegExp(`^\\s*(?:['’]s\\s+(?:\\d{1,3}-\\d{1,3}\\s+(?:\\p{Ll}+\\s+)?)?)?(?:${PLAYER_ROLES}|side|team|squad|fans|supporters|lead|win|victory|defeat|loss|innings|goal|pair|trio|duo)\\b`, 'iu');
// (a player's role after one word in lower case, no possessive: 'Leicestershire fast bowler David Millns', 'Ajax central
// defender')
const ROLE_AFTER_MODIFIER = new RegExp(`^\\s+[a-z][a-z-]+\\s+(?:${PLAYER_ROLES})\\b`);
// (a player's role after the possessive and one or two words, a nationality's or an adjective's: "Middlesbrough 's Italian
// striker Fabrizio Ravanelli", "Porto 's new Polish keeper")
const ROLE_AFTER_WORDS = new RegExp(`^\\s*['’]s\\s+(?:[A-Za-z-]+\\s+){1,2}(?:${PLAYER_ROLES})\\b`, 'i');
// a player of the club before, after 'former': 'The former Valencia man', 'a former Zorvex player' (the word before is
// checked by the caller: `FORMER_BEFORE`)
const FORMER_MAN_AFTER = /^\s+(?:man|player|star|favourite|youngster|trainee)\b/;
const FORMER_BEFORE = /\b(?:former|Former)\s+$/;
// a forward, before the player's name: 'Middlesbrough forward Boudewijn Zenden' (not the adverb: 'play Kaka forward')
const FORWARD_AFTER = /^\s*forward\s+\p{Lu}/u;
// (and a rugby player's position or 'substitute' before the player's name, after the possessive and a word or two too:
// 'Newcastle centre Mathew Tait', 'Leicester lock Ben Kay', "Leicester's England centre Ollie Smith"; not alone:
// 'Newcastle city centre', 'Leicester lock horns'; not 'star' or 'player', an athlete's of her town too: 'Sheffield star
// Jessica Ennis')
const NAMED_ROLE_AFTER =
  /^(?:\s*['’]s\s+(?:[A-Za-z-]+\s+){0,2}|\s+)(?:cent(?:re|er)|lock|prop|hooker|flanker|fly-half|scrum-half|number eight|wing|substitute)\s+\p{Lu}\p{Ll}/u;
// a plural verb after a town's name, as British reporting writes of a club ('Everton have missed', 'Blackburn are trying'),
// the town its subject: not after a preposition ('traffic jams in Beijing are') nor in a list ('Terry and Wayne Bridge are')
const PLURAL_VERB_AFTER = /^\s*(?:are|were|have)\b/;
const NO_SUBJECT_BEFORE = /(?:\b(?:and|or|of|for|in|at|from|to|on|with|by|near|against|over)|&)\s*$/i;

/**
 * Whether a name is the subject of a plural verb right after it ('Everton have missed'; `before`, `after`: the sentence
 * around the name), as a team is in British reporting and a town or a player never is: not after a preposition or in a
 * list, nor inside a longer name.
 *
 *   pluralSubject('In fairness I think ', ' have missed a couple')   = true
 *   pluralSubject('Choking traffic jams in ', ' are prompting')       = false
 */
export const pluralSubject = (before: string, after: string): boolean =>
  PLURAL_VERB_AFTER.test(after) && !NO_SUBJECT_BEFORE.test(before) && !NAME_BEFORE.test(before) && !NAME_AFTER.test(after);
// a name in the possessive (the person's name after it is checked by the caller): "Everton 's Duncan Ferguson"
const POSSESSIVE_AFTER = /^\s*['’]s\s+/;
// a player or an official of a club right after a name, no possessive between: 'Chelsea manager Mauricio Pochettino',
// 'Wrexham striker', 'Ajax fans' (what makes a team of a name that is no place: `squadContext`)
const SQUAD_AFTER = /^\s+(?:manager|boss|head coach|coach|striker|midfielder|goalkeeper|keeper|defender|winger|captain|skipper|fans|squad|academy|team-?mates?)\b/i;

/**
 * Whether the words after a name make it a club though it is no place (`after`: the sentence after the name): a
 * player's or an official's role with no possessive between ('Chelsea manager', 'Wrexham striker', 'Ajax fans'; not
 * "Nadal's coach", whose possessive a person takes as well).
 *
 *   squadContext(' manager Mauricio Pochettino said') = true
 *   squadContext("'s coach said")                     = false
 */
export const squadContext = (after: string): boolean => SQUAD_AFTER.test(after);

// a squad's role after one or two words in lower case that qualify it, or a player's position SQUAD_AFTER has not, with
// a name after it: 'Chelsea assistant boss Steve Clarke', 'Wasps rugby director Warren Gatland', 'Wasps flanker Johnny
// O'Connor', 'Chelsea left-back Wayne Bridge' (not a clause's word between, 'Zorvex and England captain', 'Zorvex
// were captained'; the name after it is checked by the caller)
const CLAUSE_WORD = '(?!(?:and|or|of|the|a|an|to|for|with|was|were|is|are|has|have|had|as|at|in|on|by|from|who|whose|said|says|will|would)\\b)';
const ROLE_QUALIFIER = `${CLAUSE_WORD}[a-z][a-z-]+\\s+`;
const SQUAD_ROLE_NAMED = new RegExp(
  `^\\s+(?:${ROLE_QUALIFIER}){0,2}(?:${PLAYER_ROLES}|head coach|director|director of rugby|cent(?:re|er)|lock|prop|hooker|flanker|fly-half|scrum-half|number eight|wing|(?:left|right|wing)-?backs?|forward)\\s+(?=\\p{Lu})`,
  'u',
);

/**
 * The length of a squad's role after a name, qualified by a word or two in lower case or a player's position
 * ('assistant boss', 'rugby director', 'flanker', 'left-back'), up to the capitalised name after it, or 0: a club's
 * before its player's or official's name (`after`: the sentence after the name; whether a person's name starts there is
 * the caller's to check).
 *
 *   squadRoleBeforeName(' assistant boss Steve Clarke said') = 16
 *   squadRoleBeforeName(' and England captain Will Carling')  = 0
 */
export function squadRoleBeforeName(after: string): number {
  return SQUAD_ROLE_NAMED.exec(after)?.[0].length ?? 0;
}

// what is done to a team, right before its name: 'beat Somerset', 'victory over Guingamp', 'homered for Cleveland'
// (and what a report calls a team before its name: 'league champions Porto', 'arch-rivals Lancashire', 'second-placed
// Stuttgart', 'a consolation goal for Volendam')
const RESULT_BEFORE =
  /\b(?:champions|hopefuls|leaders|rivals|finalists|holders|strugglers|newcomers|opponents|pacesetters|minnows|outfit|newly-promoted|club|side|league|\w+-placed|(?:first|second|third|fourth|fifth)-place|goals? for|beat|beating|beaten|defeated|defeating|thrashed|crushed|routed|edged|overcame|trounced|hammered|whipped|blanked|drew with|draw with|drawn with|lost to|losing to|defeat to|defeat by|defeat of|win over|wins over|victory over|lead over|advantage over|against|versus|joined|signed for|played for|plays for|playing for|join|joins|joining|rejoin|rejoined|former club|old club|parent club|homered for|homers? for|scored for|seasons? with|loaned to|moved to|moves to|transferred to|dismiss|dismissed|reducing|bowling|to face|meet|meets|host|hosts|hosted|face|faces|facing|(?:will|to|we|they|must|shall) play|play for|take on|takes on|taking on|clash with|tie with|tie against|debut for|signed from|years with|been with|spells? (?:at|with)|stint (?:at|with)|sweep of|(?:at )?home to|away to|\d{1,3}-\d{1,3} (?:to|by|against|over)|(?:points?|places?|position|goals?|runs) behind|player-(?:boss|manager) (?:with|of|at)|management with|(?:manager|boss) at|in charge of)\s*$/i;
// a match a team will play, its opponent's name after the verb, capitalised (case-sensitive): 'Tottenham travel to West
// Brom', 'Genoa now meet Sampdoria', 'Chelsea host Birmingham' (not 'Newcastle hosted the race', a town's event)
const FIXTURE_AFTER = /^\s+(?:(?:will|now|must|could|can|then)\s+)?(?:face|faces|meet|meets|host|hosts|play|plays|take on|takes on|travel to|travels to|visit|visits|entertain|entertains)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
// (not an event's name after the verb, a host city's: 'Glasgow will host Commonwealth Games events', 'Melbourne hosts
// Australian Open matches', 'Manchester will host Champions League final')
const EVENT_WORDS = /\b(?:Games|Open|Cup|League|Championships?|Olympics|Paralympics|Grand Prix|Tournament|Series|Masters|Classic|Marathon|Final|Finals|Festival|Summit|Congress|Conference|Expo)\b/;
/** a match a team will play ('Tottenham travel to West Brom'), not an event a town hosts */
const fixtureAfter = (after: string): boolean => {
  const m = FIXTURE_AFTER.exec(after);
  return m !== null && !EVENT_WORDS.test(m[1]);
};
// a town's institution after its name: no team ('Manchester magistrates', 'York police', 'Leeds Crown Court')
const INSTITUTION_AFTER = /^\s+(?:magistrates|court|crown court|coroner|tribunal|inquiry|inquest|police|council|city council|hospital|university|airport|station)\b/i;
// what the report calls it in apposition, after a comma or a dash: 'Blackburn , the club he led to the title', 'Leicester,
// the Premiership side,', 'Zorvex - the club he supported as a boy'
const CLUB_APPOSITION = /^\s*[,\u2013\u2014-]\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:club|side|team)\b(?!['’]s)/u;
// a list going on after a name: ', Surrey and', ' and Surrey', ' or Surrey'
const LIST_AFTER = /^\s*(?:,|and\b|or\b|&)\s*\p{Lu}/u;
// the end of a list's name before the next: 'Parma and ', 'Yorkshire , Nottinghamshire and '
const LIST_ITEM_END = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}\s*(?:,|\band|\bor|&)\s*$/u;
// where a results line's team stands: first, or after a venue, a comma, a bracket or another score ('Tunbridge Wells : Nottinghamshire 214')
const LINE_START_BEFORE = /(?:^|[:;,()]|\d)\s*$/;
// a capitalised word right before or after: the place is part of a longer name ('Dinamo Bucharest', 'Texas Rangers', 'AC Milan')
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u;
const NAME_AFTER = /^\s+\p{Lu}/u;
// a sentence's first word, capitalised as such, before a club's name ('The Liverpool manager', 'Former Everton striker',
// "But Leicester's England centre")
const OPENER_BEFORE = /^\s*(?:The|Former|Then|Current|Interim|Caretaker|Outgoing|Departing|Veteran|Ex|But|And)\s+$/;

export interface TeamWords {
  /** the place name is a common word ('Reading', 'Total'): a score after it is no evidence ('Total ( for one wicket ) 229') */
  readonly common: boolean;
  /** whether a person's name starts `offset` code units into `after` */
  readonly personAt: (offset: number) => boolean;
  /** whether a person's name ends `offset` code units before the name (the end of `before` less `offset`) */
  readonly personEndsBefore?: (offset: number) => boolean;
}

// a name alone in brackets, right after a player's: his club in a squad or a scorers' list ('Marco Pascolo ( Cagliari )',
// 'Anto Drobnjak ( Bastia ) 3'); a country there is his nationality, which `isNation` keeps a place; an official's is his
// county's association ('Ref: S Bennett (Kent)')
const BRACKET_BEFORE = /\s*\(\s*$/;
const OFFICIAL_BEFORE = /\b(?:ref|referee|umpires?|linesm[ae]n|assistants?|officials?)\b[^()]*$/i;
const BRACKET_AFTER = /^\s*\)/;

/**
 * Whether the words around a place name make it a team (item 2 above): `before` is the sentence up to the
 * name, `after` the sentence after it. A place inside a longer name is none ('Dinamo Bucharest 's Danut Lupu').
 *
 *   teamContext('as ', ' beat Somerset by an innings', w)            = true
 *   teamContext('Tunbridge Wells : ', ' 214 ( P. Johnson 84 )', w)  = true
 *   teamContext('he told ', ' 1 radio', w)                          = false   (a score only opens a results line)
 *   teamContext('The airline added two flights for ', ' .', w)      = false   ('for' alone)
 */
export function teamContext(before: string, after: string, words: TeamWords): boolean {
  if (NAME_AFTER.test(after)) return false;
  // (the last 24 code units before the name; the whole of `before` for a list's earlier names)
  const near = before.slice(-24);
  // (a capitalised word before that is what a report calls a team is no part of its name: 'Second-placed Kent were';
  // nor a word that opens the sentence before a club's name: 'Former Liverpool manager Jurgen Klopp')
  if (NAME_BEFORE.test(near) && !OPENER_BEFORE.test(near)) return RESULT_BEFORE.test(near);
  if (INSTITUTION_AFTER.test(after)) return false;
  if (RESULT_AFTER.test(after) || fixtureAfter(after) || CLUB_APPOSITION.test(after) || ROLE_AFTER.test(after) || ROLE_AFTER_WORDS.test(after) || ROLE_AFTER_MODIFIER.test(after) || FORWARD_AFTER.test(after) || NAMED_ROLE_AFTER.test(after) || (FORMER_MAN_AFTER.test(after) && FORMER_BEFORE.test(near)) || pluralSubject(near, after) || RESULT_BEFORE.test(near)) return true;
  // (a list's later names after the team's cue before its first: 'years with Liverpool and Southampton', 'hopefuls Parma
  // and Roma', 'behind Yorkshire , Nottinghamshire and Surrey')
  // (a comma alone before the name only where the list goes on after it: not 'the 2-0 defeat by Leeds, York police')
  const listGoesOn = /(?:\band|\bor|&)\s*$/.test(before) || LIST_AFTER.test(after);
  for (let rest = before, i = 0; listGoesOn && i < 4 && LIST_ITEM_END.test(rest); i++) {
    rest = rest.replace(LIST_ITEM_END, '');
    if (RESULT_BEFORE.test(rest.slice(-24))) return true;
  }
  if (!words.common && (RESULT_SCORE_AFTER.test(after) || (SCORE_AFTER.test(after) && LINE_START_BEFORE.test(near)))) return true;
  const bracket = words.personEndsBefore && BRACKET_AFTER.test(after) ? BRACKET_BEFORE.exec(near) : null;
  if (bracket && words.personEndsBefore!(bracket[0].length) && !OFFICIAL_BEFORE.test(near.slice(0, -bracket[0].length))) return true;
  return possessiveBeforePerson(after, words.personAt);
}

/**
 * Whether a name's possessive and a person's name after it follow (`after`: the sentence after the name; `personAt`:
 * whether a person's name starts that many code units after the name): "Everton 's Duncan Ferguson".
 */
export function possessiveBeforePerson(after: string, personAt: (offset: number) => boolean): boolean {
  const possessive = POSSESSIVE_AFTER.exec(after);
  return possessive !== null && personAt(possessive[0].length);
}

// a club's possessive before its season's, its table's or its squad's noun, a word or two between ("Zorvex's Premiership
// lead", "Quimbar' boss", "Quimbars' third boss of the season", "Zorvex's ground"): a person's possessive takes some of
// these too ("Kellan's lead"), so the caller asks it of a name no rule or gazetteer typed and no surname of a person named
// in full; not a clause's word between ("Zorvex's and Quimbar's fans"). Not a noun a player's possessive takes as
// readily, in a report of tennis, golf or athletics that never names the player in full ("Federer's form", "Woods' title
// defence", "Kellan's unbeaten run": form, run, title bid, title challenge, title defence, defence; none of the BBC's
// rows of the rule)
const SQUAD_NOUNS = 'lead|boss|manager|squad|fans|supporters|striker|keeper|goalkeeper|ground|stadium';
const POSSESSIVE_SQUAD = new RegExp(`^['’]s?\\s+(?:${CLAUSE_WORD}[\\p{L}-]+\\s+){0,2}?(?:${SQUAD_NOUNS})\\b(?![-'’])`, 'u');

/**
 * Whether a name's possessive and its season's, its table's or its squad's noun follow (`name`: the name; `after`: the
 * sentence after it), as a club's do: "Zorvex's Premiership lead", "Quimbars' boss" (the bare apostrophe after an s only).
 *
 *   possessiveSquadNoun('Zorvex', "'s Premiership lead")  = true
 *   possessiveSquadNoun('Zorvex', "' boss")               = false
 */
export function possessiveSquadNoun(name: string, after: string): boolean {
  const m = POSSESSIVE_SQUAD.exec(after);
  return m !== null && (m[0][1] === 's' || name.endsWith('s'));
}

// a match won or lost, and its score: the winner before the verb ('Partizan beat Benetton 97-94', the loser's name and
// the score after the verb), the loser after it ('who beat Internacional 2-1'); one score, a half-time score in
// brackets after it, not a tennis or a squash match's sets ('beat Agassi 6-3 6-4', 'beat Tommy Robredo 7-6 (8-6) 6-2')
const MATCH_VERBS = 'beat|beats|defeated|defeats|edged|crushed|thrashed|routed|trounced|hammered|overcame|upset|drew with|draw with|lost to|loses to';
/** the tokens that may stand right before or after a side of `matchSide` (a pre-test on tokens, before any text is cut out) */
const MATCH_TOKENS = new Set(MATCH_VERBS.split(/[|\s]/));
export const isMatchToken = (w: string | undefined): boolean => w !== undefined && MATCH_TOKENS.has(w);
const ONE_SCORE = '\\d{1,3}-\\d{1,3}(?![\\d.,:/%-])(?!\\s*(?:\\(\\s*\\d{1,2}-\\d{1,2}\\s*\\)\\s*)?,?\\s*\\d)';
const WINNER_AFTER = new RegExp(`^\\s+(?:${MATCH_VERBS})\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+(?:['’]s\\s+)?){1,4}${ONE_SCORE}`, 'u');
const LOSER_BEFORE = new RegExp(`\\b(?:${MATCH_VERBS})\\s+$`);
const LOSER_AFTER = new RegExp(`^\\s+${ONE_SCORE}`);

/**
 * Whether a name no gazetteer or rule typed is a side of a match by the result and the score around it (`before`,
 * `after`: the sentence around the name), as a club is and a person is only by a surname the report names in full
 * first (which the caller leaves out).
 *
 *   matchSide('', ' beat Benetton 97-94 ( halftime 39-32 ) .')  = true
 *   matchSide('Partizan beat ', ' 97-94 ( halftime 39-32 ) .')  = true
 *   matchSide('Sampras beat ', ' 6-3 6-4 .')                     = false
 *   matchSide('', ' beat Tommy Robredo 7-6 (8-6) 6-2 in')         = false
 */
export function matchSide(before: string, after: string): boolean {
  if (NAME_BEFORE.test(before) || NAME_AFTER.test(after)) return false;
  return WINNER_AFTER.test(after) || (LOSER_BEFORE.test(before.slice(-16)) && LOSER_AFTER.test(after));
}

// a schedule's line: a team, 'AT', the town it plays in ('KANSAS CITY AT DETROIT', 'Atlanta at Chicago'), and nothing else
const SCHEDULE_LINE = /^\s*(\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})\s+(?:AT|at)\s+\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2}\s*$/u;

/**
 * The team of a schedule's line in a sports report ('KANSAS CITY' of 'KANSAS CITY AT DETROIT': CoNLL-2003 tags the
 * team an organisation, the town after 'AT' a place): its offsets in `line`, or null for any other line.
 */
export function scheduleTeam(line: string): { start: number; end: number } | null {
  const m = SCHEDULE_LINE.exec(line);
  if (!m) return null;
  const start = line.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

// the place where a match is played, not the team: 'at Headingley', 'in Leeds', 'Bergamo-based'
const PLACE_BEFORE = /\b(?:at|in|near|outside|across|throughout|towards?|into)\s*$/i;
const BASED_AFTER = /^-based\b/;

/** Whether a name that is a team in this report is the team here too (not after a place preposition: 'at Grace Road'). */
export function teamMention(before: string, after: string): boolean {
  return !PLACE_BEFORE.test(before.slice(-16)) && !BASED_AFTER.test(after);
}

/**
 * Places with national sides that are no sovereign country in the gazetteers (ISO 3166-2 subdivisions of
 * the United Kingdom): 'England captain Michael Atherton' is a national side, a place like 'Italy'.
 */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland', 'great britain', 'britain']);

/** A country or a home nation: a national side, never a club. */
export function isNation(name: string, kinds: readonly (string | undefined)[]): boolean {
  return kinds.includes('country') || HOME_NATIONS.has(name.toLowerCase());
}
