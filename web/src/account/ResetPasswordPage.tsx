import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../api/auth.ts';
import { FormAlert, SubmitButton } from '../forms/fields.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useSession } from './session.tsx';
import { isRefusedToken } from './token-errors.ts';
import { PasswordField } from './AccountFields.tsx';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [outcome, setOutcome] = useState<'form' | 'done' | 'linkRefused'>(token === '' ? 'linkRefused' : 'form');
  const form = useFormWithValues({ password: '' });
  const { password } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { password }, 'password'),
    action: async () => {
      try {
        await confirmPasswordReset(token, password);
      } catch (error) {
        if (!isRefusedToken(error)) throw error;
        setOutcome('linkRefused');
        return;
      }
      setOutcome('done');
      // A new password ends every session of the account, this browser's too if it was logged in.
      void refresh();
    },
  });

  return (
    <PageLayout title={t('reset.title')}>
      {outcome === 'done' && (
        <Outcome title={t('reset.doneTitle')} tone="success">
          <p>{t('reset.done')}</p>
          <p>
            <Link to={PATHS.login}>{t('reset.toLogin')}</Link>
          </p>
        </Outcome>
      )}
      {outcome === 'linkRefused' && (
        <Outcome title={t('reset.linkRefusedTitle')} tone="problem">
          <p>{t('reset.linkRefused')}</p>
          <p>
            <Link to={PATHS.forgotPassword}>{t('reset.askNewLink')}</Link>
          </p>
        </Outcome>
      )}
      {outcome === 'form' && (
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <PasswordField id="reset-password" label={t('fields.newPassword')} isNew={true} {...form.field('password')} />
          <SubmitButton label={t('reset.submit')} submitting={form.submitting} />
        </form>
      )}
    </PageLayout>
  );
}
