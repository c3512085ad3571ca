import { firstRow, type Queryable } from '../shared/db.ts';
import type { IntroductionStatus as Status, PartyKind } from '../shared/parties.ts';
import { loadQueries } from '../shared/sql.ts';

const sql = loadQueries(import.meta.url, [
  'resolve-party',
  'is-blocked',
  'count-requested-today',
  'find-standing-between',
  'insert-introduction',
  'insert-party',
  'insert-notifications',
  'lock-introduction',
  'list-parties',
  'answer-party',
  'set-status',
  'insert-message',
  'list-introductions',
  'list-messages',
  'find-message',
  'insert-report',
  'insert-block',
  'delete-block',
  'list-blocks',
  'user-exists',
  'list-notifications',
  'read-notifications',
  'connector-covers',
  'party-people',
  'find-own-party',
]);

export type Answer = 'pending' | 'accepted' | 'declined';
export type NotificationKind = 'introduction-asked' | 'introduction-accepted' | 'message';
type BellKind = NotificationKind | 'agenda-status';

/** A party as stored: a resident or an organisation (a place's owner is one of the two). */
export interface Party {
  user_id: string | null;
  organisation_id: string | null;
  buurt_code: string | null;
  name: string;
}

export interface PartyRow {
  position: 1 | 2;
  user_id: string | null;
  organisation_id: string | null;
  answer: Answer;
  /** The resident, or every member of the organisation. */
  people: string[];
}

export interface LockedIntroduction {
  id: string;
  status: Status;
  requested_by: string | null;
  note: string;
  my_position: 1 | 2 | null;
}

export interface IntroductionRow {
  id: string;
  status: Status;
  note: string;
  by_connector: boolean;
  suggestion_key: string | null;
  buurt_code: string | null;
  created_at: Date;
  answered_at: Date | null;
  met_at: Date | null;
  my_position: 1 | 2 | null;
  asked_by_me: boolean;
  requested_by_name: string | null;
  /** Who asked, when it was not the viewer (to block them). */
  requested_by_id: string | null;
  parties: { position: 1 | 2; kind: 'resident' | 'organisation'; id: string; name: string; answer: Answer }[];
  message_count: number;
  unread: number;
}

