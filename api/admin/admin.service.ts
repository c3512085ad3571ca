import type { Pool } from 'pg';
import { badRequest } from '../shared/http-error.ts';
import { inTransaction } from '../shared/transaction.ts';
import { adminRepository as repository } from './admin.repository.ts';

export function adminService(pool: Pool) {
  return {
    /** Makes the account connector for a buurt or wijk; null when there is no such account. */
    grantConnectorArea: (userId: string, areaCode: string, grantedBy: string) =>
      inTransaction(pool, async (client) => {
        if (!(await repository.areaExists(client, areaCode))) {
          throw badRequest('body/areaCode', 'exists', 'is not a buurt or wijk on the map');
        }
        return repository.grantConnectorArea(client, userId, areaCode, grantedBy);
      }),
  };
}
