import { describe, expect, it } from 'vitest';
import { teamSheetNames } from '../../src/text/team-sheet.js';

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
    expect(names('Port Vale: Marlow, Quennell (Pesce 80), Tolland, Ruddock.')).toEqual({ names: ['Marlow', 'Quennell', 'Pesce', 'Tolland', 'Ruddock'], side: 'Port Vale' });
    expect(names('Subs Not Used: Pesce, Lykke.')).toEqual({ names: ['Pesce', 'Lykke'], side: null });
    expect(names('Replacements: Pesce, Lykke, Quennell, Whitlow.')).toEqual({ names: ['Pesce', 'Lykke', 'Quennell', 'Whitlow'], side: null });
  });

  it("reads a rugby sheet of initials and surnames, semicolons between its lines, a captain's mark", () => {
    expect(names("T Marlow (capt); R Quennell, J O'Dowd, M Tolland; P Ruddock, S Whitlow.")?.names).toEqual(['T Marlow', 'R Quennell', "J O'Dowd", 'M Tolland', 'P Ruddock', 'S Whitlow']);
    expect(names('R Quennell, J Pesce, M Tolland, P Ruddock.')?.names).toEqual(['R Quennell', 'J Pesce', 'M Tolland', 'P Ruddock']);
  });

  it.each([
    // a menu, a list of countries or tags, a sentence, players with no sheet's mark, a results line
    'News, Blogs, Video, Community',
    'France, Germany, Italy, Spain, Portugal, Belgium',
    'Marlow, Quennell, Tolland, Ruddock.',
    'Marlow scored twice, Quennell once, and Tolland missed a penalty (his third).',
    'Goals: Marlow 12, Quennell 40.',
    'Subs Not Used: Pesce.',
  ])('reads no team sheet in %j', (line) => {
    expect(teamSheetNames(line)).toBeNull();
  });
});
