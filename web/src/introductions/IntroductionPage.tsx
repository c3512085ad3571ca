import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  answerIntroduction,
  ApiError,
  blockAccount,
  getBlocks,
  getIntroduction,
  markIntroductionMet,
  sendReport,
  unblockAccount,
  writeIntroductionMessage,
  type BlockedAccount,
  type Introduction,
  type IntroductionDetail,
  type IntroductionParty,
} from '../api-client.ts';
import { formatDateTime } from '../account/format.ts';
import { RequireUser } from '../account/RequireUser.tsx';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { LoadProblem } from '../forms/LoadProblem.tsx';
import { failureMessage } from '../forms/messages.ts';
import { INTRODUCTION_REPORT_REASONS, ReportForm } from '../forms/ReportForm.tsx';
import { useForm } from '../forms/use-form.ts';
import { PageLayout } from '../layout/PageLayout.tsx';
import { PATHS } from '../paths.ts';
import { useApiData } from '../use-api-data.ts';
import { askedByText, introductionTitle } from './introduction-text.ts';
import { useNotifications } from './notifications.tsx';
import { blockableResident, otherParties } from './parties.ts';

/** The API's limit on one message (MessageBodySchema). */
const MESSAGE_MAX_LENGTH = 2000;

type Loaded = [IntroductionDetail, BlockedAccount[]];

function loadIntroduction(id: string, signal?: AbortSignal): Promise<Loaded> {
  return Promise.all([getIntroduction(id, signal), getBlocks(signal)]);
}

/** One introduction: the note, both sides and their answers, the answer buttons, the thread, and block or report. */
export function IntroductionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [known, setKnown] = useState<Pick<Introduction, 'parties' | 'myParty'> | null>(null);
  return (
    <PageLayout title={known === null ? t('introduction.titleFallback') : introductionTitle(t, known)}>
      <RequireUser>{() => <IntroductionView key={id} id={id} onLoaded={setKnown} />}</RequireUser>
      <p className="page-back">
        <Link to={PATHS.introductions}>{t('introduction.back')}</Link>
      </p>
    </PageLayout>
  );
}

interface IntroductionViewProps {
  id: string;
  onLoaded: (introduction: IntroductionDetail) => void;
}

