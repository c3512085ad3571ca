import type { FormEvent } from 'react';
import { FormAlert, FormStatus, SubmitButton } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import { AssetFields, type AssetDraft, type AssetFieldsProps } from './AssetFields.tsx';

type AssetField = 'kind' | 'title' | 'description' | 'tags';

interface NewAssetSectionProps<K extends string> extends Omit<
  AssetFieldsProps<K | ''>,
  'idPrefix' | 'draft' | 'onChange' | 'form'
> {
  /** `thing` labels the section by its heading `new-thing-heading` and gives the fields ids `thing-…`. */
  idPrefix: string;
  heading: string;
  intro: string;
  /** Said where everyone will see what is added. */
  publicNote?: string;
  /** The form's state, as `useNewAsset` keeps it. */
  asset: {
    draft: AssetDraft<K | ''>;
    change: (changes: Partial<AssetDraft<K | ''>>) => void;
    form: Pick<Form<AssetField>, 'alert' | 'alertRef' | 'submitting' | 'errors' | 'fieldRef'>;
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  submitLabel: string;
  /** "Saved", under the button, where the form stays for the next item. */
  status?: string;
}

/**
 * The section of a contribute page that adds a place, a thing or a story: heading, intro, the form with the fields
 * every asset has (and this type's own, as children), and its button.
 */
export function NewAssetSection<K extends string>(props: NewAssetSectionProps<K>) {
  const { idPrefix, heading, intro, publicNote, asset, submitLabel, status, ...fields } = props;
  const { form } = asset;
  const headingId = `new-${idPrefix}-heading`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      {publicNote !== undefined && <p className="privacy-note">{publicNote}</p>}
      <form className="form" noValidate onSubmit={asset.onSubmit}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <AssetFields idPrefix={idPrefix} draft={asset.draft} onChange={asset.change} form={form} {...fields} />
        <SubmitButton label={submitLabel} submitting={form.submitting} />
        {status !== undefined && <FormStatus>{status}</FormStatus>}
      </form>
    </section>
  );
}
