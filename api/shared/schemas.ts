import { Type, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';
import { AREA_CODE_EXAMPLES, BUURT_CODE_PATTERN, MUNICIPALITY_CODE_PATTERN, WIJK_CODE_PATTERN } from './area-codes.ts';

/**
 * The values every feature uses, each declared once: ids, area codes, language, e-mail, paging, dates. A feature's
 * own shapes live in its <feature>.schemas.ts and are built from these.
 */

/**
 * A string from a fixed list, as a JSON-Schema `enum`: one clear error ("must be equal to one of the allowed
 * values") instead of one per literal in an anyOf.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** The schema, or null. */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Union([schema, Type.Null()], options);
}

export const UuidSchema = Type.String({ format: 'uuid' });
/** `{ id }` in the path: the thing a route is about. */
export const IdParamsSchema = Type.Object({ id: UuidSchema });
/** What a create answers with. */
export const CreatedSchema = Type.Object({ id: UuidSchema });

export const DateTimeSchema = Type.String({ format: 'date-time' });

export { AREA_CODE_EXAMPLES, BUURT_CODE_PATTERN, isAreaCode, WIJK_CODE_PATTERN } from './area-codes.ts';
export const BuurtCodeSchema = Type.String({
  pattern: BUURT_CODE_PATTERN,
  description: 'CBS buurt code',
  examples: [AREA_CODE_EXAMPLES.buurt],
});
export const WijkCodeSchema = Type.String({
  pattern: WIJK_CODE_PATTERN,
  description: 'CBS wijk code',
  examples: [AREA_CODE_EXAMPLES.wijk],
});
export const MunicipalityCodeSchema = Type.String({
  pattern: MUNICIPALITY_CODE_PATTERN,
  description: 'CBS municipality code',
  examples: [AREA_CODE_EXAMPLES.municipality],
});
/** A buurt or a wijk: the areas connectors, agendas and summaries are about. */
export const AreaCodeSchema = Type.String({
  pattern: `^(${BUURT_CODE_PATTERN.slice(1, -1)}|${WIJK_CODE_PATTERN.slice(1, -1)})$`,
  description: 'A buurt (BU…) or wijk (WK…) code',
});
/** `{ code }` in the path of a buurt's or a wijk's routes. */
export const BuurtParamsSchema = Type.Object({ code: BuurtCodeSchema });
export const WijkParamsSchema = Type.Object({ code: WijkCodeSchema });
export const AreaParamsSchema = Type.Object({ code: AreaCodeSchema });
/** An area as a response names it. */
export const AreaRefSchema = Type.Object({ code: Type.String(), name: Type.String() });

const LANGUAGES = ['nl', 'en'] as const;
export const LanguageSchema = StringEnum(LANGUAGES, { description: 'nl or en' });
export type Language = Static<typeof LanguageSchema>;
/** `?lang=`: the language of labels and texts; without it, the account's language or Dutch. */
export const LangQuerySchema = Type.Object({ lang: Type.Optional(LanguageSchema) }, { additionalProperties: false });

export const EmailSchema = Type.String({
  format: 'email',
  minLength: 3,
  maxLength: 254,
  description: 'E-mail address; compared case-insensitively',
  examples: ['bewoner@example.org'],
});

/** `?limit=`: how many at most, 1 to `maximum`. */
export function LimitSchema(maximum: number, options: { default?: number; description?: string } = {}) {
  return Type.Integer({ minimum: 1, maximum, ...options });
}

/** Text that is more than white space (a title, a name, a note). */
export function WordsSchema(maxLength: number, options: { description?: string } = {}) {
  return Type.String({ minLength: 1, maxLength, pattern: '\\S', ...options });
}

export const TAG_KEY_PATTERN = '^[a-z0-9-]{2,40}$';
export const TagKeySchema = Type.String({ pattern: TAG_KEY_PATTERN });
/** Tag keys from the taxonomy (GET /api/taxonomy); whether each exists is checked against the database. */
export const TagKeysSchema = Type.Array(TagKeySchema, {
  maxItems: 12,
  uniqueItems: true,
  description: 'Tag keys from GET /api/taxonomy',
});
