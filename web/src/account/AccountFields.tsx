import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../forms/fields.tsx';
import { PASSWORD_MIN_LENGTH } from '../forms/validate.ts';
import { isLanguage, LANGUAGES, type Language } from '../i18n/i18n.ts';

interface AccountFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
}

/** An e-mail address, as every account form asks it. */
export function EmailField({ id, hint, value, onChange, error, inputRef }: AccountFieldProps & { hint?: string }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('fields.email')}
      hint={hint}
      type="email"
      autoComplete="email"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      inputRef={inputRef}
    />
  );
}

interface PasswordFieldProps extends AccountFieldProps {
  label: string;
  /** A password being chosen: with the rule it must meet, and the browser may offer to generate one. */
  isNew: boolean;
}

export function PasswordField({ id, label, isNew, value, onChange, error, inputRef }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={label}
      hint={isNew ? t('fields.passwordRule', { limit: PASSWORD_MIN_LENGTH }) : undefined}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      inputRef={inputRef}
    />
  );
}

interface DisplayNameFieldProps {
  id: string;
  value: string;
  onChange: (displayName: string) => void;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
}

/** The name others see, as the sign-up and the profile ask it. */
export function DisplayNameField({ id, value, onChange, error, inputRef }: DisplayNameFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('fields.displayName')}
      hint={t('fields.displayNameHint')}
      autoComplete="nickname"
      maxLength={80}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      inputRef={inputRef}
    />
  );
}

interface LanguageFieldProps {
  id: string;
  value: Language;
  onChange: (language: Language) => void;
  error: string | undefined;
  selectRef: Ref<HTMLSelectElement>;
}

/** The language of the interface and of e-mails, each language named in its own language. */
export function LanguageField({ id, value, onChange, error, selectRef }: LanguageFieldProps) {
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
      selectRef={selectRef}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`languageNames.${language}`)}
        </option>
      ))}
    </SelectField>
  );
}
