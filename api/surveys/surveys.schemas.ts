import { Type, type Static } from '@sinclair/typebox';
import { DateTimeSchema, StringEnum, UuidSchema } from '../shared/schemas.ts';

const Grade = Type.Integer({ minimum: 1, maximum: 10, description: 'A school grade, 1 to 10' });

export const RoundSchema = Type.Object({
  id: UuidSchema,
  areaType: StringEnum(['buurt', 'wijk', 'municipality'] as const),
  areaCode: Type.String(),
  title: Type.String(),
  opensAt: DateTimeSchema,
  closesAt: DateTimeSchema,
  open: Type.Boolean(),
  responses: Type.Union([Type.Integer(), Type.Null()], { description: 'null: not shown, too few answers' }),
});
const GradesSchema = Type.Object({
  physical: Type.Number(),
  social: Type.Number(),
  nuisance: Type.Number(),
  safety: Type.Number(),
  overall: Type.Number(),
});
const ChangeSchema = Type.Object({ delta: Type.Number(), direction: StringEnum(['up', 'down', 'same'] as const) });

export const NewRoundBodySchema = Type.Object(
  {
    areaType: StringEnum(['buurt', 'wijk', 'municipality'] as const),
    areaCode: Type.String({ maxLength: 12 }),
    title: Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' }),
    opensAt: Type.Optional(DateTimeSchema),
    closesAt: DateTimeSchema,
  },
  { additionalProperties: false },
);

export const AnswerBodySchema = Type.Object(
  {
    physical: Grade,
    social: Grade,
    nuisance: Type.Integer({ minimum: 1, maximum: 10, description: 'How little nuisance: 10 is none at all' }),
    safety: Grade,
    overall: Grade,
    trend: StringEnum(['better', 'same', 'worse'] as const, { description: 'Is your buurt getting better or worse?' }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const RoundResultsSchema = Type.Object({
  round: RoundSchema,
  comparedWith: Type.Union([UuidSchema, Type.Null()], { description: 'The previous round for the same area' }),
  results: Type.Array(
    Type.Object({
      areaType: StringEnum(['buurt', 'wijk'] as const),
      areaCode: Type.String(),
      name: Type.String(),
      reliability: StringEnum(['hidden', 'indicative', 'reliable'] as const),
      responses: Type.Union([Type.Integer(), Type.Null()], { description: 'null: hidden' }),
      grades: Type.Union([GradesSchema, Type.Null()]),
      trend: Type.Union([
        Type.Object({ better: Type.Integer(), same: Type.Integer(), worse: Type.Integer() }),
        Type.Null(),
      ]),
      comments: Type.Array(Type.String()),
      change: Type.Union([
        Type.Object({
          physical: ChangeSchema,
          social: ChangeSchema,
          nuisance: ChangeSchema,
          safety: ChangeSchema,
          overall: ChangeSchema,
        }),
        Type.Null(),
      ]),
    }),
  ),
});

export type NewRoundBody = Static<typeof NewRoundBodySchema>;
export type AnswerBody = Static<typeof AnswerBodySchema>;
