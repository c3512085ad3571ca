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

/** The instance's own name (see instance/instance-settings.ts); null until it has one, and the app's name is used. */
let instanceName: string | null = null;
/** The languages the instance offers; both until its settings say otherwise. */
let offered: readonly Language[] = LANGUAGES;

/** The title of the map page, the app's front page: with the instance's name once it has one. */
export function documentTitle(): string {
  return instanceName === null
    ? i18n.t('app.documentTitle')
    : i18n.t('instanceSettings.documentTitle', { name: instanceName });
}

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = documentTitle();
}

/** Names the instance in the header and the document title. */
export function nameInstance(name: string | null): void {
  if (name === instanceName) return;
  instanceName = name;
  document.title = documentTitle();
}

/** The languages this instance offers, in the order its settings list them. */
export function offeredLanguages(): readonly Language[] {
  return offered;
}

/**
 * Applies the instance's languages: a first visit (no choice kept in this browser) gets the default language, and a
 * kept choice the instance no longer offers gives way to it too. Neither is kept as the visitor's own choice.
 */
export function offerLanguages(languages: readonly Language[], defaultLanguage: Language): void {
  offered = languages;
  const stored = readStoredLanguageOrNull();
  const wanted = stored !== null && languages.includes(stored) ? stored : defaultLanguage;
  if (wanted !== i18n.resolvedLanguage) void i18n.changeLanguage(wanted);
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
  if (readStoredLanguageOrNull() === null && offered.includes(language)) await chooseLanguage(language);
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
