import type { Queryable } from '../../shared/db.ts';
import { loadQueries } from '../../shared/sql.ts';
import type { AreaFeature } from './area-file.ts';
import type {
  AreaCounts,
  AreaReferences,
  DataSource,
  LevelPreview,
  LoadedMunicipality,
  Moves,
  TableChanges,
} from './area-import.schemas.ts';

export type { TableChanges };

const sql = loadQueries(import.meta.url, [
  'create-staging',
  'stage-areas',
  'staged-problems',
  'preview',
  'references-to-areas',
  'list-loaded',
  'list-retired',
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

  /** What refers to each of `areas`, in the order of their codes. */
  async references(db: Queryable, areas: { level: string; code: string }[]): Promise<AreaReferences[]> {
    const { rows } = await db.query<{
      level: 'wijk' | 'buurt';
      code: string;
      agendas: number;
      survey_rounds: number;
      survey_answers: number;
      connector_grants: number;
    }>(sql.referencesToAreas, [JSON.stringify(areas)]);
    return rows.map((row) => ({
      level: row.level,
      code: row.code,
      agendas: row.agendas,
      surveyRounds: row.survey_rounds,
      surveyAnswers: row.survey_answers,
      connectorGrants: row.connector_grants,
    }));
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

  /** The loaded municipalities with their areas per level, figure years and sources; retired areas come apart. */
  async loaded(db: Queryable): Promise<Omit<LoadedMunicipality, 'retired'>[]> {
    const { rows } = await db.query<{
      code: string;
      name: string;
      wijken: number;
      retired_wijken: number;
      buurten: number;
      retired_buurten: number;
      figure_years: number[];
      sources: LoadedMunicipality['sources'];
    }>(sql.listLoaded);
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      levels: [
        { level: 'wijk', current: row.wijken, retired: row.retired_wijken },
        { level: 'buurt', current: row.buurten, retired: row.retired_buurten },
      ],
      figureYears: row.figure_years,
      sources: row.sources,
    }));
  },

  /** Every retired wijk and buurt, by municipality and code. */
  async retired(db: Queryable) {
    const { rows } = await db.query<{
      level: 'wijk' | 'buurt';
      code: string;
      name: string;
      municipalityCode: string;
      retiredAt: string;
      retiredBy: string | null;
    }>(sql.listRetired);
    return rows;
  },

  async moveLocated(db: Queryable): Promise<Moves> {
    return (await db.query<Moves>(sql.moveLocated)).rows[0]!;
  },
};
