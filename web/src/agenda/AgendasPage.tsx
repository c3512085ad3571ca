import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../account/session.tsx';
import { getAgendas, type AgendaSummary } from '../api/agendas.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { currentLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { agendaPath, kompasPath } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { STATUSES } from './agenda-text.ts';
import './agenda.css';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { useMunicipalityChoice } from '../map/municipality-choice.ts';
import { MunicipalityControl } from '../map/MunicipalityControl.tsx';

const FILTERS = ['all', 'published', 'draft'] as const;
type Filter = (typeof FILTERS)[number];

/** Every buurtagenda the visitor can see (the published ones, and drafts they take part in), newest year first. */
export function AgendasPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { user } = useSession();
  // With several municipalities loaded, the agendas of one of them.
  const municipalityChoice = useMunicipalityChoice();
  const municipality = municipalityChoice.several ? (municipalityChoice.chosen?.code ?? null) : null;
  const { state, retry } = useApiData(
    (signal) => getAgendas(language, municipality, signal),
    [language, user?.id, municipality],
  );
  const [filter, setFilter] = useState<Filter>('all');

  const agendas = state.status === 'ready' ? state.data : [];
  const hasDrafts = agendas.some((agenda) => agenda.status === 'draft');
  const shown = hasDrafts && filter !== 'all' ? agendas.filter((agenda) => agenda.status === filter) : agendas;

  return (
    <PageLayout title={t('agenda.overviewTitle')} wide>
      <p className="agenda-hint">{t('agenda.overviewIntro')}</p>
      <MunicipalityControl choice={municipalityChoice} />
      {state.status === 'loading' && <LoadingStatus>{t('agenda.loading')}</LoadingStatus>}
      {state.status === 'error' && <LoadProblem onRetry={retry} />}
      {state.status === 'ready' && agendas.length === 0 && <p className="agenda-empty">{t('agenda.overviewNone')}</p>}
      {state.status === 'ready' && agendas.length > 0 && (
        <>
          {hasDrafts && <StatusFilter value={filter} onChange={setFilter} />}
          <p className="agendas-count" role="status">
            {t('agenda.overviewCount', { count: shown.length })}
          </p>
          <ul className="agendas-list">
            {shown.map((agenda) => (
              <li key={agenda.id}>
                <AgendaRow agenda={agenda} />
              </li>
            ))}
          </ul>
        </>
      )}
    </PageLayout>
  );
}

function StatusFilter({ value, onChange }: { value: Filter; onChange: (filter: Filter) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="agendas-filter">
      <legend>{t('agenda.overviewFilter')}</legend>
      {FILTERS.map((filter) => (
        <label key={filter} className="agendas-filter__choice">
          <input type="radio" name={name} value={filter} checked={value === filter} onChange={() => onChange(filter)} />{' '}
          {t(`agenda.overviewFilter-${filter}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** One agenda: where, whether published, its items by status as one bar (and in words), pledges used and supports. */
function AgendaRow({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const { progress } = agenda;
  const headingId = useId();
  const total = STATUSES.reduce((sum, status) => sum + progress.items[status], 0);
  const counted = STATUSES.filter((status) => progress.items[status] > 0);
  return (
    <article className="agendas-row" aria-labelledby={headingId}>
      <h2 id={headingId} className="agendas-row__title">
        <Link to={agendaPath(agenda.id)}>{agenda.title}</Link>
      </h2>
      <p className="agendas-row__where">
        <Link to={kompasPath(agenda.area.type, agenda.area.code)}>
          {t(`agenda.overviewArea-${agenda.area.type}`, { name: agenda.area.name })}
        </Link>{' '}
        <span className={`agenda-badge agenda-badge--${agenda.status}`}>{t(`agenda.state-${agenda.status}`)}</span>
      </p>
      <div className="agendas-row__items">
        {total > 0 && (
          <span className="agendas-bar" aria-hidden="true">
            {counted.map((status) => (
              <span
                key={status}
                className={`agendas-bar__part agenda-status--${status}`}
                style={{ flexGrow: progress.items[status] }}
              />
            ))}
          </span>
        )}
        <span>
          {t('agenda.progressItems', { count: total })}
          {total > 0 &&
            ` (${counted.map((status) => t('agenda.overviewItemsOf', { status: t(`agenda.status-${status}`), count: progress.items[status] })).join(', ')})`}
        </span>
      </div>
      <ul className="agendas-row__figures">
        <li>{t('agenda.progressPledges', { used: progress.pledges.used, pledged: progress.pledges.pledged })}</li>
        <li>{t('agenda.supports', { count: progress.supports })}</li>
      </ul>
    </article>
  );
}
