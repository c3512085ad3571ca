import initSqlJs, { type Database } from 'sql.js';
import {
  AreaFileError,
  areasOfLayers,
  isAreaCodeField,
  KNOWN_SRIDS,
  readGeoJsonAreaFile,
  unknownCrs,
  type AreaFile,
  type AreaLayer,
} from './area-file.ts';

/**
 * Reads the CBS wijk- en buurtkaart as CBS publishes it: a GeoPackage (an SQLite file, OGC 12-128r18) with layers
 * for gemeenten, wijken and buurten in RD New. SQLite is read with sql.js (SQLite compiled to WebAssembly: no native
 * build, the same on every machine); each geometry's GeoPackage header is taken off here and its well-known binary
 * handed to PostGIS, which reprojects and repairs it.
 */

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Whether `bytes` are an SQLite file (a GeoPackage is one). */
const isSqlite = (bytes: Uint8Array) =>
  bytes.length >= 16 && new TextDecoder('latin1').decode(bytes.subarray(0, 16)) === SQLITE_MAGIC;

/** An area file of either format, told apart by its first bytes: a GeoPackage, or else GeoJSON text. */
export async function readAreaFile(name: string, bytes: Uint8Array, municipalities: string[] = []): Promise<AreaFile> {
  if (isSqlite(bytes)) return readGeoPackageAreaFile(name, bytes, municipalities);
  return readGeoJsonAreaFile(name, new TextDecoder().decode(bytes), municipalities);
}

/** Well-known binary starts with a byte for the byte order and four for the geometry type. */
const WKB_TYPE_END = 1 + 4;

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The well-known binary inside a GeoPackage geometry blob, and its geometry type; null for an empty geometry. The
 * header: "GP", a version, flags (bit 0: byte order, bits 1-3: which envelope follows, bit 4: empty), the srs id,
 * then the envelope.
 */
function wkbOfGeoPackageBlob(blob: Uint8Array): { wkb: Uint8Array; type: string } | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('is not a GeoPackage geometry');
  const flags = blob[3]!;
  if (flags & 0b1_0000) return null;
  const envelopeBytes = [0, 32, 48, 48, 64][(flags >> 1) & 0b111];
  if (envelopeBytes === undefined) throw new Error('has an envelope of an unknown kind');
  const wkb = blob.subarray(8 + envelopeBytes);
  if (wkb.length < WKB_TYPE_END) throw new Error('has no geometry after its header');
  const view = new DataView(wkb.buffer, wkb.byteOffset, wkb.byteLength);
  // ISO WKB counts Z, M and ZM in thousands (1003, 2003, 3003); EWKB in the high bits.
  const code = (view.getUint32(1, wkb[0] === 1) & 0x0fff_ffff) % 1000;
  const type = { 1: 'Point', 2: 'LineString', 3: 'Polygon', 4: 'MultiPoint', 5: 'MultiLineString', 6: 'MultiPolygon' }[
    code
  ];
  return { wkb, type: type ?? `geometry type ${code}` };
}

function rowsOf(db: Database, query: string, parameters: (string | number)[] = []): Record<string, unknown>[] {
  const statement = db.prepare(query, parameters);
  const rows: Record<string, unknown>[] = [];
  try {
    while (statement.step()) rows.push(statement.getAsObject());
  } finally {
    statement.free();
  }
  return rows;
}

/**
 * The areas of a GeoPackage: every feature layer with a CBS code column (gemeenten, wijken, buurten), or an
 * AreaFileError naming the file, layer, feature and field of each problem.
 */
async function readGeoPackageAreaFile(
  name: string,
  bytes: Uint8Array,
  municipalities: string[] = [],
): Promise<AreaFile> {
  const SQL = await initSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (error) {
    throw new AreaFileError([
      { where: name, rule: 'geopackage', message: `cannot be opened (${(error as Error).message})` },
    ]);
  }
  try {
    let layers: Record<string, unknown>[];
    try {
      layers = rowsOf(
        db,
        `SELECT c.table_name AS layer, g.column_name AS geometry, s.organization AS organisation,
                s.organization_coordsys_id AS srid
         FROM gpkg_contents c
         JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
         LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
         WHERE c.data_type = 'features'
         ORDER BY c.table_name`,
      );
    } catch {
      throw new AreaFileError([
        { where: name, rule: 'geopackage', message: 'is not a GeoPackage (an SQLite file without gpkg_contents)' },
      ]);
    }
    const read: AreaLayer[] = [];
    for (const layer of layers) {
      const layerName = String(layer.layer);
      const columns = rowsOf(db, `SELECT name FROM pragma_table_info(?)`, [layerName]).map((row) => String(row.name));
      // A layer of areas has a CBS code column; other layers (roads, water) are not read.
      if (!columns.some(isAreaCodeField)) continue;
      const srid = String(layer.organisation).toUpperCase() === 'EPSG' ? Number(layer.srid) : null;
      if (srid === null || !(KNOWN_SRIDS as readonly number[]).includes(srid)) {
        throw unknownCrs(`${name} › layer ${layerName}`, `${String(layer.organisation)}:${String(layer.srid)}`);
      }
      const geometryColumn = String(layer.geometry);
      const features = rowsOf(db, `SELECT * FROM ${identifier(layerName)}`).map((row, index) => {
        const { [geometryColumn]: blob, ...properties } = row;
        if (!(blob instanceof Uint8Array)) return { properties, geometry: null, geometryType: null };
        let parsed: ReturnType<typeof wkbOfGeoPackageBlob>;
        try {
          parsed = wkbOfGeoPackageBlob(blob);
        } catch (error) {
          throw new AreaFileError([
            {
              where: `${name} › layer ${layerName} › feature ${index + 1} › field ${geometryColumn}`,
              rule: 'polygon',
              message: (error as Error).message,
            },
          ]);
        }
        return parsed
          ? { properties, geometry: { wkb: Buffer.from(parsed.wkb).toString('hex') }, geometryType: parsed.type }
          : { properties, geometry: null, geometryType: 'empty' };
      });
      read.push({ name: layerName, srid, features });
    }
    if (read.length === 0) {
      throw new AreaFileError([
        {
          where: name,
          rule: 'layer',
          message: `has no layer of gemeenten, wijken or buurten (no feature layer with a gemeentecode, wijkcode or buurtcode; layers: ${layers.map((layer) => String(layer.layer)).join(', ') || 'none'})`,
        },
      ]);
    }
    return areasOfLayers(name, read, municipalities);
  } finally {
    db.close();
  }
}
