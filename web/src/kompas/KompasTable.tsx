import { useTranslation } from 'react-i18next';
import { chartIndex, INDEX_BOUNDS } from '../../../api/kompas/kompas-scoring.ts';
import type { Kompas, KompasIndicator } from '../api/kompas.ts';
import type { Language } from '../i18n/i18n.ts';
import { amountText, countText, type LevelView } from './kompas-view.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

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

  const amount = (value: number | null, unit: string) => amountText(t, language, value, unit);

  function judgement(indicator: KompasIndicator): string {
    if (indicator.value !== null && indicator.smallCount) return t('kompas.smallCountJudgement');
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

  const columns: TableColumn<KompasIndicator>[] = [
    {
      key: 'indicator',
      heading: t('kompas.colIndicator'),
      rowHeader: true,
      cell: (indicator) => (
        <>
          {indicator.label}
          <span className="kompas-table__explanation">{indicator.explanation}</span>
        </>
      ),
    },
    {
      key: 'value',
      heading: t('kompas.colValue'),
      // A small count reads as the count; any other count of things stands under its ratio.
      cell: (indicator) =>
        indicator.value !== null && indicator.count !== null ? (
          indicator.smallCount ? (
            countText(t, indicator.key, indicator.count)
          ) : (
            <>
              {amount(indicator.value, indicator.unit)}
              <span className="kompas-table__note">{countText(t, indicator.key, indicator.count)}</span>
            </>
          )
        ) : (
          amount(indicator.value, indicator.unit)
        ),
    },
    {
      key: 'reference',
      heading: t('kompas.colReference', { municipality }),
      cell: (indicator) => (
        <>
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
        </>
      ),
    },
    {
      key: 'index',
      heading: t('kompas.colIndex'),
      cell: (indicator) => {
        if (indicator.value === null || indicator.index === null) return '–';
        const beyond = chartIndex(indicator.index).beyond;
        return (
          <>
            {Math.round(indicator.index)}
            {beyond !== null && (
              <span className="kompas-table__note">
                {t(beyond === 'above' ? 'kompas.indexAbove' : 'kompas.indexBelow', INDEX_BOUNDS)}
              </span>
            )}
          </>
        );
      },
    },
    { key: 'class', heading: t('kompas.colClass'), cell: judgement },
    { key: 'source', heading: t('kompas.colSource'), cell: (indicator) => sourceText(indicator.source) },
  ];

  return (
    <DataTable
      className="kompas-table"
      caption={t('kompas.tableCaption', { wijk: kompas.area.name, municipality, level: levelName })}
      region={{ label: t('kompas.tableRegion'), className: 'kompas__table' }}
      columns={columns}
      groups={view.groups.map(({ quarter, theme }) => ({
        key: `${quarter.key}:${theme.key}`,
        heading: `${quarter.label} › ${theme.label}`,
        rows: theme.indicators,
      }))}
      groupClassName="kompas-table__group"
      rowKey={(indicator) => indicator.key}
    />
  );
}
