import type { Queryable } from './db.ts';
import { badRequest } from './http-error.ts';
import { placesRepository } from './places.repository.ts';

/** The buurt that contains the point, or null outside every buurt. */
export const buurtAtPoint = placesRepository.buurtAtPoint;

/** Throws a 400 naming the first tag that is not in the taxonomy (e.g. `body/tags/2`). */
export async function assertKnownTags(db: Queryable, tags: string[], field = 'body/tags'): Promise<void> {
  if (tags.length === 0) return;
  const unknown = await placesRepository.firstUnknownTag(db, tags);
  if (unknown) {
    throw badRequest(
      `${field}/${Number(unknown.position) - 1}`,
      'known-tag',
      `"${unknown.tag}" is not a tag of the taxonomy (GET /api/taxonomy)`,
    );
  }
}

/** A buurt or wijk as the API names it, `{ code, name }`, or null where the row has none. */
export function areaRef(code: string | null, name: string | null): { code: string; name: string } | null {
  return code && name ? { code, name } : null;
}

/** A point as the API answers it, `{ lng, lat }`, or null where the row has none. */
export function lngLat(lng: number | null, lat: number | null): { lng: number; lat: number } | null {
  return lng !== null && lat !== null ? { lng, lat } : null;
}
