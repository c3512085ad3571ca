import { describe, expect, it } from 'vitest';
import type { BuurtProperties } from '../../web/src/api/areas.ts';
import { filterWijkGroups, groupBuurtenByWijk } from '../../web/src/map-page/group-buurten.ts';

function buurt(code: string, name: string, wijkCode: string, wijkName: string): BuurtProperties {
  return { code, name, wijkCode, wijkName, areaM2: 100_000 };
}

const wijken = [
  { code: 'WK085511', name: 'Hoogvenne' },
  { code: 'WK085568', name: 'Biezenmortel' },
  { code: 'WK085510', name: 'Armhoef' },
];
const buurten = [
  buurt('BU08551102', 'Tivoli', 'WK085511', 'Hoogvenne'),
  buurt('BU08551001', 'Armhoef Zuid', 'WK085510', 'Armhoef'),
  buurt('BU08551101', 'Hoogvenne', 'WK085511', 'Hoogvenne'),
  buurt('BU08551003', 'Armhoef Noord-west', 'WK085510', 'Armhoef'),
];

describe('groupBuurtenByWijk', () => {
  it('puts each buurt under its wijk, wijken and buurten in Dutch alphabetical order', () => {
    const groups = groupBuurtenByWijk(wijken, buurten);
    expect(groups.map((group) => [group.wijk.name, group.buurten.map((b) => b.name)])).toEqual([
      ['Armhoef', ['Armhoef Noord-west', 'Armhoef Zuid']],
      ['Biezenmortel', []],
      ['Hoogvenne', ['Hoogvenne', 'Tivoli']],
    ]);
  });

  it('keeps a wijk without buurten, so the list shows that its boundaries are missing', () => {
    const groups = groupBuurtenByWijk(wijken, buurten);
    expect(groups.find((group) => group.wijk.code === 'WK085568')?.buurten).toEqual([]);
  });

  it('still groups a buurt whose wijk is missing from the wijk list, under the name the buurt carries', () => {
    const groups = groupBuurtenByWijk([], [buurt('BU08550101', 'Binnenstad', 'WK085501', 'Centrum')]);
    expect(groups).toEqual([
      { wijk: { code: 'WK085501', name: 'Centrum' }, buurten: [expect.objectContaining({ name: 'Binnenstad' })] },
    ]);
  });
});

describe('filterWijkGroups', () => {
  const groups = groupBuurtenByWijk(wijken, buurten);

  it('keeps every group for an empty or blank query', () => {
    expect(filterWijkGroups(groups, '  ')).toEqual(groups);
  });

  it('keeps only the buurten whose name matches, ignoring case and accents', () => {
    const filtered = filterWijkGroups(groups, 'TÍVOLI');
    expect(filtered.map((group) => [group.wijk.name, group.buurten.map((b) => b.name)])).toEqual([
      ['Hoogvenne', ['Tivoli']],
    ]);
  });

  it('keeps all buurten of a wijk whose name matches, and an empty wijk found by name', () => {
    expect(filterWijkGroups(groups, 'armhoef')[0]?.buurten).toHaveLength(2);
    expect(filterWijkGroups(groups, 'biezen')).toEqual([
      { wijk: { code: 'WK085568', name: 'Biezenmortel' }, buurten: [] },
    ]);
  });

  it('returns no groups when nothing matches', () => {
    expect(filterWijkGroups(groups, 'Reeshof')).toEqual([]);
  });
});
