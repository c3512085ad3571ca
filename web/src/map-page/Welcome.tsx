import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { CONTRIBUTE_PATHS } from '../contribute/paths.ts';
import { useInstance } from '../instance/instance-settings.ts';
import { PATHS } from '../paths.ts';

const STORAGE_KEY = 'krachtkaart.welcomeDismissed';
const HEADING_ID = 'welcome-heading';

// Storage can be switched off (private windows, strict settings): the welcome then comes back on the next visit.
function wasDismissed(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

function rememberDismissal(): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, 'true');
  } catch {
    // Hidden for this visit only.
  }
}

interface WelcomeProps {
  /** "Explore your buurt": the map page takes the keyboard to its buurt search. */
  onExplore: () => void;
}

/**
 * A first visit's welcome above the map, for visitors who are not logged in: what Krachtkaart is for, that the demo's
 * people and places are invented, and two ways in (sign up and fill in your talents, or explore the buurten). Once
 * dismissed it stays away in this browser. Someone on behalf of an organisation has a way in of their own.
 */
export function Welcome({ onExplore }: WelcomeProps) {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const instance = useInstance();
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (status !== 'ready' || user !== null || dismissed) return null;
  const demo = instance !== null && instance !== 'unknown' && instance.demo;

  function dismiss(): void {
    rememberDismissal();
    setDismissed(true);
  }

  return (
    <section className="welcome" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>{t('welcome.heading')}</h2>
      <p>{t('welcome.text')}</p>
      {demo && <p className="welcome__demo">{t('welcome.demo')}</p>}
      <div className="welcome__actions">
        <Link className="button button--primary" to={withReturnPath(PATHS.signup, CONTRIBUTE_PATHS.inventory)}>
          {t('welcome.join')}
        </Link>
        <button type="button" className="button" onClick={onExplore}>
          {t('welcome.explore')}
        </button>
        <button type="button" className="welcome__dismiss" onClick={dismiss}>
          {t('welcome.dismiss')}
        </button>
      </div>
      <p className="welcome__org">
        {t('welcome.organisation')}{' '}
        <Link to={withReturnPath(PATHS.signup, CONTRIBUTE_PATHS.organisation)}>{t('welcome.organisationLink')}</Link>
      </p>
    </section>
  );
}
