import type { IndicatorAcrossWijken, IndicatorSummary } from '../api/kompas.ts';
import { ASSESSMENTS, type Assessment, type DeviationClass } from '../kompas/kompas-view.ts';

/** The query parameter that holds the indicator the wijken are coloured by, so a coloured map can be shared. */
const CHOROPLETH_PARAM = 'kleur';
const KEY_PATTERN = /^[a-z0-9-]{2,60}$/;

/** The deviation classes from the lowest values to the highest, as the breaks divide them. */
const CLASSES = ['far-below', 'below', 'average', 'above', 'far-above'] as const satisfies readonly DeviationClass[];

/**
 * How a wijk is filled: its judgement (the kompas colours), a step of a neutral sequence for a descriptive indicator
 * (composition is never shown as better or worse), or no data.
 */
export type Tone = Assessment | `sequential-${DeviationClass}` | 'none';

type Direction = IndicatorSummary['direction'];
type WijkValue = IndicatorAcrossWijken['wijken'][number];

const HIGHER_IS_BETTER: Record<DeviationClass, Assessment> = {
  'far-below': 'much-worse',
  below: 'worse',
  average: 'average',
  above: 'better',
  'far-above': 'much-better',
};

const LOWER_IS_BETTER: Record<DeviationClass, Assessment> = {
  'far-below': 'much-better',
  below: 'better',
  average: 'average',
  above: 'worse',
  'far-above': 'much-worse',
};

/** The tone of a class for an indicator of this direction (the legend's swatch). */
export function toneOfClass(deviation: DeviationClass, direction: Direction): Tone {
  if (direction === 'descriptive') return `sequential-${deviation}`;
  return direction === 'higher-better' ? HIGHER_IS_BETTER[deviation] : LOWER_IS_BETTER[deviation];
}

/** A wijk's tone: the API's judgement where there is one, the neutral step for a descriptive indicator, or none. */
export function toneOfWijk(wijk: WijkValue, direction: Direction): Tone {
  if (wijk.value === null || wijk.class === null) return 'none';
  if (direction === 'descriptive') return `sequential-${wijk.class}`;
  return wijk.assessment ?? toneOfClass(wijk.class, direction);
}

/** The judgement a tone stands for; null for the neutral sequence and for no data. */
export function assessmentOfTone(tone: Tone): Assessment | null {
  return ASSESSMENTS.find((assessment) => assessment === tone) ?? null;
}

/** The stylesheet class of a tone: the kompas's own colours for judgements, the choropleth's sequence otherwise. */
export function toneClassName(tone: Tone): string {
  return tone.startsWith('sequential-') ? `choropleth-tone--${tone}` : `kompas-segment--${tone}`;
}

export interface LegendRow {
  deviation: DeviationClass;
  tone: Tone;
  /** The class's values run from `from` (inclusive; null: no lower end) to `to` (null: no upper end). */
  from: number | null;
  to: number | null;
  /** How many wijken fall in the class. */
  count: number;
}

/**
 * The legend: each class from low to high with its range of values and its number of wijken. Where the wijken hardly
 * differ, breaks coincide: a class with no room between them and no wijk in it is left out.
 */
export function legendRows(data: IndicatorAcrossWijken): LegendRow[] {
  const { breaks } = data;
  if (breaks === null) return [];
  const bounds = [null, ...breaks, null] as const;
  const rows = CLASSES.map((deviation, position) => ({
    deviation,
    tone: toneOfClass(deviation, data.indicator.direction),
    from: bounds[position] ?? null,
    to: bounds[position + 1] ?? null,
    count: data.wijken.filter((wijk) => wijk.value !== null && wijk.class === deviation).length,
  }));
  // Breaks lie a multiple of the mean deviation from the mean, so they can fall below zero; when no wijk has a
  // negative value (counts, shares, grades), a class of only negative values cannot be filled and is left out, and a
  // class reaching below zero is shown open-ended ("up to 0.19") rather than from a negative number.
  const nonNegative = data.wijken.every((wijk) => wijk.value === null || wijk.value >= 0);
  return rows
    .filter((row) => row.count > 0 || row.from === null || row.to === null || row.from < row.to)
    .filter((row) => !nonNegative || row.count > 0 || row.to === null || row.to >= 0)
    .map((row) => (nonNegative && row.from !== null && row.from < 0 ? { ...row, from: null } : row));
}

export interface IndicatorGroup {
  family: IndicatorSummary['family'];
  themeLabel: string;
  indicators: IndicatorSummary[];
}

/** The indicators in display order, in runs of the same family and theme (one <optgroup> each). */
export function groupIndicators(indicators: readonly IndicatorSummary[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const indicator of indicators) {
    const last = groups.at(-1);
    if (last !== undefined && last.family === indicator.family && last.themeLabel === indicator.themeLabel)
      last.indicators.push(indicator);
    else groups.push({ family: indicator.family, themeLabel: indicator.themeLabel, indicators: [indicator] });
  }
  return groups;
}

/** The indicator in the address, or null; a malformed key is ignored as the other map filters are. */
export function choroplethKeyFromSearch(params: URLSearchParams): string | null {
  const key = params.get(CHOROPLETH_PARAM);
  return key !== null && KEY_PATTERN.test(key) ? key : null;
}

/** The query string with this indicator (or none), keeping every other parameter as it was. */
export function searchWithChoropleth(params: URLSearchParams, key: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (key === null) next.delete(CHOROPLETH_PARAM);
  else next.set(CHOROPLETH_PARAM, key);
  return next;
}
