import { describe, expect, it } from 'vitest';
import { INVENTORY_KINDS, ORGANISATION_ITEM_KINDS } from '../../api/assets/asset-kinds.ts';
import {
  ORGANISATION_OFFER_KINDS,
  ORGANISATION_WISH_KINDS,
  WIZARD_INVENTORY_KINDS,
} from '../../web/src/contribute/kinds.ts';
import { INVENTORY_STEPS, paramOf, positionFrom } from '../../web/src/contribute/inventory/steps.ts';

const sorted = (values: readonly string[]) => [...values].sort();

describe('the choices the contribute pages offer', () => {
  it('are the API’s inventory kinds, all but "need" in the wizard', () => {
    expect(sorted([...WIZARD_INVENTORY_KINDS, 'need'])).toEqual(sorted(Object.keys(INVENTORY_KINDS)));
  });

  it('sort an organisation’s kinds into offers and wishes as the API does', () => {
    for (const kind of ORGANISATION_OFFER_KINDS) expect(ORGANISATION_ITEM_KINDS[kind]).toBe('offer');
    for (const kind of ORGANISATION_WISH_KINDS) expect(ORGANISATION_ITEM_KINDS[kind]).toBe('wish');
    expect(sorted([...ORGANISATION_OFFER_KINDS, ...ORGANISATION_WISH_KINDS])).toEqual(
      sorted(Object.keys(ORGANISATION_ITEM_KINDS)),
    );
  });
});

describe('the inventory wizard’s steps', () => {
  it('are nine, and ask about each kind of the inventory in exactly one step', () => {
    expect(INVENTORY_STEPS).toHaveLength(9);
    expect(sorted(INVENTORY_STEPS.flatMap((step) => step.kinds))).toEqual(sorted(WIZARD_INVENTORY_KINDS));
  });

  it('read the step from the address, and start with the buurt question only when there is no buurt', () => {
    expect(positionFrom('3', false)).toEqual({ at: 'step', index: 2 });
    expect(positionFrom('klaar', false)).toEqual({ at: 'summary' });
    expect(positionFrom(null, true)).toEqual({ at: 'buurt' });
    expect(positionFrom(null, false)).toEqual({ at: 'step', index: 0 });
    expect(positionFrom('10', false)).toEqual({ at: 'step', index: 0 });
    expect(positionFrom('2.5', false)).toEqual({ at: 'step', index: 0 });
    expect(paramOf({ at: 'step', index: 8 })).toBe('9');
  });
});
