import type { Queryable, RowOf } from '../shared/db.ts';
import { badRequest } from '../shared/http-error.ts';
import { loadQueries } from '../shared/sql.ts';
import { buurtAtPoint, lngLat } from '../shared/places.ts';
import type { Me, SessionInfo, UpdateMeBody } from './me.schemas.ts';

const sql = loadQueries(import.meta.url, [
  'find-profile',
  'find-email',
  'update-profile',
  'find-home-state',
  'buurt-exists',
  'withdraw-consent',
  'insert-consent',
  'set-home-location',
  'clear-home-location',
  'list-sessions',
  'delete-own-session',
  'export-data',
  'hand-over-organisations',
  'delete-sole-organisations',
  'delete-mail-to-address',
  'delete-user',
  'move-resident-items',
  'insert-interview-consent',
  'list-interview-consents',
  'withdraw-interview-consent',
]);

export interface InterviewConsent {
  id: string;
  connector: { id: string; displayName: string };
  textVersion: string;
  givenAt: string;
  withdrawnAt: string | null;
}

interface ProfileRow {
  id: string;
  email: string;
  display_name: string;
  language: 'nl' | 'en';
  email_verified: boolean;
  is_admin: boolean;
  created_at: Date;
  buurt_code: string | null;
  buurt_name: string | null;
  wijk_code: string | null;
  wijk_name: string | null;
  home_lng: number | null;
  home_lat: number | null;
  consent_version: string | null;
  consent_given_at: Date | null;
  organisations: Me['organisations'];
  connector_areas: Me['connectorAreas'];
}

