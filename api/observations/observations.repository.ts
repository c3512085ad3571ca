import type { Static } from '@sinclair/typebox';
import { firstRow, type Queryable, type RowOf } from '../shared/db.ts';
import { loadQueries } from '../shared/sql.ts';
import type { ObservationSchema } from './observations.schemas.ts';

const sql = loadQueries(import.meta.url, [
  'insert-observation',
  'list-observations',
  'find-image',
  'find-for-moderation',
  'set-hidden',
  'insert-report',
  'moderation-log',
  'list-moderation-queue',
]);

export type ObservationKind = 'goes-well' | 'could-be-better';
export type ModerationStatus = 'reported' | 'hidden' | 'all';
type ReportReason = 'personal-data' | 'offensive' | 'spam' | 'other';

/** An observation as GET /api/observations lists it, but for the links to its photo: whether it has one. */
type ListedObservation = RowOf<Omit<Static<typeof ObservationSchema>, 'photoUrl' | 'thumbnailUrl'>, 'createdAt'> & {
  hasPhoto: boolean;
};

/** An observation in a moderator's queue; no author, no reporters. */
export interface ModerationQueueRow {
  id: string;
  kind: ObservationKind;
  body: string;
  buurtCode: string;
  buurtName: string;
  createdAt: Date;
  hidden: boolean;
  hasPhoto: boolean;
  openReports: number;
  reports: { reason: ReportReason; note: string; at: Date; open: boolean }[];
  lastAction: { action: 'hidden' | 'shown'; reason: string; at: Date; actor: string | null } | null;
}

export const observationsRepository = {
  async insert(
    db: Queryable,
    observation: {
      userId: string;
      kind: ObservationKind;
      body: string;
      lng: number;
      lat: number;
      buurtCode: string;
      photo: Buffer | null;
      thumbnail: Buffer | null;
    },
  ): Promise<string> {
    const { userId, kind, body, lng, lat, buurtCode, photo, thumbnail } = observation;
    return (
      await db.query<{ id: string }>(sql.insertObservation, [userId, kind, body, lng, lat, buurtCode, photo, thumbnail])
    ).rows[0]!.id;
  },
  async list(db: Queryable, buurtCode: string | null, wijkCode: string | null): Promise<ListedObservation[]> {
    return (await db.query<ListedObservation>(sql.listObservations, [buurtCode, wijkCode])).rows;
  },
  /** The image if `viewerId` may see it: anyone while the observation is visible, its moderators while hidden. */
  async image(
    db: Queryable,
    id: string,
    which: 'photo' | 'thumbnail',
    viewerId: string | null,
  ): Promise<{ image: Buffer; hidden: boolean } | null> {
    return firstRow<{ image: Buffer; hidden: boolean }>(db, sql.findImage, [id, which, viewerId]);
  },
  async forModeration(db: Queryable, id: string, userId: string) {
    return firstRow<{ id: string; hidden: boolean; may_moderate: boolean | null }>(db, sql.findForModeration, [
      id,
      userId,
    ]);
  },
  async setHidden(db: Queryable, id: string, actorId: string, hidden: boolean, reason: string): Promise<void> {
    await db.query(sql.setHidden, [id, actorId, hidden, reason]);
  },
  /** false: no such visible observation. */
  async report(db: Queryable, id: string, reporterId: string, reason: string, note: string): Promise<boolean> {
    return (await db.query(sql.insertReport, [id, reporterId, reason, note])).rowCount === 1;
  },
  async moderationLog(db: Queryable, id: string) {
    return (
      await db.query<{ action: 'hidden' | 'shown'; reason: string; at: Date; actor: string | null }>(
        sql.moderationLog,
        [id],
      )
    ).rows;
  },
  async moderationQueue(db: Queryable, moderatorId: string, status: ModerationStatus): Promise<ModerationQueueRow[]> {
    const { rows } = await db.query<{
      id: string;
      kind: ObservationKind;
      body: string;
      buurt_code: string;
      buurt_name: string;
      created_at: Date;
      hidden: boolean;
      has_photo: boolean;
      open_count: number;
      reports: { reason: ReportReason; note: string; at: string; open: boolean }[];
      last_action: 'hidden' | 'shown' | null;
      last_reason: string | null;
      last_at: Date | null;
      last_actor: string | null;
    }>(sql.listModerationQueue, [moderatorId, status]);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      body: row.body,
      buurtCode: row.buurt_code,
      buurtName: row.buurt_name,
      createdAt: row.created_at,
      hidden: row.hidden,
      hasPhoto: row.has_photo,
      openReports: row.open_count,
      // Built with json_agg, so the times arrive as text.
      reports: row.reports.map((report) => ({ ...report, at: new Date(report.at) })),
      lastAction:
        row.last_action === null || row.last_at === null
          ? null
          : { action: row.last_action, reason: row.last_reason ?? '', at: row.last_at, actor: row.last_actor },
    }));
  },
};
