import type { Queryable } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, ['list-taxonomy', 'insert-tag']);

export const taxonomyRepository = {
  async list(db: Queryable) {
    const { rows } = await db.query<{
      key: string;
      label_nl: string;
      label_en: string;
      tags: { key: string; nl: string; en: string }[];
    }>(sql.listTaxonomy);
    return rows.map((row) => ({ key: row.key, nl: row.label_nl, en: row.label_en, tags: row.tags }));
  },
  async insertTag(db: Queryable, tag: { key: string; domain: string; nl: string; en: string }, createdBy: string) {
    await db.query(sql.insertTag, [tag.key, tag.domain, tag.nl.trim(), tag.en.trim(), createdBy]);
  },
};
