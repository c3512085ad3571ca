import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { acceptInvitation, type Organisation } from '../api/organisations.ts';
import { FormAlert, SubmitButton } from '../forms/fields.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useForm } from '../forms/use-form.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { withReturnPath } from './return-path.ts';
import { useSession } from './session.tsx';
import { isRefusedToken } from './token-errors.ts';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';

type Acceptance = { state: 'open' } | { state: 'accepted'; organisation: Organisation } | { state: 'linkRefused' };

/**
 * Where the link in an invitation e-mail leads. Accepting is a button, not something the page does by itself:
 * joining an organisation is the invitee's own decision, and a link preview must not accept on their behalf.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { status, user } = useSession();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [acceptance, setAcceptance] = useState<Acceptance>(token === '' ? { state: 'linkRefused' } : { state: 'open' });
  const form = useForm([] as const);
  const here = `${location.pathname}${location.search}`;

  const onSubmit = form.handleSubmit({
    action: async () => {
      try {
        setAcceptance({ state: 'accepted', organisation: await acceptInvitation(token) });
      } catch (error) {
        if (!isRefusedToken(error)) throw error;
        setAcceptance({ state: 'linkRefused' });
      }
    },
    describeFailure: (error) =>
      error instanceof ApiError && error.status === 403 ? { alert: t('invitation.otherAddress') } : undefined,
  });

  function content() {
    if (acceptance.state === 'accepted') {
      return (
        <Outcome
          title={t('invitation.acceptedTitle')}
          tone="success"
          next={{ to: PATHS.profile, label: t('invitation.toProfile') }}
        >
          <p>{t('invitation.accepted', { name: acceptance.organisation.name })}</p>
        </Outcome>
      );
    }
    if (acceptance.state === 'linkRefused') {
      return (
        <Outcome title={t('invitation.linkRefusedTitle')} tone="problem">
          <p>{t('invitation.linkRefused')}</p>
        </Outcome>
      );
    }
    if (status === 'loading') {
      return <LoadingStatus />;
    }
    if (user === null) {
      return (
        <>
          <p className="page-intro">{t('invitation.loginFirst')}</p>
          <ul className="page-links">
            <li>
              <Link to={withReturnPath(PATHS.login, here)}>{t('invitation.login')}</Link>
            </li>
            <li>
              <Link to={withReturnPath(PATHS.signup, here)}>{t('invitation.signup')}</Link>
            </li>
          </ul>
        </>
      );
    }
    return (
      <form className="form" noValidate onSubmit={onSubmit}>
        <p className="page-intro">{t('invitation.intro', { name: user.displayName })}</p>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <SubmitButton label={t('invitation.accept')} submitting={form.submitting} />
      </form>
    );
  }

  return <PageLayout title={t('invitation.title')}>{content()}</PageLayout>;
}
