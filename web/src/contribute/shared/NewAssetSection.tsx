import type { FormEvent, ReactNode } from 'react';
import { FormAlert, FormStatus, SubmitButton } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';

interface NewAssetSectionProps {
  /** `thing` labels the section by its heading `new-thing-heading`. */
  idPrefix: string;
  heading: string;
  intro: string;
  /** Said where everyone will see what is added. */
  publicNote?: string;
  form: Pick<Form<string>, 'alert' | 'alertRef' | 'submitting'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  /** "Saved", under the button, where the form stays for the next item. */
  status?: string;
  /** The form's fields. */
  children: ReactNode;
}

/** The section of a contribute page that adds a place, a thing or a story: heading, intro, the form and its button. */
export function NewAssetSection(props: NewAssetSectionProps) {
  const { idPrefix, form, status } = props;
  const headingId = `new-${idPrefix}-heading`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <p>{props.intro}</p>
      {props.publicNote !== undefined && <p className="privacy-note">{props.publicNote}</p>}
      <form className="form" noValidate onSubmit={props.onSubmit}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        {props.children}
        <SubmitButton label={props.submitLabel} submitting={form.submitting} />
        {status !== undefined && <FormStatus>{status}</FormStatus>}
      </form>
    </section>
  );
}
