import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPage } from '../admin/AdminGate.tsx';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { loadInstance, useInstance } from './instance-settings.ts';
import { InstanceSettingsForm } from './InstanceSettingsForm.tsx';

/** The administrator's page of the instance's settings: its name, languages and background map. */
export function InstanceSettingsPage() {
  const { t } = useTranslation();
  return <AdminPage title={t('instanceSettings.title')}>{() => <SettingsContent />}</AdminPage>;
}

function SettingsContent() {
  const { t } = useTranslation();
  const instance = useInstance();
  const [status, setStatus] = useState('');
  if (instance === null) return <LoadingStatus />;
  if (instance === 'unknown') return <LoadProblem onRetry={loadInstance} />;
  return (
    <>
      <p className="page-intro">{t('instanceSettings.intro')}</p>
      <InstanceSettingsForm
        settings={instance}
        id="instance-settings"
        submitLabel={t('instanceSettings.save')}
        status={status}
        onSaved={() => setStatus(t('instanceSettings.saved'))}
      />
    </>
  );
}
