import { parseBbox, WORLD } from '../shared/bbox.ts';
import type { Queryable } from '../shared/db.ts';
import { notFound } from '../shared/http-error.ts';
import { CELL_SIZE_M, K_ANONYMITY } from '../shared/policy.ts';
import {
  MEMBERS_LIMIT,
  assetsRepository as repository,
  textPattern,
  type MapFilters,
  type PeopleGroupRow,
} from './assets.repository.ts';
import type { AreaSummary, MapQuery, MapResponse } from './assets.schemas.ts';
import { cellOutlines } from './cell-outlines.ts';

type Properties = MapResponse['features'][number]['properties'];

const ALL_TYPES = ['organisation', 'place', 'thing', 'story', 'organisation-item', 'people'];

/**
 * The map for the query of GET /api/map, as JSON text (see buildMap): its domains stand for their tags, and its area
 * is a buurt, a wijk's buurten, or the buurt if it lies in the wijk (an unknown wijk: nothing).
 */
export async function mapForQuery(db: Queryable, query: MapQuery, viewerId: string | null): Promise<string> {
  const domainTags = query.domains ? await repository.tagsOfDomains(db, query.domains.split(',')) : [];
  const tags = [...(query.tags?.split(',') ?? []), ...domainTags];
  let buurten = query.buurt ? [query.buurt] : null;
  if (query.wijk) {
    const wijk = await repository.findWijk(db, query.wijk);
    const inWijk = wijk?.buurten ?? [];
    buurten = buurten ? buurten.filter((code) => inWijk.includes(code)) : inWijk;
  }
  return buildMap(
    db,
    {
      bbox: query.bbox ? parseBbox(query.bbox) : WORLD,
      types: query.types?.split(',') ?? ALL_TYPES,
      tags: query.tags || query.domains ? tags : null,
      direction: query.direction ?? null,
      buurten,
      text: textPattern(query.q),
    },
    { cursor: query.cursor ?? null, limit: query.limit ?? 500 },
    viewerId,
  );
}

/** One GeoJSON feature as JSON text, around the geometry text the database wrote. */
function featureJson(id: string, geometry: string, properties: Properties): string {
  return `{"type":"Feature","id":${JSON.stringify(id)},"geometry":${geometry},"properties":${JSON.stringify(properties)}}`;
}

/**
 * The map as JSON text (a MapResponse): exactly placed public assets (paged by id), and residents only as counts per
 * 250 m cell or per buurt. The people layer comes with the first page only, so paging through assets never repeats it.
 * Written as text because a city-wide answer holds about 1,800 features: parsing each geometry from the database
 * and writing it again took more time than the queries (see "How fast" in the README).
 */
export async function buildMap(
  db: Queryable,
  filters: MapFilters,
  page: { cursor: string | null; limit: number },
  viewerId: string | null,
): Promise<string> {
  const features: string[] = [];
  const withPeople = filters.types.includes('people') && page.cursor === null;
  // Both at once: on a server pool they run on two connections (on the embedded database they simply queue).
  const [exact, people] = await Promise.all([
    repository.mapExact(db, filters, page.cursor, page.limit),
    withPeople ? peopleGroups(db, filters, viewerId) : [],
  ]);
  for (const row of exact.rows) {
    features.push(
      featureJson(row.id, row.geometry, {
        layer: 'asset',
        assetType: row.type,
        kind: row.kind,
        direction: row.direction,
        title: row.title,
        tags: row.tags,
        buurtCode: row.buurt_code,
        // Left out rather than null when there is none: a city-wide answer has hundreds of these.
        ...(row.organisation_id
          ? { organisation: { id: row.organisation_id, name: row.organisation_name ?? '' } }
          : {}),
      }),
    );
  }
  const outlines = await cellOutlines(
    db,
    people.filter((group) => group.level === 'cell').map((group) => group.key),
  );
  for (const group of people) {
    const geometry = group.geometry ?? outlines.get(group.key);
    // Every cell with residents has its outline (written with its first resident); a missing one is a bug to see.
    if (geometry === undefined) throw new Error(`no outline for cell ${group.key}`);
    features.push(
      featureJson(`${group.level}:${group.key}`, geometry, {
        layer: group.level === 'cell' ? 'people-cell' : 'people-buurt',
        people: group.people,
        // Only a buurt group can be "fewer than k"; a cell is shown only from k on.
        ...(group.level === 'buurt' ? { fewerThan: K_ANONYMITY } : {}),
        // Cells have no buurt (they may straddle two); leaving the keys out keeps a city-wide answer smaller.
        ...(group.buurt_code === null ? {} : { buurtCode: group.buurt_code, buurtName: group.buurt_name }),
        ...(group.members ? { members: group.members } : {}),
      }),
    );
  }
  const last = exact.rows.at(-1);
  const paging: MapResponse['page'] = { limit: page.limit, nextCursor: exact.more && last ? last.id : null };
  const privacy: MapResponse['privacy'] = { k: K_ANONYMITY, cellSizeMetres: CELL_SIZE_M, membersLimit: MEMBERS_LIMIT };
  return `{"type":"FeatureCollection","features":[${features.join(',')}],"page":${JSON.stringify(paging)},"privacy":${JSON.stringify(privacy)}}`;
}

