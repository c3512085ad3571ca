import type { Queryable } from '../shared/db.ts';
import { areaRef } from '../shared/places.ts';
import { loadQueries } from '../shared/sql.ts';
import { bboxParams, WORLD, type Bbox } from '../shared/bbox.ts';
import type { MultiPolygon } from '../shared/geojson.schemas.ts';
import type { AreaSource, BuurtFeature, LookupResult, Municipality, WijkDetail, WijkFeature } from './areas.schemas.ts';

const sql = loadQueries(import.meta.url, [
  'list-buurten',
  'list-wijken',
  'find-buurt',
  'find-wijk',
  'lookup-point',
  'list-municipalities',
  'list-sources',
]);

interface BuurtRow {
  code: string;
  name: string;
  wijk_code: string;
  wijk_name: string;
  area_m2: number;
  geometry: MultiPolygon;
}
interface WijkRow {
  code: string;
  name: string;
  municipality_code: string;
  area_m2: number;
  buurt_count: number;
  inhabitants: number | null;
  geometry: MultiPolygon;
}
interface WijkDetailRow extends WijkRow {
  figures_year: number | null;
  figures_source: string | null;
  men: number | null;
  women: number | null;
  age_0_15_pct: number | null;
  age_15_25_pct: number | null;
  age_25_45_pct: number | null;
  age_45_65_pct: number | null;
  age_65_plus_pct: number | null;
  households: number | null;
  avg_household_size: number | null;
  density_per_km2: number | null;
  passenger_cars: number | null;
}
interface LookupRow {
  buurt_code: string | null;
  buurt_name: string | null;
  wijk_code: string;
  wijk_name: string;
  municipality_code: string;
  municipality_name: string;
}

function toBuurtFeature(row: BuurtRow): BuurtFeature {
  return {
    type: 'Feature',
    id: row.code,
    geometry: row.geometry,
    properties: {
      code: row.code,
      name: row.name,
      wijkCode: row.wijk_code,
      wijkName: row.wijk_name,
      areaM2: row.area_m2,
    },
  };
}

function toWijkProperties(row: WijkRow): WijkFeature['properties'] {
  return {
    code: row.code,
    name: row.name,
    municipalityCode: row.municipality_code,
    areaM2: row.area_m2,
    buurtCount: row.buurt_count,
    inhabitants: row.inhabitants,
  };
}

export const areasRepository = {
  /** The sources of the loaded boundaries and figures, those of the most boundaries first. */
  async listSources(db: Queryable): Promise<AreaSource[]> {
    const { rows } = await db.query<Omit<AreaSource, 'keyFigures'> & { key_figures: number }>(sql.listSources);
    return rows.map(({ key_figures, ...source }) => ({ ...source, keyFigures: key_figures }));
  },

  /** The loaded municipalities, the largest first. */
  async listMunicipalities(db: Queryable): Promise<Municipality[]> {
    return (await db.query<Municipality>(sql.listMunicipalities)).rows;
  },

  async listBuurten(db: Queryable, bbox: Bbox = WORLD): Promise<BuurtFeature[]> {
    const result = await db.query<BuurtRow>(sql.listBuurten, bboxParams(bbox));
    return result.rows.map(toBuurtFeature);
  },

  async listWijken(db: Queryable, bbox: Bbox = WORLD): Promise<WijkFeature[]> {
    const result = await db.query<WijkRow>(sql.listWijken, bboxParams(bbox));
    return result.rows.map((row) => ({
      type: 'Feature',
      id: row.code,
      geometry: row.geometry,
      properties: toWijkProperties(row),
    }));
  },

  async findBuurt(db: Queryable, code: string): Promise<BuurtFeature | null> {
    const result = await db.query<BuurtRow>(sql.findBuurt, [code]);
    const row = result.rows[0];
    return row ? toBuurtFeature(row) : null;
  },

  async findWijk(db: Queryable, code: string): Promise<WijkDetail | null> {
    const result = await db.query<WijkDetailRow>(sql.findWijk, [code]);
    const row = result.rows[0];
    if (!row) return null;
    const keyFigures =
      row.figures_year === null || row.figures_source === null
        ? null
        : {
            year: row.figures_year,
            source: row.figures_source,
            inhabitants: row.inhabitants,
            men: row.men,
            women: row.women,
            age0to15Pct: row.age_0_15_pct,
            age15to25Pct: row.age_15_25_pct,
            age25to45Pct: row.age_25_45_pct,
            age45to65Pct: row.age_45_65_pct,
            age65PlusPct: row.age_65_plus_pct,
            households: row.households,
            avgHouseholdSize: row.avg_household_size,
            densityPerKm2: row.density_per_km2,
            passengerCars: row.passenger_cars,
          };
    return {
      type: 'Feature',
      id: row.code,
      geometry: row.geometry,
      properties: { ...toWijkProperties(row), keyFigures },
    };
  },

  async lookup(db: Queryable, lng: number, lat: number): Promise<LookupResult | null> {
    const result = await db.query<LookupRow>(sql.lookupPoint, [lng, lat]);
    const row = result.rows[0];
    if (!row) return null;
    return {
      buurt: areaRef(row.buurt_code, row.buurt_name),
      wijk: { code: row.wijk_code, name: row.wijk_name },
      municipality: { code: row.municipality_code, name: row.municipality_name },
    };
  },
};
