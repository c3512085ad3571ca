import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json';
import nl from '../../web/src/i18n/nl.json';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('have no empty strings', () => {
    const values = [...Object.values(nl), ...Object.values(en)].flatMap((group) => Object.values(group));
    expect(values.filter((value) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });
});
