import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../api/client.ts';
import { claimAdministrator, type Instance } from '../api/instance.ts';
import { withReturnPath } from '../account/return-path.ts';
import { useSession } from '../account/session.tsx';
import { DisplayNameField, EmailField, PasswordField } from '../account/AccountFields.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { BoundTextField } from '../forms/fields.tsx';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { InstanceSettingsForm } from '../instance/InstanceSettingsForm.tsx';
import { loadInstance, reloadInstance, useInstance } from '../instance/instance-settings.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { AreaImportForm } from '../admin/areas/AreaImportForm.tsx';
import { reloadInstanceArea } from '../map/instance-area.ts';
import { PATHS } from '../paths.ts';
import './setup.css';

const STEPS = ['administrator', 'named', 'areas'] as const;

/**
 * Setting up a new instance in the browser, step by step: claim the administrator account with the code from the
 * server's log, name the instance (languages, background map), load the areas. Each step shows once the one before
 * it is done; what is done is read from GET /api/instance, so the page picks up where an earlier visit stopped.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const instance = useInstance();
  return (
    <PageLayout title={t('setup.title')}>
      {instance === null && <LoadingStatus />}
      {instance === 'unknown' && <LoadProblem onRetry={loadInstance} />}
      {instance !== null && instance !== 'unknown' && <SetupSteps instance={instance} />}
    </PageLayout>
  );
}

function SetupSteps({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const current = STEPS.find((step) => !instance.setup[step]) ?? null;
  const number = current === null ? STEPS.length : STEPS.indexOf(current) + 1;
  return (
    <>
      <p className="page-intro">{t('setup.intro')}</p>
      <ol className="setup-steps" aria-label={t('setup.stepsLabel')}>
        {STEPS.map((step) => (
          <li
            key={step}
            aria-current={step === current ? 'step' : undefined}
            data-done={instance.setup[step] ? '' : undefined}
          >
            {t(`setup.steps.${step}`)}
            {instance.setup[step] && ` (${t('setup.done')})`}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {current === null ? t('setup.allDone') : t('setup.progress', { number, total: STEPS.length })}
      </p>
      {current === 'administrator' && <ClaimStep />}
      {current === 'named' && <NameStep instance={instance} />}
      {current === 'areas' && <AreasStep />}
      {current === null && (
        <Outcome title={t('setup.allDone')} tone="success" next={{ to: PATHS.map, label: t('setup.toMap') }} />
      )}
    </>
  );
}

/** Step 1: the first administrator account, claimed with the set-up code the server printed in its log. */
function ClaimStep() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const form = useFormWithValues({ code: '', email: '', displayName: '', password: '' });
  const { code, email, displayName, password } = form.values;

  async function claim(): Promise<void> {
    const user = await claimAdministrator({
      code: code.trim(),
      email: email.trim(),
      displayName: displayName.trim(),
      password,
      language: currentLanguage(),
    });
    setUser(user);
    await reloadInstance();
  }

  return (
    <section aria-labelledby="setup-claim-heading">
      <h2 id="setup-claim-heading">{t('setup.claimHeading')}</h2>
      <p>{t('setup.claimIntro')}</p>
      <FormFrame
        form={form}
        onSubmit={form.handleSubmit({
          validate: () => requiredFields(t, { code, email, displayName, password }, 'password'),
          action: claim,
          describeFailure: (error) =>
            error instanceof ApiError && error.status === 401 ? { fields: { code: t('setup.wrongCode') } } : undefined,
        })}
        submitLabel={t('setup.claimSubmit')}
      >
        <BoundTextField
          id="setup-code"
          label={t('setup.code')}
          hint={t('setup.codeHint')}
          autoComplete="off"
          spellCheck={false}
          {...form.field('code')}
        />
        <EmailField id="setup-email" {...form.field('email')} />
        <DisplayNameField id="setup-display-name" {...form.field('displayName')} />
        <PasswordField id="setup-password" label={t('fields.password')} isNew={true} {...form.field('password')} />
      </FormFrame>
    </section>
  );
}

/** Step 2: the instance's name, languages and background map; an administrator's to choose. */
function NameStep({ instance }: { instance: Instance }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  return (
    <section aria-labelledby="setup-name-heading">
      <h2 id="setup-name-heading">{t('setup.nameHeading')}</h2>
      {user?.isAdmin === true ? (
        <>
          <p>{t('setup.nameIntro')}</p>
          <InstanceSettingsForm settings={instance} id="setup-settings" submitLabel={t('setup.nameSubmit')} />
        </>
      ) : (
        <p>
          {t('setup.adminLogin')} <Link to={withReturnPath(PATHS.login, location.pathname)}>{t('nav.login')}</Link>
        </p>
      )}
    </section>
  );
}

/**
 * Step 3: the areas, imported here from the CBS wijk- en buurtkaart with the areas page's form (check, read what it
 * would do, import). Once written, the set-up and the map's area load again: the next page opens on the new areas.
 */
function AreasStep() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();

  async function imported(): Promise<void> {
    await Promise.all([reloadInstanceArea(), reloadInstance()]);
  }

  return (
    <section aria-labelledby="setup-areas-heading">
      <h2 id="setup-areas-heading">{t('setup.areasHeading')}</h2>
      {user?.isAdmin === true ? (
        <>
          <p>{t('setup.areasIntro')}</p>
          <AreaImportForm onImported={() => void imported()} />
          <p>
            {t('setup.areasLater')} <Link to={PATHS.adminAreas}>{t('setup.areasLink')}</Link>
          </p>
        </>
      ) : (
        <p>
          {t('setup.adminLogin')} <Link to={withReturnPath(PATHS.login, location.pathname)}>{t('nav.login')}</Link>
        </p>
      )}
    </section>
  );
}
