import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuurtProperties, WijkProperties } from '../api/areas.ts';
import type { TaxonomyDomain } from '../api/assets.ts';
import { groupBuurtenByWijk } from './group-buurten.ts';
import { BuurtOptions } from '../forms/BuurtSelect.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import type { ApiData } from '../use-api-data.ts';
import type { Privacy } from './feature-text.ts';
import {
  hasActiveFilters,
  LAYER_TYPES,
  NO_FILTERS,
  type Direction,
  type LayerType,
  type MapFilters,
} from './map-filters.ts';
import { SearchField } from './SearchField.tsx';
import { SidePanel } from './SidePanel.tsx';
import { SymbolIcon } from './SymbolIcon.tsx';
import { LAYER_LABELS, LAYER_SYMBOLS } from './symbols.ts';
import { taxonomyLabels } from './taxonomy.ts';

export const FILTERS_HEADING_ID = 'filters-heading';
const PRIVACY_NOTE_ID = 'people-privacy-note';

interface FilterPanelProps {
  filters: MapFilters;
  onChange: (filters: MapFilters) => void;
  onSelectBuurt: (code: string | null) => void;
  onSelectWijk: (code: string | null) => void;
  taxonomy: ApiData<TaxonomyDomain[]>;
  wijken: readonly WijkProperties[];
  buurten: readonly BuurtProperties[];
  privacy: Privacy;
  /** The municipality the lists are of, when one of several is chosen (otherwise the instance's name applies). */
  municipalityName?: string;
}

