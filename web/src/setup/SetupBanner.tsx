import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useInstance } from '../instance/instance-settings.ts';
import { PATHS } from '../paths.ts';
import './setup.css';

/** While the instance is not set up (no administrator, no name or no areas yet), every page shows the way to set it up. */
export function SetupBanner() {
  const { t } = useTranslation();
  const instance = useInstance();
  const { pathname } = useLocation();
  if (instance === null || instance === 'unknown' || !instance.setup.needed || pathname === PATHS.setup) return null;
  return (
    <p className="setup-banner">
      {t('setup.bannerText')} <Link to={PATHS.setup}>{t('setup.bannerLink')}</Link>
    </p>
  );
}
