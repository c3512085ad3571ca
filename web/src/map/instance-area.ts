import i18n from 'i18next';
import { useSyncExternalStore } from 'react';
import { getAreaSources, getMunicipalities, type AreaSource, type Municipality } from '../api/areas.ts';

/**
 * The area this instance serves: its municipalities as the data has them (GET /api/areas/municipalities), the largest
 * first, and the sources of their boundaries and figures (GET /api/areas/sources), which the map credits. The map opens on it, and the texts that name the place ("Buurten van Tilburg") take its name from it, through
 * the `{{municipality}}` variable every translation has. Until the list arrives the name is the one seen last in this
 * browser.
 */

const STORAGE_KEY = 'krachtkaart.municipality';
let municipalities: Municipality[] | null = null;
let sources: AreaSource[] = [];
/** Set when the list could not be loaded: the map then opens on the whole country. */
let failed = false;
const listeners = new Set<() => void>();

/** The municipality's name seen last in this browser ('' the first time): the texts' name until the list arrives. */
export function lastKnownMunicipalityName(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** "Tilburg"; with several, "Tilburg en Groningen" / "Tilburg and Groningen". */
function nameOf(list: Municipality[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(list.map((municipality) => municipality.name));
}

function applyName(name: string): void {
  // In place: the translator and the interpolator read these options at every call.
  (i18n.options.interpolation ??= {}).defaultVariables = { municipality: name };
}

function nameForLanguage(language: string): void {
  if (municipalities !== null) applyName(nameOf(municipalities, language));
}

/** Starts loading the instance's area; the page renders meanwhile. */
export function loadInstanceArea(): void {
  i18n.on('languageChanged', nameForLanguage);
  void reloadInstanceArea();
}

/** Loads the instance's area again (after an import of areas); resolves once the map and the texts have it. */
export function reloadInstanceArea(): Promise<void> {
  return Promise.all([getMunicipalities(), getAreaSources()]).then(
    ([list, credited]) => {
      sources = credited;
      municipalities = list;
      const name = nameOf(list, i18n.resolvedLanguage ?? 'nl');
      applyName(name);
      try {
        window.localStorage.setItem(STORAGE_KEY, name);
      } catch {
        // Only the next first render misses it.
      }
      // Translations render again with the name (react-i18next listens to this event).
      void i18n.changeLanguage(i18n.resolvedLanguage);
      for (const listener of listeners) listener();
    },
    () => {
      // Without the list the map opens on the whole country and the texts keep the name seen last.
      failed = true;
      for (const listener of listeners) listener();
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The instance's municipalities, the largest first; null while they load, 'unknown' when they could not be. */
export function instanceArea(): Municipality[] | 'unknown' | null {
  return failed ? 'unknown' : municipalities;
}

/** instanceArea() for a component, which renders again when the list arrives. */
export function useInstanceArea(): Municipality[] | 'unknown' | null {
  return useSyncExternalStore(subscribe, instanceArea);
}

/** The sources of the loaded boundaries and figures ([] until they are known). */
export function useAreaSources(): AreaSource[] {
  return useSyncExternalStore(subscribe, () => sources);
}

/** A source as the map's attribution credits it: "CBS/Kadaster (2024, CC BY 4.0)"; a CC licence asks to be named. */
export function creditOf(source: AreaSource): string {
  return `${source.attribution} (${source.year}${source.licence.startsWith('CC ') ? `, ${source.licence}` : ''})`;
}
