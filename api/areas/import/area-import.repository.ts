import type { Queryable } from '../../shared/db.ts';
import { loadQueries } from '../../shared/sql.ts';
import type { AreaFeature } from './area-file.ts';

const sql = loadQueries(import.meta.url, [
  'create-staging',
  'stage-areas',
  'staged-problems',
  'preview',
  'references-to-missing',
  'find-municipalities',
  'upsert-data-sources',
  'upsert-municipalities',
  'upsert-wijken',
  'upsert-buurten',
  'upsert-key-figures',
  'update-municipality-outlines',
  'move-located',
  'retire-and-restore',
]);

/** Rows a write added and rewrote (an unchanged row is not written at all). */
export interface TableChanges {
  inserted: number;
  updated: number;
}

/** Where areas and figures come from, as the map's attribution and the kompas name it. */
export interface DataSource {
  key: string;
  title: string;
  publisher: string;
  year: number;
  licence: string;
  attribution: string;
  url: string | null;
}

export interface LevelPreview {
  level: 'wijk' | 'buurt';
  count: number;
  areas: { code: string; name: string }[];
  /** [west, south, east, north] in degrees. */
  extent: [number, number, number, number];
  new: string[];
  renamed: { code: string; from: string; to: string }[];
  reshaped: string[];
  /** Current areas of the file's municipalities at this level that the file lacks: retired (kept, as history). */
  missing: { code: string; name: string }[];
  /** Retired areas that the file has again: current again. */
  restored: { code: string; name: string }[];
}

/** Areas per level that an import retired, or made current again. */
export interface AreaCounts {
  wijken: number;
  buurten: number;
}

export interface MissingAreaReferences {
  level: 'wijk' | 'buurt';
  code: string;
  agendas: number;
  survey_rounds: number;
  survey_answers: number;
  connector_grants: number;
}

export interface Moves {
  homes: number;
  organisations: number;
  assets: number;
  observations: number;
}

const changes = (rows: { inserted: boolean }[]): TableChanges => {
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted };
};

/** The door to the database for loading areas: a staging table per import, then upserts from it. */
export const areaImportRepository = {
  /**
   * Stages the file's wijken and buurten (repaired, in EPSG:4326) for this transaction; each row's `feature` is its
   * position in `areas`, from 1.
   */
  async stage(db: Queryable, areas: AreaFeature[]) {
    await db.query(sql.createStaging);
    await db.query(sql.stageAreas, [
      JSON.stringify(
        areas.map((area, index) => ({
          feature: index + 1,
          level: area.level,
          code: area.code,
          name: area.name,
          wijk_code: area.wijkCode,
          municipality_code: area.municipalityCode,
          municipality_name: area.municipalityName,
          geojson: area.geometry && 'geojson' in area.geometry ? area.geometry.geojson : null,
          wkb: area.geometry && 'wkb' in area.geometry ? area.geometry.wkb : null,
          srid: area.srid,
          figures: area.figures,
          source_hash: area.sourceHash,
        })),
      ),
    ]);
  },

  async stagedProblems(db: Queryable) {
    return (
      await db.query<{
        feature: number;
        code: string;
        level: string;
        empty: boolean;
        repaired: boolean;
        without_wijk: boolean;
        wijk_code: string | null;
      }>(sql.stagedProblems)
    ).rows.filter((row) => row.empty || row.repaired || row.without_wijk);
  },

  async preview(db: Queryable): Promise<LevelPreview[]> {
    return (await db.query<LevelPreview>(sql.preview)).rows;
  },

  async referencesToMissing(db: Queryable, areas: { level: string; code: string }[]) {
    return (await db.query<MissingAreaReferences>(sql.referencesToMissing, [JSON.stringify(areas)])).rows;
  },

  async loadedMunicipalities(db: Queryable, codes: string[]) {
    return (await db.query<{ code: string; name: string }>(sql.findMunicipalities, [codes])).rows;
  },

  async upsertDataSources(db: Queryable, sources: DataSource[]) {
    return changes((await db.query<{ inserted: boolean }>(sql.upsertDataSources, [JSON.stringify(sources)])).rows);
  },

  async upsertMunicipalities(db: Queryable, municipalities: { code: string; name: string; source_hash: string }[]) {
    return changes(
      (await db.query<{ inserted: boolean }>(sql.upsertMunicipalities, [JSON.stringify(municipalities)])).rows,
    );
  },

  /** With `keepLoaded`, a wijk already loaded keeps its name and polygon (a file of figures for known areas). */
  async upsertWijken(db: Queryable, source: string, keepLoaded: boolean) {
    return changes((await db.query<{ inserted: boolean }>(sql.upsertWijken, [source, keepLoaded])).rows);
  },

  async upsertBuurten(db: Queryable, source: string, keepLoaded: boolean) {
    return changes((await db.query<{ inserted: boolean }>(sql.upsertBuurten, [source, keepLoaded])).rows);
  },

  async upsertKeyFigures(db: Queryable, year: number, source: string) {
    return changes((await db.query<{ inserted: boolean }>(sql.upsertKeyFigures, [year, source])).rows);
  },

  /** Each municipality's outline as the union of its wijken, where one is missing or a wijk changed. */
  async updateMunicipalityOutlines(db: Queryable) {
    await db.query(sql.updateMunicipalityOutlines);
  },

  /** Retires the areas `lacking` (the preview's missing ones) and makes the retired ones in the file current again. */
  async retireAndRestore(db: Queryable, source: string, lacking: { level: string; code: string }[]) {
    const { rows } = await db.query<{
      retired_wijken: number;
      retired_buurten: number;
      restored_wijken: number;
      restored_buurten: number;
    }>(sql.retireAndRestore, [source, JSON.stringify(lacking)]);
    const row = rows[0]!;
    return {
      retired: { wijken: row.retired_wijken, buurten: row.retired_buurten } satisfies AreaCounts,
      restored: { wijken: row.restored_wijken, buurten: row.restored_buurten } satisfies AreaCounts,
    };
  },

  async moveLocated(db: Queryable): Promise<Moves> {
    return (await db.query<Moves>(sql.moveLocated)).rows[0]!;
  },
};
