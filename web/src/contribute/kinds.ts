import type {
  HowOften,
  InventoryKind,
  OrganisationItemKind,
  OrganisationKind,
  PlaceKind,
  StoryKind,
  ThingKind,
  Visibility,
} from './contribute-api.ts';

/** The order in which the choices are offered; tests check that each list matches the API's. */
export const VISIBILITY_CHOICES = ['private', 'connectors', 'neighbours', 'public'] as const satisfies readonly Visibility[];
export const DEFAULT_VISIBILITY: Visibility = 'neighbours';
export const HOW_OFTEN_CHOICES = ['once', 'monthly', 'weekly', 'daily'] as const satisfies readonly HowOften[];

export const ORGANISATION_KINDS = ['association', 'initiative', 'institution', 'business'] as const satisfies readonly OrganisationKind[];
export const ORGANISATION_OFFER_KINDS = ['room', 'materials', 'activity', 'expertise'] as const satisfies readonly OrganisationItemKind[];
export const ORGANISATION_WISH_KINDS = ['volunteers', 'partners', 'space'] as const satisfies readonly OrganisationItemKind[];

export const PLACE_KIND_CHOICES = [
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
] as const satisfies readonly PlaceKind[];
export const THING_KIND_CHOICES = ['tool', 'vehicle', 'equipment', 'kitchen', 'games', 'other'] as const satisfies readonly ThingKind[];
export const STORY_KIND_CHOICES = ['history', 'tradition', 'memory', 'other'] as const satisfies readonly StoryKind[];

/** The kinds the inventory wizard asks about, each in exactly one step ("need" is recorded elsewhere). */
export const WIZARD_INVENTORY_KINDS = [
  'gift-head',
  'gift-hands',
  'gift-heart',
  'skill',
  'knowledge',
  'passion',
  'dream',
  'learn',
  'group',
  'share-time',
  'share-thing',
  'enterprise',
] as const satisfies readonly InventoryKind[];
