import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getModerationQueue, type ModerationItem, type ModerationStatus } from '../api/observations.ts';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { Refusal } from '../layout/Refusal.tsx';
import { RoleGate } from '../layout/RoleGate.tsx';
import { useApiData } from '../use-api-data.ts';
import { ModerationCard } from './ModerationCard.tsx';
import './moderation.css';

const STATUSES: readonly ModerationStatus[] = ['reported', 'hidden', 'all'];

function statusOf(value: string | null): ModerationStatus {
  return STATUSES.find((status) => status === value) ?? 'reported';
}

/** The moderation queue of "goes well / could be better": what was reported or hidden, for connectors and administrators. */
export function ModerationPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('moderation.title')}>
      <RoleGate allows={(user) => user.isAdmin || user.isConnector} refusal={t('moderation.notModerator')}>
        {() => <ModerationQueue />}
      </RoleGate>
    </PageLayout>
  );
}

function ModerationQueue() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const status = statusOf(searchParams.get('status'));
  const { state, retry } = useApiData((signal) => getModerationQueue(status, signal), [status]);
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  function afterDecision(message: string): void {
    setAnnouncement(message);
    retry();
    // The card may leave this list: the keyboard goes to the line that says what happened.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <>
      <p className="page-intro">{t('moderation.intro')}</p>
      <nav className="moderation-filter" aria-label={t('moderation.statusLabel')}>
        <ul className="moderation-filter__list">
          {STATUSES.map((option) => (
            <li key={option}>
              <Link
                className="moderation-filter__link"
                to={{ search: `?status=${option}` }}
                aria-current={option === status ? 'page' : undefined}
                onClick={() => setAnnouncement('')}
              >
                {t(`moderation.status-${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p ref={statusRef} className="form-status" role="status" tabIndex={-1}>
        {announcement}
      </p>
      <PageLoadStatus
        state={state}
        onRetry={retry}
        loading={t('form.loading')}
        forbidden={<Refusal message={t('moderation.notModerator')} />}
      />
      {state.status === 'ready' && <QueueList items={state.data} status={status} onDecided={afterDecision} />}
    </>
  );
}

interface QueueListProps {
  items: ModerationItem[];
  status: ModerationStatus;
  onDecided: (message: string) => void;
}

function QueueList({ items, status, onDecided }: QueueListProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="moderation-empty">{t(`moderation.empty-${status}`)}</p>;
  return (
    <ul
      className="moderation-list"
      aria-label={t('moderation.listLabel', { status: t(`moderation.status-${status}`) })}
    >
      {items.map((item) => (
        <li key={item.id}>
          <ModerationCard item={item} onDecided={onDecided} />
        </li>
      ))}
    </ul>
  );
}
