import { readFileSync } from 'node:fs';
import { FormatRegistry, Type, type Static, type TProperties, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { isTag } from './words.ts';

// The generators' templates and word lists live as JSON in seed/synthetic/data; each file is checked against its
// schema when its module loads, so a typo in a file fails the seed at once, naming the file and the place in it.

FormatRegistry.Set('taxonomy-tag', isTag);

/** One of the given strings (a kind, say). */
export function oneOf<const T extends string>(values: readonly T[]) {
  return Type.Union(values.map((value) => Type.Literal(value)));
}

/** A row of a table: these fields and no others, so a misspelt optional field is an error rather than left out. */
export function Row<T extends TProperties>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

/** A [low, high] range. */
export const Range = Type.Tuple([Type.Number(), Type.Number()]);

/** A tag key of seed/taxonomy.ts. */
export const Tag = Type.String({ format: 'taxonomy-tag' });
export const Tags = Type.Array(Tag);

/** Reads seed/synthetic/data/<fileName> and returns it typed by its schema; throws listing every mismatch. */
export function readTable<S extends TSchema>(fileName: string, schema: S): Static<S> {
  const value: unknown = JSON.parse(readFileSync(new URL(`data/${fileName}`, import.meta.url), 'utf8'));
  const errors = [...Value.Errors(schema, value)];
  if (errors.length > 0) {
    const lines = errors.map((error) => `${error.path || '(file)'} ${error.message}: ${JSON.stringify(error.value)}`);
    throw new Error(`seed/synthetic/data/${fileName} does not fit its schema:\n  ${lines.join('\n  ')}`);
  }
  return value as Static<S>;
}
