import type { FormEvent, ReactNode } from 'react';
import { FormAlert, FormStatus, SubmitButton } from './fields.tsx';
import type { Form } from './use-form.ts';

interface FormFrameProps {
  form: Pick<Form<string>, 'alert' | 'alertRef' | 'submitting'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onChange?: () => void;
  /** The submit button's words; null leaves the button out, as when there is nothing to save here. */
  submitLabel: string | null;
  /** For a form that stays after saving: what it just did ("Saved."), or '' when there is nothing to say. */
  status?: string;
  /** The fields. */
  children: ReactNode;
}

/** A form as this app shows one: its own alert above the fields, the submit button below them. */
export function FormFrame({ form, onSubmit, onChange, submitLabel, status, children }: FormFrameProps) {
  const button = submitLabel === null ? null : <SubmitButton label={submitLabel} submitting={form.submitting} />;
  return (
    <form className="form" noValidate onSubmit={onSubmit} onChange={onChange}>
      <FormAlert message={form.alert} alertRef={form.alertRef} />
      {children}
      {status === undefined || button === null ? (
        button
      ) : (
        <div className="form__actions">
          {button}
          <FormStatus>{status}</FormStatus>
        </div>
      )}
    </form>
  );
}
