import { useTranslation } from 'react-i18next';
import type { Privacy } from './feature-text.ts';
import { SymbolIcon } from './SymbolIcon.tsx';
import { SYMBOL_LABELS, SYMBOLS } from './symbols.ts';

interface MapLegendProps {
  privacy: Privacy;
}

/** What each sign on the map means, in words, and the privacy rule for residents. */
export function MapLegend({ privacy }: MapLegendProps) {
  const { t } = useTranslation();

  return (
    <details className="map-overlay map-legend">
      <summary>{t('legend.title')}</summary>
      <div className="map-overlay__body">
        <ul className="map-legend__symbols">
          {SYMBOLS.filter((symbol) => symbol !== 'people').map((symbol) => (
            <li key={symbol}>
              <SymbolIcon symbol={symbol} />
              <span>{t(SYMBOL_LABELS[symbol])}</span>
            </li>
          ))}
        </ul>
        <ul className="map-legend__explained">
          <li>
            <span className="legend-sample legend-sample--cluster" aria-hidden="true">
              12
            </span>
            <span>{t('legend.cluster')}</span>
          </li>
          <li>
            <span className="legend-sample legend-sample--shape" aria-hidden="true" />
            <span>{t('legend.shapes')}</span>
          </li>
          <li>
            <span className="legend-sample legend-sample--cell" aria-hidden="true">
              7
            </span>
            <span>{t('legend.peopleCell')}</span>
          </li>
          <li>
            <span className="legend-sample legend-sample--buurt" aria-hidden="true">
              <SymbolIcon symbol="people" />
            </span>
            <span>{t('legend.peopleBuurt')}</span>
          </li>
          <li>
            <span className="legend-sample legend-sample--area" aria-hidden="true" />
            <span>{t('legend.areas')}</span>
          </li>
        </ul>
        <p className="privacy-rule">
          {t('filters.privacy', { size: privacy.cellSizeMetres, k: privacy.k })} {t('legend.home')}
        </p>
      </div>
    </details>
  );
}
