import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../api/auth.ts';
import { FormAlert, SubmitButton } from '../forms/fields.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { EmailField } from './AccountFields.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const form = useFormWithValues({ email: '' });
  const { email } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { email }),
    action: async () => {
      await requestPasswordReset(email.trim());
      setSent(true);
    },
  });

  return (
    <PageLayout title={t('forgot.title')}>
      {sent ? (
        // The same words whether or not the address has an account.
        <Outcome title={t('forgot.sentTitle')}>
          <p>{t('forgot.sent')}</p>
          <p>
            <Link to={PATHS.login}>{t('forgot.toLogin')}</Link>
          </p>
        </Outcome>
      ) : (
        <>
          <p className="page-intro">{t('forgot.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <FormAlert message={form.alert} alertRef={form.alertRef} />
            <EmailField id="forgot-email" {...form.field('email')} />
            <SubmitButton label={t('forgot.submit')} submitting={form.submitting} />
          </form>
          <p className="page-links">
            <Link to={PATHS.login}>{t('forgot.toLogin')}</Link>
          </p>
        </>
      )}
    </PageLayout>
  );
}
