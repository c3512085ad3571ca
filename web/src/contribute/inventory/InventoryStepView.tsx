import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import { type Asset, createAsset, type TaxonomyDomain } from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { useDescribeFailure } from '../shared/problems.ts';
import { AddItemForm, ADD_ITEM_FIELDS, type AddItemField } from './AddItemForm.tsx';
import { draftAfterAdding, hasContent, type ItemDraft } from './draft.ts';
import { InventoryItemCard } from './InventoryItemCard.tsx';
import { INVENTORY_STEPS, stepIndexOfKind, type WizardPosition } from './steps.ts';
import { FormStatus } from '../../forms/fields.tsx';
import { WizardStep } from './WizardStep.tsx';

interface InventoryStepViewProps {
  index: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  items: readonly Asset[];
  taxonomy: readonly TaxonomyDomain[];
  draft: ItemDraft;
  onDraftChange: (draft: ItemDraft) => void;
  onAdded: (asset: Asset) => void;
  onChanged: (asset: Asset) => void;
  onDeleted: (asset: Asset) => void;
  onGo: (position: WizardPosition) => void;
}

/** One theme of the inventory: what is there already, a form to add more (saved at once), and back and next. */
export function InventoryStepView(props: InventoryStepViewProps) {
  const { index, headingRef, items, taxonomy, draft, onDraftChange, onAdded, onChanged, onDeleted, onGo } = props;
  const { t } = useContributeTranslation();
  const { t: tApp } = useTranslation();
  const step = INVENTORY_STEPS[index]!;
  const form = useForm(ADD_ITEM_FIELDS);
  const describeFailure = useDescribeFailure(ADD_ITEM_FIELDS);
  const [status, setStatus] = useState('');
  const [leaving, setLeaving] = useState(false);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLInputElement | null>(null);
  const stepItems = items.filter((item) => stepIndexOfKind(item.kind) === index);
  const isLast = index === INVENTORY_STEPS.length - 1;

  function validate(): FieldMessages<AddItemField> {
    return draft.title.trim() === '' ? { title: t('add.titleRequired') } : {};
  }

  async function saveDraft(): Promise<boolean> {
    return form.submit({
      validate,
      describeFailure,
      action: async () => {
        const asset = await createAsset({
          type: 'inventory',
          kind: draft.kind,
          title: draft.title.trim(),
          ...(draft.description.trim() === '' ? {} : { description: draft.description.trim() }),
          tags: draft.tags,
          visibility: draft.visibility,
          ...(step.asksHowOften && draft.howOften !== '' ? { details: { howOften: draft.howOften } } : {}),
        });
        onAdded(asset);
        onDraftChange(draftAfterAdding(draft));
        setStatus(t('add.saved', { title: asset.title }));
      },
    });
  }

  async function addAndStay(): Promise<void> {
    if (await saveDraft()) titleRef.current?.focus();
  }

  /** Next (or back) saves what was typed first: "saves as you go" should not depend on finding the add button. */
  async function leaveTo(position: WizardPosition): Promise<void> {
    if (hasContent(draft)) {
      setLeaving(true);
      const saved = await saveDraft();
      setLeaving(false);
      if (!saved) return;
    }
    onGo(position);
  }

  function deleted(asset: Asset): void {
    onDeleted(asset);
    setStatus(t('item.deleted', { title: asset.title }));
    listHeadingRef.current?.focus();
  }

  const headingId = `step-${step.key}-heading`;
  return (
    <WizardStep headingId={headingId} headingRef={headingRef} heading={t(`steps.${step.key}.question`)}>
      <p>{t(`steps.${step.key}.intro`)}</p>
      <p className="wizard-step__example">{t(`steps.${step.key}.example`)}</p>

      <h3 ref={listHeadingRef} tabIndex={-1} className="wizard-step__subheading">
        {t('item.listHeading', { count: stepItems.length })}
      </h3>
      {stepItems.length === 0 ? (
        <p className="field__hint">{t('item.none')}</p>
      ) : (
        <ul className="item-list">
          {stepItems.map((item) => (
            <InventoryItemCard
              key={item.id}
              asset={item}
              step={step}
              taxonomy={taxonomy}
              onChanged={onChanged}
              onDeleted={deleted}
            />
          ))}
        </ul>
      )}

      <AddItemForm
        step={step}
        draft={draft}
        onDraftChange={onDraftChange}
        taxonomy={taxonomy}
        form={form}
        titleRef={titleRef}
        onAdd={() => void addAndStay()}
      />
      <FormStatus>{status}</FormStatus>

      <div className="wizard-nav">
        {index > 0 && (
          <button
            type="button"
            className="button"
            disabled={leaving}
            onClick={() => void leaveTo({ at: 'step', index: index - 1 })}
          >
            {t('nav.back')}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          disabled={leaving}
          onClick={() => void leaveTo(isLast ? { at: 'summary' } : { at: 'step', index: index + 1 })}
        >
          {leaving ? tApp('form.busy') : isLast ? t('nav.toSummary') : t('nav.next')}
        </button>
        {!isLast && (
          <button type="button" className="button" disabled={leaving} onClick={() => void leaveTo({ at: 'summary' })}>
            {t('nav.finish')}
          </button>
        )}
      </div>
      <p className="field__hint">{t('nav.optional')}</p>
    </WizardStep>
  );
}
