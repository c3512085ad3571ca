import { useTranslation } from 'react-i18next';
import type { Kompas, KompasIndicator } from '../api/kompas.ts';
import type { Language } from '../i18n/i18n.ts';
import { formatNumber, unitKey, type LevelView } from './kompas-view.ts';

interface KompasTableProps {
  kompas: Kompas;
  view: LevelView;
  levelName: string;
  language: Language;
}

/** The numbers of the chart's level: what screen readers use, and what prints. */
export function KompasTable({ kompas, view, levelName, language }: KompasTableProps) {
  const { t } = useTranslation();
  const municipality = kompas.municipality.name;

  function amount(value: number | null, unit: string): string {
    if (value === null) return t('kompas.noData');
    return t(`kompas.unit-${unitKey(unit)}`, { value: formatNumber(value, language), unit });
  }

  function judgement(indicator: KompasIndicator): string {
    if (indicator.value === null || indicator.class === null) return t('kompas.noData');
    const deviation = t(`kompas.class-${indicator.class}`);
    if (indicator.assessment === 'average') return deviation;
    return indicator.assessment === null
      ? `${deviation} (${t('kompas.assessment-none')})`
      : `${deviation} (${t(`kompas.assessment-${indicator.assessment}`)})`;
  }

  // "Krachtkaart (berekend uit de kaart)" by Krachtkaart names its publisher once.
  function sourceText(source: KompasIndicator['source']): string {
    return source.title.includes(source.publisher) ? t('kompas.sourceShort', source) : t('kompas.sourceValue', source);
  }

  return (
    <div className="kompas__table table-scroll" role="region" aria-label={t('kompas.tableRegion')} tabIndex={0}>
      <table className="kompas-table">
        <caption>{t('kompas.tableCaption', { wijk: kompas.area.name, municipality, level: levelName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kompas.colIndicator')}</th>
            <th scope="col">{t('kompas.colValue')}</th>
            <th scope="col">{t('kompas.colReference', { municipality })}</th>
            <th scope="col">{t('kompas.colIndex')}</th>
            <th scope="col">{t('kompas.colClass')}</th>
            <th scope="col">{t('kompas.colSource')}</th>
          </tr>
        </thead>
        {view.groups.map(({ quarter, theme }) => (
          <tbody key={`${quarter.key}:${theme.key}`}>
            <tr className="kompas-table__group">
              <th scope="colgroup" colSpan={6}>
                {quarter.label} › {theme.label}
              </th>
            </tr>
            {theme.indicators.map((indicator) => (
              <tr key={indicator.key}>
                <th scope="row">
                  {indicator.label}
                  <span className="kompas-table__explanation">{indicator.explanation}</span>
                </th>
                <td>{amount(indicator.value, indicator.unit)}</td>
                <td>
                  {amount(indicator.reference, indicator.unit)}
                  {indicator.referenceIs !== null && (
                    <span className="kompas-table__note">
                      {indicator.referenceIs === 'municipality'
                        ? t('kompas.referenceMunicipality', { municipality })
                        : indicator.referenceIs === 'mean-of-buurten'
                          ? t('kompas.referenceMeanOfBuurten')
                          : t('kompas.referenceMeanOfWijken')}
                    </span>
                  )}
                </td>
                <td>{indicator.value === null || indicator.index === null ? '–' : Math.round(indicator.index)}</td>
                <td>{judgement(indicator)}</td>
                <td>{sourceText(indicator.source)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
