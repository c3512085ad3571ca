import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { describeUnsubscribeLink, unsubscribe, type UnsubscribeLink } from '../api/mail.ts';
import { ApiError } from '../api/client.ts';
import { FormFrame } from '../forms/FormFrame.tsx';
import { LoadingStatus } from '../forms/LoadingStatus.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { Outcome } from '../forms/Outcome.tsx';
import { useForm } from '../forms/use-form.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';

const SETTINGS = `${PATHS.profile}#meldingen`;

/** The API refused the link: unknown, used or expired. */
const isRefusedLink = (error: unknown) => error instanceof ApiError && [400, 404, 410].includes(error.status);

/**
 * The page a mail's unsubscribe link opens: it says which mails the link stops, and stops them only when the button is
 * pressed (mail scanners open links, so opening the page changes nothing). No log-in needed: the link's token decides.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const link = useApiData(
    (signal) =>
      token === '' ? Promise.reject(new ApiError(400, 'no token', [])) : describeUnsubscribeLink(token, signal),
    [token],
  );

  let content;
  if (link.state.status === 'loading') content = <LoadingStatus />;
  else if (link.state.status === 'error')
    content = isRefusedLink(link.state.error) ? <Refused /> : <LoadProblem onRetry={link.retry} />;
  else content = <Confirm token={token} link={link.state.data} />;
  return <PageLayout title={t('unsubscribe.title')}>{content}</PageLayout>;
}

function Refused() {
  const { t } = useTranslation();
  return (
    <Outcome title={t('unsubscribe.title')} tone="problem" next={{ to: SETTINGS, label: t('unsubscribe.settings') }}>
      <p>{t('unsubscribe.invalid')}</p>
    </Outcome>
  );
}

interface ConfirmProps {
  token: string;
  link: UnsubscribeLink;
}

function Confirm({ token, link }: ConfirmProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'form' | 'done' | 'refused'>('form');
  const form = useForm([]);
  const kind =
    link.kind === 'daily_summary' ? t('unsubscribe.kind-daily_summary') : t(`mailSettings.kind-${link.kind}`);

  const onSubmit = form.handleSubmit({
    action: async () => {
      try {
        await unsubscribe(token);
      } catch (error) {
        if (!isRefusedLink(error)) throw error;
        setOutcome('refused');
        return;
      }
      setOutcome('done');
    },
  });

  if (outcome === 'refused') return <Refused />;
  if (outcome === 'done')
    return (
      <Outcome title={t('unsubscribe.title')} tone="success" next={{ to: SETTINGS, label: t('unsubscribe.settings') }}>
        <p>{t('unsubscribe.done')}</p>
      </Outcome>
    );
  return (
    <>
      <FormFrame form={form} onSubmit={onSubmit} submitLabel={t('unsubscribe.button')}>
        <p>{t('unsubscribe.what', { kind: kind.toLowerCase() })}</p>
      </FormFrame>
      <p className="page-links">
        <Link to={SETTINGS}>{t('unsubscribe.settings')}</Link>
      </p>
    </>
  );
}
