import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '../api/auth.ts';
import { PATHS } from '../paths.ts';
import { withReturnPath } from './return-path.ts';
import { useSession } from './session.tsx';

interface RequireUserProps {
  children: (user: SessionUser) => ReactNode;
}

/** Shows its content to a logged-in account; anyone else goes to the log-in page, which brings them back here. */
export function RequireUser({ children }: RequireUserProps) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const location = useLocation();

  if (status === 'loading') {
    return (
      <p className="page-status" role="status">
        {t('form.loading')}
      </p>
    );
  }
  if (user === null) {
    return <Navigate to={withReturnPath(PATHS.login, `${location.pathname}${location.search}`)} replace />;
  }
  return children(user);
}
