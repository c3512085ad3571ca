import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../account/session.tsx';
import { getAreaAgendas, startAgenda, type AgendaSummary } from '../api/agendas.ts';
import type { ProfileAreaType } from '../api/areas.ts';
import { getMe, type Me } from '../api/me.ts';
import { LoadedPart } from '../forms/LoadedPart.tsx';
import { agendaPath } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { AgendaList } from './AgendaParts.tsx';
import { STATUSES, useAgendaAction } from './agenda-text.ts';
import './agenda.css';

interface AreaAgendaProps {
  area: { type: ProfileAreaType; code: string; name: string };
  /** The wijk itself, or the wijk the buurt lies in: its connectors are the buurt's too. */
  wijkCode: string;
}

/** Whether the account may start an agenda here: an administrator, or a connector of the area or of its wijk. */
function mayStart(me: Me | null, area: AreaAgendaProps['area'], wijkCode: string): boolean {
  if (me === null) return false;
  if (me.isAdmin) return true;
  return me.connectorAreas.some(
    (granted) =>
      (granted.type === area.type && granted.code === area.code) ||
      (granted.type === 'wijk' && granted.code === wijkCode),
  );
}

/** On a profile: the area's buurtagenda's with their progress, and for its connectors the way to start this year's. */
export function AreaAgenda({ area, wijkCode }: AreaAgendaProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const { state, retry } = useApiData((signal) => getAreaAgendas(area.code, signal), [area.code, user?.id]);
  const me = useApiData<Me | null>((signal) => (user === null ? Promise.resolve(null) : getMe(signal)), [user?.id]);
  const { busy, problems, act } = useAgendaAction();
  const year = new Date().getFullYear();
  const canStart =
    mayStart(me.state.status === 'ready' ? me.state.data : null, area, wijkCode) &&
    state.status === 'ready' &&
    !state.data.some((agenda) => agenda.year === year);

  return (
    <section className="area-agenda" aria-labelledby="area-agenda-heading">
      <h2 id="area-agenda-heading">{t('agenda.profileHeading')}</h2>
      <LoadedPart state={state} onRetry={retry} loading={t('agenda.loading')}>
        {(agendas) => (
          <AgendaList
            items={agendas}
            empty={t('agenda.profileNone', { name: area.name })}
            className="area-agenda__list"
          >
            {(agenda) => <AgendaProgressCard agenda={agenda} />}
          </AgendaList>
        )}
      </LoadedPart>
      {canStart && (
        <div className="area-agenda__start">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const id = await startAgenda(area.type, area.code, year);
                await navigate(agendaPath(id));
              })
            }
          >
            {busy ? t('form.busy') : t('agenda.start', { year })}
          </button>
          <ProblemList problems={problems} />
        </div>
      )}
    </section>
  );
}

/** One agenda's progress: items by status as bars (with the same counts as a table), pledges used and introductions. */
function AgendaProgressCard({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const { progress } = agenda;
  const total = STATUSES.reduce((sum, status) => sum + progress.items[status], 0);
  const most = Math.max(1, ...STATUSES.map((status) => progress.items[status]));
  return (
    <article className="area-agenda__card" aria-labelledby={`agenda-${agenda.id}`}>
      <h3 id={`agenda-${agenda.id}`}>
        <Link to={agendaPath(agenda.id)}>{agenda.title}</Link>{' '}
        <span className={`agenda-badge agenda-badge--${agenda.status}`}>{t(`agenda.state-${agenda.status}`)}</span>
      </h3>
      <p>{t('agenda.progressItems', { count: total })}</p>
      {total > 0 && (
        <div className="area-agenda__progress">
          <div className="agenda-bars" aria-hidden="true">
            {STATUSES.map((status) => (
              <div key={status} className="agenda-bars__row">
                <span className="agenda-bars__label">{t(`agenda.status-${status}`)}</span>
                <span className="agenda-bars__track">
                  <span
                    className={`agenda-bars__bar agenda-status--${status}`}
                    style={{ width: `${(progress.items[status] / most) * 100}%` }}
                  />
                </span>
                <span className="agenda-bars__value">{progress.items[status]}</span>
              </div>
            ))}
          </div>
          {/* A table with a width of 1px still takes its content's width: the wrapper is what hides it. */}
          <div className="visually-hidden">
            <table>
              <caption>{t('agenda.progressCaption', { title: agenda.title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('agenda.statusLabel')}</th>
                  <th scope="col">{t('agenda.progressCount')}</th>
                </tr>
              </thead>
              <tbody>
                {STATUSES.map((status) => (
                  <tr key={status}>
                    <th scope="row">{t(`agenda.status-${status}`)}</th>
                    <td>{progress.items[status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <ul className="area-agenda__figures">
        <li>{t('agenda.progressPledges', { used: progress.pledges.used, pledged: progress.pledges.pledged })}</li>
        <li>
          {t('agenda.progressIntroductions', {
            count: progress.introductions.made,
            accepted: progress.introductions.accepted,
            met: progress.introductions.met,
          })}
        </li>
        <li>{t('agenda.supports', { count: progress.supports })}</li>
      </ul>
    </article>
  );
}