/**
 * The people layer. Without tag, direction or text filters it comes from the pre-computed counts (fast at any zoom);
 * a logged-in viewer looking at few enough people gets the per-resident query instead, which lists names.
 */
async function peopleGroups(db: Queryable, filters: MapFilters, viewerId: string | null): Promise<PeopleGroupRow[]> {
  const unfiltered = filters.tags === null && filters.direction === null && filters.text === null;
  if (!unfiltered) return repository.mapPeople(db, filters, viewerId);
  const groups = await repository.mapPeopleCounts(db, filters, viewerId);
  if (viewerId === null) return groups;
  // A group of "fewer than k" holds at most k - 1.
  const people = groups.reduce((sum, group) => sum + (group.people ?? K_ANONYMITY - 1), 0);
  return people <= MEMBERS_LIMIT ? repository.mapPeople(db, filters, viewerId) : groups;
}

/** What a buurt has; 404 when there is no such buurt. */
export async function buurtSummary(db: Queryable, code: string, language: 'nl' | 'en') {
  const buurt = await repository.findBuurt(db, code);
  if (!buurt) throw notFound(`There is no buurt with code ${code}.`);
  return { buurt, ...(await buildAreaSummary(db, [buurt.code], language)) };
}

/** What a wijk has, as the sum of its buurten; 404 when there is no such wijk. */
export async function wijkSummary(db: Queryable, code: string, language: 'nl' | 'en') {
  const wijk = await repository.findWijk(db, code);
  if (!wijk) throw notFound(`There is no wijk with code ${code}.`);
  const summary = await buildAreaSummary(db, wijk.buurten, language);
  return { wijk: { code: wijk.code, name: wijk.name }, buurten: wijk.buurten.length, ...summary };
}

/** What an area has (one buurt, or a wijk's buurten): the body of a buurt or wijk summary. */
async function buildAreaSummary(db: Queryable, buurtCodes: string[], language: 'nl' | 'en'): Promise<AreaSummary> {
  const { counts, tags } = await repository.areaSummary(db, buurtCodes, language);
  const domains = new Map<string, { key: string; label: string; count: number }>();
  for (const tag of tags) {
    const domain = domains.get(tag.domain) ?? { key: tag.domain, label: tag.domain_label, count: 0 };
    domain.count += tag.count;
    domains.set(tag.domain, domain);
  }
  return {
    counts: {
      organisations: counts.organisations,
      places: counts.places,
      stories: counts.stories,
      organisationItems: counts.organisation_items,
      things: counts.things,
      residents: counts.residents,
    },
    k: K_ANONYMITY,
    domains: [...domains.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    topTags: tags.slice(0, 10).map((tag) => ({ key: tag.key, label: tag.label, domain: tag.domain, count: tag.count })),
  };
}
