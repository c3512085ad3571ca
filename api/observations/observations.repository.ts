import type { Queryable } from '../shared/db.ts';
import { loadSql } from '../shared/sql.ts';

const sql = {
  insert: loadSql(import.meta.url, 'sql/insert-observation.sql'),
  list: loadSql(import.meta.url, 'sql/list-observations.sql'),
  findImage: loadSql(import.meta.url, 'sql/find-image.sql'),
  findForModeration: loadSql(import.meta.url, 'sql/find-for-moderation.sql'),
  setHidden: loadSql(import.meta.url, 'sql/set-hidden.sql'),
  insertReport: loadSql(import.meta.url, 'sql/insert-report.sql'),
  moderationLog: loadSql(import.meta.url, 'sql/moderation-log.sql'),
};

export type ObservationKind = 'goes-well' | 'could-be-better';

export const observationsRepository = {
  async insert(
    db: Queryable,
    observation: { userId: string; kind: ObservationKind; body: string; lng: number; lat: number; buurtCode: string; photo: Buffer | null; thumbnail: Buffer | null },
  ): Promise<string> {
    const { userId, kind, body, lng, lat, buurtCode, photo, thumbnail } = observation;
    return (await db.query<{ id: string }>(sql.insert, [userId, kind, body, lng, lat, buurtCode, photo, thumbnail])).rows[0]!.id;
  },
  async list(db: Queryable, buurtCode: string | null, wijkCode: string | null) {
    return (
      await db.query<{ id: string; kind: ObservationKind; body: string; lng: number; lat: number; buurt_code: string; created_at: Date; has_photo: boolean }>(sql.list, [buurtCode, wijkCode])
    ).rows;
  },
  async image(db: Queryable, id: string, which: 'photo' | 'thumbnail'): Promise<Buffer | null> {
    return (await db.query<{ image: Buffer }>(sql.findImage, [id, which])).rows[0]?.image ?? null;
  },
  async forModeration(db: Queryable, id: string, userId: string) {
    return (await db.query<{ id: string; hidden: boolean; may_moderate: boolean | null }>(sql.findForModeration, [id, userId])).rows[0] ?? null;
  },
  async setHidden(db: Queryable, id: string, actorId: string, hidden: boolean, reason: string): Promise<void> {
    await db.query(sql.setHidden, [id, actorId, hidden, reason]);
  },
  /** false: no such visible observation. */
  async report(db: Queryable, id: string, reporterId: string, reason: string, note: string): Promise<boolean> {
    return (await db.query(sql.insertReport, [id, reporterId, reason, note])).rowCount === 1;
  },
  async moderationLog(db: Queryable, id: string) {
    return (await db.query<{ action: 'hidden' | 'shown'; reason: string; at: Date; actor: string | null }>(sql.moderationLog, [id])).rows;
  },
};
