import { useTranslation } from 'react-i18next';
import type { AreaConnections } from '../api/connector.ts';

type Figures = AreaConnections['figures'];
type Totals = AreaConnections['totals'];

const BARS = [
  { key: 'made', label: 'connector.barMade' },
  { key: 'accepted', label: 'connector.barAccepted' },
  { key: 'met', label: 'connector.barMet' },
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
        <table>
          <caption>{t('connector.figuresCaption', { name: areaName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('connector.columnBuurt')}</th>
              <th scope="col">{t('connector.columnMade')}</th>
              <th scope="col">{t('connector.columnAsked')}</th>
              <th scope="col">{t('connector.columnAccepted')}</th>
              <th scope="col">{t('connector.columnDeclined')}</th>
              <th scope="col">{t('connector.columnMet')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                <td>{row.made}</td>
                <td>{row.asked}</td>
                <td>{row.accepted}</td>
                <td>{row.declined}</td>
                <td>{row.met}</td>
              </tr>
            ))}
          </tbody>
          {figures.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row">{t('connector.totalRow')}</th>
                <td>{totals.made}</td>
                <td>{totals.asked}</td>
                <td>{totals.accepted}</td>
                <td>{totals.declined}</td>
                <td>{totals.met}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </>
  );
}
