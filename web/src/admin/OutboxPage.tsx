import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError, getOutbox, type OutboxMessage } from '../api-client.ts';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { formatDateTime } from '../account/format.ts';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { splitLinks } from './linkify.ts';

/** The e-mail that would have been sent: there is no mail server yet, so an administrator reads it here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const location = useLocation();

  function content() {
    if (status === 'loading') {
      return (
        <p className="page-status" role="status">
          {t('form.loading')}
        </p>
      );
    }
    if (user === null) {
      return (
        <div className="refusal">
          <p>{t('outbox.loginFirst')}</p>
          <p>
            <Link to={withReturnPath(PATHS.login, location.pathname)}>{t('nav.login')}</Link>
          </p>
        </div>
      );
    }
    if (!user.isAdmin) return <AdminsOnly />;
    return <OutboxTable />;
  }

  return (
    <PageLayout title={t('outbox.title')} wide>
      {content()}
    </PageLayout>
  );
}

function AdminsOnly() {
  const { t } = useTranslation();
  return (
    <div className="refusal">
      <p>{t('outbox.adminsOnly')}</p>
      <p>
        <Link to={PATHS.map}>{t('notFound.toMap')}</Link>
      </p>
    </div>
  );
}

function OutboxTable() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useApiData(getOutbox, []);

  if (state.status === 'loading') {
    return (
      <p className="page-status" role="status">
        {t('form.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.status === 403) return <AdminsOnly />;
    return <LoadProblem onRetry={retry} />;
  }
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
