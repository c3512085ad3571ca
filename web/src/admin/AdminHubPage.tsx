import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../paths.ts';
import { AdminPage } from './AdminGate.tsx';
import './admin.css';

interface AdminPageLink {
  to: string;
  title: ParseKeys<'translation'>;
  purpose: ParseKeys<'translation'>;
}

/** Every administration page, in the order an administrator of a new Krachtkaart tends to need them. */
const ADMIN_PAGES: readonly AdminPageLink[] = [
  { to: PATHS.adminSettings, title: 'adminHub.settingsTitle', purpose: 'adminHub.settings' },
  { to: PATHS.adminAreas, title: 'adminHub.areasTitle', purpose: 'adminHub.areas' },
  { to: PATHS.adminAccounts, title: 'accounts.title', purpose: 'adminHub.accounts' },
  { to: PATHS.adminTaxonomy, title: 'taxonomyAdmin.title', purpose: 'adminHub.taxonomy' },
  { to: PATHS.reports, title: 'reports.title', purpose: 'adminHub.reports' },
  { to: PATHS.outbox, title: 'outbox.title', purpose: 'adminHub.outbox' },
];

/** The administration's front page: what each administration page is for, with a link to it. */
export function AdminHubPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('adminHub.title')}>
      {() => (
        <>
          <p className="page-intro">{t('adminHub.intro')}</p>
          <ul className="admin-hub" aria-label={t('adminHub.pagesLabel')}>
            {ADMIN_PAGES.map((page) => (
              <li key={page.to} className="admin-hub__page">
                <Link className="admin-hub__link" to={page.to}>
                  {t(page.title)}
                </Link>
                <p>{t(page.purpose)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </AdminPage>
  );
}
