// The API's own lists, imported as values: asset-kinds.ts is a module of constants that imports nothing.
import { INVENTORY_KINDS, ORGANISATION_ITEM_KINDS } from '../../../api/assets/asset-kinds.ts';
import type { InventoryKind, OrganisationItemKind } from '../api/assets.ts';
import type { OrganisationKind } from '../api/organisations.ts';

/** The API keeps organisation kinds in its schema (a runtime value the web cannot import); the type checks this list. */
export const ORGANISATION_KINDS = [
  'association',
  'initiative',
  'institution',
  'business',
] as const satisfies readonly OrganisationKind[];

const organisationItemKinds = Object.keys(ORGANISATION_ITEM_KINDS) as OrganisationItemKind[];
export const ORGANISATION_OFFER_KINDS = organisationItemKinds.filter(
  (kind) => ORGANISATION_ITEM_KINDS[kind] === 'offer',
);
export const ORGANISATION_WISH_KINDS = organisationItemKinds.filter((kind) => ORGANISATION_ITEM_KINDS[kind] === 'wish');

/** The kinds the inventory wizard asks about, each in exactly one step ("need" is recorded elsewhere). */
export const WIZARD_INVENTORY_KINDS = (Object.keys(INVENTORY_KINDS) as InventoryKind[]).filter(
  (kind) => kind !== 'need',
);
