import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAddresses, type AddressSuggestion } from '../api/geocoder.ts';
import { FieldError } from './fields.tsx';

// Typing pauses this long before the geocoder is asked.
const DEBOUNCE_MS = 300;
const MIN_LENGTH = 2;

type Search =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'found'; suggestions: AddressSuggestion[] }
  | { state: 'failed' };

interface AddressSearchProps {
  label: string;
  hint: string;
  onChoose: (suggestion: AddressSuggestion) => void;
  describedBy?: string;
  /** What is wrong with the address chosen, shown under the field. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * An address or postcode search as a combobox (WAI-ARIA 1.2): type, then choose with the arrow keys and Enter or by
 * clicking. What is chosen is passed on as the geocoder's id and label; no coordinates reach the page.
 */
export function AddressSearch({ label, hint, onChoose, describedBy, error, inputRef }: AddressSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<AbortController | undefined>(undefined);

  useEffect(function stopOnUnmount() {
    return () => {
      clearTimeout(timer.current);
      pending.current?.abort();
    };
  }, []);

  function ask(query: string): void {
    clearTimeout(timer.current);
    pending.current?.abort();
    if (query.trim().length < MIN_LENGTH) {
      setSearch({ state: 'idle' });
      setOpen(false);
      return;
    }
    timer.current = setTimeout(() => {
      const controller = new AbortController();
      pending.current = controller;
      setSearch({ state: 'searching' });
      searchAddresses(query.trim(), controller.signal).then(
        (suggestions) => {
          setSearch({ state: 'found', suggestions });
          setActive(suggestions.length > 0 ? 0 : -1);
          setOpen(true);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setSearch({ state: 'failed' });
          if (!(error instanceof DOMException)) setOpen(false);
        },
      );
    }, DEBOUNCE_MS);
  }

  const suggestions = search.state === 'found' ? search.suggestions : [];
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(suggestion: AddressSuggestion): void {
    setText(suggestion.label);
    setOpen(false);
    setSearch({ state: 'idle' });
    onChoose(suggestion);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && open && suggestions[active] !== undefined) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const status =
    search.state === 'searching'
      ? t('addressSearch.searching')
      : search.state === 'failed'
        ? t('addressSearch.failed')
        : search.state === 'found'
          ? t('addressSearch.found', { count: suggestions.length })
          : '';
  const expanded = open && suggestions.length > 0;

  return (
    <div className="field address-search" data-invalid={error === undefined ? undefined : ''}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <FieldError id={`${id}-error`} error={error} />
      <input
        id={id}
        ref={inputRef}
        aria-invalid={error === undefined ? undefined : true}
        type="text"
        role="combobox"
        className="field__control"
        autoComplete="off"
        maxLength={100}
        value={text}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[error === undefined ? null : `${id}-error`, `${id}-hint`, `${id}-status`, describedBy]
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => {
          setText(event.target.value);
          ask(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="address-search__list" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="address-search__option"
            // Chosen on mouse down, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(suggestion);
            }}
          >
            {suggestion.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="field__hint" role="status">
        {status}
      </p>
    </div>
  );
}
