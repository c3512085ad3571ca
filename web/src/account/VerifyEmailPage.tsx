import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { verifyEmail } from '../api/auth.ts';
import { Outcome } from '../forms/Outcome.tsx';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useSession } from './session.tsx';
import { isRefusedToken } from './token-errors.ts';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

type Verification = 'verifying' | 'verified' | 'linkRefused' | 'failed';

// A token works once: a second call (React's development double effects, a re-render) must reuse the first answer.
const verifications = new Map<string, Promise<void>>();

function verifyOnce(token: string): Promise<void> {
  let verification = verifications.get(token);
  if (verification === undefined) {
    verification = verifyEmail(token);
    verifications.set(token, verification);
    // A failure that was not the token's fault (no connection) may be tried again.
    verification.catch((error: unknown) => {
      if (!isRefusedToken(error)) verifications.delete(token);
    });
  }
  return verification;
}

/** Where the link in the welcome e-mail leads: confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [verification, setVerification] = useState<Verification>(token === '' ? 'linkRefused' : 'verifying');
  const [attempt, setAttempt] = useState(0);

  useEffect(
    function confirmAddress() {
      if (token === '') return;
      let current = true;
      verifyOnce(token).then(
        () => current && setVerification('verified'),
        (error: unknown) => current && setVerification(isRefusedToken(error) ? 'linkRefused' : 'failed'),
      );
      return function ignoreLateAnswer() {
        current = false;
      };
    },
    [token, attempt],
  );

  function retry(): void {
    setVerification('verifying');
    setAttempt((previous) => previous + 1);
  }

  return (
    <PageLayout title={t('verify.title')}>
      {verification === 'verifying' && <LoadingStatus>{t('verify.verifying')}</LoadingStatus>}
      {verification === 'verified' && (
        <Outcome
          title={t('verify.doneTitle')}
          tone="success"
          next={
            user === null
              ? { to: PATHS.login, label: t('verify.toLogin') }
              : { to: PATHS.profile, label: t('verify.toProfile') }
          }
        >
          <p>{t('verify.done')}</p>
        </Outcome>
      )}
      {verification === 'linkRefused' && (
        <Outcome title={t('verify.linkRefusedTitle')} tone="problem">
          <p>{t('verify.linkRefused')}</p>
        </Outcome>
      )}
      {verification === 'failed' && (
        <Outcome title={t('verify.failedTitle')} tone="problem">
          <p>{t('errors.network')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('form.retry')}
          </button>
        </Outcome>
      )}
    </PageLayout>
  );
}
