import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { endSession, getMySessions, type SessionInfo } from '../../api/me.ts';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import { failureMessage } from '../../forms/messages.ts';
import { useApiData } from '../../use-api-data.ts';
import { formatDateTime } from '../format.ts';
import { describeUserAgent } from '../user-agent.ts';
import { FormStatus } from '../../forms/fields.tsx';

interface SessionsListProps {
  /** A new value loads the list again. */
  reloadKey: number;
}

/** Where this account is logged in, with a way to log out a device that is lost or not one's own. */
export function SessionsList({ reloadKey }: SessionsListProps) {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getMySessions, [reloadKey]);
  const [ending, setEnding] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  function deviceName(session: SessionInfo): string {
    const { browser, system } = describeUserAgent(session.userAgent);
    if (browser !== null && system !== null) return t('sessions.device', { browser, system });
    return browser ?? system ?? t('sessions.unknownDevice');
  }

  async function end(session: SessionInfo, sessions: SessionInfo[]): Promise<void> {
    setEnding(session.id);
    setStatus('');
    try {
      await endSession(session.id);
    } catch (error) {
      // 404: that session had already ended; the list is only out of date.
      if (!(error instanceof ApiError && error.status === 404)) {
        setStatus(failureMessage(t, error));
        setEnding(null);
        return;
      }
    }
    replace(sessions.filter((other) => other.id !== session.id));
    setStatus(t('sessions.ended', { device: deviceName(session) }));
    setEnding(null);
  }

  function content() {
    if (state.status === 'loading') return <p role="status">{t('form.loading')}</p>;
    if (state.status === 'error') return <LoadProblem onRetry={retry} />;
    const sessions = state.data;
    return (
      <ul className="sessions">
        {sessions.map((session) => (
          <li key={session.id} className="session">
            <p id={`session-${session.id}`} className="session__device">
              {deviceName(session)}
              {session.current && <span className="badge">{t('sessions.current')}</span>}
            </p>
            <p className="session__times">
              {t('sessions.times', {
                created: formatDateTime(session.createdAt, i18n.language),
                lastSeen: formatDateTime(session.lastSeenAt, i18n.language),
              })}
            </p>
            {!session.current && (
              <button
                type="button"
                className="button"
                aria-describedby={`session-${session.id}`}
                disabled={ending === session.id}
                onClick={() => void end(session, sessions)}
              >
                {ending === session.id ? t('form.busy') : t('sessions.end')}
              </button>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.heading')}</h2>
      <p>{t('sessions.intro')}</p>
      {content()}
      <FormStatus>{status}</FormStatus>
    </section>
  );
}
