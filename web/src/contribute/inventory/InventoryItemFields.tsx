import type { InventoryKind } from '../../api/assets.ts';
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
export function InventoryItemFields({ step, title, ...fields }: InventoryItemFieldsProps) {
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
