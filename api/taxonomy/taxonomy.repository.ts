import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import type { ChangedTagSchema, TagChangeBodySchema } from './taxonomy.schemas.ts';

const sql = loadQueries(import.meta.url, ['list-taxonomy', 'insert-tag', 'update-tag']);

export const taxonomyRepository = {
  async list(db: Queryable) {
    const { rows } = await db.query<{
      key: string;
      label_nl: string;
      label_en: string;
      tags: { key: string; nl: string; en: string; retired: boolean }[];
    }>(sql.listTaxonomy);
    return rows.map((row) => ({ key: row.key, nl: row.label_nl, en: row.label_en, tags: row.tags }));
  },
  async insertTag(db: Queryable, tag: { key: string; domain: string; nl: string; en: string }, createdBy: string) {
    await db.query(sql.insertTag, [tag.key, tag.domain, tag.nl.trim(), tag.en.trim(), createdBy]);
  },
  /** The tag as changed, or null when there is no tag with this key. */
  async updateTag(
    db: Queryable,
    key: string,
    change: Static<typeof TagChangeBodySchema>,
  ): Promise<Static<typeof ChangedTagSchema> | null> {
    const { rows } = await db.query<{
      key: string;
      domain_key: string;
      label_nl: string;
      label_en: string;
      retired: boolean;
    }>(sql.updateTag, [key, change.nl?.trim() ?? null, change.en?.trim() ?? null, change.retired ?? null]);
    const row = rows[0];
    return row === undefined
      ? null
      : { key: row.key, domain: row.domain_key, nl: row.label_nl, en: row.label_en, retired: row.retired };
  },
};
