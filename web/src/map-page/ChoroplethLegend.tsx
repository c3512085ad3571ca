import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.ts';
import '../map/choropleth.css';
import '../kompas/kompas.css';
import { assessmentOfTone, legendRows, toneClassName, type LegendRow } from './choropleth.ts';
import { amountText } from '../kompas/kompas-view.ts';
import type { Choropleth } from './use-choropleth.ts';

interface ChoroplethLegendProps {
  choropleth: Choropleth;
  /**
   * In the side panel under the choice of colour, where the panel stands beside the map; otherwise over the map (a
   * narrow screen, where the panel is a sheet), folded at first.
   */
  inPanel: boolean;
}

/**
 * What the colours of the wijken mean: each class with its values and number of wijken, the reference (index 100),
 * the source, and for composition that it is not judged. Beside the map it never covers the city; over the map (a
 * narrow screen) it is folded at first.
 */
export function ChoroplethLegend({ choropleth, inPanel }: ChoroplethLegendProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(inPanel);
  const language = currentLanguage();
  const { shown } = choropleth;
  if (shown === null) return null;
  const { data, summary } = shown;
  const { unit, direction, family } = data.indicator;
  const noData = data.wijken.filter((wijk) => wijk.value === null).length;
  const number = (value: number) => amountText(t, language, value, unit);

  function keepOpenState(event: SyntheticEvent<HTMLDetailsElement>): void {
    setOpen(event.currentTarget.open);
  }

  function classLabel(row: LegendRow): string {
    const assessment = assessmentOfTone(row.tone);
    return assessment === null ? t(`kompas.class-${row.deviation}`) : t(`kompas.assessment-${assessment}`);
  }

  function rangeText(row: LegendRow): string {
    if (row.from === null && row.to === null) return '';
    if (row.from === null) return t('choropleth.rangeBelow', { value: number(row.to!) });
    if (row.to === null) return t('choropleth.rangeFrom', { value: number(row.from) });
    if (row.from === row.to) return number(row.from);
    return t('choropleth.rangeBetween', { from: number(row.from), to: number(row.to) });
  }

  const source =
    summary?.source ?? (family === 'judgement' ? t('choropleth.sourceJudgement') : t('choropleth.sourceAssets'));

  return (
    <details
      className={inPanel ? 'choropleth-legend choropleth-legend--panel' : 'map-overlay choropleth-legend'}
      open={open}
      onToggle={keepOpenState}
    >
      <summary>{t('choropleth.legendSummary', { label: data.indicator.label })}</summary>
      <div className={inPanel ? 'choropleth-legend__body' : 'map-overlay__body'}>
        <p className="choropleth-legend__explanation">{data.indicator.explanation}</p>
        <ul className="choropleth-legend__classes">
          {legendRows(data)
            .reverse()
            .map((row) => (
              <li key={row.deviation} data-tone={row.tone}>
                <span className={`choropleth-swatch ${toneClassName(row.tone)}`} aria-hidden="true" />
                <span className="choropleth-legend__class">{classLabel(row)}</span>
                <span className="choropleth-legend__range">
                  {rangeText(row)} · {t('choropleth.wijkCount', { count: row.count })}
                </span>
              </li>
            ))}
          <li data-tone="none">
            <span className="choropleth-swatch kompas-segment--none" aria-hidden="true" />
            <span className="choropleth-legend__class">{t('kompas.noData')}</span>
            <span className="choropleth-legend__range">{t('choropleth.wijkCount', { count: noData })}</span>
          </li>
        </ul>
        {data.reference !== null && (
          <p className="choropleth-legend__reference">
            {data.referenceIs === 'mean-of-wijken'
              ? t('choropleth.referenceMeanOfWijken', { value: number(data.reference) })
              : t('choropleth.referenceMunicipality', { value: number(data.reference) })}
          </p>
        )}
        {direction === 'descriptive' && <p className="choropleth-legend__note">{t('choropleth.descriptiveNote')}</p>}
        <p className="choropleth-legend__source">{t('choropleth.source', { source })}</p>
        <p className="choropleth-legend__hint">{t('choropleth.hoverHint')}</p>
      </div>
    </details>
  );
}
