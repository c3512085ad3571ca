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

interface FiguresChartProps {
  figures: Figures;
  totals: Totals;
  areaName: string;
}

/**
 * Introductions per buurt: made, accepted by both, met, as a small bar chart per buurt (one scale for all, so
 * buurten compare), and the same numbers, with asked and declined, in a table for screen readers.
 */
export function FiguresChart({ figures, totals, areaName }: FiguresChartProps) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...figures.map((row) => row.made));
  const columns: TableColumn<Figures[number]>[] = [
    { key: 'buurt', heading: t('connector.columnBuurt'), rowHeader: true, cell: (row) => row.name },
    ...COLUMNS.map(({ key, heading }) => ({ key, heading: t(heading), cell: (row: Figures[number]) => row[key] })),
  ];

  return (
    <>
      {/* The chart only repeats the table's numbers, so screen readers read the table instead. */}
      <ul className="connector-chart" aria-hidden="true">
        {figures.map((row) => (
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
      <p className="connector-chart__totals">{t('connector.totals', totals)}</p>
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
    </>
  );
}
