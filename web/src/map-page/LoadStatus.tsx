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
      <div className="load-status load-status--error" role="alert">
        <p>{t('status.error')}</p>
        <button type="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      </div>
    );
  }
  return null;
}
