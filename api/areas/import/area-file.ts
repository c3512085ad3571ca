import { createHash } from 'node:crypto';
import { isAreaCode } from '../../shared/area-codes.ts';
import { titleCaseAreaName } from './area-names.ts';
import { keyFiguresOf, normalisedFieldName, type KeyFigures } from './key-figures.ts';

/**
 * Reads an area file as CBS and PDOK publish the *wijk- en buurtkaart* in GeoJSON: municipalities, wijken and
 * buurten, each feature recognised by its codes (a feature with a buurt code is a buurt, one with only a wijk code a
 * wijk, one with only a municipality code a municipality), in EPSG:4326 or in the CRS the file names (RD New,
 * EPSG:28992, as CBS's own files use). Pure: text in, areas and problems out; the database repairs and reprojects.
 */

type AreaLevel = 'municipality' | 'wijk' | 'buurt';

/** A feature's polygon as the file holds it: GeoJSON, or well-known binary (hex) from a GeoPackage. */
type AreaGeometry = { geojson: unknown } | { wkb: string };

export interface AreaFeature {
  /** Where the feature stands in the file ("file › layer buurten › feature 12"): how problems name it. */
  place: string;
  level: AreaLevel;
  code: string;
  name: string;
  wijkCode: string | null;
  municipalityCode: string;
  municipalityName: string | null;
  /** Null only for a municipality (its outline comes from its wijken). */
  geometry: AreaGeometry | null;
  /** The EPSG code of the coordinates. */
  srid: number;
  /** Wijken and buurten: the CBS key figures the feature carries (null where CBS publishes none or keeps it secret). */
  figures: KeyFigures | null;
  /** Changes when anything the import keeps of the feature changes: a second import of the same file writes nothing. */
  sourceHash: string;
}

export interface AreaFileProblem {
  /** Where: the file, and the feature and field where there is one. */
  where: string;
  /** The rule broken, e.g. `geojson`, `cbs-code`, `unique`, `crs`. */
  rule: string;
  message: string;
}

export interface AreaFile {
  name: string;
  areas: AreaFeature[];
  /** Every field that carries a key figure, as the file spells it. */
  figureFields: string[];
}

/** One layer of features (a GeoJSON file is one layer without a name), its coordinates in EPSG `srid`. */
export interface AreaLayer {
  name: string | null;
  srid: number;
  features: {
    properties: Record<string, unknown>;
    /** The polygon, and its geometry type as the file says it ("Polygon", "MultiPolygon", …); null: none. */
    geometry: AreaGeometry | null;
    geometryType: string | null;
  }[];
}

/** The import refused the file: every problem found, each with its place; nothing was written. */
export class AreaFileError extends Error {
  constructor(readonly problems: AreaFileProblem[]) {
    super(problems.map((problem) => `${problem.where}: ${problem.message}`).join('\n'));
  }
}

const POLYGON_TYPES = new Set(['POLYGON', 'MULTIPOLYGON']);
const SHAPE: Record<AreaLevel, string> = {
  municipality: 'GM and 4 digits',
  wijk: 'WK, 4 digits and 2 digits or capitals',
  buurt: 'BU, 4 digits and 4 digits or capitals',
};

/** The fields that name a level's code and name, compared in lower case without separators. */
const FIELDS: Record<AreaLevel, { code: string[]; name: string[] }> = {
  municipality: { code: ['gemeentecode', 'gmcode'], name: ['gemeentenaam', 'gmnaam'] },
  wijk: { code: ['wijkcode', 'wkcode'], name: ['wijknaam', 'wknaam'] },
  buurt: { code: ['buurtcode', 'bucode'], name: ['buurtnaam', 'bunaam'] },
};
/** Whether a column (or property) names an area code, in any of the spellings the import reads. */
export const isAreaCodeField = (field: string) =>
  Object.values(FIELDS).some((fields) => fields.code.includes(normalisedFieldName(field)));

/** Coordinate systems the import accepts, by EPSG code: WGS 84 (GeoJSON's own), RD New, ETRS89, Web Mercator. */
export const KNOWN_SRIDS = [4326, 28992, 4258, 3857] as const;

