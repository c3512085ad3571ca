import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { Refusal } from '../layout/Refusal.tsx';
import type { ApiData } from '../use-api-data.ts';
import { LoadProblem } from './LoadProblem.tsx';
import { LoadingStatus } from './LoadingStatus.tsx';

interface PageLoadStatusProps {
  state: ApiData<unknown>;
  onRetry: () => void;
  /** What is being loaded, while it loads. */
  loading: string;
  /** What to say when the address names nothing (a 404, or a code of the wrong form: a 400). */
  notFound?: string;
  /** What to show someone who may not see it (a 403), e.g. "administrators only". */
  forbidden?: ReactNode;
}

/**
 * A page's own data while it is not ready: "loading…", "this does not exist" with the way back to the map, "not for
 * you", or a problem with a retry. Renders nothing once the data is there.
 */
export function PageLoadStatus({ state, onRetry, loading, notFound, forbidden }: PageLoadStatusProps) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return <LoadingStatus>{loading}</LoadingStatus>;
  }
  if (state.status !== 'error') return null;
  const status = state.error instanceof ApiError ? state.error.status : null;
  if (forbidden !== undefined && status === 403) return <>{forbidden}</>;
  if (notFound !== undefined && (status === 404 || status === 400)) {
    return <Refusal message={notFound} linkText={t('kompas.toMap')} />;
  }
  return <LoadProblem onRetry={onRetry} />;
}
