import { describe, expect, it } from 'vitest';
import en from '../../web/src/contribute/i18n/en.json';
import nl from '../../web/src/contribute/i18n/nl.json';

function entriesOf(value: object, prefix = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, child]): [string, unknown][] =>
    typeof child === 'object' && child !== null ? entriesOf(child, `${prefix}${key}.`) : [[`${prefix}${key}`, child]],
  );
}

describe('the contribute pages’ translations', () => {
  it('have the same keys in Dutch and English', () => {
    const keys = (texts: object) => entriesOf(texts).map(([key]) => key).sort();
    expect(keys(en)).toEqual(keys(nl));
  });

  it('have no empty strings and nothing but strings', () => {
    const bad = [...entriesOf(nl), ...entriesOf(en)].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();
    const english = new Map(entriesOf(en));
    const different = entriesOf(nl).filter(([key, text]) => placeholders(text).join() !== placeholders(english.get(key)).join());
    expect(different).toEqual([]);
  });
});
