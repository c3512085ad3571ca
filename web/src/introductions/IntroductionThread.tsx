import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendReport, writeIntroductionMessage, type IntroductionDetail } from '../api/introductions.ts';
import { formatDateTime } from '../account/format.ts';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { INTRODUCTION_REPORT_REASONS, ReportForm } from '../forms/ReportForm.tsx';
import { useForm } from '../forms/use-form.ts';

/** The API's limit on one message (MessageBodySchema). */
const MESSAGE_MAX_LENGTH = 2000;

interface IntroductionThreadProps {
  introduction: IntroductionDetail;
  mayWrite: boolean;
  onSent: () => Promise<void>;
  onReported: (blocked: boolean, name: string | null) => void;
}

/** The thread between the parties, once both accepted; each message of the other side can be reported. */
export function IntroductionThread({ introduction, mayWrite, onSent, onReported }: IntroductionThreadProps) {
  const { t, i18n } = useTranslation();
  const isParty = introduction.myParty !== null;
  const threadOpen = introduction.status === 'accepted' || introduction.status === 'met';
  return (
    <section className="section" aria-labelledby="introduction-thread-heading">
      <h2 id="introduction-thread-heading">{t('introduction.threadHeading')}</h2>
      {!isParty ? (
        <p>{t('introduction.connectorNote')}</p>
      ) : !threadOpen ? (
        <p>{introduction.status === 'declined' ? t('introduction.threadDeclined') : t('introduction.threadClosed')}</p>
      ) : (
        <>
          {introduction.messages.length === 0 ? (
            <p>{t('introduction.threadEmpty')}</p>
          ) : (
            <ol className="thread" aria-label={t('introduction.threadLabel')}>
              {introduction.messages.map((message) => (
                <li key={message.id} className={message.mine ? 'message message--mine' : 'message'}>
                  <p className="message__meta">
                    {message.mine
                      ? t('introduction.fromMe', { date: formatDateTime(message.createdAt, i18n.language) })
                      : t('introduction.from', {
                          name: message.senderName,
                          date: formatDateTime(message.createdAt, i18n.language),
                        })}
                  </p>
                  <p className="message__body">{message.body}</p>
                  {!message.mine && (
                    <ReportForm
                      reasons={INTRODUCTION_REPORT_REASONS}
                      send={(report) =>
                        sendReport({ introductionId: introduction.id, messageId: message.id, ...report })
                      }
                      authorName={message.senderName}
                      openLabel={t('introduction.reportMessage')}
                      openLabelDetail={t('introduction.reportMessageDetail', { name: message.senderName })}
                      onReported={(blocked) => onReported(blocked, message.senderName)}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
          {mayWrite && <MessageForm introductionId={introduction.id} onSent={onSent} />}
        </>
      )}
    </section>
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
