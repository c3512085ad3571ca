import { Type } from '@sinclair/typebox';
import { DisplayNameSchema, PasswordSchema } from '../auth/auth.schemas.ts';
import { EmailSchema, LanguageSchema } from '../shared/schemas.ts';

export const ClaimAdministratorBodySchema = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'The set-up code the server printed in its log at start',
      examples: ['K7QM-2XRT-9HBW'],
    }),
    email: EmailSchema,
    password: PasswordSchema,
    displayName: DisplayNameSchema,
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);
