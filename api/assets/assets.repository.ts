import { firstRow, type Queryable } from '../shared/db.ts';
import { areaRef } from '../shared/places.ts';
import { badRequest } from '../shared/http-error.ts';
import { loadQueries } from '../shared/sql.ts';
import { bboxParams, type Bbox } from '../shared/bbox.ts';
import type { GeometryInput } from '../shared/geojson.schemas.ts';
import type { Asset } from './assets.schemas.ts';
import type { AssetType, Visibility } from './asset-kinds.ts';

const sql = loadQueries(import.meta.url, [
  'check-geometry',
  'interview-allowed',
  'insert-asset',
  'find-asset',
  'update-asset',
  'delete-asset',
  'confirm-asset',
  'list-my-assets',
  'map-exact',
  'map-people',
  'map-people-counts',
  'cell-outlines',
  'buurt-summary-counts',
  'buurt-summary-tags',
  'tags-of-domains',
  'find-buurt-name',
  'find-wijk-buurten',
]);

export interface NewAsset {
  type: AssetType;
  kind: string;
  direction: 'offer' | 'wish';
  title: string;
  description: string;
  tags: string[];
  geometry: GeometryInput | null;
  buurtCode: string | null;
  ownerUserId: string | null;
  ownerOrganisationId: string | null;
  visibility: Visibility;
  details: Record<string, unknown>;
  createdBy: string;
  recordedBy: string | null;
}

export interface Viewer {
  id: string | null;
  language: 'nl' | 'en';
}

interface AssetRow {
  id: string;
  type: Asset['type'];
  kind: string;
  direction: Asset['direction'];
  title: string;
  description: string;
  visibility: Asset['visibility'];
  details: Record<string, unknown>;
  last_confirmed_at: Date;
  still_active: boolean;
  geometry: Asset['geometry'];
  buurt_code: string | null;
  buurt_name: string | null;
  wijk_code: string | null;
  wijk_name: string | null;
  owner_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  mine: boolean;
  tag_labels: Asset['tags'];
}

export interface MapFilters {
  bbox: Bbox;
  types: string[];
  tags: string[] | null;
  direction: 'offer' | 'wish' | null;
  /** The area to show: the codes of one buurt or of a wijk's buurten; null: anywhere. */
  buurten: string[] | null;
  text: string | null;
}

import { COUNTED_ACCOUNT_MIN_AGE_DAYS, K_ANONYMITY, STALE_AFTER_MONTHS } from '../shared/policy.ts';
/** Names in the people layer are listed for logged-in viewers only when the groups in view hold at most this many. */
export const MEMBERS_LIMIT = 300;

export interface PeopleGroupRow {
  level: 'cell' | 'buurt';
  key: string;
  /** NULL: fewer than k. */
  people: number | null;
  buurt_code: string | null;
  buurt_name: string | null;
  /** GeoJSON text (the answer takes it as it is); NULL for a cell, whose outline comes from cell-outlines.ts. */
  geometry: string | null;
  members: { name: string; tags: string[] }[] | null;
}

function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    type: row.type,
    kind: row.kind,
    direction: row.direction,
    title: row.title,
    description: row.description,
    tags: row.tag_labels,
    buurt: areaRef(row.buurt_code, row.buurt_name),
    wijk: areaRef(row.wijk_code, row.wijk_name),
    geometry: row.geometry,
    owner: row.organisation_id
      ? { kind: 'organisation', id: row.organisation_id, name: row.organisation_name ?? '' }
      : row.owner_name
        ? { kind: 'resident', displayName: row.owner_name }
        : null,
    visibility: row.visibility,
    details: row.details,
    lastConfirmedAt: row.last_confirmed_at.toISOString(),
    stillActive: row.still_active,
    mine: row.mine,
  };
}

