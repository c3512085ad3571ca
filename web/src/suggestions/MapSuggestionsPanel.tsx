import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Suggestion, Suggestions } from '../api/suggestions.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { isLocated } from '../map/SuggestionLayer.tsx';
import { PATHS } from '../paths.ts';
import { SuggestionName } from './SuggestionCard.tsx';
import type { UseApiDataResult } from '../use-api-data.ts';
import './map-suggestions.css';

const MAP_SUGGESTIONS_HEADING_ID = 'map-suggestions-heading';

interface MapSuggestionsPanelProps {
  on: boolean;
  onToggle: (on: boolean) => void;
  data: UseApiDataResult<Suggestions | null>;
  onShow: (suggestion: Suggestion) => void;
  /** What the last "show on the map" did, for screen readers. */
  announcement: string;
}

/**
 * "For you on the map", beside the map: the switch for the layer, and the same suggestions as a list, best first, each
 * with where it is (for residents: their buurt) and a button that brings it into view on the map.
 */
export function MapSuggestionsPanel({ on, onToggle, data, onShow, announcement }: MapSuggestionsPanelProps) {
  const { t } = useTranslation();
  const toggleId = useId();
  const hintId = useId();
  const [turnedOff, setTurnedOff] = useState(false);
  const { state, retry } = data;
  const answer = on && state.status === 'ready' ? state.data : null;

  function toggle(next: boolean): void {
    setTurnedOff(!next);
    onToggle(next);
  }

  let status = '';
  if (on && state.status === 'loading') status = t('mapSuggestions.loading');
  else if (answer !== null && answer.located) {
    status = t('mapSuggestions.shown', {
      count: answer.suggestions.length,
      onMap: answer.suggestions.filter(isLocated).length,
    });
  } else if (!on && turnedOff) status = t('mapSuggestions.off');
  if (announcement !== '' && on) status = announcement;

  return (
    <section className="map-suggestions" aria-labelledby={MAP_SUGGESTIONS_HEADING_ID}>
      <h2 id={MAP_SUGGESTIONS_HEADING_ID} tabIndex={-1}>
        {t('mapSuggestions.heading')}
      </h2>
      <div className="map-suggestions__toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => toggle(event.target.checked)}
        />
        <label htmlFor={toggleId}>{t('mapSuggestions.toggle')}</label>
      </div>
      <p id={hintId} className="map-suggestions__hint">
        {t('mapSuggestions.hint')}
      </p>
      <p className="map-suggestions__status" role="status" aria-live="polite">
        {status}
      </p>
      {on && state.status === 'error' && <LoadProblem onRetry={retry} message={t('mapSuggestions.error')} />}
      {answer !== null && !answer.located && (
        <p>
          {t('suggestions.noHome')} <Link to={PATHS.profile}>{t('suggestions.toProfile')}</Link>
        </p>
      )}
      {answer !== null && answer.located && answer.suggestions.length === 0 && (
        <p>
          {t('suggestions.none')} <Link to={PATHS.suggestions}>{t('mapSuggestions.allSuggestions')}</Link>
        </p>
      )}
      {answer !== null && answer.located && answer.suggestions.length > 0 && (
        <>
          <ol className="map-suggestions__list" aria-label={t('mapSuggestions.listLabel')}>
            {answer.suggestions.map((suggestion) => (
              <MapSuggestionItem key={suggestion.key} suggestion={suggestion} onShow={onShow} />
            ))}
          </ol>
          <p>
            <Link to={PATHS.suggestions}>{t('mapSuggestions.allSuggestions')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

interface MapSuggestionItemProps {
  suggestion: Suggestion;
  onShow: (suggestion: Suggestion) => void;
}

function MapSuggestionItem({ suggestion, onShow }: MapSuggestionItemProps) {
  const { t } = useTranslation();
  const { location } = suggestion;
  const where =
    location === undefined || location === null
      ? t('mapSuggestions.noPlace')
      : location.kind === 'buurt'
        ? t('mapSuggestions.inBuurt', { buurt: location.name })
        : null;

  return (
    <li className="map-suggestion">
      <SuggestionName as="p" className="map-suggestion__name" rule={suggestion.rule}>
        {suggestion.candidate.name}
      </SuggestionName>
      <p className="map-suggestion__reason">{suggestion.reason}</p>
      <p className="map-suggestion__where">
        {t('suggestions.distance', { distance: suggestion.distance.text })}
        {where !== null && <> · {where}</>}
      </p>
      {isLocated(suggestion) && (
        <button type="button" className="map-suggestion__show" onClick={() => onShow(suggestion)}>
          {t('mapSuggestions.showOnMap')}
          <span className="visually-hidden"> ({suggestion.candidate.name})</span>
        </button>
      )}
    </li>
  );
}
