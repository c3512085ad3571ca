import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTRIBUTE_PATHS } from '../contribute/paths.ts';
import { PATHS } from '../paths.ts';
import { UserPage } from './RequireUser.tsx';

/**
 * Where a sign-up lands: a short welcome that leads to the talents questionnaire (which asks for the buurt on the
 * way), with the map as the other way on. Password, sessions and consent wait on the profile until someone needs them.
 */
export function WelcomePage() {
  const { t } = useTranslation();
  return (
    <UserPage title={t('signupWelcome.title')}>
      {(user) => (
        <div className="welcome-page">
          <p className="welcome-page__lead">{t('signupWelcome.lead', { name: user.displayName })}</p>
          <p>{t('signupWelcome.how')}</p>
          <ul className="welcome-page__ways">
            <li>
              <Link className="button button--primary" to={CONTRIBUTE_PATHS.inventory}>
                {t('signupWelcome.toInventory')}
              </Link>
            </li>
            <li>
              <Link to={CONTRIBUTE_PATHS.organisation}>{t('signupWelcome.toOrganisation')}</Link>
            </li>
            <li>
              <Link to={PATHS.map}>{t('signupWelcome.toMap')}</Link>
            </li>
          </ul>
          <p className="welcome-page__note">
            {t('signupWelcome.confirm')} <Link to={PATHS.profile}>{t('signupWelcome.toProfile')}</Link>
          </p>
        </div>
      )}
    </UserPage>
  );
}
