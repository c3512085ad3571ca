import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** "Loading…" (or what is loading), announced to screen readers. */
export function LoadingStatus({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <p className="page-status" role="status">
      {children ?? t('form.loading')}
    </p>
  );
}
