import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../forms/fields.tsx';
import { FormDisclosure, useFormDisclosure } from '../forms/FormDisclosure.tsx';
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
  /** A second way beside a first one: its button is not the primary one. */
  secondary?: boolean;
}

/**
 * A button that opens a short form with a note under it (asking for an introduction, or making one): the note gets
 * the focus, Escape or Cancel closes it and returns to the button, the API's refusals are shown in words.
 */
export function NoteDisclosure({ initialNote, texts, send, describeFailure, secondary = false }: NoteDisclosureProps) {
  const { t } = useTranslation();
  const disclosure = useFormDisclosure<HTMLTextAreaElement>();
  const [note, setNote] = useState(() => initialNote.slice(0, NOTE_MAX_LENGTH));
  const form = useForm(NOTE_FIELDS);
  const rememberNote = form.fieldRef('note');

  const onSubmit = form.handleSubmit({
    validate: () => (note.trim() === '' ? { note: t('rules.required') } : {}),
    action: () => send(note.trim()),
    describeFailure,
  });

  return (
    <FormDisclosure
      disclosure={disclosure}
      className="ask-introduction"
      openerClassName={secondary ? 'button' : 'button button--primary'}
      openLabel={texts.open}
      openLabelDetail={texts.openDetail}
      heading={texts.heading}
      form={form}
      onSubmit={onSubmit}
      submitLabel={texts.submit}
      cancelLabel={texts.cancel}
    >
      <TextAreaField
        id={`${disclosure.formId}-note`}
        label={texts.label}
        hint={texts.hint}
        value={note}
        maxLength={NOTE_MAX_LENGTH}
        required
        error={form.errors.note}
        onChange={(event) => setNote(event.target.value)}
        textAreaRef={(element) => {
          disclosure.focusRef.current = element;
          rememberNote(element);
        }}
      />
    </FormDisclosure>
  );
}
