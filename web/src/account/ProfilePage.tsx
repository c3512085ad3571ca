import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getBuurten } from '../api/areas.ts';
import { getHomeLocationConsentText, getMe, type Me } from '../api/me.ts';
import { FollowedBuurten } from '../follows/FollowedBuurten.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { ChangePasswordForm } from './profile/ChangePasswordForm.tsx';
import { DetailsForm } from './profile/DetailsForm.tsx';
import { HomeBuurtForm } from './profile/HomeBuurtForm.tsx';
import { HomeLocationSection } from './profile/HomeLocationSection.tsx';
import { MailSettingsForm } from './profile/MailSettingsForm.tsx';
import { Organisations } from './profile/Organisations.tsx';
import { SessionsList } from './profile/SessionsList.tsx';
import { UserPage } from './RequireUser.tsx';
import { useSession } from './session.tsx';
import './account.css';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

export function ProfilePage() {
  const { t } = useTranslation();
  return <UserPage title={t('profile.title')}>{() => <ProfileSections />}</UserPage>;
}

function loadMapData(signal: AbortSignal) {
  return Promise.all([getBuurten(signal), getHomeLocationConsentText(signal)]);
}

function ProfileSections() {
  const { t } = useTranslation();
  const { user, setUser } = useSession();
  const me = useApiData(getMe, []);
  const mapData = useApiData(loadMapData, []);
  // Changing the password ends the other sessions: the list is loaded again.
  const [passwordChanges, setPasswordChanges] = useState(0);

  if (me.state.status === 'error' || mapData.state.status === 'error') {
    return (
      <LoadProblem
        onRetry={() => {
          me.retry();
          mapData.retry();
        }}
      />
    );
  }
  if (me.state.status === 'loading' || mapData.state.status === 'loading') {
    return <LoadingStatus />;
  }

  const profile = me.state.data;
  const [buurten, consent] = mapData.state.data;

  function showSaved(updated: Me): void {
    me.replace(updated);
    // The header shows the name: keep it in step.
    if (user !== null) setUser({ ...user, displayName: updated.displayName, language: updated.language });
  }

  return (
    <div className="sections">
      <DetailsForm me={profile} onSaved={showSaved} />
      <HomeBuurtForm me={profile} buurten={buurten} onSaved={showSaved} />
      <HomeLocationSection me={profile} buurten={buurten} consent={consent} onSaved={showSaved} />
      {profile.organisations.length > 0 && <Organisations organisations={profile.organisations} />}
      <FollowedBuurten />
      <MailSettingsForm />
      <ChangePasswordForm email={profile.email} onChanged={() => setPasswordChanges((count) => count + 1)} />
      <SessionsList reloadKey={passwordChanges} />
      <p className="page-links">
        <Link to={PATHS.myData}>{t('profile.toMyData')}</Link>
      </p>
    </div>
  );
}
