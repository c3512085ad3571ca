import { afterAll, describe, expect, it } from 'vitest';
import { scoreKompas, type IndicatorDefinition } from '../../api/kompas/kompas-scoring.ts';
import { testPool } from '../helpers/db.ts';

// The profile's CBS indicators on the seeded Tilburg: definitions, values per wijk straight from the key figures, and
// Tilburg's own figure derived from all its wijken — or missing.
const pool = testPool();
afterAll(() => pool.end());

type Figures = {
  wijk_code: string;
  inhabitants: number | null;
  households: number | null;
  age_65_plus_pct: string | null;
  passenger_cars: number | null;
  density_per_km2: number | null;
};

describe('the CBS indicators', () => {
  it('are defined with labels in Dutch and English, with their source; composition is not judged, nearness is', async () => {
    const { rows } = await pool.query(
      'SELECT key, quarter, direction, source, label_nl, label_en FROM indicators WHERE family = $1 ORDER BY sort',
      ['figures'],
    );
    expect(rows.map((row) => row.key)).toEqual([
      'age-0-15',
      'age-15-25',
      'age-25-45',
      'age-45-65',
      'age-65-plus',
      'household-size',
      'density',
      'cars-per-household',
      'income-per-inhabitant',
      'social-minimum-households',
      'social-assistance-per-1000',
      'incapacity-benefits-per-1000',
      'woz-value',
      'owner-occupied',
      'corporation-rental',
      'gp-distance',
      'supermarket-distance',
      'primary-school-distance',
    ]);
    for (const row of rows) {
      const distance = row.key.endsWith('-distance');
      const housing = ['woz-value', 'owner-occupied', 'corporation-rental'].includes(row.key);
      expect(row).toMatchObject({
        quarter: distance || housing ? 'physical' : 'composition',
        direction: distance ? 'lower-better' : 'descriptive',
        source: 'cbs-wijken-buurten-2024',
        label_nl: expect.any(String),
        label_en: expect.any(String),
      });
    }
  });

  it('give each wijk its own CBS figures, and the municipality its figure derived from all wijken', async () => {
    const figures = (await pool.query<Figures>('SELECT * FROM wijk_key_figures WHERE year = 2024')).rows;
    const values = (
      await pool.query<{ area_type: string; area_code: string; indicator_key: string; value: string }>(
        'SELECT * FROM cbs_indicator_values WHERE year = 2024',
      )
    ).rows;
    const valueOf = (type: string, code: string, key: string) =>
      values.find((v) => v.area_type === type && v.area_code === code && v.indicator_key === key)?.value;

    const wijk = figures.find((f) => f.age_65_plus_pct !== null && f.households)!;
    expect(Number(valueOf('wijk', wijk.wijk_code, 'age-65-plus'))).toBe(Number(wijk.age_65_plus_pct));
    expect(Number(valueOf('wijk', wijk.wijk_code, 'cars-per-household'))).toBeCloseTo(
      wijk.passenger_cars! / wijk.households!,
      2,
    );

    // Missing stays missing: a wijk without the figure has no value, and then neither has Tilburg.
    const lacking = figures.filter((f) => f.age_65_plus_pct === null);
    for (const f of lacking) expect(valueOf('wijk', f.wijk_code, 'age-65-plus')).toBeUndefined();
    const tilburg = valueOf('municipality', 'GM0855', 'age-65-plus');
    if (lacking.length > 0) expect(tilburg).toBeUndefined();
    else {
      // An inhabitant-weighted mean, worked out here by hand.
      const weighted =
        figures.reduce((sum, f) => sum + Number(f.age_65_plus_pct) * f.inhabitants!, 0) /
        figures.reduce((sum, f) => sum + f.inhabitants!, 0);
      expect(Number(tilburg)).toBeCloseTo(weighted, 2);
    }
    const withDensity = figures.filter((f) => f.density_per_km2 && f.inhabitants !== null);
    if (withDensity.length === figures.length) {
      const land = withDensity.reduce((sum, f) => sum + f.inhabitants! / f.density_per_km2!, 0);
      const inhabitants = withDensity.reduce((sum, f) => sum + f.inhabitants!, 0);
      expect(Number(valueOf('municipality', 'GM0855', 'density'))).toBeCloseTo(inhabitants / land, 0);
    }
  });

  it('score against Tilburg: a wijk’s index is its figure over Tilburg’s, times 100', async () => {
    const definitions = (await pool.query<IndicatorDefinition>('SELECT key, theme, quarter, direction FROM indicators'))
      .rows;
    const values = (
      await pool.query<{ area_type: string; area_code: string; indicator_key: string; value: string }>(
        'SELECT * FROM cbs_indicator_values WHERE year = 2024',
      )
    ).rows;
    const areas: Record<string, Record<string, number>> = {};
    const municipality: Record<string, number> = {};
    for (const v of values) {
      if (v.area_type === 'wijk') (areas[v.area_code] ??= {})[v.indicator_key] = Number(v.value);
      else municipality[v.indicator_key] = Number(v.value);
    }
    const kompas = scoreKompas({ indicators: definitions, areas, municipality });
    const [code, wijk] = Object.entries(areas).find(([, w]) => w['household-size'] !== undefined)!;
    const reference =
      municipality['household-size'] ??
      Object.values(areas).reduce((sum, w) => sum + (w['household-size'] ?? 0), 0) /
        Object.values(areas).filter((w) => w['household-size'] !== undefined).length;
    expect(kompas[code]!.indicators['household-size']!.index).toBeCloseTo(
      (100 * wijk['household-size']!) / reference,
      1,
    );
    // Composition is never judged.
    expect(kompas[code]!.indicators['household-size']!.assessment).toBeNull();
    expect(kompas[code]!.quarters.composition).toEqual({ index: null, class: null, assessment: null });
  });
});
