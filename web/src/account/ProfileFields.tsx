import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n.ts';

/** The <option>s of a language choice, each named in its own language. */
export function LanguageOptions() {
  const { t } = useTranslation();
  return (
    <>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {t(`languageNames.${language}`)}
        </option>
      ))}
    </>
  );
}
