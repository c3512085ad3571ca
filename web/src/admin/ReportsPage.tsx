import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getReports, markReportHandled, type AdminReport } from '../api/admin.ts';
import type { ReportReason } from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { failureMessage } from '../forms/messages.ts';
import { ActionOutcome } from '../forms/fields.tsx';
import { DataTable, type TableColumn } from '../layout/DataTable.tsx';
import { useApiData } from '../use-api-data.ts';
import { AdminLoadStatus, AdminPage } from './AdminGate.tsx';
import './admin.css';

const REASONS: ReadonlySet<string> = new Set<ReportReason>(['spam', 'harassment', 'unsafe', 'other']);

/** Reports about introduction requests and messages, open ones first, each marked handled by an administrator. */
export function ReportsPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('reports.title')}>{() => <ReportsTable />}</AdminPage>;
}

function ReportsTable() {
  const { t, i18n } = useTranslation();
  const { state, retry, replace } = useApiData(getReports, []);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (state.status !== 'ready') return <AdminLoadStatus state={state} onRetry={retry} />;
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
      <ActionOutcome status={announcement} problem={problem} statusRef={statusRef} />
      {reports.length > 0 && (
        <DataTable
          className="outbox-table reports-table"
          caption={t('reports.caption')}
          region={{ captionId: 'reports-caption' }}
          columns={reportColumns(t, i18n.language, (report) => void handle(report))}
          rows={reports}
          rowKey={(report) => report.id}
          rowAttributes={(report) => ({ 'data-handled': report.handledAt === null ? undefined : '' })}
        />
      )}
    </>
  );
}

function reportColumns(
  t: TFunction<'translation'>,
  language: string,
  onHandle: (report: AdminReport) => void,
): TableColumn<AdminReport>[] {
  return [
    {
      key: 'reason',
      heading: t('reports.reason'),
      cell: (report) => (
        <>
          {REASONS.has(report.reason) ? t(`report.reason-${report.reason as ReportReason}`) : report.reason}
          {report.note !== '' && (
            <p className="reports-table__note">
              {t('reports.note')} {report.note}
            </p>
          )}
        </>
      ),
    },
    {
      key: 'what',
      heading: t('reports.what'),
      cell: (report) => (
        <>
          <p className="reports-table__kind">
            {report.messageId === null ? t('reports.aboutRequest') : t('reports.aboutMessage')}
          </p>
          <blockquote className="reports-table__quoted">{report.quoted}</blockquote>
        </>
      ),
    },
    {
      key: 'who',
      heading: t('reports.who'),
      className: 'outbox-table__to',
      cell: (report) => (
        <>
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
        </>
      ),
    },
    {
      key: 'created',
      heading: t('reports.created'),
      cell: (report) => <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, language)}</time>,
    },
    {
      key: 'state',
      heading: t('reports.state'),
      cell: (report) =>
        report.handledAt === null ? (
          <>
            <p>{t('reports.open')}</p>
            <button type="button" className="button" onClick={() => onHandle(report)}>
              {t('reports.handle')}
              <span className="visually-hidden">
                {' '}
                ({t('reports.handleDetail', { date: formatDateTime(report.createdAt, language) })})
              </span>
            </button>
          </>
        ) : (
          <p>{t('reports.handledOn', { date: formatDateTime(report.handledAt, language) })}</p>
        ),
    },
  ];
}
