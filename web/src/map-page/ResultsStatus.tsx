import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.ts';
import { FEATURE_CAP } from './load-map-features.ts';
import type { MapFilters } from './map-filters.ts';
import { COUNTED_LABELS } from './symbols.ts';
import type { MapFeaturesState } from './use-map-features.ts';

interface ResultsStatusProps {
  features: MapFeaturesState;
  filters: MapFilters;
}

/**
 * How many results the map and the list show and what they are (the kinds chosen in the filters), whether they are
 * loading or failed, and whether they were cut off.
 * After a change of filters (not after moving the map) a live region says the new number to screen-reader users.
 */
export function ResultsStatus({ features: state, filters }: ResultsStatusProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const announcedFilters = useRef<string | null>(null);
  const result = state.result;

  useEffect(
    function announceAfterFilterChange() {
      if (state.status !== 'ready' || result === null || announcedFilters.current === result.filtersKey) return;
      const firstAnswer = announcedFilters.current === null;
      announcedFilters.current = result.filtersKey;
      if (firstAnswer) return;
      const text = t('assetMap.announce', { count: result.features.length });
      // The same words twice would not be read again; a trailing no-break space makes them new.
      setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
    },
    [state.status, result, t],
  );

  return (
    <div className="results-status">
      {state.status === 'loading' && (
        <span className="results-status__loading">
          <span className="spinner" aria-hidden="true" />
          {t('assetMap.loading')}
        </span>
      )}
      {state.status === 'error' && (
        <span className="results-status__error" role="alert">
          {t('assetMap.error')}{' '}
          <button type="button" onClick={state.retry}>
            {t('assetMap.retry')}
          </button>
        </span>
      )}
      {state.status === 'ready' && result !== null && filters.types.length > 0 && (
        <span className="results-status__count">
          {t('assetMap.count', {
            count: result.features.length,
            what: new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(
              filters.types.map((type) => t(COUNTED_LABELS[type])),
            ),
          })}
        </span>
      )}
      {state.status === 'ready' && filters.types.length === 0 && (
        <span className="results-status__note">{t('assetMap.noTypes')}</span>
      )}
      {state.status === 'ready' && filters.types.length > 0 && result?.features.length === 0 && (
        <span className="results-status__note">{t('assetMap.empty')}</span>
      )}
      {result?.truncated === true && (
        <span className="results-status__note">{t('assetMap.truncated', { count: FEATURE_CAP })}</span>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
