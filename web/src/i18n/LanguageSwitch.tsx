import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, type Language } from './i18n.ts';

/** One button that offers the other language, labelled in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const otherLanguage: Language = currentLanguage() === 'nl' ? 'en' : 'nl';

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
