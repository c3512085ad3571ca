import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { logIn, signUp } from '../api/auth.ts';
import { Outcome } from '../forms/Outcome.tsx';
import { FormFrame } from '../forms/FormFrame.tsx';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { chooseLanguage, currentLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { DisplayNameField, EmailField, LanguageField, PasswordField } from './AccountFields.tsx';
import { RETURN_PARAM, safeReturnPath, withReturnPath } from './return-path.ts';
import { useSession } from './session.tsx';

export function SignupPage() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get(RETURN_PARAM));
  const [checkInbox, setCheckInbox] = useState(false);
  const form = useFormWithValues({ email: '', displayName: '', password: '', language: currentLanguage() });
  const { email, displayName, password, language } = form.values;

  /**
   * The API answers a sign-up the same whether or not the address already has an account, so that nobody can find out
   * who has one. Logging in with the same details tells us whether a new account was made; if not, the page says only
   * what the API said: check your inbox.
   */
  async function signUpAndLogIn(): Promise<void> {
    const trimmedEmail = email.trim();
    await signUp({ email: trimmedEmail, password, displayName: displayName.trim(), language });
    try {
      const user = await logIn(trimmedEmail, password);
      if (user.language !== currentLanguage()) await chooseLanguage(user.language);
      setUser(user);
      await navigate(returnPath ?? PATHS.welcome);
    } catch {
      setCheckInbox(true);
    }
  }

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { email, displayName, password }, 'password'),
    action: signUpAndLogIn,
  });

  if (checkInbox) {
    return (
      <PageLayout title={t('signup.title')}>
        <Outcome title={t('signup.checkInboxTitle')}>
          <p>{t('signup.checkInbox')}</p>
        </Outcome>
        <p>
          <Link to={returnPath === null ? PATHS.login : withReturnPath(PATHS.login, returnPath)}>
            {t('signup.toLogin')}
          </Link>
        </p>
      </PageLayout>
    );
  }

  return (
    <PageLayout title={t('signup.title')}>
      <p className="page-intro">{t('signup.intro')}</p>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('signup.submit')}>
        <EmailField id="signup-email" hint={t('signup.emailHint')} {...form.field('email')} />
        <DisplayNameField id="signup-display-name" {...form.field('displayName')} />
        <PasswordField id="signup-password" label={t('fields.password')} isNew={true} {...form.field('password')} />
        <LanguageField id="signup-language" {...form.field('language')} />
      </FormFrame>
      <p className="page-links">
        <Link to={returnPath === null ? PATHS.login : withReturnPath(PATHS.login, returnPath)}>
          {t('signup.haveAccount')}
        </Link>
      </p>
    </PageLayout>
  );
}
