import '../contribute.css';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { SessionUser } from '../../api-client.ts';
import { RequireUser } from '../../account/RequireUser.tsx';
import { useSession } from '../../account/session.tsx';
import { PageLayout } from '../../layout/PageLayout.tsx';
import { setSessionEndedHandler } from '../contribute-api.ts';
import { useContributeTranslation } from '../i18n.ts';
import { CONTRIBUTE_PATHS } from '../paths.ts';

interface ContributePageLayoutProps {
  title: string;
  children: (user: SessionUser) => ReactNode;
  /** The landing page itself has no link back to it. */
  backLink?: boolean;
}

/** A contribute page: for logged-in accounts only, and a 401 from its calls tells the session it has ended. */
export function ContributePageLayout({ title, children, backLink = true }: ContributePageLayoutProps) {
  const { t } = useContributeTranslation();
  const { refresh } = useSession();

  useEffect(
    function learnWhenSessionEnds() {
      setSessionEndedHandler(() => void refresh());
      return function stopListening() {
        setSessionEndedHandler(null);
      };
    },
    [refresh],
  );

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
