import type { TaxonomyDomain } from '../api/assets.ts';
import type { Language } from '../i18n/i18n.ts';

interface LabelledKey {
  key: string;
  label: string;
}

export interface TaxonomyLabels {
  domains: LabelledKey[];
  /** Tags by domain, in the taxonomy's order, for grouped choices: retired tags are no longer offered. */
  tagsByDomain: { domain: LabelledKey; tags: LabelledKey[] }[];
  tagLabel: (key: string) => string;
  domainLabel: (key: string) => string;
}

/**
 * The taxonomy in one language. Every tag keeps its label (items and links may still carry a retired one); a key it
 * does not know (a tag added since it loaded) is shown as the key itself.
 */
export function taxonomyLabels(taxonomy: readonly TaxonomyDomain[], language: Language): TaxonomyLabels {
  const tagLabels = new Map<string, string>();
  const domainLabels = new Map<string, string>();
  const tagsByDomain = taxonomy.map((domain) => {
    const domainEntry = { key: domain.key, label: domain[language] };
    domainLabels.set(domain.key, domainEntry.label);
    for (const tag of domain.tags) tagLabels.set(tag.key, tag[language]);
    const tags = domain.tags.filter((tag) => !tag.retired).map((tag) => ({ key: tag.key, label: tag[language] }));
    return { domain: domainEntry, tags };
  });
  return {
    domains: tagsByDomain.map((group) => group.domain),
    tagsByDomain,
    tagLabel: (key) => tagLabels.get(key) ?? key,
    domainLabel: (key) => domainLabels.get(key) ?? key,
  };
}
