import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLatest } from '../map/map-parts.tsx';

// Typing pauses this long before the search goes into the address and the map asks again.
const SEARCH_DEBOUNCE_MS = 400;

interface SearchFieldProps {
  value: string;
  onCommit: (value: string) => void;
}

/** A search box that follows the address (back button, shared link) and commits what is typed after a pause. */
export function SearchField({ value, onCommit }: SearchFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onCommitRef = useLatest(onCommit);

  // The address changed by other means (back button, "clear all"): show what it says now. The address keeps the
  // text trimmed, so a space just typed stays while the words are the same.
  if (value !== shownValue) {
    setShownValue(value);
    if (value.trim() !== text.trim()) setText(value);
  }

  useEffect(function cancelPendingCommitOnUnmount() {
    return function cancelPendingCommit() {
      clearTimeout(timer.current);
    };
  }, []);

  function changeText(event: ChangeEvent<HTMLInputElement>): void {
    const next = event.target.value;
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(function commit() {
      if (next.trim() !== value.trim()) onCommitRef.current(next);
    }, SEARCH_DEBOUNCE_MS);
  }

  return (
    <div className="filter-field">
      <label htmlFor="map-search">{t('filters.searchLabel')}</label>
      <input
        id="map-search"
        type="search"
        autoComplete="off"
        value={text}
        maxLength={100}
        onChange={changeText}
        aria-describedby="map-search-hint"
      />
      <p id="map-search-hint" className="filter-field__hint">
        {t('filters.searchHint')}
      </p>
    </div>
  );
}
