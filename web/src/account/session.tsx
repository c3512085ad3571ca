import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getSession, type SessionUser } from '../api/auth.ts';
import { setUnauthorizedHandler } from '../api/client.ts';

export interface SessionContextValue {
  /** 'loading' until the API has said whether someone is logged in. */
  status: 'loading' | 'ready';
  user: SessionUser | null;
  setUser: (user: SessionUser | null) => void;
  /** Asks the API again who is logged in (after a change that can end or alter the session). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

interface SessionProviderProps {
  children: ReactNode;
}

/** Who is logged in, for the whole app: read once at start, then kept up to date by log-in, log-out and 401 answers. */
export function SessionProvider({ children }: SessionProviderProps) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [user, setUserState] = useState<SessionUser | null>(null);

  const setUser = useCallback(function setUser(next: SessionUser | null) {
    setUserState(next);
    setStatus('ready');
  }, []);

  const refresh = useCallback(
    async function refresh() {
      try {
        setUser(await getSession());
      } catch {
        // The API cannot be reached: show the visitor as logged out rather than wait for ever.
        setStatus('ready');
      }
    },
    [setUser],
  );

  useEffect(
    function loadSession() {
      void refresh();
    },
    [refresh],
  );

  useEffect(
    function forgetUserWhenSessionEnds() {
      setUnauthorizedHandler(() => setUser(null));
      return function stopListening() {
        setUnauthorizedHandler(null);
      };
    },
    [setUser],
  );

  const value = useMemo(() => ({ status, user, setUser, refresh }), [status, user, setUser, refresh]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}