function fieldOf(properties: Record<string, unknown>, names: string[]): { field: string; value: unknown } | undefined {
  for (const [field, value] of Object.entries(properties)) {
    if (names.includes(normalisedFieldName(field)) && value !== null && value !== undefined && value !== '') {
      return { field, value };
    }
  }
  return undefined;
}

/** The EPSG code a GeoJSON `crs` member names ("EPSG:28992", "urn:ogc:def:crs:EPSG::28992", OGC CRS84), or null. */
function sridOf(crs: unknown): number | null {
  const name = (crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return 4326;
  const match = /EPSG:{1,2}(\d+)$/i.exec(name);
  return match ? Number(match[1]) : null;
}

/** A name as people expect it: the municipal files spell names in lower case, CBS's own in the usual way. */
const displayName = (raw: string) => (raw === raw.toLowerCase() ? titleCaseAreaName(raw) : raw.trim());

/** The problem of a coordinate system the import does not know. */
export function unknownCrs(where: string, what: string): AreaFileError {
  return new AreaFileError([
    {
      where,
      rule: 'crs',
      message: `names a coordinate system the import does not know (${what}); expected one of ${KNOWN_SRIDS.map((code) => `EPSG:${code}`).join(', ')}`,
    },
  ]);
}

/**
 * The areas of one GeoJSON area file, or an AreaFileError listing every problem (not GeoJSON, an unknown CRS, and
 * those of `areasOfLayers`). With `municipalities`, only the areas of those municipalities are kept.
 */
export function readGeoJsonAreaFile(name: string, text: string, municipalities: string[] = []): AreaFile {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AreaFileError([
      { where: name, rule: 'geojson', message: `is not JSON (${(error as Error).message}); expected GeoJSON` },
    ]);
  }
  const collection = document as { type?: unknown; features?: unknown; crs?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new AreaFileError([
      { where: name, rule: 'geojson', message: 'is not a GeoJSON FeatureCollection (no "features" list)' },
    ]);
  }
  const srid = collection.crs === undefined ? 4326 : sridOf(collection.crs);
  if (srid === null || !(KNOWN_SRIDS as readonly number[]).includes(srid)) {
    throw unknownCrs(`${name} › crs`, JSON.stringify(collection.crs));
  }
  const features = (collection.features as unknown[]).map((raw) => {
    const item = raw as { properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null };
    const properties = (item?.properties && typeof item.properties === 'object' ? item.properties : {}) as Record<
      string,
      unknown
    >;
    const geometry = item?.geometry;
    const usable = geometry && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 0;
    return {
      properties,
      geometry: usable ? { geojson: geometry } : null,
      geometryType: geometry ? String(geometry.type) : null,
    };
  });
  return areasOfLayers(name, [{ name: null, srid, features }], municipalities);
}

/**
 * The areas of a file's layers, or an AreaFileError listing every problem: a feature without codes or polygon, a
 * code that is not a CBS code or does not fit its municipality or wijk, a code twice, no name. With
 * `municipalities`, only the areas of those municipalities are kept.
 */
