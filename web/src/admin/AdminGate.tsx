import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { PATHS } from '../paths.ts';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

interface AdminGateProps {
  children: () => ReactNode;
}

/** Shows its content to administrators; others are told why not (and where to log in). */
export function AdminGate({ children }: AdminGateProps) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const location = useLocation();

  if (status === 'loading') {
    return <LoadingStatus />;
  }
  if (user === null) {
    return (
      <div className="refusal">
        <p>{t('outbox.loginFirst')}</p>
        <p>
          <Link to={withReturnPath(PATHS.login, location.pathname)}>{t('nav.login')}</Link>
        </p>
      </div>
    );
  }
  if (!user.isAdmin) return <AdminsOnly />;
  return children();
}

export function AdminsOnly() {
  const { t } = useTranslation();
  return (
    <div className="refusal">
      <p>{t('outbox.adminsOnly')}</p>
      <p>
        <Link to={PATHS.map}>{t('notFound.toMap')}</Link>
      </p>
    </div>
  );
}
