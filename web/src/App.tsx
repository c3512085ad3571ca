import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from './account/session.tsx';
import { MapPage } from './map-page/MapPage.tsx';
import { CONTRIBUTE_PATHS } from './contribute/paths.ts';
import { NotificationsProvider } from './introductions/notifications.tsx';
import { PATHS } from './paths.ts';

// The map is the way in for most visitors; the other pages load when first opened, so the map's first load stays small.
const SignupPage = lazy(() => import('./account/SignupPage.tsx').then((module) => ({ default: module.SignupPage })));
const LoginPage = lazy(() => import('./account/LoginPage.tsx').then((module) => ({ default: module.LoginPage })));
const ForgotPasswordPage = lazy(() =>
  import('./account/ForgotPasswordPage.tsx').then((module) => ({ default: module.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./account/ResetPasswordPage.tsx').then((module) => ({ default: module.ResetPasswordPage })),
);
const VerifyEmailPage = lazy(() =>
  import('./account/VerifyEmailPage.tsx').then((module) => ({ default: module.VerifyEmailPage })),
);
const InvitationPage = lazy(() =>
  import('./account/InvitationPage.tsx').then((module) => ({ default: module.InvitationPage })),
);
const ProfilePage = lazy(() => import('./account/ProfilePage.tsx').then((module) => ({ default: module.ProfilePage })));
const MyDataPage = lazy(() => import('./account/MyDataPage.tsx').then((module) => ({ default: module.MyDataPage })));
const SuggestionsPage = lazy(() =>
  import('./suggestions/SuggestionsPage.tsx').then((module) => ({ default: module.SuggestionsPage })),
);
const IntroductionsPage = lazy(() =>
  import('./introductions/IntroductionsPage.tsx').then((module) => ({ default: module.IntroductionsPage })),
);
const IntroductionPage = lazy(() =>
  import('./introductions/IntroductionPage.tsx').then((module) => ({ default: module.IntroductionPage })),
);
const OutboxPage = lazy(() => import('./admin/OutboxPage.tsx').then((module) => ({ default: module.OutboxPage })));
const ReportsPage = lazy(() => import('./admin/ReportsPage.tsx').then((module) => ({ default: module.ReportsPage })));
const ContributePage = lazy(() =>
  import('./contribute/ContributePage.tsx').then((module) => ({ default: module.ContributePage })),
);
const InventoryPage = lazy(() =>
  import('./contribute/inventory/InventoryPage.tsx').then((module) => ({ default: module.InventoryPage })),
);
const OrganisationPage = lazy(() =>
  import('./contribute/organisation/OrganisationPage.tsx').then((module) => ({ default: module.OrganisationPage })),
);
const PlacePage = lazy(() =>
  import('./contribute/place/PlacePage.tsx').then((module) => ({ default: module.PlacePage })),
);
const ThingPage = lazy(() =>
  import('./contribute/thing/ThingPage.tsx').then((module) => ({ default: module.ThingPage })),
);
const StoryPage = lazy(() =>
  import('./contribute/story/StoryPage.tsx').then((module) => ({ default: module.StoryPage })),
);
const ConnectorAreasPage = lazy(() =>
  import('./connector/ConnectorAreasPage.tsx').then((module) => ({ default: module.ConnectorAreasPage })),
);
const ConnectorAreaPage = lazy(() =>
  import('./connector/ConnectorAreaPage.tsx').then((module) => ({ default: module.ConnectorAreaPage })),
);
const ModerationPage = lazy(() =>
  import('./moderation/ModerationPage.tsx').then((module) => ({ default: module.ModerationPage })),
);
const KompasPage = lazy(() => import('./kompas/KompasPage.tsx').then((module) => ({ default: module.KompasPage })));
const AgendasPage = lazy(() => import('./agenda/AgendasPage.tsx').then((module) => ({ default: module.AgendasPage })));
const AgendaPage = lazy(() => import('./agenda/AgendaPage.tsx').then((module) => ({ default: module.AgendaPage })));
const NotFoundPage = lazy(() =>
  import('./layout/NotFoundPage.tsx').then((module) => ({ default: module.NotFoundPage })),
);

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
              <Route path={PATHS.outbox} element={<OutboxPage />} />
              <Route path={PATHS.reports} element={<ReportsPage />} />
              <Route path={PATHS.connector} element={<ConnectorAreasPage />} />
              <Route path={PATHS.connectorArea} element={<ConnectorAreaPage />} />
              <Route path={PATHS.moderation} element={<ModerationPage />} />
              <Route path={PATHS.wijkKompas} element={<KompasPage areaType="wijk" />} />
              <Route path={PATHS.buurtKompas} element={<KompasPage areaType="buurt" />} />
              <Route path={PATHS.agendas} element={<AgendasPage />} />
              <Route path={PATHS.agenda} element={<AgendaPage />} />
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
