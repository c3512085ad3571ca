import { useTranslation } from 'react-i18next';
import { changePassword } from '../../api/me.ts';
import { FormFrame } from '../../forms/FormFrame.tsx';
import { useSavedStatus } from '../../forms/use-saved-status.ts';
import { useFormWithValues } from '../../forms/use-form.ts';
import { requiredFields } from '../../forms/validate.ts';
import { PasswordField } from '../AccountFields.tsx';

interface ChangePasswordFormProps {
  /** The account's address, for password managers: they store the new password under it. */
  email: string;
  onChanged: () => void;
}

export function ChangePasswordForm({ email, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const savedStatus = useSavedStatus(t('changePassword.done'));
  const form = useFormWithValues({ currentPassword: '', newPassword: '' });
  const { currentPassword, newPassword } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { currentPassword, newPassword }, 'newPassword'),
    action: async () => {
      await changePassword(currentPassword, newPassword);
      form.setValues({ currentPassword: '', newPassword: '' });
      savedStatus.markSaved();
      onChanged();
    },
  });

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('changePassword.heading')}</h2>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('changePassword.submit')} {...savedStatus.frame}>
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordField
          id="current-password"
          label={t('fields.currentPassword')}
          isNew={false}
          {...form.field('currentPassword')}
        />
        <PasswordField id="new-password" label={t('fields.newPassword')} isNew={true} {...form.field('newPassword')} />
      </FormFrame>
    </section>
  );
}
