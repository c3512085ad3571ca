import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireUser } from '../account/RequireUser.tsx';
import { PATHS } from '../paths.ts';

interface ConnectorGateProps {
  children: () => ReactNode;
}

/** Shows its content to connectors (buurtverbinders); others are sent to log in, or told what the page is for. */
export function ConnectorGate({ children }: ConnectorGateProps) {
  const { t } = useTranslation();
  return (
    <RequireUser>
      {(user) =>
        user.isConnector ? (
          children()
        ) : (
          <div className="refusal">
            <p>{t('connector.notConnector')}</p>
            <p>
              <Link to={PATHS.map}>{t('notFound.toMap')}</Link>
            </p>
          </div>
        )
      }
    </RequireUser>
  );
}
