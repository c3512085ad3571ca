import { organisationRole } from '../shared/access.ts';
import type { Queryable } from '../shared/db.ts';
import { badRequest } from '../shared/http-error.ts';
import type { PartyKind } from '../shared/parties.ts';
import { distanceText, explain, explainGroup, listText, noteFor, residentBand } from './explanations.ts';
import { BAND_SCORE_M, GROUP_MIN_PEOPLE, WEIGHTS, type Role, type RuleName } from './rules.ts';
import {
  suggestionsRepository as repository,
  type CandidateRow,
  type MeetingPlace,
  type ResidentName,
  type Taxonomy,
} from './suggestions.repository.ts';
import type { SuggestionsResponse } from './suggestions.schemas.ts';

type Suggestion = SuggestionsResponse['suggestions'][number];

/** How suggestions for a subject are named in feedback: 'me', 'organisation:<id>', 'place:<id>'. */
function subjectKey(kind: PartyKind, id: string): string {
  return kind === 'resident' ? 'me' : `${kind}:${id}`;
}

interface Group {
  rule: RuleName;
  kind: PartyKind;
  id: string;
  role: Role;
  /** NULL for a resident until the few shown are named. */
  name: string | null;
  title: string;
  tags: Set<string>;
  domains: Set<string>;
  /** Metres; Infinity for a resident in the same buurt who gave no home point. */
  distance: number;
  sameBuurt: boolean;
  fresh: boolean;
  available: boolean;
  /** A place's or organisation's point; NULL for a resident (see `locationOf`). */
  point: { lng: number; lat: number } | null;
}

/** The score of one suggestion: see WEIGHTS in rules.ts. A resident's distance counts by its band only. */
function score(
  group: Pick<Group, 'kind' | 'tags' | 'domains' | 'distance' | 'sameBuurt' | 'fresh' | 'available'>,
  radiusM: number,
): number {
  const metres =
    group.kind === 'resident' ? BAND_SCORE_M[residentBand(group.distance, group.sameBuurt)]! : group.distance;
  const value =
    WEIGHTS.tag * Math.min(3, group.tags.size) +
    WEIGHTS.domain * Math.min(3, group.domains.size) +
    WEIGHTS.distance * (1 - Math.min(metres, radiusM) / radiusM) +
    (group.sameBuurt ? WEIGHTS.sameBuurt : 0) +
    (group.fresh ? WEIGHTS.fresh : 0) +
    (group.available ? WEIGHTS.available : 0);
  return Math.round(value * 100) / 100;
}

/** Where a place or organisation is (public). A resident has no point here: any place finer than their buurt, with the
 * viewer's own home, would tell the distance more exactly than its band. */
function pointOf(row: CandidateRow): Group['point'] {
  if (row.candidate_kind === 'resident' || row.lng === null || row.lat === null) return null;
  return { lng: Math.round(row.lng * 1e6) / 1e6, lat: Math.round(row.lat * 1e6) / 1e6 };
}

/** A place or organisation at its point; a resident only as their buurt (NULL: a home outside every buurt). */
function locationOf(group: Group, resident: ResidentName | undefined): Suggestion['location'] {
  if (group.kind === 'resident') return resident?.buurt ? { kind: 'buurt', ...resident.buurt } : null;
  return group.point ? { kind: 'point', ...group.point } : null;
}

