import type { TFunction } from 'i18next';
import type { MapFeature, MapResponse } from '../api/assets.ts';
import { kindLabel, SYMBOL_LABELS, symbolOf } from './symbols.ts';

export type Privacy = MapResponse['privacy'];

/** The words for one feature, the same on the map, in the list and in the detail panel. */
export interface FeatureText {
  /** The asset's title, or the size of a group of residents ("7 bewoners", "Minder dan 5 bewoners"). */
  title: string;
  /** The symbol's word: Organisatie, Plek, Aanbod, Vraag, Te leen, Verhaal, Bewoners. */
  symbol: string;
  /** The kind: Tuin, Vereniging, Vrijwilligers gezocht, or for residents the cell or the buurt. */
  kind: string;
}

function peopleCount(t: TFunction<'translation'>, people: number | null | undefined, privacy: Privacy): string {
  return typeof people === 'number'
    ? t('results.people', { count: people })
    : t('results.peopleFewer', { k: privacy.k });
}

export function featureText(t: TFunction<'translation'>, feature: MapFeature, privacy: Privacy): FeatureText {
  const properties = feature.properties;
  const symbol = t(SYMBOL_LABELS[symbolOf(feature)]);
  if (properties.layer === 'asset') {
    return { title: properties.title ?? '', symbol, kind: kindLabel(t, properties.assetType, properties.kind) };
  }
  return {
    title: peopleCount(t, properties.people, privacy),
    symbol,
    kind:
      properties.layer === 'people-cell'
        ? t('kinds.peopleCell', { size: privacy.cellSizeMetres })
        : t('kinds.peopleBuurt'),
  };
}

/** The short text on a group's badge: the number, or "<5" where fewer people than k hide behind it. */
export function peopleBadgeText(feature: MapFeature, privacy: Privacy): string {
  const people = feature.properties.people;
  return typeof people === 'number' ? String(people) : `<${privacy.k}`;
}
