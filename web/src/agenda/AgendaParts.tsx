import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEvidence } from '../api/agendas.ts';
import { ProblemList } from '../forms/ProblemList.tsx';
import { useAgendaAction, type AgendaAction } from './agenda-text.ts';
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
    <AgendaForm
      action={{ busy, problems }}
      submitLabel={t('agenda.save')}
      submit={() => act(() => save(draft.trim()))}
      onDone={() => setEditing(false)}
    >
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
    </AgendaForm>
  );
}

interface AgendaFormProps {
  /** The form's name for screen readers, where the page has more than one. */
  label?: string;
  /** Beside `agenda-form`. */
  className?: string;
  noValidate?: boolean;
  action: Pick<AgendaAction, 'busy' | 'problems'>;
  submitLabel: string;
  /** Besides while busy: e.g. until a choice is made. */
  disabled?: boolean;
  /** Checks and sends the form; resolves true when it went through. */
  submit: () => Promise<boolean>;
  /** Closes the form: once it went through, or on cancel. */
  onDone: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/** A form that adds to or edits the agenda in place: its fields, what went wrong, and submit and cancel. */
export function AgendaForm({ className, action, submitLabel, disabled, submit, onDone, ...form }: AgendaFormProps) {
  async function onSubmit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (await submit()) onDone();
  }

  return (
    <form
      className={className === undefined ? 'agenda-form' : `agenda-form ${className}`}
      onSubmit={(event) => void onSubmit(event)}
      aria-label={form.label}
      noValidate={form.noValidate}
    >
      {form.children}
      <ProblemList problems={action.problems} />
      <FormActions busy={action.busy} submitLabel={submitLabel} onCancel={onDone} disabled={disabled} />
    </form>
  );
}

interface AgendaSectionProps {
  /** The heading's id, which names the section. */
  id: string;
  heading: string;
  children: ReactNode;
}

/** One building block of the agenda, named by its heading. */
export function AgendaSection({ id, heading, children }: AgendaSectionProps) {
  return (
    <section className="agenda-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

interface AgendaListProps<T> {
  items: readonly T[];
  /** Said while there are none. */
  empty: string;
  className?: string;
  /** A numbered list, where the order means something. */
  ordered?: boolean;
  children: (item: T) => ReactNode;
}

/** A block's entries as a list, or what to say while there are none. */
export function AgendaList<T extends { id: string }>({
  items,
  empty,
  className,
  ordered,
  children,
}: AgendaListProps<T>) {
  if (items.length === 0) return <p className="agenda-empty">{empty}</p>;
  const List = ordered === true ? 'ol' : 'ul';
  return (
    <List className={className}>
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </List>
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
function FormActions({ busy, submitLabel, onCancel, disabled = false }: FormActionsProps) {
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

interface CheckedFieldProps {
  /** The control's id; the problem is `${id}-error`. */
  id: string;
  label: string;
  /** What is wrong with the value, once a submit found it; null while there is nothing. */
  problem: string | null;
  /** The control, given the attributes that tie it to its problem. */
  children: (problemLink: { 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled control the form checks before sending, with what is wrong above it. */
export function CheckedField({ id, label, problem, children }: CheckedFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field" data-invalid={problem === null ? undefined : ''}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {problem !== null && (
        <p className="field__error" id={errorId}>
          {problem}
        </p>
      )}
      {children(problem === null ? {} : { 'aria-invalid': true, 'aria-describedby': errorId })}
    </div>
  );
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

interface AgendaInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'value' | 'onChange' | 'aria-describedby'
> {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text (or url, or date) input. */
export function AgendaInput({ id, label, hint, onChange, ...input }: AgendaInputProps) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        className="field__control"
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        {...input}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

interface AgendaSelectProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** The options. */
  children: ReactNode;
}

/** A labelled drop-down. */
export function AgendaSelect({ id, label, value, onChange, required, children }: AgendaSelectProps) {
  return (
    <Field id={id} label={label}>
      <select
        id={id}
        className="field__control"
        required={required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </Field>
  );
}

/** A drop-down's empty first option: "choose", or "loading" while its options are on their way. */
export function ChooseOption({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation();
  return <option value="">{loading ? t('agenda.loading') : t('agenda.choose')}</option>;
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
