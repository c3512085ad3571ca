import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../api/auth.ts';
import { FormAlert, SubmitButton } from '../forms/fields.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useForm } from '../forms/use-form.ts';
import { missingFields } from '../forms/validate.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { EmailField } from './AccountFields.tsx';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm(FIELDS);

  const onSubmit = form.handleSubmit({
    validate: () => missingFields({ email }, t('rules.required')),
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
            <EmailField
              id="forgot-email"
              value={email}
              onChange={setEmail}
              error={form.errors.email}
              inputRef={form.fieldRef('email')}
            />
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
