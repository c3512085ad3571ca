import { Type, type Static } from '@sinclair/typebox';

const Level = Type.Union([Type.Literal('wijk'), Type.Literal('buurt')]);
const NamedArea = Type.Object({ code: Type.String(), name: Type.String() });

/** Where areas and figures come from, as the map's attribution and the kompas name it. */
const DataSourceSchema = Type.Object({
  key: Type.String({ description: 'e.g. cbs-wijken-buurten-2024' }),
  title: Type.String(),
  publisher: Type.String(),
  year: Type.Integer({ description: 'The year of the figures' }),
  licence: Type.String(),
  attribution: Type.String(),
  url: Type.Union([Type.String(), Type.Null()]),
});

const LevelPreviewSchema = Type.Object({
  level: Level,
  count: Type.Integer({ description: 'Areas of this level in the file' }),
  areas: Type.Array(NamedArea),
  extent: Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: '[west, south, east, north] in degrees' }),
  new: Type.Array(Type.String(), { description: 'Codes not loaded yet' }),
  renamed: Type.Array(Type.Object({ code: Type.String(), from: Type.String(), to: Type.String() })),
  reshaped: Type.Array(Type.String(), { description: 'Loaded areas whose polygon the file changes' }),
  missing: Type.Array(NamedArea, {
    description:
      "Current areas of the file's municipalities at this level that the file lacks: retired (kept, as history) unless loaded areas are kept",
  }),
  restored: Type.Array(NamedArea, { description: 'Retired areas that the file has again: current again' }),
});

/** What still refers to an area: it stays, retired, so that these still resolve. */
const AreaReferencesSchema = Type.Object({
  level: Level,
  code: Type.String(),
  agendas: Type.Integer(),
  surveyRounds: Type.Integer(),
  surveyAnswers: Type.Integer(),
  connectorGrants: Type.Integer(),
});

const MovesSchema = Type.Object(
  {
    homes: Type.Integer(),
    organisations: Type.Integer(),
    assets: Type.Integer(),
    observations: Type.Integer(),
  },
  { description: 'Things placed by location whose buurt changes with the new polygons' },
);

/** Rows a write added and rewrote (an unchanged row is not written at all). */
const TableChangesSchema = Type.Object({ inserted: Type.Integer(), updated: Type.Integer() });

/** Areas per level that an import retired, or made current again. */
const AreaCountsSchema = Type.Object({ wijken: Type.Integer(), buurten: Type.Integer() });

export const AreaImportResultSchema = Type.Object({
  file: Type.String(),
  source: DataSourceSchema,
  municipalities: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      new: Type.Boolean(),
      renamed: Type.Union([Type.String(), Type.Null()], { description: 'The name it had, when the file renames it' }),
    }),
  ),
  levels: Type.Array(LevelPreviewSchema),
  figures: Type.Array(
    Type.Object({ field: Type.String(), figure: Type.String(), indicators: Type.Array(Type.String()) }),
    { description: 'The key-figure fields found, each with the indicators of the kompas it feeds' },
  ),
  repaired: Type.Array(Type.Object({ place: Type.String(), code: Type.String() }), {
    description: 'Polygons that were not valid and were repaired',
  }),
  moves: MovesSchema,
  stillReferred: Type.Array(AreaReferencesSchema, {
    description: 'Areas the file lacks that agendas, survey rounds or connector grants still refer to',
  }),
  retiresMissing: Type.Boolean({
    description: 'Whether the missing areas are retired: not when loaded areas are kept',
  }),
  written: Type.Boolean({ description: 'false for a dry run' }),
  changes: Type.Union([
    Type.Object({
      municipalities: TableChangesSchema,
      wijken: TableChangesSchema,
      buurten: TableChangesSchema,
      keyFigures: TableChangesSchema,
      retired: AreaCountsSchema,
      restored: AreaCountsSchema,
    }),
    Type.Null(),
  ]),
});

export const LoadedMunicipalitySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  levels: Type.Array(Type.Object({ level: Level, current: Type.Integer(), retired: Type.Integer() })),
  figureYears: Type.Array(Type.Integer(), { description: 'The years of key figures loaded for its wijken' }),
  sources: Type.Array(
    Type.Object({ key: Type.String(), title: Type.String(), publisher: Type.String(), year: Type.Integer() }),
  ),
  retired: Type.Array(
    Type.Composite([
      AreaReferencesSchema,
      Type.Object({
        name: Type.String(),
        retiredAt: Type.String({ format: 'date-time' }),
        retiredBy: Type.Union([Type.String(), Type.Null()], { description: 'The data source whose import retired it' }),
      }),
    ]),
  ),
});

export type DataSource = Static<typeof DataSourceSchema>;
export type LevelPreview = Static<typeof LevelPreviewSchema>;
export type AreaReferences = Static<typeof AreaReferencesSchema>;
export type Moves = Static<typeof MovesSchema>;
export type TableChanges = Static<typeof TableChangesSchema>;
export type AreaCounts = Static<typeof AreaCountsSchema>;
export type AreaImportResult = Static<typeof AreaImportResultSchema>;
export type LoadedMunicipality = Static<typeof LoadedMunicipalitySchema>;
