import i18n from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from './i18n/en.json';
import nl from './i18n/nl.json';

/** The i18next namespace of the contribute pages; its texts live beside them, not in the app's own nl.json/en.json. */
export const CONTRIBUTE_NAMESPACE = 'contribute';

type PluralSuffix = 'zero' | 'one' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type LeafKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<`${Prefix}${K}`> : LeafKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the contribute texts ("wizard.next"), plural forms under their base key. */
export type ContributeKey = LeafKeys<typeof nl>;
export type ContributeTranslate = (key: ContributeKey, options?: Record<string, unknown>) => string;

function addTexts(): void {
  i18n.addResourceBundle('nl', CONTRIBUTE_NAMESPACE, nl, true, true);
  i18n.addResourceBundle('en', CONTRIBUTE_NAMESPACE, en satisfies typeof nl, true, true);
}

// The store exists only once main.tsx has set i18next up; these pages load later, but should one ever load first, wait.
if (i18n.isInitialized) addTexts();
else i18n.on('initialized', addTexts);

type UntypedTranslate = (key: string, options: Record<string, unknown>) => string;

/**
 * `useTranslation` for the contribute texts. The app declares its own namespace as i18next's only typed resource, and
 * a second namespace cannot be merged into that declaration from here; this hook keeps the keys checked instead.
 */
export function useContributeTranslation(): { t: ContributeTranslate; language: 'nl' | 'en' } {
  const { t, i18n: instance } = useTranslation();
  const translate = useCallback<ContributeTranslate>(
    (key, options) => (t as unknown as UntypedTranslate)(key, { ...options, ns: CONTRIBUTE_NAMESPACE }),
    [t],
  );
  return { t: translate, language: instance.resolvedLanguage === 'en' ? 'en' : 'nl' };
}
