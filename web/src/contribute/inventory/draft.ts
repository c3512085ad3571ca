import type { HowOften, InventoryKind } from '../../api/assets.ts';
import { draftAfterSaving, emptyAssetDraft, type AssetDraft } from '../shared/AssetFields.tsx';
import type { InventoryStep } from './steps.ts';

/** What the person is typing in a step's add form: kept by the wizard, so moving between steps loses nothing. */
export interface ItemDraft extends AssetDraft<InventoryKind> {
  howOften: HowOften | '';
}

export function emptyDraft(step: InventoryStep): ItemDraft {
  return { ...emptyAssetDraft(), kind: step.kinds[0]!, howOften: '' };
}

export const draftAfterAdding: (draft: ItemDraft) => ItemDraft = draftAfterSaving;

export function hasContent(draft: ItemDraft): boolean {
  return draft.title.trim() !== '' || draft.description.trim() !== '' || draft.tags.length > 0;
}
