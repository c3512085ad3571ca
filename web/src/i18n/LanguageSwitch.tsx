import { useTranslation } from 'react-i18next';
import { useInstance } from '../instance/instance-settings.ts';
import { chooseLanguage, currentLanguage, offeredLanguages, type Language } from './i18n.ts';

/** One button that offers the other language, labelled in that language; none when the instance offers one language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  // Renders again when the instance's languages arrive.
  useInstance();
  const otherLanguage: Language = currentLanguage() === 'nl' ? 'en' : 'nl';
  if (!offeredLanguages().includes(otherLanguage)) return null;

  function switchLanguage(): void {
    void chooseLanguage(otherLanguage);
  }

  return (
    <button
      type="button"
      className="header-button"
      lang={otherLanguage}
      title={t('language.switchHint')}
      onClick={switchLanguage}
    >
      {t('language.other')}
    </button>
  );
}
