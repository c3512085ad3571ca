import distance from '@turf/distance';
import { ROLES, RULES, type Role } from '../../api/suggestions/rules.ts';

// The suggestion rules the plain way, for the property test: every entity of a small city against the subject, with
// turf's distance, no index and no SQL. Same rules (api/suggestions/rules.ts), written independently of the query.

export interface Point {
  lng: number;
  lat: number;
}
export interface CityItem {
  id: string;
  type: string;
  kind: string;
  tags: string[];
  visibility: string;
  buurt: string | null;
  ownerUser: string | null;
  ownerOrganisation: string | null;
  /** Places only. */
  point: Point | null;
}
export interface City {
  /** `home`: where the engine measures from — the centre of the 250 m home cell, never the home itself. */
  residents: { id: string; home: Point | null; buurt: string | null }[];
  organisations: { id: string; point: Point | null; buurt: string | null; tags: string[] }[];
  items: CityItem[];
  domainOf: Map<string, string>;
}
export interface Subject {
  kind: 'resident' | 'organisation' | 'place';
  id: string;
  viewerConnectorBuurten: string[];
  radiusM: number;
}

function roleOf(type: string, kind: string): Role | undefined {
  return (ROLES as Record<string, Record<string, Role>>)[type]?.[kind];
}

/**
 * The keys rule:kind:id of everything that fits the subject. `slack` widens (+) or narrows (−) the radius by a
 * fraction: turf measures on a sphere and PostGIS on the spheroid, so a candidate right at the radius may go either way.
 */
export function referenceCandidates(city: City, subject: Subject, slack: number): Set<string> {
  const radius = subject.radiusM * (1 + slack);
  const anchor = anchorOf(city, subject);
  if (!anchor) return new Set();
  const near = (point: Point | null, buurt: string | null) =>
    (buurt !== null && buurt === anchor.buurt) ||
    (point !== null &&
      distance([anchor.point.lng, anchor.point.lat], [point.lng, point.lat], { units: 'meters' }) <= radius);

  const mine: { role: Role; tags: string[] }[] = [];
  for (const item of city.items) {
    const role = roleOf(item.type, item.kind);
    if (!role) continue;
    if (
      (subject.kind === 'resident' && item.ownerUser === subject.id) ||
      (subject.kind === 'organisation' && item.ownerOrganisation === subject.id) ||
      (subject.kind === 'place' && item.id === subject.id)
    ) {
      mine.push({ role, tags: item.tags });
    }
  }
  if (subject.kind === 'organisation')
    mine.push({ role: 'organisation', tags: city.organisations.find((o) => o.id === subject.id)!.tags });

  // Every candidate: [kind, id, role, tags, nearby].
  const candidates: { kind: string; id: string; role: Role; tags: string[]; nearby: boolean }[] = [];
  const residents = new Map(city.residents.map((r) => [r.id, r]));
  const organisations = new Map(city.organisations.map((o) => [o.id, o]));
  for (const item of city.items) {
    const role = roleOf(item.type, item.kind);
    if (!role) continue;
    if (item.ownerUser !== null) {
      if (subject.kind === 'resident' && item.ownerUser === subject.id) continue;
      const visible =
        item.visibility === 'public' ||
        item.visibility === 'neighbours' ||
        (item.visibility === 'connectors' &&
          item.buurt !== null &&
          subject.viewerConnectorBuurten.includes(item.buurt));
      if (!visible) continue;
      candidates.push({
        kind: 'resident',
        id: item.ownerUser,
        role,
        tags: item.tags,
        nearby: near(residents.get(item.ownerUser)!.home, item.buurt),
      });
    } else if (item.type === 'place') {
      if (subject.kind === 'place' && item.id === subject.id) continue;
      candidates.push({ kind: 'place', id: item.id, role, tags: item.tags, nearby: near(item.point, item.buurt) });
    } else if (item.ownerOrganisation !== null && item.point === null) {
      const organisation = organisations.get(item.ownerOrganisation)!;
      if (organisation.point === null || (subject.kind === 'organisation' && organisation.id === subject.id)) continue;
      candidates.push({
        kind: 'organisation',
        id: organisation.id,
        role,
        tags: item.tags,
        nearby: near(organisation.point, organisation.buurt),
      });
    }
  }
  for (const organisation of city.organisations) {
    if (organisation.point === null || (subject.kind === 'organisation' && organisation.id === subject.id)) continue;
    candidates.push({
      kind: 'organisation',
      id: organisation.id,
      role: 'organisation',
      tags: organisation.tags,
      nearby: near(organisation.point, organisation.buurt),
    });
  }

  const keys = new Set<string>();
  for (const [rule, pairs] of Object.entries(RULES)) {
    for (const [myRole, theirRole] of pairs) {
      for (const item of mine.filter((m) => m.role === myRole)) {
        const domains = new Set(item.tags.map((tag) => city.domainOf.get(tag)));
        for (const candidate of candidates) {
          if (candidate.role !== theirRole || !candidate.nearby) continue;
          const fits = rule === 'space' || candidate.tags.some((tag) => domains.has(city.domainOf.get(tag)));
          if (fits) keys.add(`${rule}:${candidate.kind}:${candidate.id}`);
        }
      }
    }
  }
  return keys;
}

function anchorOf(city: City, subject: Subject): { point: Point; buurt: string | null } | null {
  if (subject.kind === 'resident') {
    const resident = city.residents.find((r) => r.id === subject.id)!;
    return resident.home ? { point: resident.home, buurt: resident.buurt } : null;
  }
  if (subject.kind === 'organisation') {
    const organisation = city.organisations.find((o) => o.id === subject.id)!;
    return organisation.point ? { point: organisation.point, buurt: organisation.buurt } : null;
  }
  const place = city.items.find((i) => i.id === subject.id)!;
  return { point: place.point!, buurt: place.buurt };
}
