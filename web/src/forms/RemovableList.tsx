import { useRef, useState, type ReactNode } from 'react';
import { LoadProblem } from './LoadProblem.tsx';
import { useApiData } from '../use-api-data.ts';
import { LoadingStatus } from './LoadingStatus.tsx';
import { FormStatus } from './fields.tsx';

export interface RemovableListProps<T> {
  headingId: string;
  heading: string;
  intro: string;
  load: (signal: AbortSignal) => Promise<T[]>;
  /** Removes one on the server; the list drops it when this succeeds. */
  remove: (item: T) => Promise<unknown>;
  keyOf: (item: T) => string;
  /** The item's name, for the button's hidden text and the announcement. */
  nameOf: (item: T) => string;
  /** The item as listed: its name (or a link) and a line of times. */
  label: (item: T) => ReactNode;
  detail: (item: T) => string;
  texts: { empty: string; remove: string; failed: string; removed: (item: T) => string };
}

/**
 * A section listing things I can take back one by one (buurten I follow, accounts I blocked): each with a button; a
 * status line says what happened, and the keyboard returns to the heading when the button is gone.
 */
export function RemovableList<T>({
  headingId,
  heading,
  intro,
  load,
  remove,
  keyOf,
  nameOf,
  label,
  detail,
  texts,
}: RemovableListProps<T>) {
  const { state, retry, replace } = useApiData(load, []);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function take(item: T, rest: T[]): Promise<void> {
    setProblem(null);
    try {
      await remove(item);
    } catch {
      setProblem(texts.failed);
      return;
    }
    replace(rest);
    setAnnouncement(texts.removed(item));
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function content() {
    if (state.status === 'loading') {
      return <LoadingStatus />;
    }
    if (state.status === 'error') return <LoadProblem onRetry={retry} />;
    if (state.data.length === 0) return <p>{texts.empty}</p>;
    const items = state.data;
    return (
      <ul className="sessions" aria-labelledby={headingId}>
        {items.map((item) => (
          <li key={keyOf(item)} className="session">
            {label(item)}
            <span className="session__times">{detail(item)}</span>
            <button
              type="button"
              className="button"
              onClick={() =>
                void take(
                  item,
                  items.filter((other) => keyOf(other) !== keyOf(item)),
                )
              }
            >
              {texts.remove}
              <span className="visually-hidden"> ({nameOf(item)})</span>
            </button>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{intro}</p>
      <FormStatus>{announcement}</FormStatus>
      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}
      {content()}
    </section>
  );
}
