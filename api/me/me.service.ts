import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import type { AuthService } from '../auth/auth.service.ts';
import { badRequest, notFound, orNotFound } from '../shared/http-error.ts';
import { hashToken } from '../shared/tokens.ts';
import { inTransaction } from '../shared/transaction.ts';
import { HOME_LOCATION_CONSENT, INTERVIEW_CONSENT } from './consent-texts.ts';
import { meRepository as repository } from './me.repository.ts';
import type { HomeLocationBodySchema, UpdateMeBodySchema } from './me.schemas.ts';

type UpdateMeBody = Static<typeof UpdateMeBodySchema>;
type HomeLocationBody = Static<typeof HomeLocationBodySchema>;

interface MeServiceDeps {
  pool: Pool;
  /** Checks and changes passwords. */
  auth: Pick<AuthService, 'checkPassword' | 'changePassword'>;
}

/** The account's own data: profile, password, home location and its consent, interview consents, sessions, export, deletion. */
export function meService({ pool, auth }: MeServiceDeps) {
  async function profile(userId: string) {
    const found = await repository.findProfile(pool, userId);
    if (!found) throw notFound('No such account.');
    return found;
  }

  return {
    profile,

    async updateProfile(userId: string, body: UpdateMeBody) {
      await inTransaction(pool, (client) => repository.updateProfile(client, userId, body));
      return profile(userId);
    },

    /** Stores the home location with consent to the text shown; only the current text's version counts. */
    async setHomeLocation(userId: string, { lng, lat, consentTextVersion }: HomeLocationBody) {
      if (consentTextVersion !== HOME_LOCATION_CONSENT.version) {
        throw badRequest(
          'body/consentTextVersion',
          'current',
          `must be the current version (${HOME_LOCATION_CONSENT.version}): show GET /api/consent-texts/home-location first`,
        );
      }
      await inTransaction(pool, (client) =>
        repository.setHomeLocation(client, userId, { lng, lat }, HOME_LOCATION_CONSENT),
      );
      return profile(userId);
    },

    async clearHomeLocation(userId: string) {
      await inTransaction(pool, (client) =>
        repository.clearHomeLocation(client, userId, HOME_LOCATION_CONSENT.purpose),
      );
      return profile(userId);
    },

    /** Changes the password and ends the account's other sessions (all but `sessionId`). */
    async changePassword(userId: string, sessionId: string, current: string, next: string): Promise<void> {
      if (!(await auth.changePassword(userId, hashToken(sessionId), current, next)))
        throw badRequest('body/currentPassword', 'matches', 'is not your current password');
    },

    interviewConsents: (userId: string) => repository.listInterviewConsents(pool, userId),

    async withdrawInterviewConsent(userId: string, consentId: string): Promise<void> {
      if (!(await repository.withdrawInterviewConsent(pool, userId, consentId)))
        throw notFound('You have no active consent with this id.');
    },

    /** Everything stored about the account, stamped with the time of the export. */
    async exportData(userId: string) {
      const data = orNotFound(await repository.exportData(pool, userId), 'No such account.');
      return { exportedAt: new Date().toISOString(), ...data };
    },

    /** The account's sessions, the one of `sessionId` marked as the current one. */
    sessions: (userId: string, sessionId: string) => repository.listSessions(pool, userId, hashToken(sessionId)),

    async endSession(userId: string, publicId: string): Promise<void> {
      if (!(await repository.deleteOwnSession(pool, userId, publicId)))
        throw notFound('You have no session with this id.');
    },

    async giveInterviewConsent(userId: string, connectorId: string, consentTextVersion: string): Promise<string> {
      if (consentTextVersion !== INTERVIEW_CONSENT.version) {
        throw badRequest(
          'body/consentTextVersion',
          'current',
          `must be the current version (${INTERVIEW_CONSENT.version})`,
        );
      }
      const id = await repository.giveInterviewConsent(pool, userId, connectorId, INTERVIEW_CONSENT.version);
      if (!id) throw badRequest('body/connectorId', 'connector', 'is not a connector');
      return id;
    },

    /** Deletes the account after checking its password; what was shared with others stays, anonymised. */
    async deleteAccount(userId: string, password: string): Promise<void> {
      if (!(await auth.checkPassword(userId, password)))
        throw badRequest('body/password', 'matches', 'is not your password');
      await inTransaction(pool, (client) => repository.deleteAccount(client, userId));
    },
  };
}
