import { useTranslation } from 'react-i18next';
import type { AreasState } from './use-areas.ts';

interface LoadStatusProps {
  areas: AreasState;
  onRetry: () => void;
}

export function LoadStatus({ areas, onRetry }: LoadStatusProps) {
  const { t } = useTranslation();

  if (areas.status === 'loading') {
    return (
      <div className="load-status" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('status.loading')}
      </div>
    );
  }
  if (areas.status === 'error') {
    return (
      <RetryAlert
        className="load-status load-status--error"
        message={t('status.error')}
        retryLabel={t('status.retry')}
        onRetry={onRetry}
      />
    );
  }
  return null;
}

interface RetryAlertProps {
  className: string;
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

/** A load on the map page that failed: what went wrong, announced at once, and a button to try again. */
export function RetryAlert({ className, message, retryLabel, onRetry }: RetryAlertProps) {
  return (
    <div className={className} role="alert">
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
