import type { ReactNode } from 'react';
import { LoadProblem } from '../../forms/LoadProblem.tsx';
import type { UseApiDataResult } from '../../use-api-data.ts';
import { LoadingStatus } from '../../forms/LoadingStatus.tsx';

interface LoadedDataProps<T> {
  data: UseApiDataResult<T>;
  children: (value: T) => ReactNode;
}

/** The loading and error states every contribute page shows; `children` renders the data once it is there. */
export function LoadedData<T>({ data, children }: LoadedDataProps<T>) {
  if (data.state.status === 'error') return <LoadProblem onRetry={data.retry} />;
  if (data.state.status === 'loading') {
    return <LoadingStatus />;
  }
  return <>{children(data.state.data)}</>;
}
