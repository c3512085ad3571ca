// The demo's connector and the introductions they made: so a community builder who opens the demo sees a connector's
// area view with connections waiting, introductions in every state and figures per buurt. Made through the same
// services as the API (the rules apply), after the population is in.
import type pg from 'pg';
import { AREA_PAIRS_PAGE_MAX } from '../../api/connector/connector-area.schemas.ts';
import { areaConnections } from '../../api/connector/connector-area.service.ts';
import { introductionsRepository } from '../../api/introductions/introductions.repository.ts';
import {
  answerIntroduction,
  connectorIntroduction,
  markMet,
  postMessage,
} from '../../api/introductions/introductions.service.ts';
import { loadSql } from '../../api/shared/sql.ts';

const sql = {
  chooseConnector: loadSql(import.meta.url, 'sql/choose-demo-connector.sql'),
  grantConnector: loadSql(import.meta.url, 'sql/grant-demo-connector.sql'),
};

/** What happens to the demo introductions, in order: some still asked, accepted, met, and declined. */
const OUTCOMES = [
  'asked',
  'asked',
  'asked',
  'accepted',
  'accepted',
  'accepted',
  'met',
  'met',
  'declined',
  'declined',
] as const;

export interface DemoConnections {
  connectorEmail: string;
  wijkCode: string;
  introductions: number;
}

export async function seedDemoConnections(
  client: pg.ClientBase,
  emailPattern: string,
): Promise<DemoConnections | null> {
  const connector = (
    await client.query<{ id: string; email: string; wijk_code: string }>(sql.chooseConnector, [emailPattern])
  ).rows[0];
  if (!connector) return null;
  await client.query(sql.grantConnector, [connector.id, connector.wijk_code]);
  const view = await areaConnections(client, connector.id, connector.wijk_code, 'nl', { limit: AREA_PAIRS_PAGE_MAX });
  const pairs = view.suggestions
    .filter((pair) => pair.parties.every((party) => party.id !== connector.id))
    .slice(0, OUTCOMES.length);
  let made = 0;
  for (const [index, pair] of pairs.entries()) {
    const [a, b] = pair.parties as [(typeof pair.parties)[number], (typeof pair.parties)[number]];
    let id: string;
    try {
      id = await connectorIntroduction(client, {
        connectorId: connector.id,
        parties: [
          { kind: a.kind, id: a.id },
          { kind: b.kind, id: b.id },
        ],
        note: `${a.name} en ${b.name}: ${a.title} en ${b.title}. Maak eens kennis!`,
        suggestionKey: null,
        perDay: OUTCOMES.length,
      });
    } catch {
      continue; // a pair the rules refuse (for instance one with someone in common) is simply not introduced
    }
    made++;
    const outcome = OUTCOMES[index]!;
    if (outcome === 'asked') continue;
    const parties = await introductionsRepository.parties(client, id);
    const [first, second] = parties.map((party) => party.people[0]!) as [string, string];
    await answerIntroduction(client, id, first, 'accept');
    await answerIntroduction(client, id, second, outcome === 'declined' ? 'decline' : 'accept');
    if (outcome === 'declined') continue;
    await postMessage(client, id, first, 'Leuk! Wanneer schikt het jou?');
    if (outcome === 'met') await markMet(client, id, second);
  }
  return { connectorEmail: connector.email, wijkCode: connector.wijk_code, introductions: made };
}
