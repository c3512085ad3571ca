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
