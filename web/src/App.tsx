import { UnsubscribePage } from './mail/UnsubscribePage.tsx';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './account/session.tsx';
import { MapPage } from './map-page/MapPage.tsx';
import { CONTRIBUTE_PATHS } from './contribute/paths.ts';
import { NotificationsProvider } from './introductions/notifications.tsx';
import { PATHS } from './paths.ts';

/** A page that loads when first opened: `name` is the component its module exports. */
function lazyPage<N extends string, P extends object>(load: () => Promise<Record<N, ComponentType<P>>>, name: N) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// The map is the way in for most visitors; the other pages load when first opened, so the map's first load stays small.
const SignupPage = lazyPage(() => import('./account/SignupPage.tsx'), 'SignupPage');
const WelcomePage = lazyPage(() => import('./account/WelcomePage.tsx'), 'WelcomePage');
const LoginPage = lazyPage(() => import('./account/LoginPage.tsx'), 'LoginPage');
const ForgotPasswordPage = lazyPage(() => import('./account/ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./account/ResetPasswordPage.tsx'), 'ResetPasswordPage');
const VerifyEmailPage = lazyPage(() => import('./account/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const InvitationPage = lazyPage(() => import('./account/InvitationPage.tsx'), 'InvitationPage');
const ProfilePage = lazyPage(() => import('./account/ProfilePage.tsx'), 'ProfilePage');
const MyDataPage = lazyPage(() => import('./account/MyDataPage.tsx'), 'MyDataPage');
const SuggestionsPage = lazyPage(() => import('./suggestions/SuggestionsPage.tsx'), 'SuggestionsPage');
const IntroductionsPage = lazyPage(() => import('./introductions/IntroductionsPage.tsx'), 'IntroductionsPage');
const IntroductionPage = lazyPage(() => import('./introductions/IntroductionPage.tsx'), 'IntroductionPage');
const AdminHubPage = lazyPage(() => import('./admin/AdminHubPage.tsx'), 'AdminHubPage');
const AccountsPage = lazyPage(() => import('./admin/AccountsPage.tsx'), 'AccountsPage');
const TaxonomyAdminPage = lazyPage(() => import('./admin/TaxonomyAdminPage.tsx'), 'TaxonomyAdminPage');
const OutboxPage = lazyPage(() => import('./admin/OutboxPage.tsx'), 'OutboxPage');
const AreasPage = lazyPage(() => import('./admin/areas/AreasPage.tsx'), 'AreasPage');
const ReportsPage = lazyPage(() => import('./admin/ReportsPage.tsx'), 'ReportsPage');
const ContributePage = lazyPage(() => import('./contribute/ContributePage.tsx'), 'ContributePage');
const InventoryPage = lazyPage(() => import('./contribute/inventory/InventoryPage.tsx'), 'InventoryPage');
const OrganisationPage = lazyPage(() => import('./contribute/organisation/OrganisationPage.tsx'), 'OrganisationPage');
const PlacePage = lazyPage(() => import('./contribute/place/PlacePage.tsx'), 'PlacePage');
const ThingPage = lazyPage(() => import('./contribute/thing/ThingPage.tsx'), 'ThingPage');
const StoryPage = lazyPage(() => import('./contribute/story/StoryPage.tsx'), 'StoryPage');
const ConnectorAreasPage = lazyPage(() => import('./connector/ConnectorAreasPage.tsx'), 'ConnectorAreasPage');
const ConnectorAreaPage = lazyPage(() => import('./connector/ConnectorAreaPage.tsx'), 'ConnectorAreaPage');
const ModerationPage = lazyPage(() => import('./moderation/ModerationPage.tsx'), 'ModerationPage');
const KompasPage = lazyPage(() => import('./kompas/KompasPage.tsx'), 'KompasPage');
const AgendasPage = lazyPage(() => import('./agenda/AgendasPage.tsx'), 'AgendasPage');
const AgendaPage = lazyPage(() => import('./agenda/AgendaPage.tsx'), 'AgendaPage');
const SetupPage = lazyPage(() => import('./setup/SetupPage.tsx'), 'SetupPage');
const InstanceSettingsPage = lazyPage(() => import('./instance/InstanceSettingsPage.tsx'), 'InstanceSettingsPage');
const NotFoundPage = lazyPage(() => import('./layout/NotFoundPage.tsx'), 'NotFoundPage');

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('form.loading')}
    </p>
  );
}

/** The pages of the app; the server answers every unknown page path with index.html, so these routes decide. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <NotificationsProvider>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path={PATHS.map} element={<MapPage />} />
              <Route path={PATHS.signup} element={<SignupPage />} />
              <Route path={PATHS.welcome} element={<WelcomePage />} />
              <Route path={PATHS.login} element={<LoginPage />} />
              <Route path={PATHS.forgotPassword} element={<ForgotPasswordPage />} />
              <Route path={PATHS.resetPassword} element={<ResetPasswordPage />} />
              <Route path={PATHS.verifyEmail} element={<VerifyEmailPage />} />
              <Route path={PATHS.invitation} element={<InvitationPage />} />
              <Route path={PATHS.profile} element={<ProfilePage />} />
              <Route path={PATHS.myData} element={<MyDataPage />} />
              <Route path={PATHS.suggestions} element={<SuggestionsPage />} />
              <Route path={PATHS.introductions} element={<IntroductionsPage />} />
              <Route path={PATHS.introduction} element={<IntroductionPage />} />
              <Route path={PATHS.admin} element={<AdminHubPage />} />
              <Route path={PATHS.adminAccounts} element={<AccountsPage />} />
              <Route path={PATHS.adminTaxonomy} element={<TaxonomyAdminPage />} />
              <Route path={PATHS.outbox} element={<OutboxPage />} />
              <Route path={PATHS.adminAreas} element={<AreasPage />} />
              <Route path={PATHS.reports} element={<ReportsPage />} />
              <Route path={PATHS.setup} element={<SetupPage />} />
              <Route path={PATHS.adminSettings} element={<InstanceSettingsPage />} />
              <Route path={PATHS.connector} element={<ConnectorAreasPage />} />
              <Route path={PATHS.connectorArea} element={<ConnectorAreaPage />} />
              <Route path={PATHS.moderation} element={<ModerationPage />} />
              <Route path={PATHS.wijkKompas} element={<KompasPage areaType="wijk" />} />
              <Route path={PATHS.buurtKompas} element={<KompasPage areaType="buurt" />} />
              <Route path={PATHS.agendas} element={<AgendasPage />} />
              <Route path={PATHS.agenda} element={<AgendaPage />} />
              <Route path={PATHS.unsubscribe} element={<UnsubscribePage />} />
              <Route path={CONTRIBUTE_PATHS.start} element={<ContributePage />} />
              <Route path={CONTRIBUTE_PATHS.inventory} element={<InventoryPage />} />
              <Route path={CONTRIBUTE_PATHS.organisation} element={<OrganisationPage />} />
              <Route path={CONTRIBUTE_PATHS.place} element={<PlacePage />} />
              <Route path={CONTRIBUTE_PATHS.thing} element={<ThingPage />} />
              <Route path={CONTRIBUTE_PATHS.story} element={<StoryPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </NotificationsProvider>
      </SessionProvider>
    </BrowserRouter>
  );
}
