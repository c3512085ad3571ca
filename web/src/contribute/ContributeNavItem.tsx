import { NavLink } from 'react-router';
import { useContributeTranslation } from './i18n.ts';
import { CONTRIBUTE_PATHS } from './paths.ts';

/** The menu item itself; loaded with the contribute texts, so visitors who are not logged in never download them. */
export function ContributeNavItem() {
  const { t } = useContributeTranslation();
  return (
    <NavLink className="header-link" to={CONTRIBUTE_PATHS.start} end>
      {t('start.navLink')}
    </NavLink>
  );
}
