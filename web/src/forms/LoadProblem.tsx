import { useTranslation } from 'react-i18next';

interface LoadProblemProps {
  onRetry: () => void;
  message?: string;
}

export function LoadProblem({ onRetry, message }: LoadProblemProps) {
  const { t } = useTranslation();
  return (
    <div className="load-problem" role="alert">
      <p>{message ?? t('form.loadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('form.retry')}
      </button>
    </div>
  );
}
