import { useSyncExternalStore } from 'react';

// The same width as the stylesheet's breakpoint, where panels turn into sheets from the bottom.
const NARROW_QUERY = '(max-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return function unsubscribe() {
    query.removeEventListener('change', onChange);
  };
}

function isNarrow(): boolean {
  return window.matchMedia(NARROW_QUERY).matches;
}

/** True on screens where the stylesheet lays panels over the bottom of the map instead of beside it. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow);
}
