import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapFeature } from '../../web/src/api/assets.ts';
import { featureText, peopleBadgeText } from '../../web/src/map-page/feature-text.ts';
import { kindLabel, symbolOf } from '../../web/src/map-page/symbols.ts';
import { taxonomyLabels } from '../../web/src/map-page/taxonomy.ts';
import { bboxQueryOf, labelPositionOf } from '../../web/src/geo.ts';
import en from '../../web/src/i18n/en.json';
import nl from '../../web/src/i18n/nl.json';

const privacy = { k: 5, cellSizeMetres: 250, membersLimit: 300 };
let t: TFunction<'translation'>;
let tEnglish: TFunction<'translation'>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  t = instance.getFixedT('nl') as TFunction<'translation'>;
  tEnglish = instance.getFixedT('en') as TFunction<'translation'>;
});

function feature(
  properties: MapFeature['properties'],
  geometry: MapFeature['geometry'] = { type: 'Point', coordinates: [5.08, 51.56] },
): MapFeature {
  return { type: 'Feature', id: 'f', geometry, properties };
}

describe('symbolOf', () => {
  it('gives each asset type its own symbol, and splits organisation items into offers and wishes', () => {
    expect(symbolOf(feature({ layer: 'asset', assetType: 'organisation' }))).toBe('organisation');
    expect(symbolOf(feature({ layer: 'asset', assetType: 'organisation-item', direction: 'offer' }))).toBe('offer');
    expect(symbolOf(feature({ layer: 'asset', assetType: 'organisation-item', direction: 'wish' }))).toBe('wish');
    expect(symbolOf(feature({ layer: 'asset', assetType: 'thing' }))).toBe('thing');
    expect(symbolOf(feature({ layer: 'people-cell', people: 7 }))).toBe('people');
    expect(symbolOf(feature({ layer: 'people-buurt', people: null }))).toBe('people');
  });
});

describe('featureText', () => {
  it('names an asset by its title, its symbol and its kind', () => {
    expect(
      featureText(t, feature({ layer: 'asset', assetType: 'place', kind: 'garden', title: 'Pluktuin' }), privacy),
    ).toEqual({
      title: 'Pluktuin',
      symbol: 'Plek',
      kind: 'Tuin',
    });
    expect(
      featureText(
        tEnglish,
        feature({
          layer: 'asset',
          assetType: 'organisation-item',
          kind: 'volunteers',
          direction: 'wish',
          title: 'Handen',
        }),
        privacy,
      ),
    ).toEqual({
      title: 'Handen',
      symbol: 'Wish',
      kind: 'Looking for volunteers',
    });
  });

  it('names a group of residents by its size, and "fewer than 5" where the API hides the number', () => {
    expect(featureText(t, feature({ layer: 'people-cell', people: 7 }), privacy).title).toBe('7 bewoners');
    expect(featureText(t, feature({ layer: 'people-cell', people: 7 }), privacy).kind).toBe('Vakje van 250 m');
    expect(featureText(t, feature({ layer: 'people-buurt', people: null }), privacy).title).toBe(
      'Minder dan 5 bewoners',
    );
    expect(featureText(tEnglish, feature({ layer: 'people-buurt', people: null }), privacy).title).toBe(
      'Fewer than 5 residents',
    );
    expect(peopleBadgeText(feature({ layer: 'people-buurt', people: null }), privacy)).toBe('<5');
    expect(peopleBadgeText(feature({ layer: 'people-cell', people: 12 }), privacy)).toBe('12');
  });

  it('tells "other" apart per type, and shows a kind it does not know as the API names it', () => {
    expect(kindLabel(t, 'place', 'other')).toBe('Andere plek');
    expect(kindLabel(t, 'story', 'other')).toBe('Ander verhaal');
    expect(kindLabel(t, 'place', 'skate-park')).toBe('skate-park');
  });
});

describe('taxonomyLabels', () => {
  const taxonomy = [
    {
      key: 'garden-nature',
      nl: 'Tuin en natuur',
      en: 'Garden and nature',
      tags: [{ key: 'gardening', nl: 'Tuinieren', en: 'Gardening', retired: false }],
    },
  ];

  it('labels domains and tags in the chosen language, and an unknown key as itself', () => {
    const dutch = taxonomyLabels(taxonomy, 'nl');
    expect(dutch.tagLabel('gardening')).toBe('Tuinieren');
    expect(dutch.domainLabel('garden-nature')).toBe('Tuin en natuur');
    expect(dutch.tagLabel('new-tag')).toBe('new-tag');
    expect(taxonomyLabels(taxonomy, 'en').tagsByDomain).toEqual([
      {
        domain: { key: 'garden-nature', label: 'Garden and nature' },
        tags: [{ key: 'gardening', label: 'Gardening' }],
      },
    ]);
  });
});

describe('labelPositionOf', () => {
  it('puts a point’s marker on the point, a route’s on its middle vertex and an area’s in its middle', () => {
    expect(labelPositionOf({ type: 'Point', coordinates: [5.08, 51.56] })).toEqual([5.08, 51.56]);
    expect(
      labelPositionOf({
        type: 'LineString',
        coordinates: [
          [5.0, 51.5],
          [5.1, 51.6],
          [5.2, 51.5],
        ],
      }),
    ).toEqual([5.1, 51.6]);
    expect(
      labelPositionOf({
        type: 'Polygon',
        coordinates: [
          [
            [5.0, 51.5],
            [5.2, 51.5],
            [5.2, 51.7],
            [5.0, 51.5],
          ],
        ],
      }),
    ).toEqual([5.1, 51.6]);
  });

  it('gives no position for an empty or broken geometry', () => {
    expect(labelPositionOf({ type: 'Polygon', coordinates: [] })).toBeNull();
    expect(labelPositionOf({ type: 'Point', coordinates: ['5', 51] })).toBeNull();
  });
});

describe('bboxQueryOf', () => {
  it('writes west, south, east, north rounded to about a metre, within the world', () => {
    expect(bboxQueryOf([5.0412345678, 51.5, 5.1, 51.6000049])).toBe('5.04123,51.50000,5.10000,51.60000');
    expect(bboxQueryOf([-190, -95, 200, 91])).toBe('-180.00000,-90.00000,180.00000,90.00000');
  });
});
