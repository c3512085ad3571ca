import type { ParseKeys, TFunction } from 'i18next';
import type { MapFeature } from '../api/assets.ts';
import type { LayerType } from './map-filters.ts';

/**
 * The symbol a feature is drawn with. Organisation items split into offer and wish, so a volunteer vacancy never looks
 * like a room on offer. Each symbol has its own pictogram and word, never colour alone.
 */
export const SYMBOLS = ['organisation', 'place', 'offer', 'wish', 'thing', 'story', 'people'] as const;
export type SymbolKey = (typeof SYMBOLS)[number];

type TranslationKey = ParseKeys<'translation'>;

export const SYMBOL_LABELS: Readonly<Record<SymbolKey, TranslationKey>> = {
  organisation: 'symbols.organisation',
  place: 'symbols.place',
  offer: 'symbols.offer',
  wish: 'symbols.wish',
  thing: 'symbols.thing',
  story: 'symbols.story',
  people: 'symbols.people',
};

export const LAYER_LABELS: Readonly<Record<LayerType, TranslationKey>> = {
  organisation: 'layers.organisation',
  place: 'layers.place',
  'organisation-item': 'layers.organisationItem',
  thing: 'layers.thing',
  story: 'layers.story',
  people: 'layers.people',
};

/** What each layer adds to the count of results in view, as a word in a list ("organisaties, plekken en …"). */
export const COUNTED_LABELS: Readonly<Record<LayerType, TranslationKey>> = {
  organisation: 'counted.organisation',
  place: 'counted.place',
  'organisation-item': 'counted.organisationItem',
  thing: 'counted.thing',
  story: 'counted.story',
  people: 'counted.people',
};

/** The symbols each layer switch stands for, as the legend shows them. */
export const LAYER_SYMBOLS: Readonly<Record<LayerType, readonly SymbolKey[]>> = {
  organisation: ['organisation'],
  place: ['place'],
  'organisation-item': ['offer', 'wish'],
  thing: ['thing'],
  story: ['story'],
  people: ['people'],
};

const KIND_LABELS: Readonly<Record<string, TranslationKey>> = {
  association: 'kinds.association',
  initiative: 'kinds.initiative',
  institution: 'kinds.institution',
  business: 'kinds.business',
  'community-room': 'kinds.communityRoom',
  garden: 'kinds.garden',
  playground: 'kinds.playground',
  'sports-field': 'kinds.sportsField',
  shed: 'kinds.shed',
  'walking-route': 'kinds.walkingRoute',
  park: 'kinds.park',
  library: 'kinds.library',
  'meeting-place': 'kinds.meetingPlace',
  tool: 'kinds.tool',
  vehicle: 'kinds.vehicle',
  equipment: 'kinds.equipment',
  kitchen: 'kinds.kitchen',
  games: 'kinds.games',
  history: 'kinds.history',
  tradition: 'kinds.tradition',
  memory: 'kinds.memory',
  room: 'kinds.room',
  materials: 'kinds.materials',
  activity: 'kinds.activity',
  expertise: 'kinds.expertise',
  volunteers: 'kinds.volunteers',
  partners: 'kinds.partners',
  space: 'kinds.space',
};

// "other" means something different for each type.
const OTHER_KIND_LABELS: Readonly<Record<string, TranslationKey>> = {
  place: 'kinds.otherPlace',
  thing: 'kinds.otherThing',
  story: 'kinds.otherStory',
};

/** The kind in words; a kind this web app does not know yet is shown as the API names it. */
export function kindLabel(
  t: TFunction<'translation'>,
  assetType: string | undefined,
  kind: string | undefined,
): string {
  if (kind === undefined) return '';
  const key = kind === 'other' ? OTHER_KIND_LABELS[assetType ?? ''] : KIND_LABELS[kind];
  return key === undefined ? kind : t(key);
}

export function symbolOf(feature: MapFeature): SymbolKey {
  const { layer, assetType, direction } = feature.properties;
  if (layer !== 'asset') return 'people';
  switch (assetType) {
    case 'organisation':
    case 'place':
    case 'thing':
    case 'story':
      return assetType;
    case 'organisation-item':
      return direction === 'wish' ? 'wish' : 'offer';
    default:
      // A type added to the API later still shows, as a place.
      return 'place';
  }
}

/**
 * Pictograms on a 24 × 24 grid, drawn as strokes (round caps and joins). Drawn for this app, kept as plain path data so
 * that React (legend, list) and Leaflet (markers) draw the very same shapes.
 */
export const SYMBOL_PATHS: Readonly<Record<SymbolKey, readonly string[]>> = {
  // A building with a pitched roof and a door.
  organisation: ['M4 20V10l8-6 8 6v10z', 'M10 20v-5h4v5', 'M2 20h20'],
  // A location pin.
  place: ['M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z', 'M12 7.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5'],
  // A speech bubble with a plus: something on offer.
  offer: ['M4 5h16v11h-9l-5 4v-4h-2z', 'M12 7.5v6', 'M9 10.5h6'],
  // A speech bubble with a question mark: something looked for.
  wish: ['M4 5h16v11h-9l-5 4v-4h-2z', 'M10 9a2 2 0 1 1 2.8 1.8c-.5.3-.8.6-.8 1.2', 'M12 14h.01'],
  // A spanner.
  thing: [
    'M15 3.5a4.5 4.5 0 0 0-4.2 6.1L3.5 16.9a1.8 1.8 0 0 0 2.6 2.6l7.3-7.3A4.5 4.5 0 0 0 19.5 8l-3 1-2.5-2.5 1-3z',
  ],
  // An open book.
  story: ['M12 6.5C10 5 7 4.5 3 5v13c4-.5 7 0 9 1.5', 'M12 6.5C14 5 17 4.5 21 5v13c-4-.5-7 0-9 1.5', 'M12 6.5v13'],
  // Two people.
  people: [
    'M9 4.5a3 3 0 1 1 0 6a3 3 0 1 1 0-6',
    'M3 20a6 6 0 0 1 12 0',
    'M16.5 6a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5',
    'M16 14a5 5 0 0 1 5 6',
  ],
};
