import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../forms/fields.tsx';
import { isLanguage, LANGUAGES, type Language } from '../i18n/i18n.ts';

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
