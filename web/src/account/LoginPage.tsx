import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { logIn } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { useFormWithValues } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { adoptAccountLanguage } from '../i18n/i18n.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { RETURN_PARAM, safeReturnPath, withReturnPath } from './return-path.ts';
import { useSession } from './session.tsx';
import { EmailField, PasswordField } from './AccountFields.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get(RETURN_PARAM));
  const form = useFormWithValues({ email: '', password: '' });
  const { email, password } = form.values;

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { email, password }),
    action: async () => {
      const loggedIn = await logIn(email.trim(), password);
      await adoptAccountLanguage(loggedIn.language);
      setUser(loggedIn);
      await navigate(returnPath ?? PATHS.map);
    },
    // One message for a wrong address and a wrong password alike: it must not tell which addresses have an account.
    describeFailure: (error) =>
      error instanceof ApiError && error.status === 401 ? { alert: t('login.wrong') } : undefined,
  });

  return (
    <PageLayout title={t('login.title')}>
      {returnPath !== null && <p className="page-intro">{t('login.needed')}</p>}
      {user !== null && <p className="page-intro">{t('login.alreadyIn', { name: user.displayName })}</p>}
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('login.submit')}>
        <EmailField id="login-email" {...form.field('email')} />
        <PasswordField id="login-password" label={t('fields.password')} isNew={false} {...form.field('password')} />
      </FormFrame>
      <ul className="page-links">
        <li>
          <Link to={PATHS.forgotPassword}>{t('login.forgot')}</Link>
        </li>
        <li>
          <Link to={returnPath === null ? PATHS.signup : withReturnPath(PATHS.signup, returnPath)}>
            {t('login.noAccount')}
          </Link>
        </li>
      </ul>
    </PageLayout>
  );
}
