import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getReports, markReportHandled, type AdminReport } from '../api/admin.ts';
import type { ReportReason } from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { failureMessage } from '../forms/messages.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { useApiData } from '../use-api-data.ts';
import { AdminGate, AdminsOnly } from './AdminGate.tsx';
import './admin.css';

const REASONS: ReadonlySet<string> = new Set<ReportReason>(['spam', 'harassment', 'unsafe', 'other']);

/** Reports about introduction requests and messages, open ones first, each marked handled by an administrator. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('reports.title')} wide>
      <AdminGate>{() => <ReportsTable />}</AdminGate>
    </PageLayout>
  );
}

function ReportsTable() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getReports, []);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (state.status !== 'ready')
    return <PageLoadStatus state={state} onRetry={retry} loading={t('form.loading')} forbidden={<AdminsOnly />} />;
  const reports = state.data;

  async function handle(report: AdminReport): Promise<void> {
    setProblem(null);
    try {
      await markReportHandled(report.id);
      replace(await getReports());
      setAnnouncement(t('reports.handled'));
      // Its button is gone: the keyboard goes to the line that says it was done.
      requestAnimationFrame(() => statusRef.current?.focus());
    } catch (error) {
      setProblem(failureMessage(t, error));
    }
  }

  const open = reports.filter((report) => report.handledAt === null).length;
  return (
    <>
      <p className="page-intro">{reports.length === 0 ? t('reports.empty') : t('reports.intro', { count: open })}</p>
      <p ref={statusRef} className="form-status" role="status" tabIndex={-1}>
        {announcement}
      </p>
      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {reports.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="reports-caption" tabIndex={0}>
          <table className="outbox-table reports-table">
            <caption id="reports-caption">{t('reports.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.reason')}</th>
                <th scope="col">{t('reports.what')}</th>
                <th scope="col">{t('reports.who')}</th>
                <th scope="col">{t('reports.created')}</th>
                <th scope="col">{t('reports.state')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id} data-handled={report.handledAt === null ? undefined : ''}>
                  <td>
                    {REASONS.has(report.reason) ? t(`report.reason-${report.reason as ReportReason}`) : report.reason}
                    {report.note !== '' && (
                      <p className="reports-table__note">
                        {t('reports.note')} {report.note}
                      </p>
                    )}
                  </td>
                  <td>
                    <p className="reports-table__kind">
                      {report.messageId === null ? t('reports.aboutRequest') : t('reports.aboutMessage')}
                    </p>
                    <blockquote className="reports-table__quoted">{report.quoted}</blockquote>
                  </td>
                  <td className="outbox-table__to">
                    <p>
                      {report.reporter === null
                        ? t('reports.reporterGone')
                        : t('reports.reporter', { name: report.reporter.name, email: report.reporter.email })}
                    </p>
                    <p>
                      {report.reported === null
                        ? t('reports.reportedGone')
                        : t('reports.reported', { name: report.reported.name, email: report.reported.email })}
                    </p>
                    {report.reported !== null && (
                      <p className="facts__note">{t('reports.reportsAbout', { count: report.reportsAboutReported })}</p>
                    )}
                  </td>
                  <td>
                    <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, i18n.language)}</time>
                  </td>
                  <td>
                    {report.handledAt === null ? (
                      <>
                        <p>{t('reports.open')}</p>
                        <button type="button" className="button" onClick={() => void handle(report)}>
                          {t('reports.handle')}
                          <span className="visually-hidden">
                            {' '}
                            ({t('reports.handleDetail', { date: formatDateTime(report.createdAt, i18n.language) })})
                          </span>
                        </button>
                      </>
                    ) : (
                      <p>{t('reports.handledOn', { date: formatDateTime(report.handledAt, i18n.language) })}</p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
