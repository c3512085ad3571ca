import type { Queryable } from '../shared/db.ts';
import { assetsRepository } from './assets.repository.ts';

/**
 * The outlines of the people layer's 250 m cells, as GeoJSON text, kept in this process. A cell's outline is fixed by
 * its grid numbers, so an outline read once is right forever (in every database: the grid is the same RD New grid).
 * The map queries leave outlines out: a city-wide answer sent them for 1,300 cells (200 KB), and a result that size
 * waited for TCP acknowledgements between PostgreSQL and this process (20-60 ms in one answer of three; see the README).
 */
const outlines = new Map<string, string>();
/** Far more than any city has (Tilburg: about 2,000 cells with residents); past it the map starts afresh. */
const MOST_OUTLINES = 200_000;

/** Outlines of cells keyed "x:y". Reads the ones this process has not seen from people_grid_cells. */
export async function cellOutlines(db: Queryable, keys: string[]): Promise<Map<string, string>> {
  const missing = keys.filter((key) => !outlines.has(key));
  if (missing.length > 0) {
    if (outlines.size + missing.length > MOST_OUTLINES) outlines.clear();
    const xs = missing.map((key) => Number(key.split(':')[0]));
    const ys = missing.map((key) => Number(key.split(':')[1]));
    const rows = await assetsRepository.cellOutlines(db, xs, ys);
    for (const row of rows) outlines.set(row.key, row.geojson);
  }
  return outlines;
}
