import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../api/auth.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
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
        <Outcome title={t('reset.doneTitle')} tone="success" next={{ to: PATHS.login, label: t('reset.toLogin') }}>
          <p>{t('reset.done')}</p>
        </Outcome>
      )}
      {outcome === 'linkRefused' && (
        <Outcome
          title={t('reset.linkRefusedTitle')}
          tone="problem"
          next={{ to: PATHS.forgotPassword, label: t('reset.askNewLink') }}
        >
          <p>{t('reset.linkRefused')}</p>
        </Outcome>
      )}
      {outcome === 'form' && (
        <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('reset.submit')}>
          <PasswordField id="reset-password" label={t('fields.newPassword')} isNew={true} {...form.field('password')} />
        </FormFrame>
      )}
    </PageLayout>
  );
}
