import { describe, expect, it } from 'vitest';
import { titleCaseAreaName } from '../../api/areas/import/area-names.ts';

describe('titleCaseAreaName', () => {
  it.each([
    ['tivoli', 'Tivoli'],
    ['armhoef noord-oost', 'Armhoef Noord-Oost'],
    ['broekhoven ii west', 'Broekhoven II West'],
    ['buitengebied b-e zuid', 'Buitengebied B-E Zuid'],
    ['bedrijventerrein kraaiven pdv', 'Bedrijventerrein Kraaiven PDV'],
    ['oostkamer west ', 'Oostkamer West'],
    ['ind.terrein loven noord', 'Ind.terrein Loven Noord'],
    ["'t zand", "'t Zand"],
  ])('turns "%s" into "%s"', (raw, expected) => {
    expect(titleCaseAreaName(raw)).toBe(expected);
  });
});
