import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type ApiData<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export interface UseApiDataResult<T> {
  state: ApiData<T>;
  retry: () => void;
  /** Replaces the data with a newer copy (an update's response), without loading again. */
  replace: (data: T) => void;
}

/** Loads data for a page when it mounts and whenever `deps` change; an answer that arrives after unmounting is dropped. */
export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): UseApiDataResult<T> {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(
    function loadData() {
      const controller = new AbortController();
      setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
      load(controller.signal).then(
        function showData(data) {
          if (!controller.signal.aborted) setState({ status: 'ready', data });
        },
        function showError(error: unknown) {
          if (!controller.signal.aborted) setState({ status: 'error', error });
        },
      );
      return function cancelLoad() {
        controller.abort();
      };
    },
    // `load` is usually an inline function, new on every render; the caller names what it depends on in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps stand in for `load`'s
    [attempt, ...deps],
  );

  const retry = useCallback(function retry() {
    setAttempt((previous) => previous + 1);
  }, []);

  const replace = useCallback(function replace(data: T) {
    setState({ status: 'ready', data });
  }, []);

  return { state, retry, replace };
}
