import type { RefObject } from 'react';
import type { TaxonomyDomain } from '../../api/assets.ts';
import { SubmitButton } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import { useContributeTranslation } from '../i18n.ts';
import type { ItemDraft } from './draft.ts';
import { InventoryItemForm } from './InventoryItemFields.tsx';
import type { InventoryStep } from './steps.ts';

export const ADD_ITEM_FIELDS = ['kind', 'title', 'description', 'tags', 'howOften', 'visibility'] as const;
export type AddItemField = (typeof ADD_ITEM_FIELDS)[number];

interface AddItemFormProps {
  step: InventoryStep;
  draft: ItemDraft;
  onDraftChange: (draft: ItemDraft) => void;
  taxonomy: readonly TaxonomyDomain[];
  form: Form<AddItemField>;
  titleRef: RefObject<HTMLInputElement | null>;
  onAdd: () => void;
}

/** The form under each step: one new item, with who may see it; it is saved as soon as it is added. */
export function AddItemForm({ step, draft, onDraftChange, taxonomy, form, titleRef, onAdd }: AddItemFormProps) {
  const { t } = useContributeTranslation();
  const idPrefix = `add-${step.key}`;

  function change(changes: Partial<ItemDraft>): void {
    onDraftChange({ ...draft, ...changes });
  }

  return (
    <InventoryItemForm
      className="add-item"
      naming={{ 'aria-labelledby': `${idPrefix}-heading` }}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
      heading={
        <h3 id={`${idPrefix}-heading`} className="wizard-step__subheading">
          {t('add.heading')}
        </h3>
      }
      step={step}
      idPrefix={idPrefix}
      draft={draft}
      onChange={change}
      form={form}
      taxonomy={taxonomy}
      kind={
        step.kindLegend === null
          ? undefined
          : {
              style: 'radios',
              legend: t(step.kindLegend),
              choices: step.kinds.map((kind) => ({ value: kind, label: t(`kinds.inventory.${kind}`) })),
            }
      }
      title={{ hint: t(`steps.${step.key}.titleHint`), inputRef: titleRef }}
      tags={{
        legend: step.tagsFirst ? t('add.tagsByDomain') : t('add.tags'),
        hint: t('add.tagsHint'),
        placement: step.tagsFirst ? 'first' : 'folded',
        foldedSummary: t('add.tagsToggle', { count: draft.tags.length }),
      }}
      askVisibility
    >
      <SubmitButton label={t('add.submit')} submitting={form.submitting} />
    </InventoryItemForm>
  );
}
