import { firstRow, type Queryable } from '../shared/db.ts';
import type { PartyKind } from '../shared/parties.ts';
import { loadQueries } from '../shared/sql.ts';
import { RULE_PARAMETERS, type Role, type RuleName } from './rules.ts';

const sql = loadQueries(import.meta.url, [
  'suggestion-candidates',
  'taxonomy',
  'find-subject',
  'list-feedback',
  'save-feedback',
  'resident-names',
  'default-language',
]);

function splitTags(keys: string | null): string[] {
  return keys ? keys.split(' ') : [];
}

/** The nearest place where a group could meet (places are public: the distance is exact). */
export interface MeetingPlace {
  id: string;
  title: string;
  distance_m: number;
}

/** The row of the candidates query that carries the meeting place. */
interface MeetingPlaceRow {
  rule: 'meeting-place';
  candidate_id: string;
  title: string;
  distance_m: number;
}

/** One fit between an item of the subject and an item nearby. The distance never leaves the server as it is. */
export interface CandidateRow {
  rule: RuleName;
  my_item: string;
  candidate_kind: PartyKind;
  candidate_id: string;
  role: Role;
  /** NULL for a resident: `residentNames` looks up the few that are shown. */
  name: string | null;
  title: string;
  /** The subject's item's tags, and the candidate's. */
  my_tags: string[];
  tags: string[];
  /** NULL: a resident who gave only their buurt. */
  distance_m: number | null;
  /** A place or organisation where it is. For a resident the function gives their home cell's centre, which is finer
   * than a band: it never leaves the server (see `locationOf` in the service). */
  lng: number | null;
  lat: number | null;
  same_buurt: boolean;
  fresh: boolean;
  available: boolean;
  /** Whether domain fits were looked for too. */
  by_domain: boolean;
}

export interface ResidentName {
  name: string;
  /** The language they read the app in: a note for them is written in it. */
  language: 'nl' | 'en';
  buurt: { code: string; name: string } | null;
}

export interface Taxonomy {
  tags: Map<string, { domain: string; label: string }>;
  domains: Map<string, string>;
}

/**
 * The taxonomy in both languages, read once per database handle (the pool, or a client). It is small (a few hundred
 * tags) and every suggestion request labels with it. Tags are only ever added (api/taxonomy), never changed or
 * removed, so a tag it does not know means it is read again.
 */
const taxonomies = new WeakMap<Queryable, Promise<Record<'nl' | 'en', Taxonomy>>>();

async function readTaxonomy(db: Queryable): Promise<Record<'nl' | 'en', Taxonomy>> {
  const { rows } = await db.query<{
    what: 'tag' | 'domain';
    key: string;
    domain: string;
    label_nl: string;
    label_en: string;
  }>(sql.taxonomy);
  const byLanguage = {
    nl: { tags: new Map(), domains: new Map() },
    en: { tags: new Map(), domains: new Map() },
  } satisfies Record<'nl' | 'en', Taxonomy>;
  for (const row of rows) {
    for (const language of ['nl', 'en'] as const) {
      const label = language === 'en' ? row.label_en : row.label_nl;
      if (row.what === 'tag') byLanguage[language].tags.set(row.key, { domain: row.domain, label });
      else byLanguage[language].domains.set(row.key, label);
    }
  }
  return byLanguage;
}

export const suggestionsRepository = {
  async findSubject(db: Queryable, kind: PartyKind, id: string): Promise<{ name: string; located: boolean } | null> {
    return firstRow<{ name: string; located: boolean }>(db, sql.findSubject, [kind, id]);
  },

  /**
   * The fits nearby: by shared tag only (`fit` 'tag'), by shared tag or domain ('domain'), or ('auto') by domain too
   * when fewer than `enough` residents nearby share a tag (each row says which in `by_domain`); and for a resident
   * with a passion, the nearest place where a group could meet.
   */
  async candidates(
    db: Queryable,
    kind: PartyKind,
    id: string,
    viewerId: string,
    radiusM: number,
    fit: 'tag' | 'domain' | 'auto',
    enough = 0,
  ): Promise<{ fits: CandidateRow[]; meetingPlace: MeetingPlace | null }> {
    const { rows } = await db.query<
      (Omit<CandidateRow, 'tags' | 'my_tags'> & { tags: string; my_tags: string }) | MeetingPlaceRow
    >(sql.suggestionCandidates, [
      kind,
      id,
      viewerId,
      radiusM,
      ...RULE_PARAMETERS,
      fit === 'auto' ? null : fit === 'tag',
      enough,
    ]);
    let meetingPlace: MeetingPlace | null = null;
    const fits: CandidateRow[] = [];
    // Tags come as keys separated by spaces (see the function); the subject's few items' tags are split once each.
    const mine = new Map<string, string[]>();
    for (const row of rows) {
      if (row.rule === 'meeting-place') {
        meetingPlace = { id: row.candidate_id, title: row.title, distance_m: row.distance_m };
        continue;
      }
      let myTags = mine.get(row.my_item);
      if (!myTags) mine.set(row.my_item, (myTags = splitTags(row.my_tags)));
      fits.push({ ...row, my_tags: myTags, tags: splitTags(row.tags) });
    }
    return { fits, meetingPlace };
  },

  /** Each tag's domain and label, and each domain's label (at least for `tags`: all that the database holds). */
  async taxonomy(db: Queryable, tags: string[], language: 'nl' | 'en'): Promise<Taxonomy> {
    let loading = taxonomies.get(db);
    let taxonomy = loading ? await loading.catch(() => null) : null;
    if (!taxonomy || tags.some((tag) => !taxonomy!.nl.tags.has(tag))) {
      loading = readTaxonomy(db);
      taxonomies.set(db, loading);
      loading.catch(() => taxonomies.delete(db));
      taxonomy = await loading;
    }
    return taxonomy[language];
  },

  /** The language the instance speaks by default: an organisation or a place reads a note in it. */
  async defaultLanguage(db: Queryable): Promise<'nl' | 'en'> {
    const { rows } = await db.query<{ language: 'nl' | 'en' }>(sql.defaultLanguage);
    return rows[0]?.language ?? 'nl';
  },

  /** Residents' display names and buurten (NULL: a home outside every buurt), by id. */
  async residentNames(db: Queryable, ids: string[]): Promise<Map<string, ResidentName>> {
    if (ids.length === 0) return new Map();
    const { rows } = await db.query<{
      id: string;
      name: string;
      language: 'nl' | 'en';
      buurt_code: string | null;
      buurt_name: string | null;
    }>(sql.residentNames, [ids]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          name: row.name,
          language: row.language,
          buurt: row.buurt_code === null ? null : { code: row.buurt_code, name: row.buurt_name ?? row.buurt_code },
        },
      ]),
    );
  },

  async listFeedback(db: Queryable, userId: string, subject: string): Promise<Set<string>> {
    const { rows } = await db.query<{ suggestion: string }>(sql.listFeedback, [userId, subject]);
    return new Set(rows.map((row) => row.suggestion));
  },

  async saveFeedback(
    db: Queryable,
    userId: string,
    subject: string,
    suggestion: string,
    action: 'dismissed' | 'acted',
  ) {
    await db.query(sql.saveFeedback, [userId, subject, suggestion, action]);
  },
};
