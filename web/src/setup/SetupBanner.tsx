import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useInstance } from '../instance/instance-settings.ts';
import { PATHS } from '../paths.ts';
import './setup.css';

/**
 * While the instance has no areas yet (a new instance without the demo), every page shows the way to set it up. The
 * demo has its areas: it opens as it always did, and its set-up page stays open to whoever has the code in the log.
 */
export function SetupBanner() {
  const { t } = useTranslation();
  const instance = useInstance();
  const { pathname } = useLocation();
  if (instance === null || instance === 'unknown' || instance.setup.areas || pathname === PATHS.setup) return null;
  return (
    <p className="setup-banner">
      {t('setup.bannerText')} <Link to={PATHS.setup}>{t('setup.bannerLink')}</Link>
    </p>
  );
}
