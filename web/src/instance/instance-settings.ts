import { useSyncExternalStore } from 'react';
import { getInstance, type Instance, type TileSettings } from '../api/instance.ts';
import { nameInstance, offerLanguages } from '../i18n/i18n.ts';

/**
 * This instance's settings (GET /api/instance): its name, the languages it offers and the background map every map
 * draws on, and how far its set-up has come. Loaded once at start, as the instance's area is (map/instance-area.ts);
 * the page renders meanwhile, and maps draw their background once the settings are known (drawing the wrong tile
 * server first would break the Content-Security-Policy, which names only the chosen one).
 */

let instance: Instance | null = null;
/** Set when the settings could not be loaded: the app then runs as a new instance would (OpenStreetMap, nl and en). */
let failed = false;
const listeners = new Set<() => void>();

function apply(next: Instance): void {
  instance = next;
  failed = false;
  nameInstance(next.name);
  offerLanguages(next.languages, next.defaultLanguage);
  for (const listener of listeners) listener();
}

/** Starts loading the settings; the page renders meanwhile. */
export function loadInstance(): void {
  getInstance().then(apply, () => {
    failed = true;
    for (const listener of listeners) listener();
  });
}

/** Loads the settings again, after a change (a save, a step of the set-up); resolves once they apply. */
export async function reloadInstance(): Promise<Instance> {
  const next = await getInstance();
  apply(next);
  return next;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): Instance | 'unknown' | null {
  return failed ? 'unknown' : instance;
}

/** The settings for a component, which renders again when they arrive; null while they load, 'unknown' on failure. */
export function useInstance(): Instance | 'unknown' | null {
  return useSyncExternalStore(subscribe, snapshot);
}

/** The instance's own name from useInstance()'s answer; null while unknown or not named yet. */
export function instanceName(instance: Instance | 'unknown' | null): string | null {
  return instance === null || instance === 'unknown' ? null : instance.name;
}

/** The background map of a new instance, which the server's Content-Security-Policy also falls back to. */
export const DEFAULT_TILES: TileSettings = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  maxZoom: 19,
};
