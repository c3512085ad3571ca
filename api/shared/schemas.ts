import { Type, type TUnsafe } from '@sinclair/typebox';

/**
 * A string from a fixed list, as a JSON-Schema `enum`: one clear error ("must be equal to one of the allowed
 * values") instead of one per literal in an anyOf.
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** Tag keys from the taxonomy (GET /api/taxonomy); whether each exists is checked against the database. */
export const TagKeysSchema = Type.Array(Type.String({ pattern: '^[a-z0-9-]{2,40}$' }), {
  maxItems: 12,
  uniqueItems: true,
  description: 'Tag keys from GET /api/taxonomy',
});
