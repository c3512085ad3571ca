import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askIntroduction, type Suggestion } from '../api-client.ts';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.ts';
import { describeAskFailure } from './ask-failures.ts';

/** The API's limit on a note (IntroductionBodySchema). */
export const NOTE_MAX_LENGTH = 500;
const NOTE_FIELDS = ['note'] as const;

/** Only these can be introduced: a group is many people, each asked on their own. */
export type IntroducibleSuggestion = Suggestion & { candidate: { kind: 'resident' | 'organisation' | 'place' } };

export function canBeIntroduced(suggestion: Suggestion): suggestion is IntroducibleSuggestion {
  return suggestion.candidate.kind !== 'group';
}

interface AskIntroductionProps {
  suggestion: IntroducibleSuggestion;
  /** Ask for this organisation (its id) instead of for myself. */
  fromOrganisation?: string;
  onAsked: (suggestion: Suggestion) => void;
}

/**
 * "Ask for an introduction": a button that opens a short form under the suggestion, the note already written from
 * the suggestion's reason. The other side reads the note and chooses; nothing happens without their yes.
 */
export function AskIntroduction({ suggestion, fromOrganisation, onAsked }: AskIntroductionProps) {
  const { t } = useTranslation();
  const formId = useId();
  const name = suggestion.candidate.name;
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(() => suggestion.reason.slice(0, NOTE_MAX_LENGTH));
  const openerRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm(NOTE_FIELDS);
  const rememberNote = form.fieldRef('note');

  useEffect(
    function focusNoteWhenOpened() {
      if (open) noteRef.current?.focus();
    },
    [open],
  );

  function close(): void {
    setOpen(false);
    openerRef.current?.focus();
  }

  const onSubmit = form.handleSubmit({
    validate: () => (note.trim() === '' ? { note: t('rules.required') } : {}),
    action: async () => {
      await askIntroduction({
        to: { kind: suggestion.candidate.kind, id: suggestion.candidate.id },
        ...(fromOrganisation === undefined ? {} : { fromOrganisation }),
        note: note.trim(),
        suggestion: suggestion.key,
      });
      onAsked(suggestion);
    },
    describeFailure: (error) => describeAskFailure(t, error, name),
  });

  return (
    <div className="ask-introduction">
      <button
        ref={openerRef}
        type="button"
        className="button button--primary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('ask.open')}
        <span className="visually-hidden"> ({name})</span>
      </button>
      {open && (
        <form
          id={formId}
          className="form ask-introduction__form"
          noValidate
          aria-label={t('ask.heading', { name })}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <TextAreaField
            id={`${formId}-note`}
            label={t('ask.note', { name })}
            hint={t('ask.noteHint', { name, limit: NOTE_MAX_LENGTH })}
            value={note}
            maxLength={NOTE_MAX_LENGTH}
            required
            error={form.errors.note}
            onChange={(event) => setNote(event.target.value)}
            textAreaRef={(element) => {
              noteRef.current = element;
              rememberNote(element);
            }}
          />
          <div className="form__actions">
            <SubmitButton label={t('ask.submit')} submitting={form.submitting} />
            <button type="button" className="button" onClick={close}>
              {t('ask.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
