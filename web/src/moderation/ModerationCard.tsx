import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getModerationTrail,
  hideObservation,
  showObservation,
  type ModerationItem,
  type ModerationStep,
} from '../api/observations.ts';
import { formatDateTime } from '../account/format.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { failureMessage } from '../forms/messages.ts';
import { NoteDisclosure } from '../introductions/NoteDisclosure.tsx';
import { useApiData } from '../use-api-data.ts';

interface ModerationCardProps {
  item: ModerationItem;
  /** After a hide or show: the words to announce; the queue reloads. */
  onDecided: (message: string) => void;
}

/** One reported or hidden observation: what it says and shows, its reports, and the moderator's decision. */
export function ModerationCard({ item, onDecided }: ModerationCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [showing, setShowing] = useState(false);
  const buurt = item.buurtName;
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  async function showAgain(): Promise<void> {
    setProblem(null);
    setShowing(true);
    try {
      await showObservation(item.id);
      onDecided(t('moderation.didShow'));
    } catch (error) {
      setProblem(failureMessage(t, error));
      setShowing(false);
    }
  }

  return (
    <article className="moderation-card" aria-labelledby={headingId} data-hidden={item.hidden ? '' : undefined}>
      <h2 id={headingId} className="moderation-card__heading">
        {t('moderation.itemHeading', { kind: t(`voices.kind-${item.kind}`), buurt })}
      </h2>
      <p className="moderation-card__meta">
        <span className="moderation-card__state">
          {item.hidden ? t('moderation.state-hidden') : t('moderation.state-visible')}
        </span>{' '}
        {t('moderation.posted', { date: date(item.createdAt) })} · {item.buurtCode}
      </p>
      <div className="moderation-card__content">
        {item.thumbnailUrl !== null && (
          <a
            className="moderation-card__photo"
            href={item.photoUrl ?? item.thumbnailUrl}
            target="_blank"
            rel="noreferrer"
          >
            <img
              src={item.thumbnailUrl}
              alt={t('moderation.photoAlt', { body: item.body })}
              width={96}
              height={96}
              loading="lazy"
            />
          </a>
        )}
        <blockquote className="moderation-card__body">{item.body}</blockquote>
      </div>

      <h3 className="moderation-card__subheading">
        {t('moderation.reportsHeading')}
        {item.openReports > 0 && (
          <span className="badge">{t('moderation.openReports', { count: item.openReports })}</span>
        )}
      </h3>
      {item.reports.length === 0 ? (
        <p>{t('moderation.noReports')}</p>
      ) : (
        <ul className="moderation-reports">
          {item.reports.map((report, index) => (
            <li key={`${report.at}-${index}`} data-open={report.open ? '' : undefined}>
              <strong>{t(`moderation.reason-${report.reason}`)}</strong> (
              {report.open ? t('moderation.reportOpen') : t('moderation.reportSettled')},{' '}
              {t('moderation.reportedOn', { date: date(report.at) })})
              {report.note !== '' && (
                <p className="moderation-reports__note">{t('moderation.note', { note: report.note })}</p>
              )}
            </li>
          ))}
        </ul>
      )}

      {item.lastAction !== null && (
        <p className="moderation-card__last">
          {t(`moderation.lastAction-${item.lastAction.action}`, {
            actor: item.lastAction.actor ?? t('moderation.someone'),
            date: date(item.lastAction.at),
          })}{' '}
          {item.lastAction.reason !== '' && t('moderation.reasonSaid', { reason: item.lastAction.reason })}
        </p>
      )}

      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      <div className="moderation-card__actions">
        {item.hidden ? (
          <button type="button" className="button button--primary" disabled={showing} onClick={() => void showAgain()}>
            {showing ? t('form.busy') : t('moderation.show')}
            <span className="visually-hidden"> ({t('moderation.showDetail', { buurt })})</span>
          </button>
        ) : (
          <NoteDisclosure
            initialNote=""
            texts={{
              open: t('moderation.hide'),
              openDetail: t('moderation.hideDetail', { buurt }),
              heading: t('moderation.hideHeading', { buurt }),
              label: t('moderation.hideReason'),
              hint: t('moderation.hideHint'),
              submit: t('moderation.hide'),
              cancel: t('moderation.cancel'),
            }}
            send={async (reason) => {
              await hideObservation(item.id, reason);
              onDecided(t('moderation.didHide'));
            }}
            describeFailure={() => undefined}
          />
        )}
      </div>

      <AuditTrail id={item.id} version={item.lastAction?.at ?? ''} />
    </article>
  );
}

interface AuditTrailProps {
  id: string;
  /** When the last step was taken: a new step loads the trail again. */
  version: string;
}

/** Every hide and show of one observation, loaded when the disclosure is first opened. */
function AuditTrail({ id, version }: AuditTrailProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details className="moderation-trail" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary>{t('moderation.trail')}</summary>
      {opened && <TrailSteps id={id} version={version} />}
    </details>
  );
}

function TrailSteps({ id, version }: AuditTrailProps) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData((signal) => getModerationTrail(id, signal), [id, version]);
  if (state.status === 'loading') return <p role="status">{t('form.loading')}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={retry} />;
  if (state.data.length === 0) return <p>{t('moderation.trailEmpty')}</p>;
  return (
    <ol className="moderation-trail__steps">
      {state.data.map((step: ModerationStep, index) => (
        <li key={`${step.at}-${index}`}>
          {t(`moderation.trail-${step.action}`, {
            date: formatDateTime(step.at, i18n.language),
            actor: step.actor ?? t('moderation.someone'),
          })}
          {step.reason !== '' && (
            <p className="moderation-trail__reason">{t('moderation.reasonSaid', { reason: step.reason })}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
