import type { ParseKeys } from 'i18next';
import { startTransition, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { logOut, type SessionUser } from '../api/auth.ts';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { PATHS } from '../paths.ts';
import { noticeState } from './notice.ts';

function HeaderLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <NavLink className="header-link" to={to}>
      {children}
    </NavLink>
  );
}

/** Pages that make no sense to come back to after logging in. */
const NO_RETURN_PAGES: ReadonlySet<string> = new Set([
  PATHS.map,
  PATHS.login,
  PATHS.signup,
  PATHS.forgotPassword,
  PATHS.resetPassword,
]);

/** From which width a link of the header menu is shown in the header's row too (and left out of the menu). */
type HeaderBreakpoint = 'md' | 'lg' | 'xl';

/** One link or button of the header menu; with `inlineFrom`, shown in the header's row from that width on. */
export interface HeaderItem {
  key: string;
  node: ReactNode;
  inlineFrom?: HeaderBreakpoint;
}

interface UserLink {
  to: string;
  label: ParseKeys<'translation'>;
  /** Who sees the link; everyone logged in when left out. */
  shownTo?: (user: SessionUser) => boolean;
  inlineFrom?: HeaderBreakpoint;
}

/** Where a logged-in visitor can go from the menu, after their own name, in the order shown. */
const USER_LINKS: readonly UserLink[] = [
  { to: PATHS.suggestions, label: 'nav.suggestions', inlineFrom: 'lg' },
  { to: PATHS.introductions, label: 'nav.introductions', inlineFrom: 'xl' },
  { to: PATHS.connector, label: 'nav.connector', shownTo: (user) => user.isConnector },
  { to: PATHS.moderation, label: 'moderation.nav', shownTo: (user) => user.isConnector || user.isAdmin },
  { to: PATHS.myData, label: 'nav.myData' },
  { to: PATHS.admin, label: 'nav.admin', shownTo: (user) => user.isAdmin },
  { to: PATHS.reports, label: 'nav.reports', shownTo: (user) => user.isAdmin },
];

/**
 * The account part of the header menu: log in and sign up, or who is logged in and what they can do. Logging in and
 * signing up, and what a resident uses most, are shown in the header's row too where there is room.
 */
export function useAccountItems(): HeaderItem[] {
  const { t } = useTranslation();
  const { status, user, setUser, refresh } = useSession();
  const location = useLocation();
  const navigate = useNavigate();

  // Until the API has answered, show nothing rather than "log in" to someone who is.
  if (status === 'loading') return [];

  if (user === null) {
    const here = `${location.pathname}${location.search}`;
    const loginPath = NO_RETURN_PAGES.has(location.pathname) ? PATHS.login : withReturnPath(PATHS.login, here);
    return [
      { key: 'login', inlineFrom: 'md', node: <HeaderLink to={loginPath}>{t('nav.login')}</HeaderLink> },
      { key: 'signup', inlineFrom: 'md', node: <HeaderLink to={PATHS.signup}>{t('nav.signup')}</HeaderLink> },
    ];
  }

  async function logOutHere(): Promise<void> {
    try {
      await logOut();
      // One transition, as the router's own: otherwise the page would first render logged out at its old address
      // and a page for accounts only would send the visitor to the log-in page.
      startTransition(() => {
        void navigate(PATHS.map, { state: noticeState('loggedOut') });
        setUser(null);
      });
    } catch {
      await refresh();
      void navigate(`${location.pathname}${location.search}`, { state: noticeState('logoutFailed') });
    }
  }

  return [
    {
      key: 'profile',
      node: (
        <NavLink className="header-link header-link--user" to={PATHS.profile}>
          <span className="visually-hidden">{t('nav.profileOf')} </span>
          {user.displayName}
        </NavLink>
      ),
    },
    ...USER_LINKS.filter((link) => link.shownTo?.(user) ?? true).map((link): HeaderItem => ({
      key: link.to,
      inlineFrom: link.inlineFrom,
      node: <HeaderLink to={link.to}>{t(link.label)}</HeaderLink>,
    })),
    {
      key: 'logout',
      node: (
        <button type="button" className="header-button" onClick={() => void logOutHere()}>
          {t('nav.logout')}
        </button>
      ),
    },
  ];
}
