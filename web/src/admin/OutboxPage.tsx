import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getOutbox, type OutboxMessage } from '../api/admin.ts';
import { formatDateTime } from '../account/format.ts';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';
import { useApiData } from '../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from './AdminGate.tsx';
import { splitLinks } from './linkify.ts';
import './admin.css';

/** The e-mail that would have been sent: there is no mail server yet, so an administrator reads it here. */
export function OutboxPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('outbox.title')}>{() => <OutboxTable />}</AdminPage>;
}

function OutboxTable() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData(getOutbox, []);

  if (state.status !== 'ready') return <AdminLoadStatus state={state} onRetry={retry} />;
  if (state.data.length === 0) return <p>{t('outbox.empty')}</p>;
  const columns = outboxColumns(t, i18n.language);

  return (
    <>
      <p className="page-intro">{t('outbox.intro', { count: state.data.length })}</p>
      <DataTable
        className="outbox-table"
        caption={t('outbox.caption')}
        region={{ captionId: 'outbox-caption' }}
        columns={columns}
        rows={state.data}
        rowKey={(message) => message.id}
      />
    </>
  );
}

function outboxColumns(t: TFunction<'translation'>, language: string): TableColumn<OutboxMessage>[] {
  return [
    { key: 'to', heading: t('outbox.to'), className: 'outbox-table__to', cell: (message) => message.to },
    { key: 'kind', heading: t('outbox.kind'), cell: (message) => <code>{message.kind}</code> },
    { key: 'subject', heading: t('outbox.subject'), cell: (message) => message.subject },
    {
      key: 'created',
      heading: t('outbox.created'),
      cell: (message) => <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>,
    },
    {
      key: 'body',
      heading: t('outbox.body'),
      cell: (message) => (
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
