import { stringify } from 'csv-stringify/sync';
import type { Queryable } from '../shared/db.ts';
import { COUNTED_ACCOUNT_MIN_AGE_DAYS } from '../shared/policy.ts';
import { forbidden, notFound } from '../shared/http-error.ts';
import { GROUP_MIN_PEOPLE, RULE_PARAMETERS, ROLES, WEIGHTS } from '../suggestions/rules.ts';
import { tagTaxonomy } from '../suggestions/suggestions.service.ts';
import { introductionTimes, type IntroductionStatus as Status, type PartyKind } from '../shared/parties.ts';
import { connectorRepository as repository } from './connector.repository.ts';

const PASSION_KINDS = Object.entries(ROLES.inventory)
  .filter(([, role]) => role === 'passion')
  .map(([kind]) => kind);
const AREA_SUGGESTIONS_LIMIT = 50;

/** The buurten of an area the connector acts for; refusals name the rule. */
async function areaBuurten(db: Queryable, connectorId: string, code: string) {
  const rows = await repository.areaBuurten(db, connectorId, code);
  if (rows.length === 0) throw notFound('names no buurt or wijk', { field: 'params/code', rule: 'exists' });
  if (!rows.every((row) => row.covered))
    throw forbidden('is not an area you are connector for', { field: 'params/code', rule: 'connector-area' });
  return rows;
}

/**
 * The connector's view of a buurt or wijk: the strongest suggested connections across it (groups waiting to be
 * started included), the introductions made there with their status, and figures per buurt.
 */
export async function areaConnections(db: Queryable, connectorId: string, code: string, language: 'nl' | 'en') {
  const buurten = await areaBuurten(db, connectorId, code);
  const codes = buurten.map((buurt) => buurt.code);
  const pairs = await repository.areaSuggestions(db, codes, RULE_PARAMETERS, AREA_SUGGESTIONS_LIMIT);
  const groups = await repository.areaGroups(db, codes, {
    minPeople: GROUP_MIN_PEOPLE,
    passionKinds: PASSION_KINDS,
    countedAccountMinAgeDays: COUNTED_ACCOUNT_MIN_AGE_DAYS,
  });
  const introductions = await repository.areaIntroductions(db, codes, connectorId);
  const figures = await repository.areaFigures(db, codes);
  const taxonomy = await tagTaxonomy(
    db,
    [...new Set([...pairs.flatMap((pair) => pair.tags), ...groups.map((group) => group.tag)])],
    language,
  );
  const label = (tag: string) => ({ key: tag, label: taxonomy.tags.get(tag)?.label ?? tag });

  // Pairs already introduced (open or done) show their status instead of waiting.
  const introduced = new Map<string, Status>();
  for (const introduction of introductions) {
    if (introduction.status !== 'declined')
      introduced.set([...introduction.party_ids].sort().join(':'), introduction.status);
  }
  const party = (kind: PartyKind, id: string, name: string, title: string, buurtCode: string | null) => ({
    kind,
    id,
    name,
    title,
    buurtCode,
  });
  const suggestions = pairs
    .map((pair) => {
      const sameBuurt = pair.a_buurt !== null && pair.a_buurt === pair.b_buurt;
      return {
        key: `${pair.rule}:${pair.a_kind}:${pair.a_id}:${pair.b_kind}:${pair.b_id}`,
        rule: pair.rule,
        score: pair.tags.length * WEIGHTS.tag + (sameBuurt ? WEIGHTS.sameBuurt : 0) + (pair.fresh ? WEIGHTS.fresh : 0),
        parties: [
          party(pair.a_kind, pair.a_id, pair.a_name, pair.a_title, pair.a_buurt),
          party(pair.b_kind, pair.b_id, pair.b_name, pair.b_title, pair.b_buurt),
        ],
        matchedTags: pair.tags.map(label),
        sameBuurt,
        introduced: introduced.get([pair.a_id, pair.b_id].sort().join(':')) ?? null,
      };
    })
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));

  const wijk = buurten.length > 1 || buurten[0]!.code !== code;
  return {
    area: {
      type: wijk ? ('wijk' as const) : ('buurt' as const),
      code,
      name: wijk ? buurten[0]!.wijk_name : buurten[0]!.name,
      buurten: buurten.map((b) => ({ code: b.code, name: b.name })),
    },
    suggestions,
    groups: groups.map((group) => ({
      ...label(group.tag),
      people: group.people,
      members: [...group.members].sort((a, b) => a.name.localeCompare(b.name)),
      buurtCode: group.buurt_code,
    })),
    introductions: introductions.map((row) => ({
      id: row.id,
      status: row.status,
      buurtCode: row.buurt_code,
      byConnector: row.by_connector,
      mine: row.mine,
      ...introductionTimes(row),
      parties: row.parties,
    })),
    figures,
    totals: figures.reduce(
      (sum, row) => ({
        made: sum.made + row.made,
        asked: sum.asked + row.asked,
        accepted: sum.accepted + row.accepted,
        declined: sum.declined + row.declined,
        met: sum.met + row.met,
      }),
      { made: 0, asked: 0, accepted: 0, declined: 0, met: 0 },
    ),
  };
}

type AreaConnections = Awaited<ReturnType<typeof areaConnections>>;

/** One table of the area view as CSV text: UTF-8 with a byte order mark, for spreadsheets. */
export async function areaCsv(
  db: Queryable,
  connectorId: string,
  code: string,
  language: 'nl' | 'en',
  table: 'figures' | 'introductions' | 'suggestions',
): Promise<string> {
  return '\uFEFF' + stringify(areaCsvRows(await areaConnections(db, connectorId, code, language), table));
}

/** One table of the area view as CSV rows (header first), for a spreadsheet. */
function areaCsvRows(
  view: AreaConnections,
  table: 'figures' | 'introductions' | 'suggestions',
): (string | number | null)[][] {
  switch (table) {
    case 'figures':
      return [
        ['buurt_code', 'buurt', 'made', 'asked', 'accepted', 'declined', 'met'],
        ...view.figures.map((row) => [row.code, row.name, row.made, row.asked, row.accepted, row.declined, row.met]),
      ];
    case 'introductions':
      return [
        [
          'buurt_code',
          'status',
          'by_connector',
          'made_by_me',
          'party_1',
          'party_2',
          'created_at',
          'answered_at',
          'met_at',
        ],
        ...view.introductions.map((row) => [
          row.buurtCode,
          row.status,
          String(row.byConnector),
          String(row.mine),
          ...row.parties.map((party) => party.name ?? party.kind),
          row.createdAt,
          row.answeredAt,
          row.metAt,
        ]),
      ];
    case 'suggestions':
      return [
        ['rule', 'score', 'party_1', 'item_1', 'buurt_1', 'party_2', 'item_2', 'buurt_2', 'tags', 'introduced'],
        ...view.suggestions.map((row) => [
          row.rule,
          row.score,
          row.parties[0]!.name,
          row.parties[0]!.title,
          row.parties[0]!.buurtCode,
          row.parties[1]!.name,
          row.parties[1]!.title,
          row.parties[1]!.buurtCode,
          row.matchedTags.map((tag) => tag.label).join('; '),
          row.introduced,
        ]),
      ];
  }
}
