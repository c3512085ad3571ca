import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import type { AuthService } from '../auth/auth.service.ts';
import type { Geocoder } from '../geocoder/geocoder.service.ts';
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
  /** Finds the point of an address chosen in the address search. */
  geocoder: Pick<Geocoder, 'available' | 'locate'>;
}

/** The account's own data: profile, password, home location and its consent, interview consents, sessions, export, deletion. */
export function meService({ pool, auth, geocoder }: MeServiceDeps) {
  async function profile(userId: string) {
    const found = await repository.findProfile(pool, userId);
    if (!found) throw notFound('No such account.');
    return found;
  }

  /** The point to store: the one given, or the one the geocoder has for the chosen address (the address is not kept). */
  async function homePoint({ lng, lat, address }: HomeLocationBody): Promise<{ lng: number; lat: number }> {
    if (address === undefined) {
      if (lng === undefined || lat === undefined) {
        const missing = lng === undefined ? 'body/lng' : 'body/lat';
        throw badRequest(missing, 'required', 'is required: give lng and lat, or the address you chose (body/address)');
      }
      return { lng, lat };
    }
    if (lng !== undefined || lat !== undefined)
      throw badRequest('body/address', 'one-of', 'goes instead of lng and lat: give one or the other');
    if (!geocoder.available)
      throw badRequest(
        'body/address',
        'available',
        'cannot be used: this instance has no address search (give lng and lat)',
      );
    const found = await geocoder.locate(address);
    if (found === null)
      throw badRequest('body/address', 'found', 'is not an address or postcode the address search knows: search again');
    return { lng: found.lng, lat: found.lat };
  }

  return {
    profile,

    async updateProfile(userId: string, body: UpdateMeBody) {
      await inTransaction(pool, (client) => repository.updateProfile(client, userId, body));
      return profile(userId);
    },

    /** Stores the home location with consent to the text shown; only the current text's version counts. */
    async setHomeLocation(userId: string, body: HomeLocationBody) {
      const { consentTextVersion } = body;
      if (consentTextVersion !== HOME_LOCATION_CONSENT.version) {
        throw badRequest(
          'body/consentTextVersion',
          'current',
          `must be the current version (${HOME_LOCATION_CONSENT.version}): show GET /api/consent-texts/home-location first`,
        );
      }
      const point = await homePoint(body);
      const field = body.address === undefined ? 'body' : 'body/address';
      await inTransaction(pool, (client) =>
        repository.setHomeLocation(client, userId, point, HOME_LOCATION_CONSENT, field),
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
