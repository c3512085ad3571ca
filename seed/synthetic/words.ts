import { TAXONOMY } from '../taxonomy.ts';

// Plain-Dutch helpers shared by the generators: tag labels from the taxonomy, in a sentence or as a title.

const TAGS = new Map(
  TAXONOMY.flatMap((domain) => domain.tags.map(([key, nl]) => [key, { nl, domain: domain.key }] as const)),
);

// Labels that keep their capital letter inside a sentence: language names, and words that are capitalised in Dutch.
const CAPITALISED = new Set([
  'dutch-practice',
  'english',
  'arabic',
  'turkish',
  'polish',
  'tigrinya',
  'digid',
  'first-aid',
]);

export function domainOf(key: string): string {
  return tagInfo(key).domain;
}

function tagInfo(key: string) {
  const info = TAGS.get(key);
  if (!info) throw new Error(`"${key}" is not a tag of seed/taxonomy.ts`);
  return info;
}

/** The Dutch label as a title: "Fietsen repareren". */
export function labelOf(key: string): string {
  return tagInfo(key).nl;
}

/** The Dutch label inside a sentence: "fietsen repareren", but "Engels" and "EHBO" keep their capital. */
export function inSentence(key: string): string {
  const label = labelOf(key);
  return CAPITALISED.has(key) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a", "a en b", "a, b en c". */
export function listInDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** Fills {name} placeholders; a missing value is a bug in a template, so it throws. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return value;
  });
}

/** Whether a key is a tag of seed/taxonomy.ts: the generators' data files may name no other. */
export function isTag(key: string): boolean {
  return TAGS.has(key);
}
