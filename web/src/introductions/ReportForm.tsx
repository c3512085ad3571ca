import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendReport, type ReportReason } from '../api-client.ts';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.ts';

const REASONS: readonly ReportReason[] = ['spam', 'harassment', 'unsafe', 'other'];
const REPORT_FIELDS = ['reason', 'note'] as const;
/** The API's limit on the note of a report (ReportBodySchema). */
const REPORT_NOTE_MAX_LENGTH = 1000;

interface ReportFormProps {
  introductionId: string;
  /** Report one message instead of the request itself. */
  messageId?: string;
  /** Who wrote what is reported, to offer blocking them too; null when nobody can be blocked. */
  authorName: string | null;
  /** The words of the button that opens the form ("Report this request", "Report"). */
  openLabel: string;
  /** Extra words for screen readers on the button, to tell one message's button from the next. */
  openLabelDetail?: string;
  onReported: (blocked: boolean) => void;
}

/** "Report": a button that opens a short form (reason, an optional note, optionally block the author) for the administrators. */
export function ReportForm({ introductionId, messageId, authorName, openLabel, openLabelDetail, onReported }: ReportFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [note, setNote] = useState('');
  const [alsoBlock, setAlsoBlock] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const reasonsRef = useRef<HTMLFieldSetElement | null>(null);
  const form = useForm(REPORT_FIELDS);
  const rememberReasons = form.fieldRef('reason');

  useEffect(
    function focusFormWhenOpened() {
      if (open) reasonsRef.current?.focus();
    },
    [open],
  );

  function close(): void {
    setOpen(false);
    openerRef.current?.focus();
  }

  const onSubmit = form.handleSubmit({
    validate: () => (reason === '' ? { reason: t('report.reasonRequired') } : {}),
    action: async () => {
      if (reason === '') return;
      const block = alsoBlock && authorName !== null;
      await sendReport({ introductionId, ...(messageId === undefined ? {} : { messageId }), reason, note: note.trim(), block });
      setOpen(false);
      setReason('');
      setNote('');
      setAlsoBlock(false);
      onReported(block);
    },
  });

  const reasonErrorId = `${formId}-reason-error`;
  return (
    <div className="report">
      <button
        ref={openerRef}
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {openLabel}
        {openLabelDetail !== undefined && <span className="visually-hidden"> ({openLabelDetail})</span>}
      </button>
      {open && (
        <form
          id={formId}
          className="form report__form"
          noValidate
          aria-label={t('report.heading')}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p>{authorName === null ? t('report.introAnonymous') : t('report.intro', { name: authorName })}</p>
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <fieldset
            ref={(element) => {
              reasonsRef.current = element;
              rememberReasons(element);
            }}
            className="field choice-fieldset"
            tabIndex={-1}
            data-invalid={form.errors.reason === undefined ? undefined : ''}
            aria-describedby={form.errors.reason === undefined ? undefined : reasonErrorId}
          >
            <legend className="field__label">{t('report.reason')}</legend>
            {form.errors.reason !== undefined && (
              <p id={reasonErrorId} className="field__error">
                {form.errors.reason}
              </p>
            )}
            {REASONS.map((value) => (
              <label key={value} className="radio-choice">
                <input type="radio" name={`${formId}-reason`} value={value} checked={reason === value} onChange={() => setReason(value)} />
                {t(`report.reason-${value}`)}
              </label>
            ))}
          </fieldset>
          <TextAreaField
            id={`${formId}-note`}
            label={t('report.note')}
            hint={t('report.noteHint')}
            value={note}
            maxLength={REPORT_NOTE_MAX_LENGTH}
            rows={3}
            error={form.errors.note}
            onChange={(event) => setNote(event.target.value)}
            textAreaRef={form.fieldRef('note')}
          />
          {authorName !== null && (
            <label className="check-choice">
              <input type="checkbox" checked={alsoBlock} onChange={(event) => setAlsoBlock(event.target.checked)} />
              {t('report.block', { name: authorName })}
            </label>
          )}
          <div className="form__actions">
            <SubmitButton label={t('report.submit')} submitting={form.submitting} />
            <button type="button" className="button" onClick={close}>
              {t('report.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
