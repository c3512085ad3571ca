import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaConnections, AreaQuery } from '../api/connector.ts';
import { Options } from '../forms/fields.tsx';

type Page = AreaConnections['suggestionsPage'];

interface AreaFiltersProps {
  buurten: AreaConnections['area']['buurten'];
  rules: readonly NonNullable<AreaQuery['rule']>[];
  query: AreaQuery;
  page: Page;
  onChange: (query: AreaQuery) => void;
}

/**
 * What the connector looks at: the pairs still to introduce or those introduced already, in one buurt of the area or
 * all, by one rule or all. Each choice applies at once; the list under it says how many it holds.
 */
export function AreaFilters({ buurten, rules, query, page, onChange }: AreaFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const pairs = query.pairs ?? 'new';

  return (
    <div className="connector-filters" role="group" aria-label={t('connector.filtersLabel')}>
      <div className="connector-filters__pairs" role="group" aria-label={t('connector.pairsLabel')}>
        {(['new', 'done'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            aria-pressed={pairs === kind}
            onClick={() => onChange({ ...query, pairs: kind })}
          >
            {t(`connector.pairs-${kind}`, { count: page[kind] })}
          </button>
        ))}
      </div>
      {buurten.length > 1 && (
        <FilterSelect
          id={`${id}-buurt`}
          label={t('connector.filterBuurt')}
          all={t('connector.filterAllBuurten')}
          options={buurten.map((buurt) => ({ value: buurt.code, label: buurt.name }))}
          value={query.buurt}
          onChange={(buurt) => onChange({ ...query, buurt })}
        />
      )}
      <FilterSelect
        id={`${id}-rule`}
        label={t('connector.filterRule')}
        all={t('connector.filterAllRules')}
        options={rules.map((rule) => ({ value: rule, label: t(`suggestions.rule-${rule}`) }))}
        value={query.rule}
        onChange={(value) => onChange({ ...query, rule: rules.find((rule) => rule === value) })}
      />
    </div>
  );
}

interface FilterSelectProps<V extends string> {
  id: string;
  label: string;
  /** The first choice, which filters nothing. */
  all: string;
  options: readonly { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: string | undefined) => void;
}

/** One filter: a labelled choice of one value, or all. */
function FilterSelect<V extends string>({ id, label, all, options, value, onChange }: FilterSelectProps<V>) {
  return (
    <div className="connector-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <Options none={all} options={options} />
      </select>
    </div>
  );
}

interface PairPagingProps {
  page: Page;
  busy: boolean;
  onPage: (offset: number) => void;
}

/** Which pairs of how many the list shows, and the way to the previous and next page. */
export function PairPaging({ page, busy, onPage }: PairPagingProps) {
  const { t } = useTranslation();
  if (page.total === 0) return null;
  const last = Math.min(page.offset + page.limit, page.total);
  return (
    <nav className="connector-paging" aria-label={t('connector.pagingLabel')}>
      <p className="connector-paging__where" role="status">
        {t('connector.pagingWhere', { first: page.offset + 1, last, total: page.total })}
      </p>
      {page.offset > 0 && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onPage(Math.max(0, page.offset - page.limit))}
        >
          {t('connector.pagingPrevious')}
        </button>
      )}
      {last < page.total && (
        <button type="button" className="button" disabled={busy} onClick={() => onPage(page.offset + page.limit)}>
          {t('connector.pagingNext')}
        </button>
      )}
    </nav>
  );
}
