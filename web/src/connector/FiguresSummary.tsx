import { useTranslation } from 'react-i18next';
import type { AreaConnections } from '../api/connector.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

type Figures = AreaConnections['figures'];
type Totals = AreaConnections['totals'];

const BARS = [
  { key: 'made', label: 'connector.barMade' },
  { key: 'accepted', label: 'connector.barAccepted' },
  { key: 'met', label: 'connector.barMet' },
] as const;

const COLUMNS = [
  { key: 'made', heading: 'connector.columnMade' },
  { key: 'asked', heading: 'connector.columnAsked' },
  { key: 'accepted', heading: 'connector.columnAccepted' },
  { key: 'declined', heading: 'connector.columnDeclined' },
  { key: 'met', heading: 'connector.columnMet' },
] as const;

interface FiguresSummaryProps {
  figures: Figures;
  totals: Totals;
  areaName: string;
}

const KEY_NUMBERS = [
  { key: 'made', label: 'connector.keyMade' },
  { key: 'asked', label: 'connector.keyAsked' },
  { key: 'accepted', label: 'connector.keyAccepted' },
  { key: 'met', label: 'connector.keyMet' },
] as const;

/**
 * The figures in short: a few key numbers for the whole area, and behind a disclosure the bar chart per buurt (the
 * buurten with introductions first, most first; those without named in one line) with the table for screen readers.
 */
export function FiguresSummary({ figures, totals, areaName }: FiguresSummaryProps) {
  const { t } = useTranslation();
  const active = figures.filter((row) => row.made > 0).sort((a, b) => b.made - a.made || a.name.localeCompare(b.name));
  const quiet = figures.filter((row) => row.made === 0);
  const largest = Math.max(1, ...active.map((row) => row.made));
  const columns: TableColumn<Figures[number]>[] = [
    { key: 'buurt', heading: t('connector.columnBuurt'), rowHeader: true, cell: (row) => row.name },
    ...COLUMNS.map(({ key, heading }) => ({ key, heading: t(heading), cell: (row: Figures[number]) => row[key] })),
  ];

  return (
    <>
      <dl className="connector-keys">
        {KEY_NUMBERS.map(({ key, label }) => (
          <div key={key} className="connector-keys__item">
            <dt>{t(label)}</dt>
            <dd>{totals[key]}</dd>
          </div>
        ))}
      </dl>
      <details className="connector-figures">
        <summary>{t('connector.figuresMore', { count: figures.length })}</summary>
        {/* The chart only repeats the table's numbers, so screen readers read the table instead. */}
        {active.length > 0 && (
          <ul className="connector-chart" aria-hidden="true">
            {active.map((row) => (
              <li key={row.code} className="connector-chart__buurt">
                <span className="connector-chart__name">{row.name}</span>
                {BARS.map((bar) => (
                  <span key={bar.key} className="connector-chart__row">
                    <span className="connector-chart__label">{t(bar.label)}</span>
                    <svg
                      className="connector-chart__track"
                      viewBox="0 0 100 10"
                      preserveAspectRatio="none"
                      focusable="false"
                    >
                      <rect
                        className={`connector-chart__bar connector-chart__bar--${bar.key}`}
                        x="0"
                        y="0"
                        height="10"
                        width={(row[bar.key] / largest) * 100}
                      />
                    </svg>
                    <span className="connector-chart__value">{row[bar.key]}</span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
        {quiet.length > 0 && (
          <p className="connector-chart__quiet" aria-hidden="true">
            {t('connector.figuresQuiet', { names: quiet.map((row) => row.name).join(', ') })}
          </p>
        )}
        {/* A table takes the width its content needs whatever it is given: the wrapper hides and clips it. */}
        <div className="visually-hidden">
          <DataTable
            caption={t('connector.figuresCaption', { name: areaName })}
            columns={columns}
            rows={figures}
            rowKey={(row) => row.code}
            footRows={figures.length > 1 ? [{ code: 'total', name: t('connector.totalRow'), ...totals }] : []}
          />
        </div>
      </details>
    </>
  );
}
