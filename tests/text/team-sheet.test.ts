import { describe, expect, it } from 'vitest';
import { isNameList, squadListNames, teamSheetNames } from '../../src/text/team-sheet.js';

const names = (line: string) => {
  const r = teamSheetNames(line);
  return r && { names: r.names.map((n) => line.slice(n.start, n.end)), side: r.side && line.slice(r.side.start, r.side.end) };
};

describe('teamSheetNames', () => {
  it("reads a football side's sheet: each player, each substitute in brackets", () => {
    expect(names('Marlow, Quennell, De Vries, Tolland (Pesce 67), Anders Lykke, Ruddock, Okafor-Bell (Van Dam 88), Whitlow.')).toEqual({
      names: ['Marlow', 'Quennell', 'De Vries', 'Tolland', 'Pesce', 'Anders Lykke', 'Ruddock', 'Okafor-Bell', 'Van Dam', 'Whitlow'],
      side: null,
    });
  });

  it("reads the side's name in a label, and no side in a substitutes' label", () => {
    expect(names('Port Vale: Marlow, Quennell (Pesce 80), Tolland, Ruddock, Lykke, Whitlow, Okafor, Dunmore.')).toEqual({
      names: ['Marlow', 'Quennell', 'Pesce', 'Tolland', 'Ruddock', 'Lykke', 'Whitlow', 'Okafor', 'Dunmore'],
      side: 'Port Vale',
    });
    expect(names('Subs Not Used: Pesce, Lykke.')).toEqual({ names: ['Pesce', 'Lykke'], side: null });
    expect(names('Replacements: Pesce, Lykke, Quennell, Whitlow.')).toEqual({ names: ['Pesce', 'Lykke', 'Quennell', 'Whitlow'], side: null });
  });

  it("reads a rugby sheet of initials and surnames, semicolons between its lines, a captain's mark", () => {
    expect(names("T Marlow (capt); R Quennell, J O'Dowd, M Tolland; P Ruddock, S Whitlow; D Okafor, L Dunmore.")?.names).toEqual([
      'T Marlow', 'R Quennell', "J O'Dowd", 'M Tolland', 'P Ruddock', 'S Whitlow', 'D Okafor', 'L Dunmore',
    ]);
    expect(names('R Quennell, J Pesce, M Tolland, P Ruddock, S Whitlow, D Okafor, L Dunmore.')?.names).toHaveLength(7);
  });

  it.each([
    // a menu, a list of countries or tags, a sentence, players with no sheet's mark, a results line
    'News, Blogs, Video, Community',
    'France, Germany, Italy, Spain, Portugal, Belgium',
    'Marlow, Quennell, Tolland, Ruddock.',
    'Marlow scored twice, Quennell once, and Tolland missed a penalty (his third).',
    'Goals: Marlow 12, Quennell 40.',
    'Subs Not Used: Pesce.',
    // (short lists, a repeated or a figure's word in brackets, a number no minute, firms' initials)
    'Leading scorers: Marlow (Portvale 25), Quennell (Kellmore 21), Tolland (Zorvex 14), Ruddock (Dunmore 13).',
    'Top risers: Zorvex (Retail 12), Kellmo (Retail 9), Quimbar (Telecoms 7), Vantor (Oil 5), Pesce (Retail 4), Lykke (Oil 3), Whitlow (Retail 2), Okafor (Oil 1).',
    'Closing prices: Zorvex (ZRV 150), Kellmo (KLM 270), Quimbar (QMB 400), Vantor (VNT 200), Pesce (PSC 300), Lykke (LYK 210), Whitlow (WHT 190), Okafor (OKF 180).',
    'Biggest risers: J Pesce, W H Lykke, J D Whitlow, A G Okafor, R Quennell, M Tolland, P Ruddock.',
  ])('reads no team sheet in %j', (line) => {
    expect(teamSheetNames(line)).toBeNull();
  });
});

