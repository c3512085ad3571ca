import { useTranslation } from 'react-i18next';
import type { ScanEntry } from '../api/agendas.ts';
import { amountText } from '../kompas/kompas-view.ts';
import { useAgenda } from './agenda-context.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';

/** Building block 2: generated from the profile, what deviates most from the municipal mean. */
export function ScanSection() {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const amount = (value: number, unit: string) => amountText(t, language, value, unit);
  const judgement = (entry: ScanEntry) => {
    const deviation = t(`kompas.class-${entry.class}` as 'kompas.class-average', { defaultValue: entry.class });
    return entry.assessment === null || entry.assessment === 'average'
      ? deviation
      : `${deviation} (${t(`kompas.assessment-${entry.assessment}` as 'kompas.assessment-average', { defaultValue: entry.assessment })})`;
  };
  const columns: TableColumn<ScanEntry>[] = [
    {
      key: 'indicator',
      heading: t('agenda.colIndicator'),
      rowHeader: true,
      cell: (entry) => (
        <>
          {entry.label}
          <span className="agenda-scan__theme">{entry.themeLabel}</span>
        </>
      ),
    },
    { key: 'value', heading: t('agenda.colValue'), cell: (entry) => amount(entry.value, entry.unit) },
    {
      key: 'reference',
      heading: t('agenda.colReference', { municipality: agenda.municipality.name }),
      cell: (entry) => amount(entry.reference, entry.unit),
    },
    {
      key: 'index',
      heading: t('agenda.colIndex'),
      cell: (entry) => (entry.index === null ? '–' : Math.round(entry.index)),
    },
    { key: 'judgement', heading: t('agenda.colJudgement'), cell: judgement },
    {
      key: 'source',
      heading: t('agenda.colSource'),
      cell: (entry) => t('agenda.sourceYear', { source: entry.source, year: entry.year }),
    },
  ];
  return (
    <section className="agenda-section" aria-labelledby="agenda-scan">
      <h2 id="agenda-scan">{t('agenda.scanHeading')}</h2>
      <p className="agenda-hint">{t('agenda.scanHint', { municipality: agenda.municipality.name })}</p>
      {agenda.scan.length === 0 ? (
        <p className="agenda-empty">{t('agenda.scanEmpty')}</p>
      ) : (
        <DataTable
          className="agenda-scan"
          caption={t('agenda.scanCaption', { area: agenda.area.name, municipality: agenda.municipality.name })}
          region={{ label: t('agenda.scanRegion') }}
          columns={columns}
          rows={agenda.scan}
          rowKey={(entry) => entry.key}
        />
      )}
    </section>
  );
}
