import { useId, useState } from 'react';
import type { TaxonomyDomain } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';

/** The API's TagKeysSchema maximum. */
const MAX_TAGS = 12;

interface TagPickerProps {
  taxonomy: readonly TaxonomyDomain[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  legend: string;
  hint?: string;
  error?: string;
  /** Focus target after a failed submit. */
  groupRef?: (element: HTMLElement | null) => void;
}

function domainOfTag(taxonomy: readonly TaxonomyDomain[], key: string | undefined): string | undefined {
  return key === undefined ? undefined : taxonomy.find((domain) => domain.tags.some((tag) => tag.key === key))?.key;
}

/**
 * Tags from the taxonomy, chosen per domain: first a domain, then its tags as toggle buttons. The chosen tags stay
 * visible above, each with its own remove button.
 */
export function TagPicker({ taxonomy, selected, onChange, legend, hint, error, groupRef }: TagPickerProps) {
  const { t, language } = useContributeTranslation();
  const id = useId();
  const [domainKey, setDomainKey] = useState(() => domainOfTag(taxonomy, selected[0]) ?? taxonomy[0]?.key ?? '');
  const domain = taxonomy.find((candidate) => candidate.key === domainKey);
  const labels = new Map(taxonomy.flatMap((each) => each.tags.map((tag) => [tag.key, tag[language]] as const)));
  const full = selected.length >= MAX_TAGS;
  const describedBy = [
    hint === undefined ? null : `${id}-hint`,
    error === undefined ? null : `${id}-error`,
    full ? `${id}-full` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');

  function toggle(key: string): void {
    onChange(selected.includes(key) ? selected.filter((each) => each !== key) : [...selected, key]);
  }

  return (
    <fieldset
      ref={groupRef}
      className="field tag-picker"
      data-invalid={error === undefined ? undefined : ''}
      aria-describedby={describedBy || undefined}
      tabIndex={-1}
    >
      <legend className="field__label">{legend}</legend>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {selected.length > 0 && (
        <ul className="tag-chips" aria-label={t('tags.chosen')}>
          {selected.map((key) => (
            <li key={key}>
              <button type="button" className="tag-chip tag-chip--chosen" onClick={() => toggle(key)}>
                {labels.get(key) ?? key}
                <span aria-hidden="true"> ×</span>
                <span className="visually-hidden">{t('tags.removeSuffix')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="tag-picker__domain">
        <label htmlFor={`${id}-domain`}>{t('tags.domain')}</label>
        <select
          id={`${id}-domain`}
          className="field__control"
          value={domainKey}
          onChange={(event) => setDomainKey(event.target.value)}
        >
          {taxonomy.map((each) => (
            <option key={each.key} value={each.key}>
              {each[language]}
            </option>
          ))}
        </select>
      </div>
      {domain !== undefined && (
        <ul className="tag-chips" aria-label={t('tags.ofDomain', { domain: domain[language] })}>
          {/* A retired tag is no longer offered; an item that has it keeps it among the chosen ones above. */}
          {domain.tags
            .filter((tag) => !tag.retired)
            .map((tag) => {
              const chosen = selected.includes(tag.key);
              return (
                <li key={tag.key}>
                  <button
                    type="button"
                    className="tag-chip"
                    aria-pressed={chosen}
                    disabled={full && !chosen}
                    onClick={() => toggle(tag.key)}
                  >
                    {tag[language]}
                  </button>
                </li>
              );
            })}
        </ul>
      )}
      {full && (
        <p id={`${id}-full`} className="field__hint">
          {t('tags.full', { count: MAX_TAGS })}
        </p>
      )}
    </fieldset>
  );
}

interface TagListProps {
  tags: readonly { key: string; label: string }[];
  /** When given, labels follow a language switch (the API's labels are in the language of the last load). */
  taxonomy?: readonly TaxonomyDomain[];
}

/** The tags of an asset, as chips that are not buttons. */
export function TagList({ tags, taxonomy = [] }: TagListProps) {
  const { t, language } = useContributeTranslation();
  if (tags.length === 0) return null;
  const labels = new Map(taxonomy.flatMap((domain) => domain.tags.map((tag) => [tag.key, tag[language]] as const)));
  return (
    <ul className="tag-chips tag-chips--static" aria-label={t('tags.label')}>
      {tags.map((tag) => (
        <li key={tag.key} className="tag-chip tag-chip--static">
          {labels.get(tag.key) ?? tag.label}
        </li>
      ))}
    </ul>
  );
}
