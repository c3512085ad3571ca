import { describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json';
import nl from '../../web/src/i18n/nl.json';

function leavesOf(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] =>
    typeof child === 'object' && child !== null ? leavesOf(child, `${prefix}${key}.`) : [[`${prefix}${key}`, child]],
  );
}
const keysOf = (value: object) => leavesOf(value).map(([key]) => key);

describe('the translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('have no empty strings', () => {
    const empty = [...leavesOf(nl, 'nl.'), ...leavesOf(en, 'en.')].filter(
      ([, value]) => typeof value !== 'string' || value.trim() === '',
    );
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();
    const english = new Map(leavesOf(en));
    const different = leavesOf(nl).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(english.get(key)).join(),
    );
    expect(different.map(([key]) => key)).toEqual([]);
  });
});
