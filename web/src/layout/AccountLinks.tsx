import { startTransition } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { logOut } from '../api/auth.ts';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { PATHS } from '../paths.ts';
import { noticeState } from './notice.ts';

/** Pages that make no sense to come back to after logging in. */
const NO_RETURN_PAGES: ReadonlySet<string> = new Set([
  PATHS.map,
  PATHS.login,
  PATHS.signup,
  PATHS.forgotPassword,
  PATHS.resetPassword,
]);

/** The account part of the header menu: log in and sign up, or who is logged in and what they can do. */
export function AccountLinks() {
  const { t } = useTranslation();
  const { status, user, setUser, refresh } = useSession();
  const location = useLocation();
  const navigate = useNavigate();

  // Until the API has answered, show nothing rather than "log in" to someone who is.
  if (status === 'loading') return null;

  if (user === null) {
    const here = `${location.pathname}${location.search}`;
    const loginPath = NO_RETURN_PAGES.has(location.pathname) ? PATHS.login : withReturnPath(PATHS.login, here);
    return (
      <>
        <li>
          <NavLink className="header-link" to={loginPath}>
            {t('nav.login')}
          </NavLink>
        </li>
        <li>
          <NavLink className="header-link" to={PATHS.signup}>
            {t('nav.signup')}
          </NavLink>
        </li>
      </>
    );
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

  return (
    <>
      <li>
        <NavLink className="header-link header-link--user" to={PATHS.profile}>
          <span className="visually-hidden">{t('nav.profileOf')} </span>
          {user.displayName}
        </NavLink>
      </li>
      <li>
        <NavLink className="header-link" to={PATHS.suggestions}>
          {t('nav.suggestions')}
        </NavLink>
      </li>
      <li>
        <NavLink className="header-link" to={PATHS.introductions}>
          {t('nav.introductions')}
        </NavLink>
      </li>
      {user.isConnector && (
        <li>
          <NavLink className="header-link" to={PATHS.connector}>
            {t('nav.connector')}
          </NavLink>
        </li>
      )}
      {(user.isConnector || user.isAdmin) && (
        <li>
          <NavLink className="header-link" to={PATHS.moderation}>
            {t('moderation.nav')}
          </NavLink>
        </li>
      )}
      <li>
        <NavLink className="header-link" to={PATHS.myData}>
          {t('nav.myData')}
        </NavLink>
      </li>
      {user.isAdmin && (
        <li>
          <NavLink className="header-link" to={PATHS.outbox}>
            {t('nav.admin')}
          </NavLink>
        </li>
      )}
      {user.isAdmin && (
        <li>
          <NavLink className="header-link" to={PATHS.reports}>
            {t('nav.reports')}
          </NavLink>
        </li>
      )}
      <li>
        <button type="button" className="header-button" onClick={() => void logOutHere()}>
          {t('nav.logout')}
        </button>
      </li>
    </>
  );
}
