import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { FormAlert, FormStatus, SubmitButton, SubmitOrCancel } from './fields.tsx';
import type { Form } from './use-form.ts';

interface FormFrameProps {
  form: Pick<Form<string>, 'alert' | 'alertRef' | 'submitting'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onChange?: () => void;
  /** The submit button's words; null leaves the button out, as when there is nothing to save here. */
  submitLabel: string | null;
  /** For a form that stays after saving: what it just did ("Saved."), or '' when there is nothing to say. */
  status?: string;
  /** For a form that can be put away unsent: the words of its cancel button, beside the submit button. */
  cancel?: { label: string; onCancel: () => void };
  /** For a form that is part of a larger page: its id, its own class beside "form", and its name. */
  id?: string;
  className?: string;
  'aria-label'?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  /** What the form is for, above its alert. */
  intro?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/** A form as this app shows one: its own alert above the fields, the submit button below them. */
export function FormFrame({
  form,
  onSubmit,
  onChange,
  submitLabel,
  status,
  cancel,
  id,
  className,
  'aria-label': ariaLabel,
  onKeyDown,
  intro,
  children,
}: FormFrameProps) {
  let actions: ReactNode = null;
  if (submitLabel !== null) {
    const button = <SubmitButton label={submitLabel} submitting={form.submitting} />;
    if (cancel !== undefined) {
      actions = (
        <SubmitOrCancel
          submitLabel={submitLabel}
          submitting={form.submitting}
          cancelLabel={cancel.label}
          onCancel={cancel.onCancel}
        />
      );
    } else if (status === undefined) {
      actions = button;
    } else {
      actions = (
        <div className="form__actions">
          {button}
          <FormStatus>{status}</FormStatus>
        </div>
      );
    }
  }
  return (
    <form
      id={id}
      className={className === undefined ? 'form' : `form ${className}`}
      noValidate
      aria-label={ariaLabel}
      onSubmit={onSubmit}
      onChange={onChange}
      onKeyDown={onKeyDown}
    >
      {intro}
      <FormAlert message={form.alert} alertRef={form.alertRef} />
      {children}
      {actions}
    </form>
  );
}
