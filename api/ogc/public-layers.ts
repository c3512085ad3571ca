import { CELL_SIZE_M, K_ANONYMITY } from '../shared/policy.ts';

/**
 * The public layers: the open data and the OGC API – Features collections, one list. What each layer may show is
 * written once, in sql/public-features.sql (what an anonymous visitor sees on the map, by the database's own
 * visibility rule); the people layer is the map's own people layer for a visitor (counts per cell, from k on).
 * `columns` are the properties each feature carries, in order: the columns of the CSV export.
 */
export interface PublicLayer {
  id: string;
  title: { nl: string; en: string };
  description: { nl: string; en: string };
  /** Points (CSV: lng and lat columns) or areas (CSV: a WKT column). */
  geometry: 'point' | 'area';
  columns: readonly string[];
  /** Whose data it is, for the licence line of its exports. */
  source: 'contributors' | 'areas';
}

const ASSET_COLUMNS = [
  'title',
  'kind',
  'direction',
  'description',
  'tags',
  'buurtCode',
  'wijkCode',
  'organisationId',
  'organisationName',
  'lastConfirmedAt',
] as const;
const AREA_FIGURES = ['areaM2', 'year', 'inhabitants', 'households', 'densityPerKm2', 'age65PlusPct'] as const;

export const PUBLIC_LAYERS: readonly PublicLayer[] = [
  {
    id: 'organisations',
    title: { nl: 'Organisaties', en: 'Organisations' },
    description: {
      nl: 'Verenigingen, initiatieven, instellingen en ondernemers, op hun eigen openbare adres.',
      en: 'Associations, initiatives, institutions and businesses, at their own public location.',
    },
    geometry: 'point',
    columns: ['name', 'kind', 'description', 'website', 'tags', 'buurtCode', 'wijkCode', 'lastConfirmedAt'],
    source: 'contributors',
  },
  {
    id: 'places',
    title: { nl: 'Plekken', en: 'Places' },
    description: {
      nl: 'Buurthuizen, tuinen, speelplekken, wandelroutes en andere plekken van de buurt.',
      en: 'Community rooms, gardens, playgrounds, walking routes and other places of the neighbourhood.',
    },
    geometry: 'point',
    columns: ASSET_COLUMNS,
    source: 'contributors',
  },
  {
    id: 'things',
    title: { nl: 'Spullen om te lenen', en: 'Things to lend' },
    description: {
      nl: 'Gereedschap, bakfietsen en andere spullen die organisaties uitlenen.',
      en: 'Tools, cargo bikes and other things organisations lend.',
    },
    geometry: 'point',
    columns: ASSET_COLUMNS,
    source: 'contributors',
  },
  {
    id: 'stories',
    title: { nl: 'Verhalen', en: 'Stories' },
    description: {
      nl: 'Geschiedenis, tradities en herinneringen van de plek.',
      en: 'History, traditions and memories of the place.',
    },
    geometry: 'point',
    columns: ASSET_COLUMNS,
    source: 'contributors',
  },
  {
    id: 'offers',
    title: { nl: 'Aanbod van organisaties', en: 'Offers of organisations' },
    description: {
      nl: 'Wat organisaties bieden: ruimte, materiaal, activiteiten, kennis.',
      en: 'What organisations offer: rooms, materials, activities, expertise.',
    },
    geometry: 'point',
    columns: ASSET_COLUMNS,
    source: 'contributors',
  },
  {
    id: 'wishes',
    title: { nl: 'Vragen van organisaties', en: 'Wishes of organisations' },
    description: {
      nl: 'Wat organisaties zoeken: vrijwilligers, partners, ruimte.',
      en: 'What organisations look for: volunteers, partners, space.',
    },
    geometry: 'point',
    columns: ASSET_COLUMNS,
    source: 'contributors',
  },
  {
    id: 'people-cells',
    title: { nl: 'Bewoners per vak', en: 'Residents per cell' },
    description: {
      nl: `Hoeveel bewoners de kaart per vak van ${CELL_SIZE_M} m toont, alleen waar het er minstens ${K_ANONYMITY} zijn; nooit iemands adres.`,
      en: `How many residents the map shows per ${CELL_SIZE_M} m cell, only where there are at least ${K_ANONYMITY}; never anyone’s home.`,
    },
    geometry: 'area',
    columns: ['people'],
    source: 'contributors',
  },
  {
    id: 'buurten',
    title: { nl: 'Buurten', en: 'Buurten (neighbourhoods)' },
    description: {
      nl: 'De huidige buurten, met de laatste kerncijfers van het CBS.',
      en: 'The current buurten, with CBS’s latest key figures.',
    },
    geometry: 'area',
    columns: ['name', 'wijkCode', 'municipalityCode', ...AREA_FIGURES],
    source: 'areas',
  },
  {
    id: 'wijken',
    title: { nl: 'Wijken', en: 'Wijken (districts)' },
    description: {
      nl: 'De huidige wijken, met het aantal buurten en de laatste kerncijfers van het CBS.',
      en: 'The current wijken, with their number of buurten and CBS’s latest key figures.',
    },
    geometry: 'area',
    columns: ['name', 'municipalityCode', 'buurtCount', ...AREA_FIGURES],
    source: 'areas',
  },
];

/** The layer with this id, or undefined. */
export function publicLayer(id: string): PublicLayer | undefined {
  return PUBLIC_LAYERS.find((layer) => layer.id === id);
}

/** The licence of the open data; README.md and docs/api.md say the same. */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: {
    contributors: 'Krachtkaart contributors (CC BY 4.0)',
    areas:
      'Boundaries and key figures: CBS/Kadaster and the municipality (see /api/areas/sources); Krachtkaart (CC BY 4.0)',
  },
} as const;
