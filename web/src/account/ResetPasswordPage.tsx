import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { confirmPasswordReset } from '../api/auth.ts';
import { FormAlert, SubmitButton } from '../forms/fields.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useForm, type FieldMessages } from '../forms/use-form.ts';
import { isTooShortPassword, missingFields, PASSWORD_MIN_LENGTH } from '../forms/validate.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useSession } from './session.tsx';
import { isRefusedToken } from './token-errors.ts';
import { PasswordField } from './AccountFields.tsx';

const FIELDS = ['password'] as const;

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<'form' | 'done' | 'linkRefused'>(token === '' ? 'linkRefused' : 'form');
  const form = useForm(FIELDS);

  function validate(): FieldMessages<(typeof FIELDS)[number]> {
    const problems = missingFields({ password }, t('rules.required'));
    if (problems.password === undefined && isTooShortPassword(password)) {
      problems.password = t('fieldRules.passwordMinLength', { limit: PASSWORD_MIN_LENGTH });
    }
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
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
          <PasswordField
            id="reset-password"
            label={t('fields.newPassword')}
            isNew={true}
            value={password}
            onChange={setPassword}
            error={form.errors.password}
            inputRef={form.fieldRef('password')}
          />
          <SubmitButton label={t('reset.submit')} submitting={form.submitting} />
        </form>
      )}
    </PageLayout>
  );
}
