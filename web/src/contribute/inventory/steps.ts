import type { InventoryKind } from '../../api/assets.ts';
import type { ContributeKey } from '../i18n.ts';
import { CONTRIBUTE_PATHS } from '../paths.ts';

export type StepKey =
  'gifts' | 'skills' | 'knowledge' | 'passions' | 'dreams' | 'learn' | 'groups' | 'share' | 'enterprise';

export interface InventoryStep {
  key: StepKey;
  /** The kinds of item this step adds; with more than one, the person chooses (head, hands or heart). */
  kinds: readonly InventoryKind[];
  /** The question above the choice of kind, when there is a choice. */
  kindLegend: ContributeKey | null;
  /** Skills are chosen by domain: the tag picker is open from the start. */
  tagsFirst: boolean;
  /** Sharing asks how often. */
  asksHowOften: boolean;
}

/** The capacity inventory, one theme per step, in the order of the ABCD questionnaire. */
export const INVENTORY_STEPS: readonly InventoryStep[] = [
  {
    key: 'gifts',
    kinds: ['gift-head', 'gift-hands', 'gift-heart'],
    kindLegend: 'kindLegend.gifts',
    tagsFirst: false,
    asksHowOften: false,
  },
  { key: 'skills', kinds: ['skill'], kindLegend: null, tagsFirst: true, asksHowOften: false },
  { key: 'knowledge', kinds: ['knowledge'], kindLegend: null, tagsFirst: false, asksHowOften: false },
  { key: 'passions', kinds: ['passion'], kindLegend: null, tagsFirst: false, asksHowOften: false },
  { key: 'dreams', kinds: ['dream'], kindLegend: null, tagsFirst: false, asksHowOften: false },
  { key: 'learn', kinds: ['learn'], kindLegend: null, tagsFirst: false, asksHowOften: false },
  { key: 'groups', kinds: ['group'], kindLegend: null, tagsFirst: false, asksHowOften: false },
  {
    key: 'share',
    kinds: ['share-time', 'share-thing'],
    kindLegend: 'kindLegend.share',
    tagsFirst: false,
    asksHowOften: true,
  },
  { key: 'enterprise', kinds: ['enterprise'], kindLegend: null, tagsFirst: false, asksHowOften: false },
];

/** Where the wizard is: the home-buurt question, step 1–9, or the end (what is shared, who sees it, where it counts). */
export type WizardPosition = { at: 'buurt' } | { at: 'step'; index: number } | { at: 'summary' };

export const STEP_PARAM = 'stap';
const BUURT_VALUE = 'buurt';
const SUMMARY_VALUE = 'klaar';

/** The end of the inventory, which says what a resident shares, who sees it and where they count. */
export const INVENTORY_END_PATH = `${CONTRIBUTE_PATHS.inventory}?${STEP_PARAM}=${SUMMARY_VALUE}`;

/** `?stap=3` → step 3 (index 2); `?stap=klaar` → the end. Without a valid value: the buurt question if needed, else step 1. */
export function positionFrom(value: string | null, needsBuurt: boolean): WizardPosition {
  if (value === SUMMARY_VALUE) return { at: 'summary' };
  if (value === BUURT_VALUE) return { at: 'buurt' };
  const number = Number(value);
  if (value !== null && Number.isInteger(number) && number >= 1 && number <= INVENTORY_STEPS.length)
    return { at: 'step', index: number - 1 };
  return needsBuurt ? { at: 'buurt' } : { at: 'step', index: 0 };
}

export function paramOf(position: WizardPosition): string {
  if (position.at === 'summary') return SUMMARY_VALUE;
  if (position.at === 'buurt') return BUURT_VALUE;
  return String(position.index + 1);
}

export function stepIndexOfKind(kind: string): number {
  return INVENTORY_STEPS.findIndex((step) => step.kinds.some((each) => each === kind));
}
