import { useCallback, useEffect, useState } from 'react';
import { getBuurten, getWijken, type BuurtCollection, type WijkCollection } from '../api/areas.ts';

export type AreasState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; buurten: BuurtCollection; wijken: WijkCollection };

export interface UseAreasResult {
  areas: AreasState;
  retry: () => void;
}

/** Loads buurten and wijken together, so the map draws both boundary layers in one go. */
export function useAreas(): UseAreasResult {
  const [areas, setAreas] = useState<AreasState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(
    function loadAreas() {
      const controller = new AbortController();
      Promise.all([getBuurten(controller.signal), getWijken(controller.signal)]).then(
        function showAreas([buurten, wijken]) {
          if (!controller.signal.aborted) setAreas({ status: 'ready', buurten, wijken });
        },
        function showError(error: unknown) {
          if (!controller.signal.aborted) setAreas({ status: 'error', error });
        },
      );
      return function cancelLoad() {
        controller.abort();
      };
    },
    [attempt],
  );

  const retry = useCallback(function retry() {
    setAreas({ status: 'loading' });
    setAttempt((previous) => previous + 1);
  }, []);

  return { areas, retry };
}
