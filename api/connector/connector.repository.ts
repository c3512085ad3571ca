import type { Static } from '@sinclair/typebox';
import type { Queryable, RowOf } from '../shared/db.ts';
import { areaRef } from '../shared/places.ts';
import type { IntroductionStatus as Status, PartyKind } from '../shared/parties.ts';
import { loadQueries } from '../shared/sql.ts';
import { STALE_AFTER_MONTHS } from '../shared/policy.ts';
import type { RuleName } from '../suggestions/rules.ts';
import type { ConnectorAreaSchema } from './connector-area.schemas.ts';

type ConnectorArea = Static<typeof ConnectorAreaSchema>;

const sql = loadQueries(import.meta.url, [
  'list-my-areas',
  'list-consenting-residents',
  'list-buurt-connectors',
  'area-buurten',
  'area-suggestions',
  'area-groups',
  'area-introductions',
  'area-figures',
]);

export interface PairRow {
  rule: RuleName;
  a_kind: PartyKind;
  a_id: string;
  a_name: string;
  a_title: string;
  a_buurt: string | null;
  b_kind: PartyKind;
  b_id: string;
  b_name: string;
  b_title: string;
  b_buurt: string | null;
  tags: string[];
  fresh: boolean;
}

export interface IntroductionRow {
  id: string;
  status: Status;
  buurt_code: string | null;
  by_connector: boolean;
  mine: boolean;
  created_at: Date;
  answered_at: Date | null;
  met_at: Date | null;
  parties: {
    kind: 'resident' | 'organisation';
    name: string | null;
    answer: string;
    about: { kind: string; tag: string } | null;
  }[];
  party_ids: string[];
}

export interface GroupRules {
  minPeople: number;
  passionKinds: string[];
  countedAccountMinAgeDays: number;
}

export const connectorRepository = {
  async listAreas(db: Queryable, userId: string): Promise<ConnectorArea[]> {
    const { rows } = await db.query<RowOf<ConnectorArea, 'grantedAt'>>(sql.listMyAreas, [userId]);
    return rows.map((row) => ({ ...row, grantedAt: row.grantedAt.toISOString() }));
  },

  async listConsentingResidents(db: Queryable, connectorId: string) {
    const { rows } = await db.query<{
      id: string;
      display_name: string;
      buurt_code: string | null;
      buurt_name: string | null;
      given_at: Date;
    }>(sql.listConsentingResidents, [connectorId]);
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      buurt: areaRef(row.buurt_code, row.buurt_name),
      consentGivenAt: row.given_at.toISOString(),
    }));
  },

  async listBuurtConnectors(db: Queryable, buurtCode: string) {
    return (await db.query<{ id: string; displayName: string }>(sql.listBuurtConnectors, [buurtCode])).rows;
  },

  /** The buurten of a buurt or wijk, each saying whether the connector covers it; none when the code names nothing. */
  async areaBuurten(db: Queryable, connectorId: string, code: string) {
    const { rows } = await db.query<{
      code: string;
      name: string;
      wijk_code: string;
      wijk_name: string;
      covered: boolean;
    }>(sql.areaBuurten, [connectorId, code]);
    return rows;
  },

  async areaSuggestions(
    db: Queryable,
    buurtCodes: string[],
    ruleParameters: readonly unknown[],
    limit: number,
    rule: RuleName | null,
  ): Promise<PairRow[]> {
    return (
      await db.query<PairRow>(sql.areaSuggestions, [buurtCodes, ...ruleParameters, limit, STALE_AFTER_MONTHS, rule])
    ).rows;
  },

  async areaGroups(db: Queryable, buurtCodes: string[], rules: GroupRules) {
    const { rows } = await db.query<{
      tag: string;
      people: number;
      members: { id: string; name: string }[];
      buurt_code: string;
    }>(sql.areaGroups, [buurtCodes, rules.minPeople, rules.passionKinds, rules.countedAccountMinAgeDays]);
    return rows;
  },

  async areaIntroductions(
    db: Queryable,
    buurtCodes: string[],
    connectorId: string,
    inventoryKinds: string[],
  ): Promise<IntroductionRow[]> {
    return (await db.query<IntroductionRow>(sql.areaIntroductions, [buurtCodes, connectorId, inventoryKinds])).rows;
  },

  async areaFigures(db: Queryable, buurtCodes: string[]) {
    const { rows } = await db.query<{
      code: string;
      name: string;
      made: number;
      asked: number;
      accepted: number;
      declined: number;
      met: number;
    }>(sql.areaFigures, [buurtCodes]);
    return rows;
  },
};
