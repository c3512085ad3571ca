import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEvidence } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useAgendaAction } from './agenda-text.ts';
import type { VoiceOption } from './use-area-voices.ts';

/** Text in paragraphs as it was typed (blank lines between them). */
function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (paragraphs.length === 0) return <p className="agenda-empty">{empty}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="agenda-text">
          {paragraph}
        </p>
      ))}
    </>
  );
}

interface EditableTextProps {
  text: string;
  empty: string;
  label: string;
  editLabel: string;
  save: (text: string) => Promise<void>;
  mayEdit: boolean;
}

/** A block of the agenda's own words; its editors open it as a form in place. */
export function EditableText({ text, empty, label, editLabel, save, mayEdit }: EditableTextProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const { busy, problems, act } = useAgendaAction();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await act(() => save(draft.trim()))) setEditing(false);
  }

  if (!editing) {
    return (
      <>
        <Paragraphs text={text} empty={empty} />
        {mayEdit && (
          <button
            type="button"
            className="button agenda-edit"
            onClick={() => {
              setDraft(text);
              setEditing(true);
            }}
          >
            {editLabel}
          </button>
        )}
      </>
    );
  }
  return (
    <form className="agenda-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__control field__control--textarea"
        rows={6}
        maxLength={4000}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        autoFocus
      />
      <ProblemList problems={problems} />
      <FormActions busy={busy} submitLabel={t('agenda.save')} onCancel={() => setEditing(false)} />
    </form>
  );
}

interface ToggleFormProps {
  openLabel: string;
  children: (close: () => void) => ReactNode;
}

/** A form behind a button, so the document stays readable until someone means to add to it. */
export function ToggleForm({ openLabel, children }: ToggleFormProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button agenda-edit" onClick={() => setOpen(true)}>
        {openLabel}
      </button>
    );
  }
  return <div className="agenda-form-frame">{children(() => setOpen(false))}</div>;
}

/** One piece of evidence: what it is, what it says here, its source and year, and where to see it. */
export function EvidenceEntry({ evidence, onRemove }: { evidence: AgendaEvidence; onRemove?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="agenda-evidence__kind">{t(`agenda.evidence-${evidence.kind}`)}</span>{' '}
      {evidence.link === null ? <strong>{evidence.title}</strong> : <a href={evidence.link}>{evidence.title}</a>}
      {evidence.detail !== '' ? (
        <span className="agenda-evidence__detail">{evidence.detail}</span>
      ) : (
        <span className="agenda-evidence__detail">{t('agenda.evidenceGone')}</span>
      )}
      {(evidence.source !== null || evidence.year !== null) && (
        <span className="agenda-evidence__source">
          {t('agenda.sourceYear', { source: evidence.source ?? '–', year: evidence.year ?? '–' })}
        </span>
      )}
      {evidence.note !== '' && <span className="agenda-evidence__note">{evidence.note}</span>}
      {onRemove !== undefined && <RemoveButton name={evidence.title} onClick={onRemove} />}
    </>
  );
}

interface FormActionsProps {
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** Besides while busy: e.g. until a choice is made. */
  disabled?: boolean;
}

/** A form's submit and cancel buttons. */
export function FormActions({ busy, submitLabel, onCancel, disabled = false }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="agenda-form__actions">
      <button type="submit" className="button button--primary" disabled={busy || disabled}>
        {busy ? t('form.busy') : submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('agenda.cancel')}
      </button>
    </div>
  );
}

/** "Verwijderen" beside a party, link or piece of evidence, named for screen readers by what it removes. */
export function RemoveButton({
  name,
  onClick,
  disabled = false,
}: {
  name: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet agenda-remove"
      disabled={disabled}
      aria-label={t('agenda.removeNamed', { name })}
      onClick={onClick}
    >
      {t('agenda.remove')}
    </button>
  );
}

interface FieldProps {
  /** The control's id; the hint, when there is one, is `${id}-hint`. */
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}

/** A labelled form control, with its hint above it. */
export function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}

/** The area's observations and stories as option groups of an evidence picker. */
export function VoiceOptions({ options }: { options: VoiceOption[] }) {
  const { t } = useTranslation();
  return (
    <>
      {(['observation', 'story'] as const).map((group) => (
        <optgroup key={group} label={t(`agenda.evidenceGroup-${group}`)}>
          {options
            .filter((option) => option.group === group)
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}
