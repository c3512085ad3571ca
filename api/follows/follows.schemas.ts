import { Type } from '@sinclair/typebox';
import { DateTimeSchema } from '../shared/schemas.ts';

export const FollowedBuurtSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  since: DateTimeSchema,
  lastDigestAt: DateTimeSchema,
});

export const DigestsSentSchema = Type.Object({ sent: Type.Integer() });
