// Names of the kompas's quarters and themes (the indicators name themselves, in the database).
type Labels = Record<string, { nl: string; en: string }>;

export const QUARTERS: Labels = {
  composition: { nl: 'Samenstelling', en: 'Composition' },
  physical: { nl: 'Fysieke omgeving', en: 'Physical environment' },
  social: { nl: 'Sociale omgeving', en: 'Social environment' },
  'quality-of-life': { nl: 'Leefbaarheid', en: 'Quality of life' },
};

export const THEMES: Labels = {
  age: { nl: 'Leeftijd', en: 'Age' },
  households: { nl: 'Huishoudens', en: 'Households' },
  'living-environment': { nl: 'Woonomgeving', en: 'Living environment' },
  mobility: { nl: 'Mobiliteit', en: 'Mobility' },
  income: { nl: 'Inkomen en uitkeringen', en: 'Income and benefits' },
  housing: { nl: 'Wonen', en: 'Housing' },
  facilities: { nl: 'Voorzieningen', en: 'Services nearby' },
  associations: { nl: 'Verenigingen', en: 'Associations' },
  'meeting-places': { nl: 'Ontmoetingsplekken', en: 'Meeting places' },
  talents: { nl: 'Talenten', en: 'Talents' },
  connectors: { nl: 'Buurtverbinders', en: 'Connectors' },
  connections: { nl: 'Verbindingen', en: 'Connections' },
  'residents-judgement': { nl: 'Oordeel van bewoners', en: 'Residents’ judgement' },
};

export const labelOf = (labels: Labels, key: string, language: 'nl' | 'en') => labels[key]?.[language] ?? key;
