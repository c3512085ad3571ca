import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../api/auth.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
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
        <Outcome title={t('forgot.sentTitle')} next={{ to: PATHS.login, label: t('forgot.toLogin') }}>
          <p>{t('forgot.sent')}</p>
        </Outcome>
      ) : (
        <>
          <p className="page-intro">{t('forgot.intro')}</p>
          <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('forgot.submit')}>
            <EmailField id="forgot-email" {...form.field('email')} />
          </FormFrame>
          <p className="page-links">
            <Link to={PATHS.login}>{t('forgot.toLogin')}</Link>
          </p>
        </>
      )}
    </PageLayout>
  );
}
