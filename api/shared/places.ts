import type { Queryable } from './db.ts';
import { badRequest } from './http-error.ts';
import { loadSql } from './sql.ts';

const sql = {
  buurtAtPoint: loadSql(import.meta.url, 'sql/buurt-at-point.sql'),
  findUnknownTags: loadSql(import.meta.url, 'sql/find-unknown-tags.sql'),
};

/** The buurt that contains the point, or null outside every buurt. */
export async function buurtAtPoint(db: Queryable, lng: number, lat: number): Promise<string | null> {
  const { rows } = await db.query<{ code: string }>(sql.buurtAtPoint, [lng, lat]);
  return rows[0]?.code ?? null;
}

/** Throws a 400 naming the first tag that is not in the taxonomy (e.g. `body/tags/2`). */
export async function assertKnownTags(db: Queryable, tags: string[], field = 'body/tags'): Promise<void> {
  if (tags.length === 0) return;
  const { rows } = await db.query<{ tag: string; position: string }>(sql.findUnknownTags, [tags]);
  const unknown = rows[0];
  if (unknown) {
    throw badRequest(`${field}/${Number(unknown.position) - 1}`, 'known-tag', `"${unknown.tag}" is not a tag of the taxonomy (GET /api/taxonomy)`);
  }
}
