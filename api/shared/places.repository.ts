import { firstRow, type Queryable } from './db.ts';
import { loadQueries } from './sql.ts';

const sql = loadQueries(import.meta.url, ['buurt-at-point', 'find-unknown-tags']);

/** Where things are and what they are tagged with, as every feature that places something asks it. */
export const placesRepository = {
  /** The buurt that contains the point, or null outside every buurt. */
  async buurtAtPoint(db: Queryable, lng: number, lat: number): Promise<string | null> {
    const { rows } = await db.query<{ code: string }>(sql.buurtAtPoint, [lng, lat]);
    return rows[0]?.code ?? null;
  },

  /** The first of the tags that is not in the taxonomy, with its 1-based position; null when all are known. */
  async firstUnknownTag(db: Queryable, tags: string[]): Promise<{ tag: string; position: string } | null> {
    return firstRow<{ tag: string; position: string }>(db, sql.findUnknownTags, [tags]);
  },
};
