import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaConnections, AreaQuery } from '../api/connector.ts';

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
        <div className="connector-filters__field">
          <label htmlFor={`${id}-buurt`}>{t('connector.filterBuurt')}</label>
          <select
            id={`${id}-buurt`}
            value={query.buurt ?? ''}
            onChange={(event) => onChange({ ...query, buurt: event.target.value || undefined })}
          >
            <option value="">{t('connector.filterAllBuurten')}</option>
            {buurten.map((buurt) => (
              <option key={buurt.code} value={buurt.code}>
                {buurt.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="connector-filters__field">
        <label htmlFor={`${id}-rule`}>{t('connector.filterRule')}</label>
        <select
          id={`${id}-rule`}
          value={query.rule ?? ''}
          onChange={(event) =>
            onChange({ ...query, rule: rules.find((rule) => rule === event.target.value) ?? undefined })
          }
        >
          <option value="">{t('connector.filterAllRules')}</option>
          {rules.map((rule) => (
            <option key={rule} value={rule}>
              {t(`suggestions.rule-${rule}`)}
            </option>
          ))}
        </select>
      </div>
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