/** One suggestion per rule and candidate (a resident, an organisation, a place), from the fits the engine found. */
function groupRows(rows: CandidateRow[], taxonomy: Taxonomy): Group[] {
  const domainOf = (tag: string) => taxonomy.tags.get(tag)?.domain;
  const groups = new Map<string, Group>();
  // The domains of each of the subject's items, by item.
  const domainsOfMine = new Map<string, Set<string | undefined>>();
  for (const row of rows) {
    const key = `${row.rule}:${row.candidate_kind}:${row.candidate_id}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        rule: row.rule,
        kind: row.candidate_kind,
        id: row.candidate_id,
        role: row.role,
        name: row.name,
        title: row.title,
        tags: new Set(),
        domains: new Set(),
        distance: row.distance_m ?? Number.POSITIVE_INFINITY,
        sameBuurt: row.same_buurt,
        fresh: row.fresh,
        available: row.available,
        point: pointOf(row),
      };
      groups.set(key, group);
    }
    const shared = row.tags.filter((tag) => row.my_tags.includes(tag));
    for (const tag of shared) group.tags.add(tag);
    let myDomains = domainsOfMine.get(row.my_item);
    if (!myDomains) domainsOfMine.set(row.my_item, (myDomains = new Set(row.my_tags.map(domainOf))));
    for (const tag of row.tags) {
      const domain = domainOf(tag);
      if (domain && myDomains.has(domain)) group.domains.add(domain);
    }
    // The best-fitting item names the suggestion.
    if (shared.length > 0 && group.title === group.name) group.title = row.title;
    group.distance = Math.min(group.distance, row.distance_m ?? Number.POSITIVE_INFINITY);
    group.sameBuurt ||= row.same_buurt;
    group.fresh ||= row.fresh;
    group.available ||= row.available;
  }
  // A domain counts only where no tag of it is shared (a weaker fit).
  for (const group of groups.values()) for (const tag of group.tags) group.domains.delete(domainOf(tag) ?? '');
  return [...groups.values()];
}

interface SuggestionRequest {
  subject: { kind: PartyKind; id: string };
  viewerId: string;
  radiusM: number;
  language: 'nl' | 'en';
  limit: number;
}

/**
 * The suggestions for a resident, an organisation or a place with the subject's name; none when the subject has no
 * location. Null when there is no such subject.
 */
export async function suggestionsFor(db: Queryable, request: SuggestionRequest): Promise<SuggestionsResponse | null> {
  const { kind, id } = request.subject;
  const subject = await repository.findSubject(db, kind, id);
  if (!subject) return null;
  const base = { subject: { kind, id, name: subject.name }, located: subject.located };
  if (!subject.located) return { ...base, radiusMetres: request.radiusM, suggestions: [] };
  return { ...base, ...(await buildSuggestions(db, request)) };
}

/** Suggested connections for a resident, an organisation or a place, best first, with their reasons. */
export async function buildSuggestions(
  db: Queryable,
  request: SuggestionRequest,
): Promise<Omit<SuggestionsResponse, 'subject' | 'located'>> {
  const { subject, viewerId, radiusM, language } = request;
  // Weaker fits (a shared domain) fill the list only when shared tags do not: in a dense city the domains of a few
  // tags fit thousands of neighbours, and looking at them all cost 0.5 s for one resident of the 1,000,000-asset city.
  // The query decides from the index whether strong fits can fill the list; when it guessed they could and they
  // cannot (too far, not visible, or already dismissed or acted on), a second query adds the weak ones.
  // What was done with earlier suggestions is read meanwhile (on the pool, another connection; a single client, such
  // as the embedded database's, runs the two in turn).
  const [done, first] = await Promise.all([
    repository.listFeedback(db, viewerId, subjectKey(subject.kind, subject.id)),
    repository.candidates(db, subject.kind, subject.id, viewerId, radiusM, 'auto', request.limit),
  ]);
  const enough = request.limit + done.size;
  const enoughFound = () =>
    new Set(first.fits.map((row) => `${row.rule}:${row.candidate_kind}:${row.candidate_id}`)).size >= enough;
  const { fits: rows, meetingPlace } =
    first.fits[0]?.by_domain || enoughFound()
      ? first
      : await repository.candidates(db, subject.kind, subject.id, viewerId, radiusM, 'domain');
  const tagsSeen = new Set<string>();
  for (const row of rows) for (const tags of [row.tags, row.my_tags]) for (const tag of tags) tagsSeen.add(tag);
  const taxonomy = await repository.taxonomy(db, [...tagsSeen], language);
  const groups = groupRows(rows, taxonomy);
  const tagList = (keys: Iterable<string>) =>
    [...keys].sort().map((key) => ({ key, label: taxonomy.tags.get(key)?.label ?? key }));
  const domainList = (keys: Iterable<string>) =>
    [...keys].sort().map((key) => ({ key, label: taxonomy.domains.get(key) ?? key }));

  // Ranked first, named after: only the suggestions shown need their residents' names.
  const drafts: Draft[] = [];
  for (const group of groups) {
    const key = `${group.rule}:${group.kind}:${group.id}`;
    if (done.has(key)) continue;
    drafts.push({
      key,
      score: score(group, radiusM),
      residents: group.kind === 'resident' ? [group.id] : [],
      forOrganisationOrPlace: group.kind !== 'resident',
      make: (names, readers) => {
        const name = group.name ?? names.get(group.id)?.name ?? '';
        const distance = distanceText(group.distance, group.sameBuurt, group.kind === 'resident', language);
        const tags = tagList(group.tags);
        const domains = domainList(group.domains);
        const what = listText(
          (tags.length > 0 ? tags : domains).map((item) => item.label.toLowerCase()),
          language,
        );
        // The note is for the candidate: in their language, with the tags' labels in it.
        const readerLanguage =
          group.kind === 'resident' ? (names.get(group.id)?.language ?? readers.language) : readers.language;
        const readerTaxonomy = readers.taxonomies[readerLanguage];
        const whatForReader = listText(
          (group.tags.size > 0
            ? [...group.tags].sort().map((key) => readerTaxonomy.tags.get(key)?.label ?? key)
            : [...group.domains].sort().map((key) => readerTaxonomy.domains.get(key) ?? key)
          ).map((label) => label.toLowerCase()),
          readerLanguage,
        );
        return {
          key,
          rule: group.rule,
          score: score(group, radiusM),
          candidate: { kind: group.kind, id: group.id, name },
          title: group.title,
          matchedTags: tags,
          matchedDomains: domains,
          distance: {
            band: distance.band,
            text: distance.text,
            ...(group.kind === 'resident' ? {} : { metres: Math.round(group.distance / 50) * 50 }),
          },
          location: locationOf(group, names.get(group.id)),
          ...explain(
            { rule: group.rule, role: group.role, name, title: group.title, distance: distance.text, what },
            language,
          ),
          note: noteFor(
            { rule: group.rule, role: group.role, name, title: group.title, what: whatForReader },
            readerLanguage,
          ),
        };
      },
    });
  }
  drafts.push(...groupSuggestions(request, groups, meetingPlace, taxonomy, done));
  // Ties by key (plain ASCII: rule, kind and id), so the order is the same every time.
  drafts.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shown = drafts.slice(0, request.limit);
  const names = await repository.residentNames(db, [...new Set(shown.flatMap((draft) => draft.residents))]);
  const otherLanguage = language === 'nl' ? 'en' : 'nl';
  const readers: Readers = {
    // An organisation or a place reads in the instance's language; asked only when one is shown.
    language: shown.some((draft) => draft.forOrganisationOrPlace) ? await repository.defaultLanguage(db) : language,
    taxonomies: {
      [language]: taxonomy,
      [otherLanguage]: await repository.taxonomy(db, [...tagsSeen], otherLanguage),
    } as Record<'nl' | 'en', Taxonomy>,
  };
  return { radiusMetres: radiusM, suggestions: shown.map((draft) => draft.make(names, readers)) };
}

/** Who reads the notes of introductions: an organisation or a place in `language`; the taxonomy in both languages. */
interface Readers {
  language: 'nl' | 'en';
  taxonomies: Record<'nl' | 'en', Taxonomy>;
}

/** A suggestion ranked but not yet written: it is written (with names) only if it is among those shown. */
interface Draft {
  key: string;
  score: number;
  /** The residents it names. */
  residents: string[];
  /** Whether its note is read by an organisation or a place (in the instance's language). */
  forOrganisationOrPlace?: boolean;
  make: (names: Map<string, ResidentName>, readers: Readers) => Suggestion;
}

/** How many members of a group to start are named: the nearest. */
const GROUP_MEMBERS_NAMED = 12;

/**
 * Shared passion: when GROUP_MIN_PEOPLE or more (the subject included) share one, suggest starting a group, at the
 * nearest place where a group could meet (one for every group; the candidates query finds it).
 */
function groupSuggestions(
  request: SuggestionRequest,
  groups: Group[],
  place: MeetingPlace | null,
  taxonomy: Taxonomy,
  done: Set<string>,
): Draft[] {
  const { subject, radiusM, language } = request;
  if (subject.kind !== 'resident') return [];
  const peopleByTag = new Map<string, Group[]>();
  for (const group of groups) {
    if (group.rule !== 'shared-passion') continue;
    for (const tag of group.tags) {
      const people = peopleByTag.get(tag);
      if (people) people.push(group);
      else peopleByTag.set(tag, [group]);
    }
  }
  const groupsToSuggest = [...peopleByTag]
    .filter(([tag, people]) => people.length + 1 >= GROUP_MIN_PEOPLE && !done.has(`shared-passion:group:${tag}`))
    .sort(([a], [b]) => a.localeCompare(b));
  if (groupsToSuggest.length === 0) return [];
  const placeDistance = place ? distanceText(place.distance_m, false, false, language).text : null;
  return groupsToSuggest.map(([tag, people]): Draft => {
    const key = `shared-passion:group:${tag}`;
    const label = taxonomy.tags.get(tag)?.label ?? tag;
    const nearest = Math.min(...people.map((person) => person.distance));
    const sameBuurt = people.some((p) => p.sameBuurt);
    // The nearest by band, not by metres: who is named must not tell who lives closer within a band.
    const band = (person: Group) => BAND_SCORE_M[residentBand(person.distance, person.sameBuurt)]!;
    const named = [...people]
      .sort((a, b) => band(a) - band(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, GROUP_MEMBERS_NAMED);
    const groupScore =
      score(
        {
          kind: 'resident',
          tags: new Set([tag]),
          domains: new Set(),
          distance: nearest,
          sameBuurt,
          fresh: true,
          available: place !== null,
        },
        radiusM,
      ) + people.length;
    return {
      key,
      score: groupScore,
      residents: named.map((person) => person.id),
      make: (names) => ({
        key,
        rule: 'shared-passion',
        score: groupScore,
        candidate: { kind: 'group', id: tag, name: label },
        title: label,
        matchedTags: [{ key: tag, label }],
        matchedDomains: [],
        distance: distanceText(nearest, sameBuurt, true, language),
        location: null,
        group: {
          people: people.length + 1,
          members: named
            .map((person) => ({ id: person.id, name: names.get(person.id)?.name ?? '' }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          place: place
            ? {
                id: place.id,
                name: place.title,
                distance: placeDistance!,
                metres: Math.round(place.distance_m / 50) * 50,
              }
            : null,
        },
        ...explainGroup(
          {
            people: people.length + 1,
            what: label.toLowerCase(),
            place: place ? { name: place.title, distance: placeDistance! } : null,
          },
          language,
        ),
        // Each member is asked on their own, each with a note of its own.
        note: '',
      }),
    };
  });
}

/** Records what was done with a suggestion, so it is not shown again. */
export async function recordFeedback(
  db: Queryable,
  userId: string,
  subject: string,
  suggestion: string,
  action: 'dismissed' | 'acted',
) {
  await repository.saveFeedback(db, userId, subject, suggestion, action);
}

/** Feedback from the account itself: for an organisation's suggestions, only from a member of it. */
export async function giveFeedback(
  db: Queryable,
  userId: string,
  feedback: { subject: string; suggestion: string; action: 'dismissed' | 'acted' },
) {
  const { subject, suggestion, action } = feedback;
  if (subject.startsWith('organisation:')) {
    const role = await organisationRole(db, subject.slice('organisation:'.length), userId);
    if (role === null) throw badRequest('body/subject', 'member', 'must be an organisation you are a member of');
  }
  await recordFeedback(db, userId, subject, suggestion, action);
}

/** Each tag's domain and label, and each domain's label, in the language. */
export function tagTaxonomy(db: Queryable, tags: string[], language: 'nl' | 'en'): Promise<Taxonomy> {
  return repository.taxonomy(db, tags, language);
}
