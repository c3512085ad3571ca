import type { BuurtProperties, WijkProperties } from '../api/areas.ts';

export interface WijkGroup {
  wijk: Pick<WijkProperties, 'code' | 'name'>;
  buurten: BuurtProperties[];
}

/** Lower case without accents, so "cen" finds "Centrum" and "linne" finds "Linné". */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl');
}

function byDutchName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'nl');
}

/**
 * Buurten grouped under their wijk, both sorted by name. Every wijk keeps its group, even one
 * without buurten in the source, so the list does not hide that the boundaries are missing.
 */
export function groupBuurtenByWijk(
  wijken: readonly Pick<WijkProperties, 'code' | 'name'>[],
  buurten: readonly BuurtProperties[],
): WijkGroup[] {
  const groups = new Map<string, WijkGroup>();
  for (const wijk of wijken) {
    groups.set(wijk.code, { wijk: { code: wijk.code, name: wijk.name }, buurten: [] });
  }
  for (const buurt of buurten) {
    let group = groups.get(buurt.wijkCode);
    if (group === undefined) {
      group = { wijk: { code: buurt.wijkCode, name: buurt.wijkName }, buurten: [] };
      groups.set(buurt.wijkCode, group);
    }
    group.buurten.push(buurt);
  }
  const sorted = [...groups.values()].sort((a, b) => byDutchName(a.wijk, b.wijk));
  for (const group of sorted) group.buurten.sort(byDutchName);
  return sorted;
}

/**
 * Keeps the buurten whose own name or wijk name contains the query. A wijk whose name matches keeps
 * all its buurten; other groups left empty by the filter disappear. An empty query keeps everything.
 */
export function filterWijkGroups(groups: readonly WijkGroup[], query: string): WijkGroup[] {
  const needle = searchable(query.trim());
  if (needle === '') return [...groups];
  const kept: WijkGroup[] = [];
  for (const group of groups) {
    const wijkMatches = searchable(group.wijk.name).includes(needle);
    const buurten = wijkMatches
      ? group.buurten
      : group.buurten.filter((buurt) => searchable(buurt.name).includes(needle));
    if (wijkMatches || buurten.length > 0) kept.push({ wijk: group.wijk, buurten });
  }
  return kept;
}
