import { describe, expect, it } from 'vitest';
import {
  HOW_OFTEN,
  INVENTORY_KINDS,
  ORGANISATION_ITEM_KINDS,
  PLACE_KINDS,
  STORY_KINDS,
  THING_KINDS,
  VISIBILITIES,
} from '../../api/assets/asset-kinds.ts';
import {
  HOW_OFTEN_CHOICES,
  ORGANISATION_OFFER_KINDS,
  ORGANISATION_WISH_KINDS,
  PLACE_KIND_CHOICES,
  STORY_KIND_CHOICES,
  THING_KIND_CHOICES,
  VISIBILITY_CHOICES,
  WIZARD_INVENTORY_KINDS,
} from '../../web/src/contribute/kinds.ts';
import { INVENTORY_STEPS, paramOf, positionFrom } from '../../web/src/contribute/inventory/steps.ts';

const sorted = (values: readonly string[]) => [...values].sort();

describe('the choices the contribute pages offer', () => {
  it('are exactly the API’s kinds, visibilities and frequencies', () => {
    expect(sorted(VISIBILITY_CHOICES)).toEqual(sorted(VISIBILITIES));
    expect(sorted(HOW_OFTEN_CHOICES)).toEqual(sorted(HOW_OFTEN));
    expect(sorted(PLACE_KIND_CHOICES)).toEqual(sorted(PLACE_KINDS));
    expect(sorted(THING_KIND_CHOICES)).toEqual(sorted(THING_KINDS));
    expect(sorted(STORY_KIND_CHOICES)).toEqual(sorted(STORY_KINDS));
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
