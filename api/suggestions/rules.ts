import { DISTANCE_BANDS_M } from '../shared/policy.ts';

/**
 * The suggestion engine's rules and weights: the one place where they are written down. The SQL (the function
 * suggestion_candidates, called by sql/suggestion-candidates.sql) receives the roles and rules as parameters, the
 * service scores with the weights, and the reference implementation in the tests (tests/helpers/suggestions-reference.ts)
 * reads them from here too.
 *
 * Every item takes a role from its type and kind (ROLES); a rule pairs the role of one of the subject's items with the
 * role of a candidate nearby (RULES). Two items fit when they share a tag (a strong fit) or only a domain of the
 * taxonomy (a weak fit); a space fits without either.
 */
export const RULES = {
  /** Someone's skill, knowledge or gift ↔ a neighbour's wish to learn it. */
  'teach-learn': [
    ['teach', 'learn'],
    ['learn', 'teach'],
  ],
  /** Residents nearby with the same passion; three or more: start a group, at a place nearby. */
  'shared-passion': [['passion', 'passion']],
  /** A resident's skill, knowledge, gift or time ↔ an organisation that looks for volunteers with it. */
  volunteer: [
    ['teach', 'volunteers-wanted'],
    ['time', 'volunteers-wanted'],
    ['volunteers-wanted', 'teach'],
    ['volunteers-wanted', 'time'],
  ],
  /** An organisation or group that needs space ↔ a place or an organisation's room that offers it (no shared tag needed). */
  space: [
    ['space-wanted', 'space-offered'],
    ['space-offered', 'space-wanted'],
  ],
  /** Organisations with overlapping domains, or one that looks for partners ↔ one that offers what it looks for. */
  partners: [
    ['organisation', 'organisation'],
    ['partners-wanted', 'partner-offer'],
    ['partner-offer', 'partners-wanted'],
  ],
  /** A wish or need ↔ a thing to lend nearby. */
  'lend-share': [
    ['need', 'lend'],
    ['lend', 'need'],
  ],
} as const satisfies Record<string, readonly (readonly [Role, Role])[]>;

/** An item's role, by its type and kind; items of other kinds (a story, a dream, a playground) take part in no rule. */
export const ROLES = {
  inventory: {
    skill: 'teach',
    knowledge: 'teach',
    'gift-head': 'teach',
    'gift-hands': 'teach',
    'gift-heart': 'teach',
    'share-time': 'time',
    learn: 'learn',
    passion: 'passion',
    need: 'need',
    'share-thing': 'lend',
  },
  thing: { tool: 'lend', vehicle: 'lend', equipment: 'lend', kitchen: 'lend', games: 'lend', other: 'lend' },
  'organisation-item': {
    volunteers: 'volunteers-wanted',
    space: 'space-wanted',
    room: 'space-offered',
    partners: 'partners-wanted',
    expertise: 'partner-offer',
    activity: 'partner-offer',
    materials: 'lend',
  },
  place: {
    'community-room': 'space-offered',
    'meeting-place': 'space-offered',
    library: 'space-offered',
    shed: 'space-offered',
  },
} as const;

export type Role =
  | 'teach'
  | 'time'
  | 'learn'
  | 'passion'
  | 'need'
  | 'lend'
  | 'volunteers-wanted'
  | 'space-wanted'
  | 'space-offered'
  | 'partners-wanted'
  | 'partner-offer'
  | 'organisation';

export type RuleName = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as RuleName[];

/**
 * How a suggestion is scored (higher first): the sum of
 *   tag     × (number of shared tags, at most 3)  +  domain × (number of shared domains without a shared tag, at most 3)
 *   + distance × (1 − distance / radius)  +  sameBuurt (when both are in the same buurt)
 *     (for a resident, the distance is their band's BAND_SCORE_M, not the metres)
 *   + fresh × (1 when the candidate was confirmed within STALE_AFTER_MONTHS, else 0)
 *   + available × (1 when a place states capacity or availability, or a thing/room is offered; else 0)
 */
export const WEIGHTS = {
  tag: 3,
  domain: 1,
  distance: 2,
  sameBuurt: 1,
  fresh: 1,
  available: 0.5,
} as const;

/** "Nearby": the same buurt, or within this many metres (walking distance), unless the request asks otherwise. */
export const DEFAULT_RADIUS_M = 1000;
export const MIN_RADIUS_M = 250;
export const MAX_RADIUS_M = 3000;
/**
 * Three people with the same passion: enough to start a group. A product rule, not a privacy one: a group names only
 * residents whose items its viewer may see anyway, so it needs no k.
 */
export const GROUP_MIN_PEOPLE = 3;

/**
 * What a resident's band (DISTANCE_BANDS_M) counts for in the score, in metres: the middle of the band, never the
 * distance itself, so neither the score nor the order says more than the band. A neighbour in the same buurt beyond
 * the first band (or who gave only their buurt) counts as a walk's distance away. A place's or organisation's
 * distance is public (its location is), rounded to 50 m.
 */
export const BAND_SCORE_M: Record<string, number> = {
  ...Object.fromEntries(
    DISTANCE_BANDS_M.map((limit, index) => [`<${limit}`, (limit + (DISTANCE_BANDS_M[index - 1] ?? 0)) / 2]),
  ),
  'same-buurt': DEFAULT_RADIUS_M,
};

/** ROLES and RULES as the arrays the SQL takes ($5..$10 of suggestion_candidates). */
export function ruleParameters(): unknown[] {
  const roleRows = Object.entries(ROLES).flatMap(([type, kinds]) =>
    Object.entries(kinds).map(([kind, role]) => [type, kind, role]),
  );
  const pairRows = Object.entries(RULES).flatMap(([rule, pairs]) =>
    pairs.map(([mine, theirs]) => [rule, mine, theirs]),
  );
  return [0, 1, 2]
    .map((i) => roleRows.map((row) => row[i]))
    .concat([0, 1, 2].map((i) => pairRows.map((row) => row[i])));
}

/** The same, computed once: every suggestion request sends them. */
export const RULE_PARAMETERS: readonly unknown[] = ruleParameters();
