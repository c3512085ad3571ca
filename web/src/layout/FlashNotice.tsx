import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { noticeOf, type NoticeKind } from './notice.ts';

/**
 * The message a previous page left ("you are logged out"). The live region is mounted empty and filled a moment
 * later, because screen readers announce changes to a live region, not what it held when it appeared.
 */
export function FlashNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const notice = noticeOf(location.state);
  const [shown, setShown] = useState<NoticeKind | null>(null);

  useEffect(
    function announceNotice() {
      const timer = window.setTimeout(() => setShown(notice), 50);
      return function cancelAnnouncement() {
        window.clearTimeout(timer);
      };
    },
    [notice],
  );

  // Clearing the state also keeps the notice from coming back on reload.
  function dismiss(): void {
    void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
  }

  const messages: Record<NoticeKind, string> = {
    loggedOut: t('notice.loggedOut'),
    logoutFailed: t('notice.logoutFailed'),
    accountDeleted: t('notice.accountDeleted'),
  };

  return (
    <div className="flash-notice-region" role="status">
      {shown !== null && (
        <div className="flash-notice">
          <p>{messages[shown]}</p>
          <button type="button" className="flash-notice__close" onClick={dismiss}>
            {t('notice.close')}
          </button>
        </div>
      )}
    </div>
  );
}