/** Pattern for ILIKE from the words a person typed; % and _ in their text are matched literally. */
export function textPattern(text: string | undefined): string | null {
  if (!text) return null;
  return `%${text.trim().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export const assetsRepository = {
  /** Throws a 400 for a self-intersecting shape or one outside every buurt; returns the buurt it lies in. */
  async assertPlaceable(db: Queryable, geometry: GeometryInput, field = 'body/geometry'): Promise<string> {
    const { rows } = await db.query<{ valid: boolean; reason: string; buurt_code: string | null }>(sql.checkGeometry, [
      JSON.stringify(geometry),
    ]);
    const check = rows[0]!;
    if (!check.valid) throw badRequest(field, 'valid-geometry', `is not a valid shape: ${check.reason}`);
    if (!check.buurt_code) throw badRequest(field, 'inside-a-buurt', 'must lie inside one of the buurten on the map');
    return check.buurt_code;
  },

  async interviewAllowed(db: Queryable, residentId: string, connectorId: string): Promise<boolean> {
    const { rows } = await db.query<{ allowed: boolean }>(sql.interviewAllowed, [residentId, connectorId]);
    return rows[0]?.allowed === true;
  },

  async insert(db: Queryable, asset: NewAsset): Promise<string> {
    const { rows } = await db.query<{ id: string }>(sql.insertAsset, [
      asset.type,
      asset.kind,
      asset.direction,
      asset.title.trim(),
      asset.description,
      asset.tags,
      asset.geometry ? JSON.stringify(asset.geometry) : null,
      asset.buurtCode,
      asset.ownerUserId,
      asset.ownerOrganisationId,
      asset.visibility,
      JSON.stringify(asset.details),
      asset.createdBy,
      asset.recordedBy,
    ]);
    return rows[0]!.id;
  },

  async find(db: Queryable, id: string, viewer: Viewer): Promise<Asset | null> {
    const { rows } = await db.query<AssetRow>(sql.findAsset, [id, viewer.id, viewer.language, STALE_AFTER_MONTHS]);
    return rows[0] ? toAsset(rows[0]) : null;
  },

  async update(
    db: Queryable,
    id: string,
    patch: {
      title?: string;
      description?: string;
      tags?: string[];
      visibility?: Visibility;
      geometry?: GeometryInput;
      details?: object;
    },
  ) {
    await db.query(sql.updateAsset, [
      id,
      patch.title?.trim() ?? null,
      patch.description ?? null,
      patch.tags ?? null,
      patch.visibility ?? null,
      patch.geometry ? JSON.stringify(patch.geometry) : null,
      patch.details ? JSON.stringify(patch.details) : null,
    ]);
  },

  async delete(db: Queryable, id: string) {
    await db.query(sql.deleteAsset, [id]);
  },

  async confirm(db: Queryable, id: string) {
    await db.query(sql.confirmAsset, [id]);
  },

  async listMine(db: Queryable, viewer: Viewer & { id: string }): Promise<Asset[]> {
    const { rows } = await db.query<{ id: string }>(sql.listMyAssets, [viewer.id]);
    const assets = await Promise.all(rows.map((row) => this.find(db, row.id, viewer)));
    return assets.filter((asset): asset is Asset => asset !== null);
  },

  /** A map filter on domains means: any tag of those domains. */
  async tagsOfDomains(db: Queryable, domains: string[]): Promise<string[]> {
    const { rows } = await db.query<{ key: string }>(sql.tagsOfDomains, [domains]);
    return rows.map((row) => row.key);
  },

  async mapExact(db: Queryable, filters: MapFilters, cursor: string | null, limit: number) {
    const { rows } = await db.query<{
      id: string;
      type: string;
      kind: string;
      direction: string;
      title: string;
      tags: string[];
      buurt_code: string | null;
      organisation_id: string | null;
      organisation_name: string | null;
      /** GeoJSON text. */
      geometry: string;
    }>(sql.mapExact, [
      ...bboxParams(filters.bbox),
      filters.types,
      filters.tags,
      filters.direction,
      filters.buurten,
      filters.text,
      cursor,
      limit,
    ]);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  },

  /** The people layer from each resident's map row: any filter, and names for logged-in viewers (map-people.sql). */
  async mapPeople(db: Queryable, filters: MapFilters, viewerId: string | null): Promise<PeopleGroupRow[]> {
    const { rows } = await db.query<PeopleGroupRow>(sql.mapPeople, [
      ...bboxParams(filters.bbox),
      filters.tags,
      filters.direction,
      filters.buurten,
      filters.text,
      viewerId,
      K_ANONYMITY,
      MEMBERS_LIMIT,
      COUNTED_ACCOUNT_MIN_AGE_DAYS,
    ]);
    return rows;
  },

  /** The same groups, counts only, from the pre-computed counts; for a map without tag, direction or text filter. */
  async mapPeopleCounts(
    db: Queryable,
    filters: Pick<MapFilters, 'bbox' | 'buurten'>,
    viewerId: string | null,
  ): Promise<PeopleGroupRow[]> {
    const { rows } = await db.query<PeopleGroupRow>(sql.mapPeopleCounts, [
      ...bboxParams(filters.bbox),
      filters.buurten,
      viewerId,
      K_ANONYMITY,
      COUNTED_ACCOUNT_MIN_AGE_DAYS,
    ]);
    return rows;
  },

  async cellOutlines(db: Queryable, xs: number[], ys: number[]): Promise<{ key: string; geojson: string }[]> {
    return (await db.query<{ key: string; geojson: string }>(sql.cellOutlines, [xs, ys])).rows;
  },

  async findBuurt(db: Queryable, code: string): Promise<{ code: string; name: string } | null> {
    return firstRow<{ code: string; name: string }>(db, sql.findBuurtName, [code]);
  },

  async findWijk(db: Queryable, code: string): Promise<{ code: string; name: string; buurten: string[] } | null> {
    return firstRow<{ code: string; name: string; buurten: string[] }>(db, sql.findWijkBuurten, [code]);
  },

  /** What an area has: one buurt's code, or the codes of a wijk's buurten. */
  async areaSummary(db: Queryable, buurtCodes: string[], language: 'nl' | 'en') {
    const counts = await db.query<{
      organisations: number;
      places: number;
      stories: number;
      organisation_items: number;
      things: number;
      residents: number | null;
    }>(sql.buurtSummaryCounts, [buurtCodes, K_ANONYMITY, COUNTED_ACCOUNT_MIN_AGE_DAYS]);
    const tags = await db.query<{ key: string; label: string; domain: string; domain_label: string; count: number }>(
      sql.buurtSummaryTags,
      [buurtCodes, K_ANONYMITY, language, COUNTED_ACCOUNT_MIN_AGE_DAYS],
    );
    return { counts: counts.rows[0]!, tags: tags.rows };
  },
};
