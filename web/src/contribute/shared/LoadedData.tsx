import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import type { UseApiDataResult } from '../../use-api-data.ts';

interface LoadedDataProps<T> {
  data: UseApiDataResult<T>;
  children: (value: T) => ReactNode;
}

/** The loading and error states every contribute page shows; `children` renders the data once it is there. */
export function LoadedData<T>({ data, children }: LoadedDataProps<T>) {
  const { t } = useTranslation();
  if (data.state.status === 'error') return <LoadProblem onRetry={data.retry} />;
  if (data.state.status === 'loading') {
    return (
      <p className="page-status" role="status">
        {t('form.loading')}
      </p>
    );
  }
  return <>{children(data.state.data)}</>;
}
