import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { getNotifications, readNotifications, type Notifications } from '../api/introductions.ts';
import { useSession } from '../account/session.tsx';

/** How often the bell asks for news while a page is open. */
const NOTIFICATIONS_POLL_MS = 60_000;

export interface NotificationsContextValue {
  /** null until the first answer, and for visitors who are not logged in. */
  notifications: Notifications | null;
  /** Asks the API again (after reading an introduction, which marks its notifications read). */
  refresh: () => void;
  /** Marks every notification read. */
  readAll: () => Promise<void>;
}

const NotificationsContext = createContext<NotificationsContextValue | null>(null);

interface NotificationsProviderProps {
  children: ReactNode;
}

/**
 * The bell's data for the whole app: asked for when someone logs in, on every navigation and every minute while the
 * page is visible. One copy, so a page that reads an introduction can bring the bell's count down at once.
 */
export function NotificationsProvider({ children }: NotificationsProviderProps) {
  const { user } = useSession();
  const userId = user?.id ?? null;
  const location = useLocation();
  const [notifications, setNotifications] = useState<Notifications | null>(null);
  // Only the newest request may set the state: an older answer arriving late would show a stale count.
  const latestRequest = useRef(0);

  const refresh = useCallback(
    function refresh(): void {
      const requestNumber = ++latestRequest.current;
      if (userId === null) {
        setNotifications(null);
        return;
      }
      getNotifications().then(
        function show(answer) {
          if (requestNumber === latestRequest.current) setNotifications(answer);
        },
        function keepLastKnown() {
          // Offline for a moment, or logged out (the session handler hears the 401): the next poll tries again.
        },
      );
    },
    [userId],
  );

  useEffect(
    function pollWhileVisible() {
      refresh();
      if (userId === null) return;
      const timer = window.setInterval(function pollIfVisible() {
        if (document.visibilityState === 'visible') refresh();
      }, NOTIFICATIONS_POLL_MS);
      document.addEventListener('visibilitychange', refreshWhenShown);
      function refreshWhenShown(): void {
        if (document.visibilityState === 'visible') refresh();
      }
      return function stopPolling() {
        window.clearInterval(timer);
        document.removeEventListener('visibilitychange', refreshWhenShown);
      };
    },
    [refresh, userId],
  );

  const firstPath = useRef(location.pathname);
  useEffect(
    function refreshOnNavigation() {
      // The first page is covered by the poll's own first request.
      if (firstPath.current === location.pathname) return;
      firstPath.current = location.pathname;
      refresh();
    },
    [location.pathname, refresh],
  );

  const readAll = useCallback(
    async function readAll(): Promise<void> {
      await readNotifications();
      refresh();
    },
    [refresh],
  );

  const value = useMemo(() => ({ notifications, refresh, readAll }), [notifications, refresh, readAll]);
  return <NotificationsContext value={value}>{children}</NotificationsContext>;
}

export function useNotifications(): NotificationsContextValue {
  const context = useContext(NotificationsContext);
  if (context === null) throw new Error('useNotifications needs a <NotificationsProvider> above it');
  return context;
}