describe('isNameList', () => {
  it("reads a label's list of people's names, initials, particles and a closing 'and' among them", () => {
    expect(isNameList('Portvale: Ryan Quell, Laura Carnot, Matt Chandos, Will Coyle, Dennis K. Baxter, Francis X. De Lucca, JP Austen and Meg Andriet.')).toBe(true);
  });

  it.each([
    'News, Blogs, Video, Community, Sport, Weather, Travel, Money',
    'Ryan Quell, Laura Carnot, Matt Chandos',
    'Ryan Quell, Laura Carnot, Matt Chandos, Will Coyle, Dennis Baxter, the mayor of Portvale, Francis Lucca, Meg Andriet',
    'Trending Now: Supreme Court Ruling, Election Results, White House Briefing, Senate Hearings, Campaign Finance, Foreign Policy, Trade Deals, Border Security',
  ])('reads no list of names in %j', (line) => {
    expect(isNameList(line)).toBe(false);
  });
});

describe('squadListNames', () => {
  const squad = (line: string) => {
    const r = squadListNames(line);
    return r && { names: r.names.map((n) => line.slice(n.start, n.end)), clubs: r.clubs.map((n) => line.slice(n.start, n.end)) };
  };

  it("reads each player and his club in brackets: initials, a captain's mark after the club or before it, semicolons, clubs of two words", () => {
    expect(squad('J Marlow (Port Vale, capt); R Quennell (Kellmore Rovers), M Tolland (Dunmore), T Pesce (Whitlow Saints).')).toEqual({
      names: ['J Marlow', 'R Quennell', 'M Tolland', 'T Pesce'],
      clubs: ['Port Vale', 'Kellmore Rovers', 'Dunmore', 'Whitlow Saints'],
    });
    expect(squad('Backs: Tom Marlow (Dunmore Rugby), Rob Quennell (The Kellmores), D dal Pesce (Zorvex) Forwards: Jan Lykke (captain, Whitlow Saints), Ole Okafor (Dunmore Rugby).')).toEqual({
      names: ['Tom Marlow', 'Rob Quennell', 'D dal Pesce', 'Jan Lykke', 'Ole Okafor'],
      clubs: ['Dunmore Rugby', 'The Kellmores', 'Zorvex', 'Whitlow Saints', 'Dunmore Rugby'],
    });
  });

  it("reads clubs of words joined by 'and', 'with', 'of', and a line of fewer entries where the caller asks", () => {
    expect(squad('J Marlow (Dunmore and Zorvex Harriers), R Quennell (City of Kellmore AC), M Tolland (Whitlow with Pesce Ladies), T Lykke (Okafor AC).')?.clubs).toEqual([
      'Dunmore and Zorvex Harriers', 'City of Kellmore AC', 'Whitlow with Pesce Ladies', 'Okafor AC',
    ]);
    expect(squadListNames('Pole vault: N Marlow (Zorvex AC).')).toBeNull();
    const one = 'Pole vault: N Marlow (Zorvex AC).';
    expect(squadListNames(one, 1)?.clubs.map((c) => one.slice(c.start, c.end))).toEqual(['Zorvex AC']);
  });

  it.each([
    // fewer than four entries, an entry with no club, a figure in brackets, prose
    'J Marlow (Port Vale), R Quennell (Kellmore Rovers), M Tolland (Dunmore).',
    'J Marlow (Port Vale), R Quennell, M Tolland (Dunmore), T Pesce (Whitlow Saints), O Okafor (Zorvex).',
    'Leading scorers: Marlow (Portvale 25), Quennell (Kellmore 21), Tolland (Zorvex 14), Ruddock (Dunmore 13).',
    'Marlow (Port Vale) scored twice, and Quennell (Kellmore) once, while Tolland (Dunmore) and Pesce (Whitlow) missed.',
  ])('reads no squad list in %j', (line) => {
    expect(squadListNames(line)).toBeNull();
  });
});
