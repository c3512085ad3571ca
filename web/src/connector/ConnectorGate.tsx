import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleGate } from '../layout/RoleGate.tsx';

interface ConnectorGateProps {
  children: () => ReactNode;
}

/** Shows its content to connectors (buurtverbinders); others are sent to log in, or told what the page is for. */
export function ConnectorGate({ children }: ConnectorGateProps) {
  const { t } = useTranslation();
  return (
    <RoleGate allows={(user) => user.isConnector} refusal={t('connector.notConnector')}>
      {children}
    </RoleGate>
  );
}
