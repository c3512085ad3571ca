import type { Pool } from 'pg';
import { connectorRepository as repository } from './connector.repository.ts';

/** Who is connector (buurtverbinder) where, and the residents who let a connector record their inventory. */
export function connectorService(pool: Pool) {
  return {
    /** The buurten and wijken the account is connector for. */
    areas: (connectorId: string) => repository.listAreas(pool, connectorId),
    consentingResidents: (connectorId: string) => repository.listConsentingResidents(pool, connectorId),
    buurtConnectors: (buurtCode: string) => repository.listBuurtConnectors(pool, buurtCode),
  };
}
