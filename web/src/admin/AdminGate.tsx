import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { PATHS } from '../paths.ts';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { Refusal } from '../layout/Refusal.tsx';

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
      <Refusal
        message={t('outbox.loginFirst')}
        to={withReturnPath(PATHS.login, location.pathname)}
        linkText={t('nav.login')}
      />
    );
  }
  if (!user.isAdmin) return <AdminsOnly />;
  return children();
}

export function AdminsOnly() {
  const { t } = useTranslation();
  return <Refusal message={t('outbox.adminsOnly')} />;
}
