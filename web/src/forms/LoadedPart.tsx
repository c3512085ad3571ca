import type { ReactNode } from 'react';
import type { ApiData } from '../use-api-data.ts';
import { LoadProblem } from './LoadProblem.tsx';

interface LoadedPartProps<T> {
  state: ApiData<T>;
  onRetry: () => void;
  /** What is being loaded, while it loads. */
  loading: string;
  /** The part itself, once its data is there. */
  children: (data: T) => ReactNode;
}

/** A part of a page with its own data: a plain "loading…" line, a problem with a retry, or the part itself. */
export function LoadedPart<T>({ state, onRetry, loading, children }: LoadedPartProps<T>) {
  if (state.status === 'loading') return <p role="status">{loading}</p>;
  if (state.status === 'error') return <LoadProblem onRetry={onRetry} />;
  return <>{children(state.data)}</>;
}
