import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/me.ts';
import { FormAlert, SubmitButton, FormStatus } from '../../forms/fields.tsx';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import { isTooShortPassword, missingFields, PASSWORD_MIN_LENGTH } from '../../forms/validate.ts';
import { PasswordField } from '../AccountFields.tsx';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Field = (typeof FIELDS)[number];

interface ChangePasswordFormProps {
  /** The account's address, for password managers: they store the new password under it. */
  email: string;
  onChanged: () => void;
}

export function ChangePasswordForm({ email, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const form = useForm(FIELDS);

  function validate(): FieldMessages<Field> {
    const problems = missingFields({ currentPassword, newPassword }, t('rules.required'));
    if (problems.newPassword === undefined && isTooShortPassword(newPassword)) {
      problems.newPassword = t('fieldRules.passwordMinLength', { limit: PASSWORD_MIN_LENGTH });
    }
    return problems;
  }

  const onSubmit = form.handleSubmit({
    validate,
    action: async () => {
      await changePassword(currentPassword, newPassword);
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
      onChanged();
    },
  });

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('changePassword.heading')}</h2>
      <form className="form" noValidate onSubmit={onSubmit} onChange={() => setChanged(false)}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id="current-password"
          label={t('fields.currentPassword')}
          isNew={false}
          value={currentPassword}
          onChange={setCurrentPassword}
          error={form.errors.currentPassword}
          inputRef={form.fieldRef('currentPassword')}
        />
        <PasswordField
          id="new-password"
          label={t('fields.newPassword')}
          isNew={true}
          value={newPassword}
          onChange={setNewPassword}
          error={form.errors.newPassword}
          inputRef={form.fieldRef('newPassword')}
        />
        <div className="form__actions">
          <SubmitButton label={t('changePassword.submit')} submitting={form.submitting} />
          <FormStatus>{changed ? t('changePassword.done') : ''}</FormStatus>
        </div>
      </form>
    </section>
  );
}
