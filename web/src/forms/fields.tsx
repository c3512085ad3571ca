import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  RefObject,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { BoundField } from './use-form.ts';

/** What every field has around its control. */
interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A control's own attributes, less those the field sets. */
type ControlAttributes<A> = Omit<A, 'id' | 'aria-invalid' | 'aria-describedby'>;

/** The attributes that tie a control to its label, hint and error. */
interface ControlLinks {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldFrameProps extends FieldProps {
  children: (links: ControlLinks) => ReactNode;
}

/** Label, hint and error text around one control; the control points at the hint and the error with aria-describedby. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ') || undefined;

  return (
    <div className="field" data-invalid={error === undefined ? undefined : ''}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} />
      {children({ id, 'aria-invalid': error === undefined ? undefined : true, 'aria-describedby': describedBy })}
    </div>
  );
}

/** What is wrong with a field, under its label; nothing while nothing is. The control points at it by `id`. */
export function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  if (error === undefined) return null;
  return (
    <p id={id} className="field__error">
      {error}
    </p>
  );
}

interface TextFieldProps extends ControlAttributes<InputHTMLAttributes<HTMLInputElement>>, FieldProps {
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ id, label, hint, error, inputRef, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(links) => <input {...links} ref={inputRef} className="field__control" {...inputProps} />}
    </FieldFrame>
  );
}

/** The props of a field bound to a form's text value (see useFormWithValues), in place of value and onChange. */
type Bound<P> = BoundField<string> & Omit<P, 'value' | 'onChange'>;

/** A text input that hands its form the text typed, not the event. */
export function BoundTextField({ value, onChange, ...textFieldProps }: Bound<TextFieldProps>) {
  return <TextField value={value} onChange={(event) => onChange(event.target.value)} {...textFieldProps} />;
}

interface TextAreaFieldProps extends ControlAttributes<TextareaHTMLAttributes<HTMLTextAreaElement>>, FieldProps {
  textAreaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ id, label, hint, error, textAreaRef, ...textAreaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(links) => (
        <textarea
          {...links}
          ref={textAreaRef}
          className="field__control field__control--textarea"
          rows={3}
          {...textAreaProps}
        />
      )}
    </FieldFrame>
  );
}

/** A text area that hands its form the text typed, not the event. */
export function BoundTextAreaField({ value, onChange, inputRef, ...textAreaProps }: Bound<TextAreaFieldProps>) {
  return (
    <TextAreaField
      value={value}
      onChange={(event) => onChange(event.target.value)}
      textAreaRef={inputRef}
      {...textAreaProps}
    />
  );
}

interface SelectFieldProps extends ControlAttributes<SelectHTMLAttributes<HTMLSelectElement>>, FieldProps {
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField({ id, label, hint, error, selectRef, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(links) => (
        <select {...links} ref={selectRef} className="field__control" {...selectProps}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

interface OptionsProps {
  /** The empty first choice (nothing chosen yet, all, one's own…), when the select has one. */
  none?: string;
  options: readonly { value: string | number; label: string }[];
}

/** A select's choices: the empty one first when `none` names it, then one per option. */
export function Options({ none, options }: OptionsProps) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

interface FormAlertProps {
  message: string | null;
  alertRef: RefObject<HTMLDivElement | null>;
}

/** The form's own error, above its fields; focusable, so a failed submit can move focus here. */
export function FormAlert({ message, alertRef }: FormAlertProps) {
  return (
    <div ref={alertRef} className="form-alert" role="alert" tabIndex={-1} hidden={message === null}>
      {message}
    </div>
  );
}

/** What a form or list just did ("Saved."), announced politely; empty when there is nothing to say. */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <p className="form-status" role="status">
      {children}
    </p>
  );
}

interface ActionOutcomeProps {
  /** What the last action did, announced politely; empty when there is nothing to say. */
  status: ReactNode;
  /** Why the last action failed, announced at once; nothing while there is none. */
  problem: string | null;
  /** Given when the keyboard should go to the status line (because the action's button is gone). */
  statusRef?: RefObject<HTMLParagraphElement | null>;
  statusClassName?: string;
  alertClassName?: string;
}

/** The outcome of an action on a page: a status line and, when it failed, an alert line under it. */
export function ActionOutcome({
  status,
  problem,
  statusRef,
  statusClassName = 'form-status',
  alertClassName = 'form-alert',
}: ActionOutcomeProps) {
  return (
    <>
      <p ref={statusRef} className={statusClassName} role="status" tabIndex={statusRef === undefined ? undefined : -1}>
        {status}
      </p>
      <ErrorLine problem={problem} className={alertClassName} />
    </>
  );
}

/** A failed action's message beside its buttons, announced at once; nothing while there is none. */
export function ErrorLine({ problem, className = 'field__error' }: { problem: string | null; className?: string }) {
  if (problem === null) return null;
  return (
    <p className={className} role="alert">
      {problem}
    </p>
  );
}

interface SubmitButtonProps {
  label: string;
  submitting: boolean;
  className?: string;
}

/** Disabled with "busy…" while the form is being sent, so nobody sends it twice. */
export function SubmitButton({ label, submitting, className = 'button button--primary' }: SubmitButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={className} disabled={submitting}>
      {submitting ? t('form.busy') : label}
    </button>
  );
}

interface SubmitOrCancelProps {
  submitLabel: string;
  submitting: boolean;
  cancelLabel: string;
  onCancel: () => void;
  /** The row's class: the form's actions, a card's actions or a wizard's steps. */
  className?: string;
}

/** The submit button with a plain button beside it that puts the form away (or skips it) unsent. */
export function SubmitOrCancel({
  submitLabel,
  submitting,
  cancelLabel,
  onCancel,
  className = 'form__actions',
}: SubmitOrCancelProps) {
  return (
    <div className={className}>
      <SubmitButton label={submitLabel} submitting={submitting} />
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}

interface CheckboxFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'aria-invalid' | 'aria-describedby'
> {
  id: string;
  label: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function CheckboxField({ id, label, error, inputRef, ...inputProps }: CheckboxFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="field field--checkbox" data-invalid={error === undefined ? undefined : ''}>
      <FieldError id={errorId} error={error} />
      <input
        id={id}
        ref={inputRef}
        type="checkbox"
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        {...inputProps}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
