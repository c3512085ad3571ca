import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { PATHS } from '../paths.ts';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { PageLoadStatus } from '../forms/PageLoadStatus.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { Refusal } from '../layout/Refusal.tsx';

interface AdminPageProps {
  title: string;
  children: () => ReactNode;
}

/** A wide page for administrators: its content is shown to them only. */
export function AdminPage({ title, children }: AdminPageProps) {
  return (
    <PageLayout title={title} wide>
      <AdminGate>{children}</AdminGate>
    </PageLayout>
  );
}

/** Shows its content to administrators; others are told why not (and where to log in). */
function AdminGate({ children }: Pick<AdminPageProps, 'children'>) {
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

function AdminsOnly() {
  const { t } = useTranslation();
  return <Refusal message={t('outbox.adminsOnly')} />;
}

/** An administrator's page's data while it is not ready; a 403 says it is for administrators only. */
export function AdminLoadStatus(props: Pick<ComponentProps<typeof PageLoadStatus>, 'state' | 'onRetry'>) {
  const { t } = useTranslation();
  return <PageLoadStatus {...props} loading={t('form.loading')} forbidden={<AdminsOnly />} />;
}
