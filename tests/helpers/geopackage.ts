import initSqlJs from 'sql.js';

/** A feature of a layer: its attributes, and its polygon as well-known binary. */
export interface GeoPackageFeature {
  properties: Record<string, string | number | null>;
  wkb: Uint8Array | null;
}

/**
 * Writes a GeoPackage (OGC 12-128r18) as CBS publishes one: SQLite with the gpkg tables, one feature layer per entry
 * of `layers`, geometries as GeoPackage blobs (the "GP" header with a little-endian srs id and no envelope, then the
 * WKB), all in EPSG `srid`.
 */
export async function writeGeoPackage(layers: Record<string, GeoPackageFeature[]>, srid: number): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`PRAGMA application_id = 1196444487`);
  db.run(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)`);
  db.run(`CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT,
            description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
            srs_id INTEGER)`);
  db.run(`CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)`);
  db.run(`INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, 'undefined', NULL)`, [`EPSG:${srid}`, srid, srid]);
  for (const [layer, features] of Object.entries(layers)) {
    const columns = [...new Set(features.flatMap((feature) => Object.keys(feature.properties)))];
    db.run(
      `CREATE TABLE "${layer}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, ${columns.map((c) => `"${c}"`).join(', ')})`,
    );
    db.run(`INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)`, [
      layer,
      layer,
      srid,
    ]);
    db.run(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)`, [layer, srid]);
    for (const feature of features) {
      const blob = feature.wkb === null ? null : new Uint8Array(8 + feature.wkb.length);
      if (blob && feature.wkb) {
        blob.set([0x47, 0x50, 0, 0b0000_0001]);
        new DataView(blob.buffer).setInt32(4, srid, true);
        blob.set(feature.wkb, 8);
      }
      db.run(
        `INSERT INTO "${layer}" (geom, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
        [blob, ...columns.map((column) => feature.properties[column] ?? null)],
      );
    }
  }
  const bytes = db.export();
  db.close();
  return bytes;
}