/** Run inside one transaction (`app.pg.transact`): every function here that writes expects that. */
export const meRepository = {
  async findProfile(db: Queryable, userId: string): Promise<Me | null> {
    const { rows } = await db.query<ProfileRow>(sql.findProfile, [userId]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      language: row.language,
      emailVerified: row.email_verified,
      isAdmin: row.is_admin,
      createdAt: row.created_at.toISOString(),
      homeBuurt:
        row.buurt_code && row.buurt_name && row.wijk_code && row.wijk_name
          ? { code: row.buurt_code, name: row.buurt_name, wijkCode: row.wijk_code, wijkName: row.wijk_name }
          : null,
      homeLocation: lngLat(row.home_lng, row.home_lat),
      homeLocationConsent:
        row.consent_version && row.consent_given_at
          ? { textVersion: row.consent_version, givenAt: row.consent_given_at.toISOString() }
          : null,
      organisations: row.organisations,
      connectorAreas: row.connector_areas,
    };
  },

  async updateProfile(db: Queryable, userId: string, patch: UpdateMeBody): Promise<void> {
    const setsBuurt = patch.homeBuurtCode !== undefined;
    if (setsBuurt) {
      const { rows } = await db.query<{ has_location: boolean; home_buurt_code: string | null }>(sql.findHomeState, [
        userId,
      ]);
      const state = rows[0];
      if (state?.has_location && patch.homeBuurtCode !== state.home_buurt_code) {
        throw badRequest(
          'body/homeBuurtCode',
          'follows-home-location',
          'must stay the buurt of your home location: remove the home location first, or set a new one',
        );
      }
      if (patch.homeBuurtCode) {
        const exists = await db.query<{ found: boolean }>(sql.buurtExists, [patch.homeBuurtCode]);
        if (!exists.rows[0]?.found) throw badRequest('body/homeBuurtCode', 'exists', 'is not a buurt on the map');
      }
    }
    await db.query(sql.updateProfile, [
      userId,
      patch.displayName?.trim() ?? null,
      patch.language ?? null,
      setsBuurt,
      patch.homeBuurtCode ?? null,
    ]);
    if (setsBuurt) await db.query(sql.moveResidentItems, [userId]);
  },

  /** Records the consent and stores the point with the buurt it lies in; refuses a point outside every buurt. */
  async setHomeLocation(
    db: Queryable,
    userId: string,
    point: { lng: number; lat: number },
    consent: { purpose: string; version: string },
    /** The field a point outside every buurt is refused for: `body` for lng and lat, or `body/address`. */
    field = 'body',
  ) {
    const buurtCode = await buurtAtPoint(db, point.lng, point.lat);
    if (!buurtCode) throw badRequest(field, 'inside-a-buurt', 'must be a point inside one of the buurten on the map');
    await db.query(sql.withdrawConsent, [userId, consent.purpose]);
    await db.query(sql.insertConsent, [userId, consent.purpose, consent.version]);
    await db.query(sql.setHomeLocation, [userId, point.lng, point.lat, buurtCode]);
    await db.query(sql.moveResidentItems, [userId]);
  },

  /** Removes the point and withdraws the consent (the record of both stays, with the time of withdrawal). */
  async clearHomeLocation(db: Queryable, userId: string, purpose: string) {
    await db.query(sql.clearHomeLocation, [userId]);
    await db.query(sql.withdrawConsent, [userId, purpose]);
  },

  async listSessions(db: Queryable, userId: string, currentIdHash: string): Promise<SessionInfo[]> {
    const { rows } = await db.query<RowOf<SessionInfo, 'createdAt' | 'lastSeenAt' | 'expiresAt'>>(sql.listSessions, [
      userId,
      currentIdHash,
    ]);
    return rows.map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
    }));
  },

  /** True when the session was the user's and is now ended. */
  async deleteOwnSession(db: Queryable, userId: string, publicId: string): Promise<boolean> {
    const { rowCount } = await db.query(sql.deleteOwnSession, [publicId, userId]);
    return (rowCount ?? 0) > 0;
  },

  async exportData(db: Queryable, userId: string): Promise<Record<string, unknown> | null> {
    const profile = await this.findProfile(db, userId);
    if (!profile) return null;
    const { rows } = await db.query<Record<string, unknown>>(sql.exportData, [userId]);
    const data = rows[0] ?? {};
    return {
      profile,
      consents: data.consents,
      sessions: data.sessions,
      linksSent: data.links_sent,
      organisationMemberships: data.memberships,
      invitationsSent: data.invitations_sent,
      connectorAreas: data.connector_areas,
      messages: data.messages,
      suggestionsDismissedOrActedOn: data.suggestion_feedback,
      introductions: data.introductions,
      messagesWritten: data.messages_written,
      blocks: data.blocks,
      reportsMade: data.reports_made,
      buurtenFollowed: data.buurten_followed,
      notificationPreferences: data.notification_preferences,
      unsubscribeLinksSent: data.unsubscribe_links,
      surveyAnswers: data.survey_answers,
      observations: data.observations,
      agenda: data.agenda,
    };
  },

  /** The consent's id, or null when `connectorId` is not a connector. */
  async giveInterviewConsent(
    db: Queryable,
    residentId: string,
    connectorId: string,
    textVersion: string,
  ): Promise<string | null> {
    const { rows } = await db.query<{ id: string }>(sql.insertInterviewConsent, [residentId, connectorId, textVersion]);
    return rows[0]?.id ?? null;
  },

  async listInterviewConsents(db: Queryable, residentId: string): Promise<InterviewConsent[]> {
    const { rows } = await db.query<RowOf<InterviewConsent, 'givenAt' | 'withdrawnAt'>>(sql.listInterviewConsents, [
      residentId,
    ]);
    return rows.map((row) => ({
      ...row,
      givenAt: row.givenAt.toISOString(),
      withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    }));
  },

  async withdrawInterviewConsent(db: Queryable, residentId: string, consentId: string): Promise<boolean> {
    const { rowCount } = await db.query(sql.withdrawInterviewConsent, [consentId, residentId]);
    return (rowCount ?? 0) > 0;
  },

  /**
   * Deletes the account and everything only it owns; what it shares with others stays for them, anonymised.
   * Must run in one transaction with the caller's other steps.
   */
  async deleteAccount(db: Queryable, userId: string): Promise<boolean> {
    const { rows } = await db.query<{ email: string }>(sql.findEmail, [userId]);
    const email = rows[0]?.email;
    if (!email) return false;
    await db.query(sql.handOverOrganisations, [userId]);
    await db.query(sql.deleteSoleOrganisations, [userId]);
    await db.query(sql.deleteMailToAddress, [userId, email]);
    await db.query(sql.deleteUser, [userId]);
    return true;
  },
};
