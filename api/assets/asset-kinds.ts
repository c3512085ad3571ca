/**
 * The kinds within each asset type, and whether a kind is an offer (what I/we have) or a wish (what I/we look for).
 * Inventory kinds follow the ABCD capacity inventory.
 */
export const INVENTORY_KINDS = {
  'gift-head': 'offer',
  'gift-hands': 'offer',
  'gift-heart': 'offer',
  skill: 'offer',
  knowledge: 'offer',
  passion: 'offer',
  group: 'offer',
  'share-time': 'offer',
  'share-thing': 'offer',
  enterprise: 'offer',
  learn: 'wish',
  dream: 'wish',
  need: 'wish',
} as const;

export const ORGANISATION_ITEM_KINDS = {
  room: 'offer',
  materials: 'offer',
  activity: 'offer',
  expertise: 'offer',
  volunteers: 'wish',
  partners: 'wish',
  space: 'wish',
} as const;

export const PLACE_KINDS = [
  'community-room',
  'garden',
  'playground',
  'sports-field',
  'shed',
  'walking-route',
  'park',
  'library',
  'meeting-place',
  'other',
] as const;
export const THING_KINDS = ['tool', 'vehicle', 'equipment', 'kitchen', 'games', 'other'] as const;
export const STORY_KINDS = ['history', 'tradition', 'memory', 'other'] as const;
export const VISIBILITIES = ['private', 'connectors', 'neighbours', 'public'] as const;
/**
 * Who sees a resident's new item when they choose nothing else: the API's default and the forms' first choice, one
 * value. The connectors of their own buurt (and wijk): a few known people who can make a warm introduction, rather
 * than everyone who makes an account (privacy by default: nothing personal reaches an open-ended group until its owner
 * widens it). docs/privacy.md gives the reasons.
 */
export const DEFAULT_VISIBILITY = 'connectors' satisfies (typeof VISIBILITIES)[number];
export const HOW_OFTEN = ['once', 'monthly', 'weekly', 'daily'] as const;

export type AssetType = 'inventory' | 'organisation-item' | 'place' | 'thing' | 'story';
export type InventoryKind = keyof typeof INVENTORY_KINDS;
export type OrganisationItemKind = keyof typeof ORGANISATION_ITEM_KINDS;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type ThingKind = (typeof THING_KINDS)[number];
export type StoryKind = (typeof STORY_KINDS)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type HowOften = (typeof HOW_OFTEN)[number];

export function directionOf(type: AssetType, kind: string): 'offer' | 'wish' {
  if (type === 'inventory') return INVENTORY_KINDS[kind as InventoryKind] ?? 'offer';
  if (type === 'organisation-item') return ORGANISATION_ITEM_KINDS[kind as OrganisationItemKind] ?? 'offer';
  return 'offer';
}
