import type { HowOften, InventoryKind, Visibility } from '../../api/assets.ts';
import { DEFAULT_VISIBILITY } from '../kinds.ts';
import type { InventoryStep } from './steps.ts';

/** What the person is typing in a step's add form: kept by the wizard, so moving between steps loses nothing. */
export interface ItemDraft {
  kind: InventoryKind;
  title: string;
  description: string;
  tags: string[];
  visibility: Visibility;
  howOften: HowOften | '';
}

export function emptyDraft(step: InventoryStep): ItemDraft {
  return { kind: step.kinds[0]!, title: '', description: '', tags: [], visibility: DEFAULT_VISIBILITY, howOften: '' };
}

/** After adding: the text goes, the choices stay (several skills are often added in a row, all for the same people). */
export function draftAfterAdding(draft: ItemDraft): ItemDraft {
  return { ...draft, title: '', description: '', tags: [] };
}

export function hasContent(draft: ItemDraft): boolean {
  return draft.title.trim() !== '' || draft.description.trim() !== '' || draft.tags.length > 0;
}
