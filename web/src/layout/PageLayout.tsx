import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppHeader } from './AppHeader.tsx';

const MAIN_ID = 'main-content';

interface PageLayoutProps {
  title: string;
  children: ReactNode;
  /** Tables need more width than forms. */
  wide?: boolean;
}

/** Every page but the map: the header, then one column of content under the page's own heading. */
export function PageLayout({ title, children, wide = false }: PageLayoutProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(
    function nameThePage() {
      document.title = t('app.pageTitle', { page: title });
    },
    [t, title],
  );

  // After moving to another page inside the app, screen readers and keyboards start at its heading (not on first load).
  useEffect(
    function focusHeadingAfterNavigation() {
      if (location.key !== 'default') headingRef.current?.focus();
    },
    [location.key],
  );

  return (
    <div className="page">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id={MAIN_ID} className={wide ? 'page-main page-main--wide' : 'page-main'} tabIndex={-1}>
        <h1 ref={headingRef} className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
    </div>
  );
}
