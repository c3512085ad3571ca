import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAgendaHistory } from '../api/agendas.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';
import { useAgenda } from './agenda-context.ts';
import { actionText, formatMoment } from './agenda-text.ts';

/** Every change, newest first, loaded when the disclosure is first opened. */
export function HistorySection() {
  const { t } = useTranslation();
  const { agenda, language } = useAgenda();
  const [opened, setOpened] = useState(false);
  return (
    <details className="agenda-history" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('agenda.historyHeading')}</summary>
      {opened && <HistoryList agendaId={agenda.id} updatedAt={agenda.updatedAt} language={language} />}
    </details>
  );
}

function HistoryList({
  agendaId,
  updatedAt,
  language,
}: {
  agendaId: string;
  updatedAt: string;
  language: 'nl' | 'en';
}) {
  const { t } = useTranslation();
  const { state, retry } = useApiData((signal) => getAgendaHistory(agendaId, signal), [agendaId, updatedAt]);
  if (state.status === 'loading') return <p role="status">{t('agenda.loading')}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={retry} />;
  if (state.data.length === 0) return <p className="agenda-empty">{t('agenda.historyEmpty')}</p>;
  return (
    <ol className="agenda-history__list">
      {state.data.map((entry, index) => (
        <li key={index}>
          <time dateTime={entry.at}>{formatMoment(entry.at, language)}</time>{' '}
          {t('agenda.historyEntry', {
            // Null: a deleted account, a resident's support or words (named only to those who take part), or a
            // resident's pledge of an item this viewer may not see.
            actor: entry.actor ?? t('agenda.unnamedActor'),
            action: actionText(t, entry.action),
          })}
        </li>
      ))}
    </ol>
  );
}
