import type { FormEvent, ReactNode } from 'react';
import type { InventoryKind } from '../../api/assets.ts';
import { FormAlert } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import { useContributeTranslation } from '../i18n.ts';
import { AssetFields, HowOftenField, type AssetFieldsProps } from '../shared/AssetFields.tsx';
import type { ItemDraft } from './draft.ts';
import type { InventoryStep } from './steps.ts';

interface InventoryItemFieldsProps extends Omit<
  AssetFieldsProps<InventoryKind>,
  'draft' | 'onChange' | 'form' | 'title' | 'between' | 'children'
> {
  step: InventoryStep;
  draft: ItemDraft;
  onChange: (changes: Partial<ItemDraft>) => void;
  form: Pick<Form<'kind' | 'title' | 'description' | 'tags' | 'howOften'>, 'errors' | 'fieldRef'>;
  /** The title's label is the step's. */
  title?: Omit<AssetFieldsProps<InventoryKind>['title'], 'label'>;
}

/** An inventory item's fields as its step asks them: the step's words for the title, and how often for time and skills. */
function InventoryItemFields({ step, title, ...fields }: InventoryItemFieldsProps) {
  const { t } = useContributeTranslation();
  const { idPrefix, draft, onChange, form } = fields;
  return (
    <AssetFields
      {...fields}
      title={{ label: t(`steps.${step.key}.titleLabel`), ...title }}
      between={
        step.asksHowOften && (
          <HowOftenField
            id={`${idPrefix}-how-often`}
            value={draft.howOften}
            onChange={(howOften) => onChange({ howOften })}
            error={form.errors.howOften}
            selectRef={form.fieldRef('howOften')}
          />
        )
      }
    />
  );
}

interface InventoryItemFormProps extends InventoryItemFieldsProps {
  form: InventoryItemFieldsProps['form'] & Pick<Form<string>, 'alert' | 'alertRef'>;
  /** What kind of item form this is, besides a form: "add-item" or "item-edit". */
  className: string;
  /** How the form is named: in its own words, or by the id of its heading. */
  naming: { 'aria-label': string } | { 'aria-labelledby': string };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Shown above the form's alert. */
  heading?: ReactNode;
  /** The buttons under the fields. */
  children: ReactNode;
}

/** A form for one inventory item: its alert, the item's fields as its step asks them, and its buttons. */
export function InventoryItemForm({
  className,
  naming,
  onSubmit,
  heading,
  children,
  ...fields
}: InventoryItemFormProps) {
  return (
    <form className={`form ${className}`} noValidate onSubmit={onSubmit} {...naming}>
      {heading}
      <FormAlert message={fields.form.alert} alertRef={fields.form.alertRef} />
      <InventoryItemFields {...fields} />
      {children}
    </form>
  );
}
