import { useTranslation } from 'react-i18next';
import { BoundTextField, SelectField } from '../forms/fields.tsx';
import type { BoundField } from '../forms/use-form.ts';
import { PASSWORD_MIN_LENGTH } from '../forms/validate.ts';
import { isLanguage, LANGUAGES, type Language } from '../i18n/i18n.ts';

/** A field bound to its form's value (see useFormWithValues), with the id that ties it to its label. */
interface AccountFieldProps<T = string> extends BoundField<T> {
  id: string;
}

/** An e-mail address, as every account form asks it. */
export function EmailField({ hint, ...field }: AccountFieldProps & { hint?: string }) {
  const { t } = useTranslation();
  return <BoundTextField label={t('fields.email')} hint={hint} type="email" autoComplete="email" {...field} />;
}

interface PasswordFieldProps extends AccountFieldProps {
  label: string;
  /** A password being chosen: with the rule it must meet, and the browser may offer to generate one. */
  isNew: boolean;
}

export function PasswordField({ isNew, ...field }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <BoundTextField
      hint={isNew ? t('fields.passwordRule', { limit: PASSWORD_MIN_LENGTH }) : undefined}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      {...field}
    />
  );
}

/** The name others see, as the sign-up and the profile ask it. */
export function DisplayNameField(field: AccountFieldProps) {
  const { t } = useTranslation();
  return (
    <BoundTextField
      label={t('fields.displayName')}
      hint={t('fields.displayNameHint')}
      autoComplete="nickname"
      maxLength={80}
      {...field}
    />
  );
}

/** The language of the interface and of e-mails, each language named in its own language. */
export function LanguageField({ id, value, onChange, error, inputRef }: AccountFieldProps<Language>) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('fields.language')}
      hint={t('fields.languageHint')}
      value={value}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
      error={error}
      selectRef={inputRef}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`languageNames.${language}`)}
        </option>
      ))}
    </SelectField>
  );
}
