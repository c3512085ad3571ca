import type { FormEvent } from 'react';
import { FormAlert, FormStatus, SubmitButton } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import { type ContributeKey, useContributeTranslation } from '../i18n.ts';
import { AssetFields, kindOptions, type AssetDraft, type AssetFieldsProps } from './AssetFields.tsx';

type AssetField = 'kind' | 'title' | 'description' | 'tags';

interface NewAssetSectionProps<K extends string> extends Omit<
  AssetFieldsProps<K | ''>,
  'idPrefix' | 'draft' | 'onChange' | 'form' | 'kind'
> {
  /**
   * `thing` labels the section by its heading `new-thing-heading`, gives the fields ids `thing-…` and takes its words
   * from the texts under `thing`: the heading, the intro and the kind drop-down with a label for each kind.
   */
  type: 'place' | 'story' | 'thing';
  /** The kinds the drop-down offers. */
  kinds: readonly K[];
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
  const { type, kinds, publicNote, asset, submitLabel, status, ...fields } = props;
  const { t } = useContributeTranslation();
  const { form } = asset;
  const headingId = `new-${type}-heading`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`${type}.newHeading`)}</h2>
      <p>{t(`${type}.intro`)}</p>
      {publicNote !== undefined && <p className="privacy-note">{publicNote}</p>}
      <form className="form" noValidate onSubmit={asset.onSubmit}>
        <FormAlert message={form.alert} alertRef={form.alertRef} />
        <AssetFields
          idPrefix={type}
          draft={asset.draft}
          onChange={asset.change}
          form={form}
          kind={{
            style: 'select',
            label: t(`${type}.kind`),
            emptyLabel: t(`${type}.chooseKind`),
            options: kindOptions(kinds, (each) => t(`${type}.kinds.${each}` as ContributeKey)),
          }}
          {...fields}
        />
        <SubmitButton label={submitLabel} submitting={form.submitting} />
        {status !== undefined && <FormStatus>{status}</FormStatus>}
      </form>
    </section>
  );
}
