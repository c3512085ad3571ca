import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { useForm, type Failure } from '../forms/use-form.ts';
import './introductions.css';

/** The API's limit on an introduction's note (IntroductionBodySchema, ConnectorIntroductionBodySchema). */
export const NOTE_MAX_LENGTH = 500;
const NOTE_FIELDS = ['note'] as const;

export interface NoteDisclosureProps {
  /** The note already written, which the person can rewrite. */
  initialNote: string;
  texts: {
    open: string;
    openDetail: string;
    heading: string;
    label: string;
    hint: string;
    submit: string;
    cancel: string;
  };
  /** Sends the note; a thrown API error is shown through `describeFailure`. */
  send: (note: string) => Promise<void>;
  describeFailure: (error: unknown) => Failure<'note'> | undefined;
}

/**
 * A button that opens a short form with a note under it (asking for an introduction, or making one): the note gets
 * the focus, Escape or Cancel closes it and returns to the button, the API's refusals are shown in words.
 */
export function NoteDisclosure({ initialNote, texts, send, describeFailure }: NoteDisclosureProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(() => initialNote.slice(0, NOTE_MAX_LENGTH));
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
    action: () => send(note.trim()),
    describeFailure,
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
        {texts.open}
        <span className="visually-hidden"> ({texts.openDetail})</span>
      </button>
      {open && (
        <form
          id={formId}
          className="form ask-introduction__form"
          noValidate
          aria-label={texts.heading}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <TextAreaField
            id={`${formId}-note`}
            label={texts.label}
            hint={texts.hint}
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
            <SubmitButton label={texts.submit} submitting={form.submitting} />
            <button type="button" className="button" onClick={close}>
              {texts.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
