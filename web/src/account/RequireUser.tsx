import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { SessionUser } from '../api/auth.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { withReturnPath } from './return-path.ts';
import { useSession } from './session.tsx';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

interface RequireUserProps {
  children: (user: SessionUser) => ReactNode;
}

/** Shows its content to a logged-in account; anyone else goes to the log-in page, which brings them back here. */
export function RequireUser({ children }: RequireUserProps) {
  const { status, user } = useSession();
  const location = useLocation();

  if (status === 'loading') {
    return <LoadingStatus />;
  }
  if (user === null) {
    return <Navigate to={withReturnPath(PATHS.login, `${location.pathname}${location.search}`)} replace />;
  }
  return children(user);
}

interface UserPageProps extends RequireUserProps {
  title: string;
}

/** A page for logged-in accounts only: the page's title, and its content once the session says who is here. */
export function UserPage({ title, children }: UserPageProps) {
  return (
    <PageLayout title={title}>
      <RequireUser>{children}</RequireUser>
    </PageLayout>
  );
}