export const introductionsRepository = {
  async resolveParty(db: Queryable, kind: PartyKind, id: string, viewerId: string): Promise<Party | null> {
    return firstRow<Party>(db, sql.resolveParty, [kind, id, viewerId]);
  },

  async isBlocked(db: Queryable, oneSide: string[], otherSide: string[]): Promise<boolean> {
    const { rows } = await db.query<{ blocked: boolean }>(sql.isBlocked, [oneSide, otherSide]);
    return rows[0]!.blocked;
  },

  /** How many asked in the last 24 hours, and in how many seconds the oldest of them no longer counts. */
  async countRequestedToday(db: Queryable, userId: string): Promise<{ n: number; seconds_left: number | null }> {
    const { rows } = await db.query<{ n: number; seconds_left: number | null }>(sql.countRequestedToday, [userId]);
    return rows[0]!;
  },

  /** An introduction from a to b that is still open, or was declined less than `coolDownDays` ago (open ones first). */
  async findStandingBetween(
    db: Queryable,
    a: Party,
    b: Party,
    coolDownDays: number,
  ): Promise<{ status: Status; askable_from: Date | null } | null> {
    return firstRow<{ status: Status; askable_from: Date | null }>(db, sql.findStandingBetween, [
      a.user_id,
      a.organisation_id,
      b.user_id,
      b.organisation_id,
      coolDownDays,
    ]);
  },

  async insert(
    db: Queryable,
    introduction: {
      requestedBy: string;
      byConnector: boolean;
      buurtCode: string | null;
      note: string;
      suggestionKey: string | null;
    },
    parties: [{ party: Party; acceptedBy: string | null }, { party: Party; acceptedBy: string | null }],
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(sql.insertIntroduction, [
      introduction.requestedBy,
      introduction.byConnector,
      introduction.buurtCode,
      introduction.note,
      introduction.suggestionKey,
    ]);
    const id = rows[0]!.id;
    for (const [index, { party, acceptedBy }] of parties.entries()) {
      await db.query(sql.insertParty, [id, index + 1, party.user_id, party.organisation_id, acceptedBy]);
    }
    return id;
  },

  async notify(db: Queryable, people: string[], kind: NotificationKind, introductionId: string): Promise<void> {
    if (people.length > 0) await db.query(sql.insertNotifications, [people, kind, introductionId]);
  },

  async lock(db: Queryable, id: string, viewerId: string): Promise<LockedIntroduction | null> {
    return firstRow<LockedIntroduction>(db, sql.lockIntroduction, [id, viewerId]);
  },

  async parties(db: Queryable, id: string): Promise<PartyRow[]> {
    return (await db.query<PartyRow>(sql.listParties, [id])).rows;
  },

  async answer(
    db: Queryable,
    id: string,
    position: number,
    answer: 'accepted' | 'declined',
    userId: string,
  ): Promise<void> {
    await db.query(sql.answerParty, [id, position, answer, userId]);
  },

  async setStatus(db: Queryable, id: string, status: Status): Promise<void> {
    await db.query(sql.setStatus, [id, status]);
  },

  async insertMessage(
    db: Queryable,
    id: string,
    senderId: string,
    body: string,
  ): Promise<{ id: string; created_at: Date }> {
    return (await db.query<{ id: string; created_at: Date }>(sql.insertMessage, [id, senderId, body])).rows[0]!;
  },

  async list(db: Queryable, viewerId: string, onlyId: string | null = null): Promise<IntroductionRow[]> {
    return (await db.query<IntroductionRow>(sql.listIntroductions, [viewerId, onlyId])).rows;
  },

  async messages(db: Queryable, id: string) {
    return (
      await db.query<{ id: string; sender_id: string; sender_name: string; body: string; created_at: Date }>(
        sql.listMessages,
        [id],
      )
    ).rows;
  },

  async findMessage(db: Queryable, messageId: string, introductionId: string) {
    return (
      (await db.query<{ sender_id: string; body: string }>(sql.findMessage, [messageId, introductionId])).rows[0] ??
      null
    );
  },

  async insertReport(
    db: Queryable,
    report: {
      reporterId: string;
      reportedUserId: string | null;
      introductionId: string;
      messageId: string | null;
      reason: string;
      note: string;
      quoted: string;
    },
  ): Promise<string> {
    const { rows } = await db.query<{ id: string }>(sql.insertReport, [
      report.reporterId,
      report.reportedUserId,
      report.introductionId,
      report.messageId,
      report.reason,
      report.note,
      report.quoted,
    ]);
    return rows[0]!.id;
  },

  /** false: there is no such account. */
  async block(db: Queryable, blockerId: string, blockedId: string): Promise<boolean> {
    await db.query(sql.insertBlock, [blockerId, blockedId]);
    return (await db.query<{ exists: boolean }>(sql.userExists, [blockedId])).rows[0]!.exists;
  },

  async unblock(db: Queryable, blockerId: string, blockedId: string): Promise<void> {
    await db.query(sql.deleteBlock, [blockerId, blockedId]);
  },

  async blocks(db: Queryable, userId: string) {
    return (await db.query<{ id: string; name: string; created_at: Date }>(sql.listBlocks, [userId])).rows;
  },

  async notifications(db: Queryable, userId: string) {
    return (
      await db.query<{
        id: string;
        kind: BellKind;
        introduction_id: string | null;
        agenda_id: string | null;
        agenda_status: string | null;
        created_at: Date;
        read_at: Date | null;
        about: string | null;
        unread: number;
      }>(sql.listNotifications, [userId])
    ).rows;
  },

  async readNotifications(db: Queryable, userId: string, introductionId: string | null): Promise<void> {
    await db.query(sql.readNotifications, [userId, introductionId]);
  },

  async connectorCovers(db: Queryable, connectorId: string, buurtCode: string | null): Promise<boolean> {
    if (buurtCode === null) return false;
    return (await db.query<{ covers: boolean }>(sql.connectorCovers, [connectorId, buurtCode])).rows[0]!.covers;
  },

  /** The resident, or every member of the organisation. */
  async partyPeople(db: Queryable, party: Party): Promise<string[]> {
    const { rows } = await db.query<{ user_id: string }>(sql.partyPeople, [party.user_id, party.organisation_id]);
    return rows.map((row) => row.user_id);
  },

  /** The asker as a party: themselves, or an organisation they are a member of (else null). */
  async findOwnParty(db: Queryable, userId: string, organisationId: string | null): Promise<Party | null> {
    return firstRow<Party>(db, sql.findOwnParty, [userId, organisationId]);
  },
};
