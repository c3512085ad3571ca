import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import { lastKnownMunicipalityName } from '../map/instance-area.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const DEFAULT_LANGUAGE: Language = 'nl';
const STORAGE_KEY = 'krachtkaart.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

// Storage can be switched off or full (private windows, strict settings); the app must still start.
function readStoredLanguageOrNull(): Language | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

function readStoredLanguage(): Language {
  return readStoredLanguageOrNull() ?? DEFAULT_LANGUAGE;
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice then lasts only for this visit.
  }
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.documentTitle');
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

export async function chooseLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * After logging in, the account's language applies, unless a language was chosen in this browser: a visitor who
 * just switched to English must not be switched back by their own account.
 */
export async function adoptAccountLanguage(language: Language): Promise<void> {
  if (readStoredLanguageOrNull() === null) await chooseLanguage(language);
}

/** Sets up translations synchronously, so the first render is already in the visitor's language. */
export function setUpI18n(): typeof i18n {
  i18n.on('languageChanged', reflectLanguageInDocument);
  void i18n.use(initReactI18next).init({
    resources: {
      nl: { translation: nl },
      en: { translation: en satisfies typeof nl },
    },
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders. The place the texts name comes from the data (map/instance-area.ts).
    interpolation: { escapeValue: false, defaultVariables: { municipality: lastKnownMunicipalityName() } },
  });
  return i18n;
}
