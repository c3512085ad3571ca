import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import { badRequest, notFound } from '../shared/http-error.ts';
import { inTransaction } from '../shared/transaction.ts';
import { HOME_LOCATION_CONSENT, INTERVIEW_CONSENT } from './consent-texts.ts';
import { meRepository as repository } from './me.repository.ts';
import type { HomeLocationBodySchema, UpdateMeBodySchema } from './me.schemas.ts';

type UpdateMeBody = Static<typeof UpdateMeBodySchema>;
type HomeLocationBody = Static<typeof HomeLocationBodySchema>;

export interface MeServiceDeps {
  pool: Pool;
  checkPassword: (userId: string, password: string) => Promise<boolean>;
}

/** The account's own data: profile, home location and its consent, interview consents, deletion. */
export function meService({ pool, checkPassword }: MeServiceDeps) {
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
      if (!(await checkPassword(userId, password)))
        throw badRequest('body/password', 'matches', 'is not your password');
      await inTransaction(pool, (client) => repository.deleteAccount(client, userId));
    },
  };
}
