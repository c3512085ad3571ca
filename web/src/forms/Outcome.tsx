import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';

interface OutcomeProps {
  title: string;
  /** 'problem' for a link that no longer works and the like; the words say it too, the colour only helps. */
  tone?: 'success' | 'info' | 'problem';
  children?: ReactNode;
  /** Where to go from here, as a link below the words. */
  next?: { to: string; label: string };
}

/** What came of a form or a link: replaces the form, and takes the focus the vanished submit button had. */
export function Outcome({ title, tone = 'info', children, next }: OutcomeProps) {
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
      {next !== undefined && (
        <p>
          <Link to={next.to}>{next.label}</Link>
        </p>
      )}
    </section>
  );
}
