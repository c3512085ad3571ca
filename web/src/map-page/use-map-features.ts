import { useCallback, useEffect, useMemo, useState } from 'react';
import { getMapPage } from '../api/assets.ts';
import { bboxQueryOf, type LngLatBbox } from '../geo.ts';
import { loadMapFeatures, type MapFeatures } from './load-map-features.ts';
import { filtersKey, mapRequestOf, type MapFilters } from './map-filters.ts';

interface MapFeaturesResult extends MapFeatures {
  /** The filters this answer is for: a new key means the visitor changed the filters, not just the view. */
  filtersKey: string;
}

export interface MapFeaturesState {
  /** The latest answer; kept while the next one loads, so the map and the list do not flash empty. */
  result: MapFeaturesResult | null;
  status: 'waiting' | 'loading' | 'ready' | 'error';
  error: unknown;
  retry: () => void;
}

/** The API's privacy rule (MapResponse.privacy), for the moments before its first answer. */
export const DEFAULT_PRIVACY: MapFeatures['privacy'] = { k: 5, cellSizeMetres: 250, membersLimit: 300 };

const NOTHING: MapFeatures = { features: [], truncated: false, privacy: DEFAULT_PRIVACY };

/**
 * The features for the filters in the bbox in view: one request (and its next pages), shared by the map and the list,
 * so both always show the same. `viewerKey` changes when someone logs in or out (members are for logged-in users).
 */
export function useMapFeatures(filters: MapFilters, bbox: LngLatBbox | null, viewerKey: string): MapFeaturesState {
  const [state, setState] = useState<Omit<MapFeaturesState, 'retry'>>({ result: null, status: 'waiting', error: null });
  const [attempt, setAttempt] = useState(0);

  const bboxQuery = bbox === null ? null : bboxQueryOf(bbox);
  const key = filtersKey(filters);
  // A view change or the same buurt chosen again gives new filters with the same key: they ask nothing new.
  const askedFilters = useKeptWhileSameKey(filters, key);
  // A new object only when the question changes, so the effect below runs once per question.
  const question = useMemo(
    () => (bboxQuery === null ? null : { request: mapRequestOf(askedFilters, bboxQuery), filtersKey: key }),
    [bboxQuery, askedFilters, key],
  );

  useEffect(
    function loadFeatures() {
      if (question === null) return;
      if (question.request === null) {
        setState({ result: { ...NOTHING, filtersKey: question.filtersKey }, status: 'ready', error: null });
        return;
      }
      const controller = new AbortController();
      setState((previous) => ({ ...previous, status: 'loading', error: null }));
      loadMapFeatures(question.request, getMapPage, controller.signal).then(
        function showFeatures(features) {
          if (!controller.signal.aborted)
            setState({ result: { ...features, filtersKey: question.filtersKey }, status: 'ready', error: null });
        },
        function showError(error: unknown) {
          if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: 'error', error }));
        },
      );
      return function cancelLoad() {
        controller.abort();
      };
    },
    [question, viewerKey, attempt],
  );

  const retry = useCallback(function retry() {
    setAttempt((previous) => previous + 1);
  }, []);

  return { ...state, retry };
}

/** `value` as it was when `key` last changed: the same object for as long as the key stays the same. */
function useKeptWhileSameKey<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key === key) return kept.value;
  setKept({ key, value });
  return value;
}
