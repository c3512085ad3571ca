import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from './ChoiceFieldset.tsx';
import { TextAreaField } from './fields.tsx';
import { FormDisclosure, useFormDisclosure } from './FormDisclosure.tsx';
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
  const disclosure = useFormDisclosure<HTMLFieldSetElement>();
  const { formId } = disclosure;
  const [reason, setReason] = useState<R | ''>('');
  const [note, setNote] = useState('');
  const [alsoBlock, setAlsoBlock] = useState(false);
  const form = useForm(REPORT_FIELDS);
  const rememberReasons = form.fieldRef('reason');

  const onSubmit = form.handleSubmit({
    validate: () => (reason === '' ? { reason: t('report.reasonRequired') } : {}),
    action: async () => {
      if (reason === '') return;
      const block = alsoBlock && authorName !== null;
      await send({ reason, note: note.trim(), block });
      disclosure.setOpen(false);
      setReason('');
      setNote('');
      setAlsoBlock(false);
      onReported(block);
    },
  });

  return (
    <FormDisclosure
      disclosure={disclosure}
      className="report"
      openerClassName="button button--quiet"
      openLabel={openLabel}
      openLabelDetail={openLabelDetail}
      heading={t('report.heading')}
      form={form}
      onSubmit={onSubmit}
      submitLabel={t('report.submit')}
      cancelLabel={t('report.cancel')}
      intro={
        <p>{intro ?? (authorName === null ? t('report.introAnonymous') : t('report.intro', { name: authorName }))}</p>
      }
    >
      <ChoiceFieldset
        legend={t('report.reason')}
        name={`${formId}-reason`}
        values={reasons}
        chosen={reason === '' ? null : reason}
        onChoose={setReason}
        labelOf={(value) => t(`report.reason-${value}`)}
        look="field"
        error={form.errors.reason}
        fieldsetRef={(element) => {
          disclosure.focusRef.current = element;
          rememberReasons(element);
        }}
      />
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
    </FormDisclosure>
  );
}
