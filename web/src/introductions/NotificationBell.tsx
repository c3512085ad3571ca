import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationItem } from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { useSession } from '../account/session.tsx';
import { DisclosureButton } from '../layout/DisclosureButton.tsx';
import { usePopover } from '../layout/use-popover.ts';
import { agendaPath, introductionPath, PATHS } from '../paths.ts';
import { STATUSES } from '../agenda/agenda-text.ts';
import { useNotifications } from './notifications.tsx';
import './introductions.css';

const PANEL_ID = 'notification-panel';
/** The popover shows the newest few; the inbox has the rest. */
const SHOWN = 8;

/** The bell in the header, for logged-in accounts: how many notifications are unread, and the newest ones. */
export function NotificationBell() {
  const { user } = useSession();
  return user === null ? null : <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const { notifications, refresh, readAll } = useNotifications();
  const { open, setOpen, rootRef, buttonRef, closeToButton } = usePopover<HTMLDivElement>();
  const [announcement, setAnnouncement] = useState('');
  const lastUnread = useRef<number | null>(null);
  const unread = notifications?.unread ?? 0;

  useEffect(
    function announceNewNotifications() {
      if (notifications === null) return;
      // Said once when more arrive while the page is open, not on every poll and not on the first answer.
      if (lastUnread.current !== null && notifications.unread > lastUnread.current) {
        setAnnouncement(t('bell.announce', { count: notifications.unread }));
      }
      lastUnread.current = notifications.unread;
    },
    [notifications, t],
  );

  function toggle(): void {
    if (!open) refresh();
    setOpen(!open);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape' || !open) return;
    // The header's menu listens for Escape too; this one is the bell's.
    event.stopPropagation();
    closeToButton();
  }

  const items = notifications?.items.slice(0, SHOWN) ?? [];
  return (
    <div ref={rootRef} className="bell" onKeyDown={closeOnEscape}>
      <DisclosureButton
        ref={buttonRef}
        className="header-button bell__button"
        expanded={open}
        controls={PANEL_ID}
        data-unread={unread > 0 ? '' : undefined}
        onClick={toggle}
      >
        <BellIcon />
        <span className="visually-hidden">
          {t('bell.label')}: {unread > 0 ? t('bell.unread', { count: unread }) : t('bell.none')}
        </span>
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </DisclosureButton>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div id={PANEL_ID} className="bell__panel" hidden={!open}>
        <p className="bell__heading" id={`${PANEL_ID}-heading`}>
          {t('bell.heading')}
        </p>
        {items.length === 0 ? (
          <p className="bell__empty">{t('bell.empty')}</p>
        ) : (
          <ul className="bell__list" aria-labelledby={`${PANEL_ID}-heading`}>
            {items.map((item) => (
              <li key={item.id}>
                <NotificationLink item={item} />
              </li>
            ))}
          </ul>
        )}
        <div className="bell__footer">
          <Link to={PATHS.introductions}>{t('bell.all')}</Link>
          {unread > 0 && (
            <button type="button" className="button button--quiet" onClick={() => void readAll()}>
              {t('bell.readAll')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

interface NotificationLinkProps {
  item: NotificationItem;
}

function NotificationLink({ item }: NotificationLinkProps) {
  const { t, i18n } = useTranslation();
  const about = item.about ?? t('bell.someone');
  const text =
    item.kind === 'agenda-status'
      ? t('bell.kind-agenda-status', { about, status: t(`agenda.status-${statusOf(item.agendaStatus)}`) })
      : t(`bell.kind-${item.kind}`, { about });
  const to =
    item.introductionId !== null
      ? introductionPath(item.introductionId)
      : item.agendaId !== null
        ? agendaPath(item.agendaId)
        : null;
  const content = (
    <>
      <span className="bell__text">
        {!item.read && <span className="bell__new">{t('bell.new')}</span>} {text}
      </span>
      <time className="bell__time" dateTime={item.createdAt}>
        {formatDateTime(item.createdAt, i18n.language)}
      </time>
    </>
  );
  const className = item.read ? 'bell__item' : 'bell__item bell__item--unread';
  return to === null ? (
    <span className={className}>{content}</span>
  ) : (
    <Link className={className} to={to}>
      {content}
    </Link>
  );
}

/** An agenda item's status as the bell names it; one the web does not know yet reads as an idea. */
function statusOf(status: string | null): (typeof STATUSES)[number] {
  return STATUSES.find((known) => known === status) ?? 'idea';
}

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