function IntroductionView({ id, onLoaded }: IntroductionViewProps) {
  const { t, i18n } = useTranslation();
  const { refresh: refreshBell } = useNotifications();
  const { state, retry, replace } = useApiData((signal) => loadIntroduction(id, signal), [id]);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const introduction = state.status === 'ready' ? state.data[0] : null;

  useEffect(
    function showTitleAndClearBell() {
      if (introduction === null) return;
      onLoaded(introduction);
      // Reading an introduction marked its notifications read.
      refreshBell();
    },
    [introduction, onLoaded, refreshBell],
  );

  if (state.status === 'loading') {
    return (
      <p className="page-status" role="status">
        {t('form.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    const gone = state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400);
    return gone ? <p role="alert">{t('introduction.notFound')}</p> : <LoadProblem onRetry={retry} />;
  }
  const [current, blocks] = state.data;

  async function reload(): Promise<void> {
    replace(await loadIntroduction(id));
  }

  /** Runs one action, then shows the introduction as it now is; `focusNotice` when the clicked button disappears. */
  async function act(action: () => Promise<string>, focusNotice: boolean): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const message = await action();
      await reload();
      setNotice(message);
      if (focusNotice) requestAnimationFrame(() => noticeRef.current?.focus());
    } catch (error) {
      setProblem(failureMessage(t, error));
    } finally {
      setBusy(false);
    }
  }

  const others = otherParties(current);
  const otherName = others.map((party) => party.name).join(` ${t('introduction.and')} `);
  const resident = blockableResident(current);
  const residentBlocked = resident !== null && blocks.some((blocked) => blocked.id === resident.id);
  const isParty = current.myParty !== null;
  const threadOpen = current.status === 'accepted' || current.status === 'met';

  function answer(given: 'accept' | 'decline'): Promise<void> {
    return act(async () => {
      const status = await answerIntroduction(id, given);
      if (given === 'decline') return t('introduction.declinedByMe');
      return status === 'accepted' ? t('introduction.acceptedBoth') : t('introduction.acceptedWaiting', { name: otherName });
    }, true);
  }

  function toggleBlock(party: IntroductionParty): Promise<void> {
    return act(async () => {
      if (residentBlocked) {
        await unblockAccount(party.id);
        return t('introduction.unblocked', { name: party.name });
      }
      await blockAccount(party.id);
      return t('introduction.blocked', { name: party.name });
    }, false);
  }

  function reported(blocked: boolean, name: string | null): void {
    void act(async () => (blocked && name !== null ? t('report.sentAndBlocked', { name }) : t('report.sent')), false);
  }

  return (
    <div className="sections introduction">
      <div className="introduction__summary">
        <p className="introduction__status">
          {t('introductions.statusLabel')}{' '}
          <strong className="status-word" data-status={current.status}>
            {t(`introductions.status-${current.status}`)}
          </strong>
        </p>
        <p className="facts__note">
          {askedByText(t, current)} · <time dateTime={current.createdAt}>{formatDateTime(current.createdAt, i18n.language)}</time>
        </p>
      </div>

      <p ref={noticeRef} className="form-status" role="status" tabIndex={-1}>
        {notice}
      </p>
      {problem !== null && (
        <p className="form-alert" role="alert">
          {problem}
        </p>
      )}

      <section className="section" aria-labelledby="introduction-note-heading">
        <h2 id="introduction-note-heading">{t('introduction.noteHeading')}</h2>
        <blockquote className="introduction__note">{current.note}</blockquote>
      </section>

      <section className="section" aria-labelledby="introduction-parties-heading">
        <h2 id="introduction-parties-heading">{t('introduction.partiesHeading')}</h2>
        <ul className="party-list">
          {current.parties.map((party) => (
            <li key={party.position} className="party">
              <span className="party__name">
                {party.name}
                {party.position === current.myParty && (
                  <> {party.kind === 'resident' ? t('introduction.you') : t('introduction.yourOrganisation')}</>
                )}
              </span>{' '}
              <span className="facts__note">({t(`introduction.kind-${party.kind}`)})</span>
              {/* A decline is quiet: it is not said who declined. */}
              {current.status !== 'declined' && (
                <span className="party__answer"> · {t(`introduction.answer-${party.answer === 'accepted' ? 'accepted' : 'pending'}`)}</span>
              )}
            </li>
          ))}
        </ul>
        {current.status === 'declined' && <p className="introduction__declined">{t('introduction.declined')}</p>}
        {current.status === 'asked' && !current.canAnswer && isParty && <p>{t('introduction.waiting', { name: otherName })}</p>}
        {current.status === 'met' && <p>{t('introduction.met')}</p>}
        {current.status === 'accepted' && isParty && (
          <div className="form__actions">
            <button type="button" className="button" disabled={busy} onClick={() => void act(async () => {
              await markIntroductionMet(id);
              return t('introduction.metDone');
            }, true)}>
              {t('introduction.metButton')}
            </button>
          </div>
        )}
      </section>

      {current.canAnswer && (
        <section className="section section--answer" aria-labelledby="introduction-answer-heading">
          <h2 id="introduction-answer-heading">{t('introduction.answerHeading')}</h2>
          <p>{t('introduction.answerIntro', { name: otherName })}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void answer('accept')}>
              {t('introduction.accept')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void answer('decline')}>
              {t('introduction.decline')}
            </button>
          </div>
        </section>
      )}

      <section className="section" aria-labelledby="introduction-thread-heading">
        <h2 id="introduction-thread-heading">{t('introduction.threadHeading')}</h2>
        {!isParty ? (
          <p>{t('introduction.connectorNote')}</p>
        ) : !threadOpen ? (
          <p>{current.status === 'declined' ? t('introduction.threadDeclined') : t('introduction.threadClosed')}</p>
        ) : (
          <>
            {current.messages.length === 0 ? (
              <p>{t('introduction.threadEmpty')}</p>
            ) : (
              <ol className="thread" aria-label={t('introduction.threadLabel')}>
                {current.messages.map((message) => (
                  <li key={message.id} className={message.mine ? 'message message--mine' : 'message'}>
                    <p className="message__meta">
                      {message.mine
                        ? t('introduction.fromMe', { date: formatDateTime(message.createdAt, i18n.language) })
                        : t('introduction.from', { name: message.senderName, date: formatDateTime(message.createdAt, i18n.language) })}
                    </p>
                    <p className="message__body">{message.body}</p>
                    {!message.mine && (
                      <ReportForm
                        reasons={INTRODUCTION_REPORT_REASONS}
                        send={(report) => sendReport({ introductionId: id, messageId: message.id, ...report })}
                        authorName={message.senderName}
                        openLabel={t('introduction.reportMessage')}
                        openLabelDetail={t('introduction.reportMessageDetail', { name: message.senderName })}
                        onReported={(blocked) => reported(blocked, message.senderName)}
                      />
                    )}
                  </li>
                ))}
              </ol>
            )}
            {current.canWrite && !residentBlocked && <MessageForm introductionId={id} onSent={() => act(async () => t('introduction.sent'), false)} />}
          </>
        )}
      </section>

      {isParty && (resident !== null || !current.askedByMe) && (
        <section className="section" aria-labelledby="introduction-safety-heading">
          <h2 id="introduction-safety-heading">{t('introduction.safetyHeading')}</h2>
          <p>{t('introduction.safetyIntro')}</p>
          <div className="form__actions form__actions--top">
            {resident !== null && (
              <button type="button" className="button button--quiet" disabled={busy} onClick={() => void toggleBlock(resident)}>
                {residentBlocked ? t('introduction.unblock', { name: resident.name }) : t('introduction.block', { name: resident.name })}
              </button>
            )}
            {!current.askedByMe && (
              <ReportForm
                reasons={INTRODUCTION_REPORT_REASONS}
                send={(report) => sendReport({ introductionId: id, ...report })}
                authorName={current.requestedBy}
                openLabel={t('introduction.reportRequest')}
                onReported={(blocked) => reported(blocked, current.requestedBy)}
              />
            )}
          </div>
        </section>
      )}
    </div>
  );
}

const MESSAGE_FIELDS = ['body'] as const;

interface MessageFormProps {
  introductionId: string;
  onSent: () => Promise<void>;
}

/** Write in the thread; the text field stays focused and empties once the message is sent. */
function MessageForm({ introductionId, onSent }: MessageFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const form = useForm(MESSAGE_FIELDS);

  const onSubmit = form.handleSubmit({
    validate: () => (body.trim() === '' ? { body: t('rules.required') } : {}),
    action: async () => {
      await writeIntroductionMessage(introductionId, body.trim());
      setBody('');
      await onSent();
    },
  });

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit} aria-label={t('introduction.writeLabel')}>
      <FormAlert message={form.alert} alertRef={form.alertRef} />
      <TextAreaField
        id="introduction-message"
        label={t('introduction.messageLabel')}
        hint={t('introduction.messageHint')}
        value={body}
        maxLength={MESSAGE_MAX_LENGTH}
        required
        error={form.errors.body}
        onChange={(event) => setBody(event.target.value)}
        textAreaRef={form.fieldRef('body')}
      />
      <SubmitButton label={t('introduction.send')} submitting={form.submitting} />
    </form>
  );
}
