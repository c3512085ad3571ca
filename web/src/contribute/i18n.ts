import { useTranslation } from 'react-i18next';
import type nl from '../i18n/nl.json';

type PluralSuffix = 'zero' | 'one' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<`${Prefix}${K}`> : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the contribute pages' texts, under `contribute` in the app's translations ("wizard.next"). */
export type ContributeKey = LeafKeys<(typeof nl)['contribute']>;
export type ContributeTranslate = (key: ContributeKey, options?: Record<string, unknown>) => string;

/**
 * `useTranslation` for the contribute pages' texts: their keys without the `contribute.` prefix, checked against the
 * Dutch texts (i18next's own key types do not follow keys built from a step or a kind).
 */
export function useContributeTranslation(): { t: ContributeTranslate; language: 'nl' | 'en' } {
  const { t, i18n } = useTranslation('translation', { keyPrefix: 'contribute' });
  return { t: t as unknown as ContributeTranslate, language: i18n.resolvedLanguage === 'en' ? 'en' : 'nl' };
}
