import { Type } from '@sinclair/typebox';
import { TagKeySchema, WordsSchema } from '../shared/schemas.ts';

const Label = WordsSchema(80);

export const DomainSchema = Type.Object({
  key: Type.String(),
  nl: Type.String(),
  en: Type.String(),
  tags: Type.Array(Type.Object({ key: Type.String(), nl: Type.String(), en: Type.String() })),
});

export const NewTagBodySchema = Type.Object(
  { key: TagKeySchema, domain: TagKeySchema, nl: Label, en: Label },
  { additionalProperties: false },
);
