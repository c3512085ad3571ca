import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, SubmitButton, TextAreaField } from './fields.tsx';
import { useForm } from './use-form.ts';

const REPORT_FIELDS = ['reason', 'note'] as const;
/** The API's limit on the note of a report (both report routes). */
const REPORT_NOTE_MAX_LENGTH = 1000;

/** The reasons each kind of report offers, each worded as `report.reason-<reason>`. */
export const INTRODUCTION_REPORT_REASONS = ['spam', 'harassment', 'unsafe', 'other'] as const;
export const OBSERVATION_REPORT_REASONS = ['personal-data', 'offensive', 'spam', 'other'] as const;
type Reason = (typeof INTRODUCTION_REPORT_REASONS)[number] | (typeof OBSERVATION_REPORT_REASONS)[number];

interface Report<R extends Reason> {
  reason: R;
  note: string;
  /** Also block the author (only offered when there is one to block). */
  block: boolean;
}

interface ReportFormProps<R extends Reason> {
  reasons: readonly R[];
  /** Sends the report; a refusal shows in the form. */
  send: (report: Report<R>) => Promise<void>;
  /** Who wrote what is reported, to offer blocking them too; null when nobody can be blocked. */
  authorName: string | null;
  /** Who reads the report, when not the administrators alone. */
  intro?: string;
  /** The words of the button that opens the form ("Report this request", "Report"). */
  openLabel: string;
  /** Extra words for screen readers on the button, to tell one message's button from the next. */
  openLabelDetail?: string;
  onReported: (blocked: boolean) => void;
}

/** "Report": a button that opens a short form (reason, an optional note, optionally block the author) for those who moderate. */
export function ReportForm<R extends Reason>({
  reasons,
  send,
  authorName,
  intro,
  openLabel,
  openLabelDetail,
  onReported,
}: ReportFormProps<R>) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<R | ''>('');
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
      await send({ reason, note: note.trim(), block });
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
          <p>{intro ?? (authorName === null ? t('report.introAnonymous') : t('report.intro', { name: authorName }))}</p>
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
            {reasons.map((value) => (
              <label key={value} className="radio-choice">
                <input
                  type="radio"
                  name={`${formId}-reason`}
                  value={value}
                  checked={reason === value}
                  onChange={() => setReason(value)}
                />
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
