import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getOutbox, resendOutboxMessage, type Outbox, type OutboxMessage, type OutboxStatus } from '../api/admin.ts';
import { formatDateTime } from '../account/format.ts';
import { failureMessage } from '../forms/messages.ts';
import { ActionOutcome } from '../forms/fields.tsx';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';
import { useApiData } from '../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from './AdminGate.tsx';
import { splitLinks } from './linkify.ts';
import './admin.css';

const STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'sent', 'failed', 'expired'];

/** The outgoing e-mail and how its delivery goes; without a mail server, the only way a message gets out. */
export function OutboxPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('outbox.title')}>{() => <OutboxTable />}</AdminPage>;
}

function OutboxTable() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const { state, retry, replace } = useApiData((signal) => getOutbox(status, signal), [status]);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function resend(message: OutboxMessage): Promise<void> {
    setProblem(null);
    try {
      await resendOutboxMessage(message.id);
      replace(await getOutbox(status));
      setAnnouncement(t('outbox.resent', { to: message.to }));
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (error) {
      setProblem(failureMessage(t, error));
    }
  }

  const filter = (
    <p className="outbox-filter">
      <label htmlFor="outbox-status">{t('outbox.filter')}</label>{' '}
      <select
        id="outbox-status"
        value={status ?? ''}
        onChange={(event) => setStatus(event.target.value === '' ? null : (event.target.value as OutboxStatus))}
      >
        <option value="">{t('outbox.allStatuses')}</option>
        {STATUSES.map((each) => (
          <option key={each} value={each}>
            {t(`outbox.status-${each}`)}
          </option>
        ))}
      </select>
    </p>
  );
  if (state.status !== 'ready') {
    return (
      <>
        {filter}
        <AdminLoadStatus state={state} onRetry={retry} />
      </>
    );
  }
  const { delivery, messages } = state.data;

  return (
    <>
      <DeliveryNotice delivery={delivery} />
      {filter}
      <ActionOutcome status={announcement} problem={problem} statusRef={statusRef} />
      {messages.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <>
          <p className="page-intro">{t('outbox.intro', { count: messages.length })}</p>
          <DataTable
            className="outbox-table"
            caption={t('outbox.caption')}
            region={{ captionId: 'outbox-caption' }}
            columns={outboxColumns(t, i18n.language, delivery.configured, (message) => void resend(message))}
            rows={messages}
            rowKey={(message) => message.id}
            rowAttributes={(message) => ({ 'data-status': message.status })}
          />
        </>
      )}
    </>
  );
}

/** Whether mail leaves the server, from which address, and what that means for the bodies shown here. */
function DeliveryNotice({ delivery }: { delivery: Outbox['delivery'] }) {
  const { t } = useTranslation();
  return delivery.configured ? (
    <p className="outbox-notice">{t('outbox.delivering', { from: delivery.from })}</p>
  ) : (
    <p className="outbox-notice outbox-notice--warning" role="note">
      <strong>{t('outbox.noServer')}</strong> {t('outbox.noServerDetail')}
    </p>
  );
}

function outboxColumns(
  t: TFunction<'translation'>,
  language: string,
  delivering: boolean,
  onResend: (message: OutboxMessage) => void,
): TableColumn<OutboxMessage>[] {
  const when = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, language)}</time>;
  return [
    {
      key: 'message',
      heading: t('outbox.message'),
      className: 'outbox-table__to',
      cell: (message) => (
        <>
          <p>{message.subject}</p>
          <p className="outbox-table__detail">
            {t('outbox.to')}: {message.to}
          </p>
          <p className="outbox-table__detail">
            {t('outbox.kind')}: <code>{message.kind}</code> ·{' '}
            <span className="outbox-table__created">
              {t('outbox.created')} {when(message.createdAt)}
            </span>
          </p>
        </>
      ),
    },
    {
      key: 'status',
      heading: t('outbox.status'),
      cell: (message) => (
        <>
          <p className={`outbox-status outbox-status--${message.status}`}>{t(`outbox.status-${message.status}`)}</p>
          <p className="outbox-table__detail">{t('outbox.attempts', { count: message.attempts })}</p>
          {message.sentAt !== null && (
            <p className="outbox-table__detail">
              {t('outbox.sentAt')} {when(message.sentAt)}
            </p>
          )}
          {message.status === 'queued' && delivering && (
            <p className="outbox-table__detail">
              {t('outbox.nextAttempt')} {when(message.nextAttemptAt)}
            </p>
          )}
          {message.lastError !== null && (
            <p className="outbox-table__detail outbox-table__error">
              {t('outbox.lastError')} {message.lastError}
            </p>
          )}
          {message.status !== 'sending' && (
            <button type="button" className="button" onClick={() => onResend(message)}>
              {t('outbox.resend')}
              <span className="visually-hidden"> ({t('outbox.resendDetail', { subject: message.subject })})</span>
            </button>
          )}
        </>
      ),
    },
    {
      key: 'body',
      heading: t('outbox.body'),
      cell: (message) =>
        message.body === null ? (
          <p className="outbox-table__detail">{t('outbox.bodyWithheld')}</p>
        ) : (
          <details>
            <summary>{t('outbox.showBody')}</summary>
            <pre className="outbox-table__body">
              {splitLinks(message.body).map((part, index) =>
                part.kind === 'link' ? (
                  <a key={index} href={part.text}>
                    {part.text}
                  </a>
                ) : (
                  part.text
                ),
              )}
            </pre>
          </details>
        ),
    },
  ];
}
