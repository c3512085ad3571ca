import { useTranslation } from 'react-i18next';
import type { ScanEntry } from '../api/agendas.ts';
import { formatNumber, unitKey } from '../kompas/kompas-view.ts';
import { useAgenda } from './agenda-context.ts';

/** Building block 2: generated from the profile, what deviates most from the municipal mean. */
export function ScanSection() {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const amount = (value: number, unit: string) =>
    t(`kompas.unit-${unitKey(unit)}`, { value: formatNumber(value, language), unit });
  const judgement = (entry: ScanEntry) => {
    const deviation = t(`kompas.class-${entry.class}` as 'kompas.class-average', { defaultValue: entry.class });
    return entry.assessment === null || entry.assessment === 'average'
      ? deviation
      : `${deviation} (${t(`kompas.assessment-${entry.assessment}` as 'kompas.assessment-average', { defaultValue: entry.assessment })})`;
  };
  return (
    <section className="agenda-section" aria-labelledby="agenda-scan">
      <h2 id="agenda-scan">{t('agenda.scanHeading')}</h2>
      <p className="agenda-hint">{t('agenda.scanHint', { municipality: agenda.municipality.name })}</p>
      {agenda.scan.length === 0 ? (
        <p className="agenda-empty">{t('agenda.scanEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('agenda.scanRegion')} tabIndex={0}>
          <table className="agenda-scan">
            <caption>
              {t('agenda.scanCaption', { area: agenda.area.name, municipality: agenda.municipality.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('agenda.colIndicator')}</th>
                <th scope="col">{t('agenda.colValue')}</th>
                <th scope="col">{t('agenda.colReference', { municipality: agenda.municipality.name })}</th>
                <th scope="col">{t('agenda.colIndex')}</th>
                <th scope="col">{t('agenda.colJudgement')}</th>
                <th scope="col">{t('agenda.colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.scan.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    {entry.label}
                    <span className="agenda-scan__theme">{entry.themeLabel}</span>
                  </th>
                  <td>{amount(entry.value, entry.unit)}</td>
                  <td>{amount(entry.reference, entry.unit)}</td>
                  <td>{entry.index === null ? '–' : Math.round(entry.index)}</td>
                  <td>{judgement(entry)}</td>
                  <td>{t('agenda.sourceYear', { source: entry.source, year: entry.year })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
