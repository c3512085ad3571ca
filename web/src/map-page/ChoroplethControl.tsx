import { useState, type ChangeEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import type { IndicatorAcrossWijken } from '../api/kompas.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import '../map/choropleth.css';
import '../kompas/kompas.css';
import { groupIndicators, toneClassName, toneOfWijk } from './choropleth.ts';
import { figureText } from '../kompas/kompas-view.ts';
import type { Choropleth } from './use-choropleth.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

const CHOROPLETH_HEADING_ID = 'choropleth-heading';
const SELECT_ID = 'choropleth-indicator';
const HINT_ID = 'choropleth-hint';

interface ChoroplethControlProps {
  choropleth: Choropleth;
  /** What the colours mean, under the choice (where the panel is beside the map rather than over it). */
  legend?: ReactNode;
}

/**
 * "Colour the wijken by…": the indicators of the kompas by family and theme, and, once the wijken are coloured, the
 * same figures as a table (the list beside the map, for keyboards and screen readers).
 */
export function ChoroplethControl({ choropleth, legend }: ChoroplethControlProps) {
  const { t } = useTranslation();
  const { key, indicators, data, shown } = choropleth;
  // Open stays open when another indicator is chosen.
  const [listOpen, setListOpen] = useState(false);

  function chooseIndicator(event: ChangeEvent<HTMLSelectElement>): void {
    choropleth.choose(event.target.value === '' ? null : event.target.value);
  }

  const groups = indicators.status === 'ready' ? groupIndicators(indicators.data) : [];
  const unknown = data.status === 'error' && data.error instanceof ApiError && data.error.status === 404;

  return (
    <section className="choropleth-control" aria-labelledby={CHOROPLETH_HEADING_ID}>
      <h2 id={CHOROPLETH_HEADING_ID}>{t('choropleth.heading')}</h2>
      <div className="filter-field">
        <label htmlFor={SELECT_ID}>{t('choropleth.selectLabel')}</label>
        <select
          id={SELECT_ID}
          value={key ?? ''}
          onChange={chooseIndicator}
          aria-describedby={HINT_ID}
          disabled={indicators.status !== 'ready'}
        >
          <option value="">{t('choropleth.none')}</option>
          {groups.map((group) => (
            <optgroup
              key={`${group.family}:${group.themeLabel}`}
              label={`${t(`choropleth.family-${group.family}`)}: ${group.themeLabel}`}
            >
              {group.indicators.map((indicator) => (
                <option key={indicator.key} value={indicator.key}>
                  {indicator.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p id={HINT_ID} className="filter-field__hint">
          {t('choropleth.hint')}
        </p>
      </div>
      {key !== null && data.status === 'loading' && (
        <p className="choropleth-control__status" role="status">
          {t('choropleth.loading')}
        </p>
      )}
      {(indicators.status === 'error' || (key !== null && data.status === 'error')) && (
        <p className="choropleth-control__problem" role="alert">
          {unknown ? t('choropleth.unknown') : t('choropleth.failed')}{' '}
          {!unknown && (
            <button type="button" onClick={choropleth.retry}>
              {t('choropleth.retry')}
            </button>
          )}
        </p>
      )}
      {legend}
      {shown !== null && <WijkTable data={shown.data} open={listOpen} onOpenChange={setListOpen} />}
    </section>
  );
}

type Wijk = IndicatorAcrossWijken['wijken'][number];

interface WijkTableProps {
  data: IndicatorAcrossWijken;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Every wijk's value, index and class, in the order of the API (by code). */
function WijkTable({ data, open, onOpenChange }: WijkTableProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { direction, unit, label } = data.indicator;

  function classText(wijk: Wijk): string {
    if (wijk.value !== null && wijk.smallCount) return t('kompas.smallCountJudgement');
    if (wijk.value === null || wijk.class === null) return t('kompas.noData');
    const deviation = t(`kompas.class-${wijk.class}`);
    return wijk.assessment === null || wijk.assessment === 'average'
      ? deviation
      : `${deviation} (${t(`kompas.assessment-${wijk.assessment}`)})`;
  }

  const columns: TableColumn<Wijk>[] = [
    { key: 'wijk', heading: t('choropleth.colWijk'), rowHeader: true, cell: (wijk) => wijk.name },
    {
      key: 'value',
      heading: t('kompas.colValue'),
      cell: (wijk) => figureText(t, language, data.indicator.key, wijk, unit),
    },
    {
      key: 'index',
      heading: t('kompas.colIndex'),
      cell: (wijk) => (wijk.index === null ? '–' : Math.round(wijk.index)),
    },
    {
      key: 'class',
      heading: t('kompas.colClass'),
      cell: (wijk) => (
        <>
          <span className={`choropleth-swatch ${toneClassName(toneOfWijk(wijk, direction))}`} aria-hidden="true" />
          {classText(wijk)}
        </>
      ),
    },
  ];

  function keepOpenState(event: SyntheticEvent<HTMLDetailsElement>): void {
    onOpenChange(event.currentTarget.open);
  }

  return (
    <details className="choropleth-list" open={open} onToggle={keepOpenState}>
      <summary>{t('choropleth.listSummary', { count: data.wijken.length })}</summary>
      <DataTable
        className="choropleth-table"
        caption={t('choropleth.tableCaption', { label })}
        region={{ label: t('choropleth.tableRegion', { label }) }}
        columns={columns}
        rows={data.wijken}
        rowKey={(wijk) => wijk.code}
        rowAttributes={(wijk) => ({ 'data-code': wijk.code })}
      />
    </details>
  );
}
