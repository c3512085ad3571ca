import { useEffect, useRef, type ReactNode } from 'react';

interface OutcomeProps {
  title: string;
  /** 'problem' for a link that no longer works and the like; the words say it too, the colour only helps. */
  tone?: 'success' | 'info' | 'problem';
  children?: ReactNode;
}

/** What came of a form or a link: replaces the form, and takes the focus the vanished submit button had. */
export function Outcome({ title, tone = 'info', children }: OutcomeProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(function takeFocus() {
    headingRef.current?.focus();
  }, []);

  return (
    <section className={`outcome outcome--${tone}`}>
      <h2 ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