export function areasOfLayers(name: string, layers: AreaLayer[], municipalities: string[] = []): AreaFile {
  const problems: AreaFileProblem[] = [];
  const fail = (where: string, rule: string, message: string) => problems.push({ where, rule, message });
  const wanted = new Set(municipalities);
  const areas: AreaFeature[] = [];
  const figureFields = new Set<string>();
  const seen = new Map<string, string>();
  for (const layer of layers) {
    const prefix = layer.name === null ? name : `${name} › layer ${layer.name}`;
    layer.features.forEach(({ properties, geometry, geometryType }, index) => {
      const feature = index + 1;
      const codes = {
        municipality: fieldOf(properties, FIELDS.municipality.code),
        wijk: fieldOf(properties, FIELDS.wijk.code),
        buurt: fieldOf(properties, FIELDS.buurt.code),
      };
      const level: AreaLevel | null = codes.buurt
        ? 'buurt'
        : codes.wijk
          ? 'wijk'
          : codes.municipality
            ? 'municipality'
            : null;
      const at = (field?: string) =>
        `${prefix} › feature ${feature}${level && codes[level] ? ` (${String(codes[level]!.value)})` : ''}${field ? ` › field ${field}` : ''}`;
      if (!level) {
        fail(at(), 'cbs-code', 'has no buurtcode, wijkcode or gemeentecode (BU_CODE, WK_CODE, GM_CODE)');
        return;
      }
      const code = String(codes[level]!.value).trim();
      // CBS's water-only parts of a municipality carry water = "JA": they are no place where people live.
      if (String(fieldOf(properties, ['water'])?.value ?? '').toUpperCase() === 'JA') return;
      const municipalityCode = codes.municipality
        ? String(codes.municipality.value).trim()
        : level === 'municipality'
          ? code
          : `GM${code.slice(2, 6)}`;
      if (wanted.size > 0 && !wanted.has(municipalityCode)) return;

      let valid = true;
      const check = (what: AreaLevel, value: string, field: string) => {
        if (!isAreaCode(what, value)) {
          fail(at(field), 'cbs-code', `"${value}" is not a CBS ${what} code (${SHAPE[what]})`);
          valid = false;
        }
      };
      check(level, code, codes[level]!.field);
      if (codes.municipality && level !== 'municipality')
        check('municipality', municipalityCode, codes.municipality.field);
      const wijkCode = level === 'buurt' ? String(codes.wijk?.value ?? `WK${code.slice(2, 8)}`).trim() : null;
      if (valid && wijkCode !== null) check('wijk', wijkCode, codes.wijk?.field ?? codes.buurt!.field);
      // A buurt lies in its wijk, a wijk in its municipality: the digits say so.
      if (valid && level !== 'municipality' && code.slice(2, 6) !== municipalityCode.slice(2)) {
        fail(at(codes[level]!.field), 'cbs-code', `${code} does not belong to municipality ${municipalityCode}`);
        valid = false;
      }
      if (valid && wijkCode !== null && code.slice(2, 8) !== wijkCode.slice(2)) {
        fail(at(codes.wijk?.field), 'cbs-code', `${code} does not belong to wijk ${wijkCode}`);
        valid = false;
      }
      const nameField = fieldOf(properties, FIELDS[level].name);
      if (!nameField || typeof nameField.value !== 'string' || nameField.value.trim() === '') {
        fail(at(), 'name', `has no ${FIELDS[level].name[0]}`);
        valid = false;
      }
      // A municipality's outline is the union of its wijken: its own polygon is not needed.
      if (level !== 'municipality' && (!geometry || !POLYGON_TYPES.has(String(geometryType).toUpperCase()))) {
        fail(at('geometry'), 'polygon', `has no polygon (${geometryType ?? 'no geometry'})`);
        valid = false;
      }
      const earlier = seen.get(code);
      if (earlier !== undefined) {
        fail(at(codes[level]!.field), 'unique', `${code} is in the file twice (also ${earlier})`);
        valid = false;
      }
      seen.set(code, at());
      if (!valid) return;

      const { figures, fields } =
        level === 'municipality' ? { figures: null, fields: new Set<string>() } : keyFiguresOf(properties);
      for (const field of fields) figureFields.add(field);
      const municipalityName = fieldOf(properties, FIELDS.municipality.name)?.value;
      const area = {
        place: at(),
        level,
        code,
        name: displayName(String(nameField!.value)),
        wijkCode,
        municipalityCode,
        municipalityName: typeof municipalityName === 'string' ? municipalityName.trim() : null,
        geometry,
        srid: layer.srid,
        figures: fields.size > 0 ? figures : null,
      };
      const { place: _place, ...kept } = area;
      areas.push({ ...area, sourceHash: createHash('sha256').update(JSON.stringify(kept)).digest('hex') });
    });
  }
  if (problems.length > 0) throw new AreaFileError(problems);
  if (areas.length === 0) {
    throw new AreaFileError([
      {
        where: name,
        rule: 'empty',
        message:
          wanted.size > 0 ? `has no areas of ${[...wanted].join(', ')}` : 'has no municipalities, wijken or buurten',
      },
    ]);
  }
  return { name, areas, figureFields: [...figureFields].sort() };
}
