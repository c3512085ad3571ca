import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  filtersFromSearch,
  searchWithFilters,
  searchWithView,
  viewFromSearch,
  type MapFilters,
  type ResultsView,
} from './map-filters.ts';

export interface UrlFilters {
  filters: MapFilters;
  view: ResultsView;
  setFilters: (filters: MapFilters) => void;
  setView: (view: ResultsView) => void;
}

/**
 * The filters and the view, kept in the address (each change is a step the back button undoes). A change shows at
 * once: the router updates the address in a transition, and a checkbox must not spring back in between.
 */
export function useUrlFilters(): UrlFilters {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // The filters shown, and the address they were last taken from.
  const [shown, setShown] = useState(() => ({ search, filters: filtersFromSearch(searchParams) }));

  // The address changed (this page's own change arriving, the back button, a link): show what it says.
  if (search !== shown.search) setShown({ search, filters: filtersFromSearch(searchParams) });

  const setFilters = useCallback(
    function setFilters(filters: MapFilters) {
      setShown({ search, filters });
      const next = searchWithFilters(searchParams, filters);
      // The same choice again (a buurt chosen twice) adds no step to the history.
      if (next.toString() !== search) setSearchParams(next);
    },
    [search, searchParams, setSearchParams],
  );

  const setView = useCallback(
    // With the filters shown, which may be newer than the address still is.
    function setView(view: ResultsView) {
      setSearchParams(searchWithFilters(searchWithView(searchParams, view), shown.filters));
    },
    [searchParams, setSearchParams, shown.filters],
  );

  return { filters: shown.filters, view: viewFromSearch(searchParams), setFilters, setView };
}
