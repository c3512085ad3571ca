import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import { badRequest, orNotFound } from '../shared/http-error.ts';
import { taxonomyRepository as repository } from './taxonomy.repository.ts';
import type { ChangedTagSchema, NewTagBodySchema, TagChangeBodySchema } from './taxonomy.schemas.ts';

/** The taxonomy of domains and tags. */
export function taxonomyService(pool: Pool) {
  return {
    list: () => repository.list(pool),

    /** Adds a tag to an existing domain; a key that exists already is a 409 from the database (unique key). */
    async addTag(tag: Static<typeof NewTagBodySchema>, createdBy: string): Promise<void> {
      const domains = await repository.list(pool);
      if (!domains.some((domain) => domain.key === tag.domain)) {
        throw badRequest('body/domain', 'exists', 'is not a domain of the taxonomy');
      }
      await repository.insertTag(pool, tag, createdBy);
    },

    /** Renames, retires or restores a tag; its key, and the items that carry it, stay as they are. */
    async changeTag(key: string, change: Static<typeof TagChangeBodySchema>): Promise<Static<typeof ChangedTagSchema>> {
      return orNotFound(await repository.updateTag(pool, key, change), 'There is no tag with this key.');
    },
  };
}
