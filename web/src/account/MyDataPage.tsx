import { startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client.ts';
import { deleteMyAccount, exportMyData } from '../api/me.ts';
import { FormAlert, SubmitButton, TextField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.ts';
import { requiredFields } from '../forms/validate.ts';
import { BlockedSection } from '../introductions/BlockedSection.tsx';
import { noticeState } from '../layout/notice.ts';
import { PATHS } from '../paths.ts';
import { UserPage } from './RequireUser.tsx';
import { useSession } from './session.tsx';
import './account.css';

export function MyDataPage() {
  const { t } = useTranslation();
  return (
    <UserPage title={t('myData.title')}>
      {() => (
        <div className="sections">
          <DownloadSection />
          <BlockedSection />
          <DeleteAccountSection />
        </div>
      )}
    </UserPage>
  );
}

interface Download {
  url: string;
  fileName: string;
}

/** Everything stored about me as a JSON file, saved through a link to an in-memory copy (a Blob URL). */
function DownloadSection() {
  const { t } = useTranslation();
  const [download, setDownload] = useState<Download | null>(null);
  const linkRef = useRef<HTMLAnchorElement>(null);
  const form = useForm([] as const);

  const onSubmit = form.handleSubmit({
    action: async () => {
      const { fileName, json } = await exportMyData();
      setDownload({ fileName, url: URL.createObjectURL(new Blob([json], { type: 'application/json' })) });
    },
  });

  useEffect(
    function saveFileAndFreeMemory() {
      if (download === null) return;
      linkRef.current?.click();
      return function freeMemory() {
        URL.revokeObjectURL(download.url);
      };
    },
    [download],
  );

  return (
    <section className="section" aria-labelledby="download-heading">
      <h2 id="download-heading">{t('myData.downloadHeading')}</h2>
      <p>{t('myData.downloadIntro')}</p>
      <form className="form form--inline" noValidate onSubmit={onSubmit}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <SubmitButton label={t('myData.download')} submitting={form.submitting} />
      </form>
      <p className="form-status" role="status">
        {download !== null && (
          <>
            {t('myData.downloadReady')}{' '}
            <a ref={linkRef} href={download.url} download={download.fileName}>
              {download.fileName}
            </a>
          </>
        )}
      </p>
    </section>
  );
}

const DELETE_FIELDS = ['password'] as const;

/** Deleting is two steps: the password, then a plain "are you sure" that says it cannot be undone. */
function DeleteAccountSection() {
  const { t } = useTranslation();
  const { setUser } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const form = useForm(DELETE_FIELDS);
  const rememberPasswordField = form.fieldRef('password');

  function cancel(): void {
    setConfirming(false);
    // The question disappears with the focused button in it: go back to where the visitor came from.
    passwordRef.current?.focus();
  }

  useEffect(
    function focusQuestion() {
      if (confirming) confirmHeadingRef.current?.focus();
    },
    [confirming],
  );

  const onSubmit = form.handleSubmit({
    validate: () => requiredFields(t, { password }),
    action: async () => setConfirming(true),
  });

  const onConfirm = form.handleSubmit({
    action: async () => {
      try {
        await deleteMyAccount(password);
      } catch (error) {
        setConfirming(false);
        throw error;
      }
      // In one transition with the router's update, so this page never renders logged out (see useAccountItems).
      startTransition(() => {
        void navigate(PATHS.map, { state: noticeState('accountDeleted') });
        setUser(null);
      });
    },
    describeFailure: (error) =>
      error instanceof ApiError &&
      error.status === 400 &&
      error.errors.some((problem) => problem.field === 'body/password')
        ? { fields: { password: t('fieldRules.passwordMatches') } }
        : undefined,
  });

  return (
    <section className="section section--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('myData.deleteHeading')}</h2>
      <p>{t('myData.deleteIntro')}</p>
      <ul className="plain-list warning-list">
        <li>{t('myData.deleteWhat')}</li>
        <li>{t('myData.deleteShared')}</li>
        <li>{t('myData.deleteFinal')}</li>
      </ul>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <TextField
          id="delete-password"
          label={t('myData.deletePassword')}
          type="password"
          autoComplete="current-password"
          value={password}
          readOnly={confirming}
          onChange={(event) => setPassword(event.target.value)}
          error={form.errors.password}
          inputRef={(element) => {
            passwordRef.current = element;
            rememberPasswordField(element);
          }}
        />
        {!confirming && (
          <SubmitButton label={t('myData.deleteStart')} submitting={false} className="button button--danger" />
        )}
      </form>
      {confirming && (
        <form className="confirm" noValidate onSubmit={onConfirm} aria-labelledby="delete-confirm-heading">
          <h3 id="delete-confirm-heading" ref={confirmHeadingRef} tabIndex={-1}>
            {t('myData.confirmHeading')}
          </h3>
          <p>{t('myData.confirmText')}</p>
          <div className="form__actions">
            <SubmitButton label={t('myData.confirm')} submitting={form.submitting} className="button button--danger" />
            <button type="button" className="button" disabled={form.submitting} onClick={cancel}>
              {t('myData.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
