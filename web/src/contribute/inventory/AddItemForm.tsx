import type { RefObject } from 'react';
import { FormAlert, SelectField, SubmitButton, TextAreaField, TextField } from '../../forms/fields.tsx';
import type { Form } from '../../forms/use-form.ts';
import type { HowOften, InventoryKind, TaxonomyDomain } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { HOW_OFTEN_CHOICES } from '../kinds.ts';
import { TagPicker } from '../shared/TagPicker.tsx';
import { VisibilityRadios } from '../shared/VisibilityChoice.tsx';
import type { ItemDraft } from './draft.ts';
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
  const rememberTitleField = form.fieldRef('title');

  function change(changes: Partial<ItemDraft>): void {
    onDraftChange({ ...draft, ...changes });
  }

  const tagPicker = (
    <TagPicker
      taxonomy={taxonomy}
      selected={draft.tags}
      onChange={(tags) => change({ tags })}
      legend={step.tagsFirst ? t('add.tagsByDomain') : t('add.tags')}
      hint={t('add.tagsHint')}
      error={form.errors.tags}
      groupRef={form.fieldRef('tags')}
    />
  );

  return (
    <form
      className="form add-item"
      noValidate
      aria-labelledby={`${idPrefix}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onAdd();
      }}
    >
      <h3 id={`${idPrefix}-heading`} className="wizard-step__subheading">
        {t('add.heading')}
      </h3>
      <FormAlert message={form.alert} alertRef={form.alertRef} />
      {step.kindLegend !== null && (
        <fieldset className="field kind-choice" ref={form.fieldRef('kind')} tabIndex={-1}>
          <legend className="field__label">{t(step.kindLegend)}</legend>
          {step.kinds.map((kind: InventoryKind) => (
            <div key={kind} className="kind-choice__option">
              <input
                id={`${idPrefix}-kind-${kind}`}
                type="radio"
                name={`${idPrefix}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => change({ kind })}
              />
              <label htmlFor={`${idPrefix}-kind-${kind}`}>{t(`kinds.inventory.${kind}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {step.tagsFirst && tagPicker}
      <TextField
        id={`${idPrefix}-title`}
        label={t(`steps.${step.key}.titleLabel`)}
        hint={t(`steps.${step.key}.titleHint`)}
        value={draft.title}
        maxLength={120}
        onChange={(event) => change({ title: event.target.value })}
        error={form.errors.title}
        inputRef={(element) => {
          titleRef.current = element;
          rememberTitleField(element);
        }}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        label={t('add.description')}
        value={draft.description}
        maxLength={2000}
        onChange={(event) => change({ description: event.target.value })}
        error={form.errors.description}
        textAreaRef={form.fieldRef('description')}
      />
      {step.asksHowOften && (
        <SelectField
          id={`${idPrefix}-how-often`}
          label={t('add.howOften')}
          value={draft.howOften}
          onChange={(event) => change({ howOften: event.target.value as HowOften | '' })}
          error={form.errors.howOften}
          selectRef={form.fieldRef('howOften')}
        >
          <option value="">{t('howOften.unknown')}</option>
          {HOW_OFTEN_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`howOften.${choice}`)}
            </option>
          ))}
        </SelectField>
      )}
      {!step.tagsFirst && (
        <details className="add-item__tags" open={draft.tags.length > 0 || form.errors.tags !== undefined ? true : undefined}>
          <summary>{t('add.tagsToggle', { count: draft.tags.length })}</summary>
          {tagPicker}
        </details>
      )}
      <VisibilityRadios value={draft.visibility} onChange={(visibility) => change({ visibility })} />
      <SubmitButton label={t('add.submit')} submitting={form.submitting} />
    </form>
  );
}
