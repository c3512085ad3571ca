import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { introduceParties, type AreaSuggestion } from '../api-client.ts';
import { FormAlert, SubmitButton, TextAreaField } from '../forms/fields.tsx';
import { useForm } from '../forms/use-form.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { describeIntroduceFailure } from './introduce-failures.ts';

/** The API's limit on a note (ConnectorIntroductionBodySchema). */
export const NOTE_MAX_LENGTH = 500;
const NOTE_FIELDS = ['note'] as const;

interface IntroducePairProps {
  suggestion: AreaSuggestion;
  onIntroduced: (suggestion: AreaSuggestion) => void;
}

/**
 * "Introduce them": a button that opens a short form under the pair, the note already written from what they share.
 * Both sides read the note and choose; nothing happens without both saying yes.
 */
export function IntroducePair({ suggestion, onIntroduced }: IntroducePairProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [first, second] = suggestion.parties;
  const names = { a: first?.name ?? '', b: second?.name ?? '' };
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState(() => defaultNote(suggestion, t, currentLanguage()));
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
      if (first === undefined || second === undefined) return;
      await introduceParties(
        [
          { kind: first.kind, id: first.id },
          { kind: second.kind, id: second.id },
        ],
        note.trim(),
        suggestion.key,
      );
      onIntroduced(suggestion);
    },
    describeFailure: (error) => describeIntroduceFailure(t, error, names),
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
        {t('connector.introduce')}
        <span className="visually-hidden"> ({t('connector.pairTitle', names)})</span>
      </button>
      {open && (
        <form
          id={formId}
          className="form ask-introduction__form"
          noValidate
          aria-label={t('connector.introduceHeading', names)}
          onSubmit={onSubmit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <FormAlert message={form.alert} alertRef={form.alertRef} />
          <TextAreaField
            id={`${formId}-note`}
            label={t('connector.note')}
            hint={t('connector.noteHint', { limit: NOTE_MAX_LENGTH })}
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
            <SubmitButton label={t('connector.submit')} submitting={form.submitting} />
            <button type="button" className="button" onClick={close}>
              {t('connector.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

// i18next's own TFunction: the t of useTranslation, passed on, makes TypeScript too deep once the translations grow.
type Translate = TFunction;

/** A first note from what the two share ("koken en tuinieren"); the connector can rewrite it. */
function defaultNote(suggestion: AreaSuggestion, t: Translate, language: string): string {
  const labels = suggestion.matchedTags.map((tag) => tag.label.toLocaleLowerCase(language));
  if (labels.length === 0) return t('connector.defaultNoteNoTags');
  const tags = new Intl.ListFormat(language, { type: 'conjunction' }).format(labels);
  return t('connector.defaultNote', { tags }).slice(0, NOTE_MAX_LENGTH);
}
