import { stringify } from 'csv-stringify/sync';
import type { Queryable } from '../shared/db.ts';
import { COUNTED_ACCOUNT_MIN_AGE_DAYS } from '../shared/policy.ts';
import { badRequest, forbidden, notFound } from '../shared/http-error.ts';
import { GROUP_MIN_PEOPLE, RULE_PARAMETERS, ROLES, WEIGHTS, type RuleName } from '../suggestions/rules.ts';
import { tagTaxonomy } from '../suggestions/suggestions.service.ts';
import { introductionTimes, type IntroductionStatus as Status, type PartyKind } from '../shared/parties.ts';
import { connectorRepository as repository } from './connector.repository.ts';
import { AREA_PAIRS_PAGE } from './connector-area.schemas.ts';

const PASSION_KINDS = Object.entries(ROLES.inventory)
  .filter(([, role]) => role === 'passion')
  .map(([kind]) => kind);
const INVENTORY_KINDS = Object.keys(ROLES.inventory) as (keyof typeof ROLES.inventory)[];
/** The strongest pairs an area view weighs (new and introduced together); its pages and the CSV come from these. */
const AREA_SUGGESTIONS_LIMIT = 100;

/** What the area view shows: which buurt of the area and which rule (all when absent), and which page of pairs. */
export interface AreaQuery {
  buurt?: string;
  rule?: RuleName;
  pairs?: 'new' | 'done';
  limit?: number;
  offset?: number;
}

/** The buurten of an area the connector acts for; refusals name the rule. */
async function areaBuurten(db: Queryable, connectorId: string, code: string) {
  const rows = await repository.areaBuurten(db, connectorId, code);
  if (rows.length === 0) throw notFound('names no buurt or wijk', { field: 'params/code', rule: 'exists' });
  if (!rows.every((row) => row.covered))
    throw forbidden('is not an area you are connector for', { field: 'params/code', rule: 'connector-area' });
  return rows;
}

/**
 * The connector's view of a buurt or wijk: one page of the strongest suggested connections across it (those not
 * introduced yet, or those introduced already), groups waiting to be started, the introductions made there with their
 * status, and figures per buurt. A buurt narrows the lists to that buurt of the area, a rule narrows the pairs.
 */
export async function areaConnections(
  db: Queryable,
  connectorId: string,
  code: string,
  language: 'nl' | 'en',
  query: AreaQuery = {},
) {
  const view = await areaView(db, connectorId, code, language, query);
  const pairs = query.pairs ?? 'new';
  const offset = query.offset ?? 0;
  const limit = query.limit ?? AREA_PAIRS_PAGE;
  const fresh = view.suggestions.filter((suggestion) => suggestion.introduced === null);
  const done = view.suggestions.filter((suggestion) => suggestion.introduced !== null);
  const shown = pairs === 'new' ? fresh : done;
  return {
    ...view,
    suggestions: shown.slice(offset, offset + limit),
    suggestionsPage: { pairs, offset, limit, total: shown.length, new: fresh.length, done: done.length },
  };
}

/** The whole area view, every pair of it in one list (new and introduced), for a page of it or the CSV. */
async function areaView(
  db: Queryable,
  connectorId: string,
  code: string,
  language: 'nl' | 'en',
  query: Pick<AreaQuery, 'buurt' | 'rule'> = {},
) {
  const buurten = await areaBuurten(db, connectorId, code);
  const allCodes = buurten.map((buurt) => buurt.code);
  if (query.buurt !== undefined && !allCodes.includes(query.buurt))
    throw badRequest('querystring/buurt', 'in-area', `must be a buurt of ${code}`);
  const codes = query.buurt === undefined ? allCodes : [query.buurt];
  const pairs = await repository.areaSuggestions(
    db,
    codes,
    RULE_PARAMETERS,
    AREA_SUGGESTIONS_LIMIT,
    query.rule ?? null,
  );
  const groups = await repository.areaGroups(db, codes, {
    minPeople: GROUP_MIN_PEOPLE,
    passionKinds: PASSION_KINDS,
    countedAccountMinAgeDays: COUNTED_ACCOUNT_MIN_AGE_DAYS,
  });
  const introductions = await repository.areaIntroductions(db, codes, connectorId, INVENTORY_KINDS);
  const figures = await repository.areaFigures(db, allCodes);
  const aboutTags = introductions.flatMap((row) => row.parties.flatMap((party) => party.about?.tag ?? []));
  const taxonomy = await tagTaxonomy(
    db,
    [...new Set([...pairs.flatMap((pair) => pair.tags), ...groups.map((group) => group.tag), ...aboutTags])],
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
      parties: row.parties.map((party) => ({
        ...party,
        about:
          party.about === null
            ? null
            : {
                role: ROLES.inventory[party.about.kind as keyof typeof ROLES.inventory],
                tag: label(party.about.tag),
              },
      })),
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

type AreaView = Awaited<ReturnType<typeof areaView>>;

/** One table of the area view as CSV text: UTF-8 with a byte order mark, for spreadsheets. */
export async function areaCsv(
  db: Queryable,
  connectorId: string,
  code: string,
  language: 'nl' | 'en',
  table: 'figures' | 'introductions' | 'suggestions',
): Promise<string> {
  return '\uFEFF' + stringify(areaCsvRows(await areaView(db, connectorId, code, language), table));
}

/** One table of the area view as CSV rows (header first), for a spreadsheet. */
function areaCsvRows(view: AreaView, table: 'figures' | 'introductions' | 'suggestions'): (string | number | null)[][] {
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
