import { Type } from '@sinclair/typebox';
import { TagKeySchema, WordsSchema } from '../shared/schemas.ts';

const Label = WordsSchema(80);

const TagSchema = Type.Object({
  key: Type.String(),
  nl: Type.String(),
  en: Type.String(),
  retired: Type.Boolean({
    description: 'No longer offered when adding or editing an item; the items that carry it keep it',
  }),
});

export const DomainSchema = Type.Object({
  key: Type.String(),
  nl: Type.String(),
  en: Type.String(),
  tags: Type.Array(TagSchema),
});

export const NewTagBodySchema = Type.Object(
  { key: TagKeySchema, domain: TagKeySchema, nl: Label, en: Label },
  { additionalProperties: false },
);

export const TagParamsSchema = Type.Object({ key: TagKeySchema });

export const TagChangeBodySchema = Type.Object(
  {
    nl: Type.Optional(Label),
    en: Type.Optional(Label),
    retired: Type.Optional(Type.Boolean({ description: 'true retires the tag, false restores it' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ChangedTagSchema = Type.Composite([TagSchema, Type.Object({ domain: Type.String() })]);