/** Every choice of what the map and the list show. The choices live in the address, so they can be shared. */
export function FilterPanel({
  filters,
  onChange,
  onSelectBuurt,
  onSelectWijk,
  taxonomy,
  wijken,
  buurten,
  privacy,
  municipalityName,
}: FilterPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const labels = useMemo(
    () => (taxonomy.status === 'ready' ? taxonomyLabels(taxonomy.data, language) : null),
    [taxonomy, language],
  );
  const wijkGroups = useMemo(() => groupBuurtenByWijk(wijken, buurten), [wijken, buurten]);
  // Open when a link chose domains; after that the visitor opens and closes it (React leaves the attribute alone).
  const [domainsOpenAtFirst] = useState(filters.domains.length > 0);

  function toggleType(type: LayerType, checked: boolean): void {
    const types = checked ? [...filters.types, type] : filters.types.filter((chosen) => chosen !== type);
    onChange({ ...filters, types: LAYER_TYPES.filter((candidate) => types.includes(candidate)) });
  }

  function toggleDomain(key: string, checked: boolean): void {
    const domains = checked ? [...filters.domains, key] : filters.domains.filter((chosen) => chosen !== key);
    onChange({ ...filters, domains });
  }

  function addTag(event: ChangeEvent<HTMLSelectElement>): void {
    const key = event.target.value;
    if (key !== '' && !filters.tags.includes(key)) onChange({ ...filters, tags: [...filters.tags, key] });
  }

  function removeTag(key: string): void {
    onChange({ ...filters, tags: filters.tags.filter((chosen) => chosen !== key) });
  }

  function chooseDirection(direction: Direction | null): void {
    onChange({ ...filters, direction });
  }

  function chooseBuurt(event: ChangeEvent<HTMLSelectElement>): void {
    onSelectBuurt(event.target.value === '' ? null : event.target.value);
  }

  function chooseWijk(event: ChangeEvent<HTMLSelectElement>): void {
    onSelectWijk(event.target.value === '' ? null : event.target.value);
  }

  return (
    <SidePanel
      block="filter-panel"
      headingId={FILTERS_HEADING_ID}
      heading={t('filters.heading')}
      intro={t('filters.intro')}
    >
      <fieldset className="filter-group">
        <legend>{t('filters.typesLegend')}</legend>
        <ul className="layer-choices">
          {LAYER_TYPES.map((type) => (
            <li key={type}>
              <label className="layer-choice">
                <input
                  type="checkbox"
                  checked={filters.types.includes(type)}
                  onChange={(event) => toggleType(type, event.target.checked)}
                  aria-describedby={type === 'people' ? PRIVACY_NOTE_ID : undefined}
                />
                <span className="layer-choice__icons">
                  {LAYER_SYMBOLS[type].map((symbol) => (
                    <SymbolIcon key={symbol} symbol={symbol} />
                  ))}
                </span>
                <span>{t(LAYER_LABELS[type])}</span>
              </label>
            </li>
          ))}
        </ul>
        <p id={PRIVACY_NOTE_ID} className="privacy-rule">
          {t('filters.privacy', { size: privacy.cellSizeMetres, k: privacy.k })}
        </p>
      </fieldset>

      <SearchField value={filters.q} onCommit={(q) => onChange({ ...filters, q })} />

      <div className="filter-field">
        <label htmlFor="map-wijk">{t('filters.wijkLabel')}</label>
        <select id="map-wijk" value={filters.wijk ?? ''} onChange={chooseWijk}>
          <option value="">
            {t('filters.wijkAll', municipalityName === undefined ? {} : { municipality: municipalityName })}
          </option>
          {wijkGroups
            .filter((group) => group.buurten.length > 0)
            .map((group) => (
              <option key={group.wijk.code} value={group.wijk.code}>
                {group.wijk.name}
              </option>
            ))}
        </select>
      </div>

      <div className="filter-field">
        <label htmlFor="map-buurt">{t('filters.buurtLabel')}</label>
        <select id="map-buurt" value={filters.buurt ?? ''} onChange={chooseBuurt}>
          <option value="">{t('filters.buurtAll')}</option>
          <BuurtOptions
            // With a wijk chosen, only its buurten.
            groups={wijkGroups.filter(
              (group) => group.buurten.length > 0 && (filters.wijk === null || group.wijk.code === filters.wijk),
            )}
          />
        </select>
      </div>

      <fieldset className="filter-group">
        <legend>{t('filters.directionLegend')}</legend>
        {(
          [
            [null, t('filters.directionAll')],
            ['offer', t('filters.directionOffer')],
            ['wish', t('filters.directionWish')],
          ] as const
        ).map(([direction, label]) => (
          <label key={direction ?? 'all'} className="radio-choice">
            <input
              type="radio"
              name="direction"
              checked={filters.direction === direction}
              onChange={() => chooseDirection(direction)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      {taxonomy.status === 'error' && <p className="filter-panel__problem">{t('filters.taxonomyError')}</p>}
      {labels !== null && (
        <>
          <details className="filter-group filter-group--domains" open={domainsOpenAtFirst}>
            <summary>
              {t('filters.domainsLegend')}
              {filters.domains.length > 0 && <> ({t('filters.domainsChosen', { count: filters.domains.length })})</>}
            </summary>
            <fieldset>
              <legend className="visually-hidden">{t('filters.domainsLegend')}</legend>
              {labels.domains.map((domain) => (
                <label key={domain.key} className="check-choice">
                  <input
                    type="checkbox"
                    checked={filters.domains.includes(domain.key)}
                    onChange={(event) => toggleDomain(domain.key, event.target.checked)}
                  />
                  {domain.label}
                </label>
              ))}
            </fieldset>
          </details>

          <div className="filter-field">
            <label htmlFor="map-tag">{t('filters.tagLabel')}</label>
            <select id="map-tag" value="" onChange={addTag}>
              <option value="">{t('filters.tagChoose')}</option>
              {labels.tagsByDomain.map((group) => (
                <optgroup key={group.domain.key} label={group.domain.label}>
                  {group.tags.map((tag) => (
                    <option key={tag.key} value={tag.key} disabled={filters.tags.includes(tag.key)}>
                      {tag.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {filters.tags.length > 0 && (
              <ul className="chosen-tags" aria-label={t('filters.tagsChosen')}>
                {filters.tags.map((key) => (
                  <li key={key} className="chosen-tag">
                    <span>{labels.tagLabel(key)}</span>
                    <button
                      type="button"
                      className="chosen-tag__remove"
                      aria-label={t('filters.tagRemove', { tag: labels.tagLabel(key) })}
                      onClick={() => removeTag(key)}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}

      <button
        type="button"
        className="filter-panel__reset"
        disabled={!hasActiveFilters(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('filters.reset')}
      </button>
    </SidePanel>
  );
}
