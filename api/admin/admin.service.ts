import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import type { AppSettings } from '../plugins/context.ts';
import type { OutboxStatusSchema } from './admin.schemas.ts';
import { badRequest, conflict, notFound, orNotFound } from '../shared/http-error.ts';
import { inTransaction } from '../shared/transaction.ts';
import { adminRepository as repository } from './admin.repository.ts';

/** The mails whose link logs someone in (or sets their password): their bodies are not for an administrator. */
const KINDS_WITH_LOGIN_LINKS = ['welcome', 'signup_attempt', 'password_reset'] as const;

/** What administrators see and do: the outbox, accounts and their connector areas, reports. */
export function adminService(pool: Pool) {
  return {
    /**
     * The outbox. Once a mail server sends it, the bodies of mails with a log-in link are withheld: with one an
     * administrator could take over the account. Without a server they are shown, the only way to get them out.
     */
    async outbox(limit: number, status: Static<typeof OutboxStatusSchema> | undefined, mail: AppSettings['mail']) {
      const messages = await repository.listOutbox(pool, limit, status, mail.delivery ? KINDS_WITH_LOGIN_LINKS : []);
      return { delivery: { configured: mail.delivery, from: mail.from }, messages };
    },

    /** Sends a message again: queued, due now, with its history (creation, last error) kept. */
    async resendOutboxMessage(id: string): Promise<void> {
      const outcome = orNotFound(await repository.resendOutboxMessage(pool, id), 'There is no message with this id.');
      if (!outcome.resent) throw conflict('This message is being sent right now; look again in a few minutes.');
    },

    users: (query: string | undefined, limit: number) => repository.listUsers(pool, query, limit),

    /** The wijken and buurten a connector area can be granted for. */
    areas: () => repository.listAreas(pool),

    /**
     * Makes an account administrator, or takes that back. An administrator cannot take it from themselves (another
     * must), and the last administrator stays one: otherwise nobody could administer the app any more.
     */
    async setAdmin(userId: string, isAdmin: boolean, changedBy: string): Promise<void> {
      if (!isAdmin && userId === changedBy) {
        throw badRequest('params/id', 'self', 'is your own account: another administrator must take your role away');
      }
      await inTransaction(pool, async (client) => {
        const admins = await repository.lockAdmins(client);
        if (!isAdmin && admins.length === 1 && admins[0] === userId) {
          throw conflict('This is the last administrator: make another account administrator first.', {
            field: 'params/id',
            rule: 'last-admin',
          });
        }
        if (!(await repository.setUserAdmin(client, userId, isAdmin)))
          throw notFound('There is no account with this id.');
      });
    },

    /** Makes the account connector for a buurt or wijk; returns the grant's id. */
    async grantConnectorArea(userId: string, areaCode: string, grantedBy: string): Promise<string> {
      const grantId = await inTransaction(pool, async (client) => {
        if (!(await repository.areaExists(client, areaCode))) {
          throw badRequest('body/areaCode', 'exists', 'is not a buurt or wijk on the map');
        }
        return repository.grantConnectorArea(client, userId, areaCode, grantedBy);
      });
      return orNotFound(grantId, 'There is no account with this id.');
    },

    async revokeConnectorArea(userId: string, grantId: string): Promise<void> {
      if (!(await repository.revokeConnectorArea(pool, userId, grantId)))
        throw notFound('This account has no connector area with this id.');
    },

    reports: () => repository.listReports(pool),

    async handleReport(id: string, handledBy: string): Promise<void> {
      if (!(await repository.handleReport(pool, id, handledBy))) throw notFound('There is no report with this id.');
    },
  };
}
