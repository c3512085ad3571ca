import type { Static } from '@sinclair/typebox';
import type { Pool } from 'pg';
import { hashPassword } from '../auth/passwords.ts';
import { insertAccount, normaliseEmail } from '../auth/auth.service.ts';
import { badRequest, conflict, HttpError } from '../shared/http-error.ts';
import { inTransaction } from '../shared/transaction.ts';
import { isSetupCode, newSetupCode } from './setup-code.ts';
import { setupRepository } from './setup.repository.ts';
import type { ClaimAdministratorBodySchema } from './setup.schemas.ts';

const SET_UP_ALREADY = 'This instance has an administrator already; set-up by code is closed. Log in instead.';

/**
 * Setting up an instance without a shell: while it has no administrator, each start makes a new one-time code that
 * only the server's log shows; whoever types it in claims the first administrator account.
 */
export function setupService(pool: Pool) {
  // Held in memory only: a new start makes a new code, and the database never sees one.
  let code: string | null = null;

  return {
    /** A fresh code when the instance has no administrator, else null (and any earlier code stops working). */
    async issueCode(): Promise<string | null> {
      code = (await setupRepository.administratorExists(pool)) ? null : newSetupCode();
      return code;
    },

    /** Creates the first administrator (address confirmed) and spends the code; answers the account's id. */
    async claimAdministrator(input: Static<typeof ClaimAdministratorBodySchema>): Promise<string> {
      if (code === null || (await setupRepository.administratorExists(pool))) throw conflict(SET_UP_ALREADY);
      if (!isSetupCode(code, input.code))
        throw new HttpError(401, 'is not the set-up code: copy it from the log the server printed at its start.', {
          field: 'body/code',
          rule: 'setup-code',
        });
      const passwordHash = await hashPassword(input.password);
      const userId = await inTransaction(pool, async (client) => {
        await setupRepository.lockFirstAdministrator(client);
        if (await setupRepository.administratorExists(client)) throw conflict(SET_UP_ALREADY);
        const id = await insertAccount(client, {
          email: normaliseEmail(input.email),
          passwordHash,
          displayName: input.displayName.trim(),
          language: input.language ?? 'nl',
          firstAdministrator: true,
        });
        if (id === null)
          throw badRequest(
            'body/email',
            'unused',
            'already has an account: choose another address for the administrator.',
          );
        return id;
      });
      code = null;
      return userId;
    },
  };
}
