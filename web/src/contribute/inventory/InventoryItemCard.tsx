import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitOrCancel, FormStatus, ErrorLine } from '../../forms/fields.tsx';
import { failureMessage } from '../../forms/messages.ts';
import { useForm, type FieldMessages } from '../../forms/use-form.ts';
import {
  type Asset,
  type HowOften,
  type InventoryKind,
  type TaxonomyDomain,
  updateAsset,
  type Visibility,
} from '../../api/assets.ts';
import { useContributeTranslation } from '../i18n.ts';
import { HOW_OFTEN } from '../../../../api/assets/asset-kinds.ts';
import { DeleteButton } from '../shared/DeleteButton.tsx';
import { useDescribeFailure } from '../shared/problems.ts';
import type { ItemCardProps } from '../shared/SimpleItemCard.tsx';
import { StillActivePrompt } from '../shared/StillActivePrompt.tsx';
import { TagList } from '../shared/TagPicker.tsx';
import { VisibilitySelect } from '../shared/VisibilityChoice.tsx';
import type { ItemDraft } from './draft.ts';
import { InventoryItemForm } from './InventoryItemFields.tsx';
import type { InventoryStep } from './steps.ts';

interface InventoryItemCardProps extends ItemCardProps {
  step: InventoryStep;
}

function howOftenOf(asset: Asset): HowOften | '' {
  const value: unknown = asset.details.howOften;
  return HOW_OFTEN.find((choice) => choice === value) ?? '';
}

/** One saved item: what it says, who sees it (changed at once), and edit, remove, "still active?". */
export function InventoryItemCard({ asset, step, taxonomy, onChanged, onDeleted }: InventoryItemCardProps) {
  const { t } = useContributeTranslation();
  const { t: tApp } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [pendingVisibility, setPendingVisibility] = useState<Visibility | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const latestVisibilityRequest = useRef(0);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const howOften = howOftenOf(asset);
  const headingId = `item-${asset.id}-title`;

  async function changeVisibility(visibility: Visibility): Promise<void> {
    // Arrow keys on a closed select change it once per press: only the last answer counts.
    const request = ++latestVisibilityRequest.current;
    setPendingVisibility(visibility);
    setStatus('');
    setProblem(null);
    try {
      const updated = await updateAsset(asset.id, { visibility });
      if (request !== latestVisibilityRequest.current) return;
      onChanged(updated);
      setStatus(t('item.visibilitySaved', { who: t(`visibility.${updated.visibility}.label`) }));
    } catch (error) {
      if (request !== latestVisibilityRequest.current) return;
      setProblem(failureMessage(tApp, error));
    }
    setPendingVisibility(null);
  }

  function closeEditor(): void {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  }

  return (
    <li className="item-card" aria-labelledby={headingId}>
      {step.kinds.length > 1 && (
        <p className="item-card__kind">{t(`kinds.inventory.${asset.kind}` as 'kinds.inventory.skill')}</p>
      )}
      <h4 id={headingId} className="item-card__title">
        {asset.title}
      </h4>
      {asset.description !== '' && <p className="item-card__description">{asset.description}</p>}
      <TagList tags={asset.tags} taxonomy={taxonomy} />
      {howOften !== '' && (
        <p className="item-card__meta">{t('item.howOften', { howOften: t(`howOften.${howOften}`) })}</p>
      )}
      <VisibilitySelect
        id={`item-${asset.id}-visibility`}
        value={pendingVisibility ?? asset.visibility}
        onChange={(visibility) => void changeVisibility(visibility)}
      />
      <FormStatus>{status}</FormStatus>
      <ErrorLine problem={problem} />
      {!asset.stillActive && <StillActivePrompt asset={asset} onConfirmed={onChanged} onDeleted={onDeleted} />}
      {editing ? (
        <EditItemForm
          asset={asset}
          step={step}
          taxonomy={taxonomy}
          onSaved={(updated) => {
            onChanged(updated);
            setStatus(t('item.saved'));
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : (
        <div className="item-actions">
          <button ref={editButtonRef} type="button" className="button" onClick={() => setEditing(true)}>
            {t('item.edit')}
            <span className="visually-hidden">: {asset.title}</span>
          </button>
          <DeleteButton asset={asset} onDeleted={onDeleted} />
        </div>
      )}
    </li>
  );
}

// The kind cannot be changed here; it is listed because the shared asset fields know it.
const EDIT_FIELDS = ['kind', 'title', 'description', 'tags', 'howOften'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

interface EditItemFormProps {
  asset: Asset;
  step: InventoryStep;
  taxonomy: readonly TaxonomyDomain[];
  onSaved: (asset: Asset) => void;
  onCancel: () => void;
}

function EditItemForm({ asset, step, taxonomy, onSaved, onCancel }: EditItemFormProps) {
  const { t } = useContributeTranslation();
  const [draft, setDraft] = useState<ItemDraft>({
    kind: asset.kind as InventoryKind,
    title: asset.title,
    description: asset.description,
    tags: asset.tags.map((tag) => tag.key),
    visibility: asset.visibility,
    howOften: howOftenOf(asset),
  });
  const form = useForm(EDIT_FIELDS);
  const describeFailure = useDescribeFailure(EDIT_FIELDS);
  const idPrefix = `edit-${asset.id}`;

  function change(changes: Partial<ItemDraft>): void {
    setDraft((previous) => ({ ...previous, ...changes }));
  }

  function validate(): FieldMessages<EditField> {
    return draft.title.trim() === '' ? { title: t('add.titleRequired') } : {};
  }

  const onSubmit = form.handleSubmit({
    validate,
    describeFailure,
    action: async () => {
      onSaved(
        await updateAsset(asset.id, {
          title: draft.title.trim(),
          description: draft.description.trim(),
          tags: draft.tags,
          ...(step.asksHowOften ? { details: draft.howOften === '' ? {} : { howOften: draft.howOften } } : {}),
        }),
      );
    },
  });

  return (
    <InventoryItemForm
      className="item-edit"
      naming={{ 'aria-label': t('item.editLabel', { title: asset.title }) }}
      onSubmit={onSubmit}
      step={step}
      idPrefix={idPrefix}
      draft={draft}
      onChange={change}
      form={form}
      taxonomy={taxonomy}
      title={{ autoFocus: true }}
    >
      <SubmitOrCancel
        className="item-actions"
        submitLabel={t('item.save')}
        submitting={form.submitting}
        cancelLabel={t('item.cancel')}
        onCancel={onCancel}
      />
    </InventoryItemForm>
  );
}
