import '../contribute.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../../api/auth.ts';
import { RequireUser } from '../../account/RequireUser.tsx';
import { PageLayout } from '../../layout/PageLayout.tsx';
import { useContributeTranslation } from '../i18n.ts';
import { CONTRIBUTE_PATHS } from '../paths.ts';

interface ContributePageLayoutProps {
  title: string;
  children: (user: SessionUser) => ReactNode;
  /** The landing page itself has no link back to it. */
  backLink?: boolean;
}

/** A contribute page: for logged-in accounts only (a 401 from any call ends the session, and with it the page). */
export function ContributePageLayout({ title, children, backLink = true }: ContributePageLayoutProps) {
  const { t } = useContributeTranslation();

  return (
    <PageLayout title={title}>
      <RequireUser>
        {(user) => (
          <>
            {children(user)}
            {backLink && (
              <p className="contribute-back">
                <Link to={CONTRIBUTE_PATHS.start}>{t('common.backToStart')}</Link>
              </p>
            )}
          </>
        )}
      </RequireUser>
    </PageLayout>
  );
}
