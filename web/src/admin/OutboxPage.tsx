import { useTranslation } from 'react-i18next';
import { getOutbox, type OutboxMessage } from '../api/admin.ts';
import { formatDateTime } from '../account/format.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { useApiData } from '../use-api-data.ts';
import { AdminGate, AdminsOnly } from './AdminGate.tsx';
import { splitLinks } from './linkify.ts';
import './admin.css';

/** The e-mail that would have been sent: there is no mail server yet, so an administrator reads it here. */
export function OutboxPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('outbox.title')} wide>
      <AdminGate>{() => <OutboxTable />}</AdminGate>
    </PageLayout>
  );
}

function OutboxTable() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData(getOutbox, []);

  if (state.status !== 'ready')
    return <PageLoadStatus state={state} onRetry={retry} loading={t('form.loading')} forbidden={<AdminsOnly />} />;
  if (state.data.length === 0) return <p>{t('outbox.empty')}</p>;

  return (
    <>
      <p className="page-intro">{t('outbox.intro', { count: state.data.length })}</p>
      <div className="table-scroll" role="region" aria-labelledby="outbox-caption" tabIndex={0}>
        <table className="outbox-table">
          <caption id="outbox-caption">{t('outbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outbox.to')}</th>
              <th scope="col">{t('outbox.kind')}</th>
              <th scope="col">{t('outbox.subject')}</th>
              <th scope="col">{t('outbox.created')}</th>
              <th scope="col">{t('outbox.body')}</th>
            </tr>
          </thead>
          <tbody>
            {state.data.map((message) => (
              <OutboxRow key={message.id} message={message} language={i18n.language} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface OutboxRowProps {
  message: OutboxMessage;
  language: string;
}

function OutboxRow({ message, language }: OutboxRowProps) {
  const { t } = useTranslation();
  return (
    <tr>
      <td className="outbox-table__to">{message.to}</td>
      <td>
        <code>{message.kind}</code>
      </td>
      <td>{message.subject}</td>
      <td>
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
      </td>
      <td>
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
      </td>
    </tr>
  );
}
