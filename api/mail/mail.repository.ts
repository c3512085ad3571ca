import type { Queryable } from '../shared/db.ts';
import { firstRow } from '../shared/db.ts';
import {
  NOTIFICATION_MAIL_KINDS,
  defaultMailMode,
  type MailMode,
  type NotificationMailKind,
  type UnsubscribeKind,
} from '../shared/notification-mail.ts';
import type { Language } from '../shared/schemas.ts';
import { loadQueries } from '../shared/sql.ts';
import type { MailableNotification } from './notification-texts.ts';

const queries = loadQueries(import.meta.url, [
  'recipients-with-unmailed',
  'claim-unmailed',
  'mark-mailed',
  'recipient',
  'set-mode',
  'use-unsubscribe-token',
  'find-unsubscribe-token',
  'set-never',
]);

/** Each kind's default mode, as the SQL takes it. */
const DEFAULTS = JSON.stringify(
  Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [kind, defaultMailMode(kind)])),
);

export interface ClaimedNotification extends MailableNotification {
  id: string;
  mode: MailMode;
  read: boolean;
  hidden: boolean;
  threadMailedRecently: boolean;
}

interface ClaimedRow {
  id: string;
  kind: MailableNotification['kind'];
  mail_kind: MailableNotification['mailKind'];
  mode: MailMode;
  introduction_id: string | null;
  agenda_item_id: string | null;
  detail: MailableNotification['detail'];
  read: boolean;
  note: string | null;
  requested_by_name: string | null;
  my_side_asked: boolean;
  about: string | null;
  my_organisation: string | null;
  hidden: boolean | null;
  thread_mailed_recently: boolean;
  ambition: string | null;
  agenda_id: string | null;
}

export const mailRepository = {
  async recipientsWithUnmailed(
    db: Queryable,
    now: Date,
    limit: number,
    run: 'frequent' | 'daily',
    people: string[] | null,
  ): Promise<string[]> {
    const { rows } = await db.query<{ user_id: string }>(queries.recipientsWithUnmailed, [
      now,
      limit,
      run,
      DEFAULTS,
      people,
    ]);
    return rows.map((row) => row.user_id);
  },

  /** The person's unmailed notifications, locked (skipping those another process holds): call in a transaction. */
  async claimUnmailed(db: Queryable, userId: string, now: Date): Promise<ClaimedNotification[]> {
    const { rows } = await db.query<ClaimedRow>(queries.claimUnmailed, [userId, now, DEFAULTS]);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      mailKind: row.mail_kind,
      mode: row.mode,
      introductionId: row.introduction_id,
      about: row.about,
      requestedByName: row.requested_by_name,
      note: row.note,
      myOrganisation: row.my_organisation,
      mySideAsked: row.my_side_asked,
      ambition: row.ambition,
      agendaId: row.agenda_id,
      detail: row.detail,
      read: row.read,
      hidden: row.hidden === true,
      threadMailedRecently: row.thread_mailed_recently,
    }));
  },

  async markMailed(db: Queryable, ids: string[], now: Date, mailId: string | null): Promise<void> {
    if (ids.length > 0) await db.query(queries.markMailed, [ids, now, mailId]);
  },

  recipient: (db: Queryable, userId: string) =>
    firstRow<{ email: string; display_name: string; language: Language; verified: boolean }>(db, queries.recipient, [
      userId,
    ]),

  async setMode(db: Queryable, userId: string, kind: NotificationMailKind, mode: MailMode): Promise<void> {
    await db.query(queries.setMode, [userId, kind, mode]);
  },

  async setNever(db: Queryable, userId: string, kinds: NotificationMailKind[]): Promise<void> {
    await db.query(queries.setNever, [userId, kinds]);
  },

  useUnsubscribeToken: (db: Queryable, tokenHash: string, now: Date) =>
    firstRow<{ user_id: string; kind: UnsubscribeKind }>(db, queries.useUnsubscribeToken, [tokenHash, now]),

  findUnsubscribeToken: (db: Queryable, tokenHash: string) =>
    firstRow<{ kind: UnsubscribeKind; used_at: Date | null; expires_at: Date; language: Language }>(
      db,
      queries.findUnsubscribeToken,
      [tokenHash],
    ),
};
