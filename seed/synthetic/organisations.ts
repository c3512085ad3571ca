import { Type, type Static } from '@sinclair/typebox';
import { ORGANISATION_ITEM_KINDS, PLACE_KINDS } from '../../api/assets/asset-kinds.ts';
import { THINGS } from './places.ts';
import { oneOf, Range, readTable, Row, Tags } from './tables.ts';

// The associations, initiatives, institutions and businesses a Dutch city has, as templates (data/organisations.json):
// {word} is a name word (names.ts), {buurt} and {wijk} the area's name, {church} and {mosque} a name from names.ts.

const ORGANISATION_KINDS = ['association', 'initiative', 'institution', 'business'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

const OrganisationItemTemplate = Row({
  kind: oneOf(Object.keys(ORGANISATION_ITEM_KINDS) as (keyof typeof ORGANISATION_ITEM_KINDS)[]),
  title: Type.String(),
  description: Type.String(),
  tags: Tags,
});
export type OrganisationItemTemplate = Static<typeof OrganisationItemTemplate>;

const OrganisationTemplate = Row({
  key: Type.String(),
  kind: oneOf(ORGANISATION_KINDS),
  /** How common it is, relative to the others. */
  weight: Type.Number(),
  names: Type.Array(Type.String()),
  tags: Tags,
  descriptions: Type.Array(Type.String()),
  /** Members besides the owner. */
  members: Range,
  items: Type.Array(OrganisationItemTemplate),
  /** A place it runs (its building, field or garden), with the chance it has one. */
  place: Type.Optional(
    Row({
      chance: Type.Number(),
      kind: oneOf(PLACE_KINDS),
      title: Type.String(),
      capacity: Range,
      accessibleToilet: Type.Number(),
      availability: Type.Array(Type.String()),
    }),
  ),
  /** Things it lends, by name from places.ts THINGS, with the chance it lends any. */
  lends: Type.Optional(Row({ chance: Type.Number(), things: Type.Array(Type.String()) })),
});
export type OrganisationTemplate = Static<typeof OrganisationTemplate>;

export const ORGANISATION_TEMPLATES: readonly OrganisationTemplate[] = readTable(
  'organisations.json',
  Type.Array(OrganisationTemplate),
);

for (const template of ORGANISATION_TEMPLATES) {
  for (const name of template.lends?.things ?? []) {
    if (!THINGS.some((thing) => thing.name === name))
      throw new Error(`organisation ${template.key} lends "${name}", which is not in THINGS`);
  }
}
