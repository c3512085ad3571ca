import { KOMPAS_MIN_COUNT } from '../shared/policy.ts';

/**
 * The neighbourhood kompas, scored as the Wijkkompas does. Pure: definitions and values in, scores out; the
 * database and the API only feed it.
 *
 * - An indicator's **index** is 100 × value / reference, where the reference is the municipality's own figure (or, when
 *   the sources have none, the mean of the areas): index 100 is the municipal mean.
 * - Its **deviation class** comes from its distance to the reference relative to the mean absolute deviation (MAD) of
 *   all areas: z = (value − reference) / MAD; |z| < 0.5 is average, < 1.5 above or below, beyond that far above or far
 *   below.
 * - Its **assessment** turns the class into better or worse by the indicator's direction (higher is better, lower is
 *   better); a descriptive indicator (composition: age, household size) is never judged.
 * - A **theme** and a **quarter** score the equal-weight average of their judged indicators' oriented indices (a
 *   lower-is-better index mirrored around 100, so higher always means better); the municipality scores 100 on each, and
 *   their classes come from the same rule, with the MAD of all areas' theme (quarter) scores from 100. A theme of
 *   descriptive indicators only has no score.
 * - A value the sources lack stays missing (null): it has no index, and it counts in no mean, MAD or average.
 * - An indicator of the map that rests on a **small count** (fewer than KOMPAS_MIN_COUNT things: 2 associations) is
 *   shown as that count: it has no index, class or assessment, and counts in no theme or quarter (a ratio of so few
 *   looks dramatic and says little). Its value still counts in the reference and the MAD of the others.
 * - The **chart** shows an index within INDEX_BOUNDS (40–160, as the Wijkkompas draws it); beyond, it reads "> 160"
 *   or "< 40", while the table gives the true index and the value.
 */

/** The range of the index the chart draws, as the Wijkkompas does; the table gives the true index. */
export const INDEX_BOUNDS = { low: 40, high: 160 } as const;

/** The index as the chart shows it: within INDEX_BOUNDS, and whether the true index lies beyond. */
export function chartIndex(index: number): { index: number; beyond: 'above' | 'below' | null } {
  if (index > INDEX_BOUNDS.high) return { index: INDEX_BOUNDS.high, beyond: 'above' };
  if (index < INDEX_BOUNDS.low) return { index: INDEX_BOUNDS.low, beyond: 'below' };
  return { index, beyond: null };
}

/** Whether a count is too small to carry an index (null: the indicator is not a count of things). */
export function isSmallCount(count: number | null | undefined): boolean {
  return typeof count === 'number' && count < KOMPAS_MIN_COUNT;
}

export type Direction = 'higher-better' | 'lower-better' | 'descriptive';
export type DeviationClass = 'far-below' | 'below' | 'average' | 'above' | 'far-above';
export type Assessment = 'much-worse' | 'worse' | 'average' | 'better' | 'much-better';

export interface IndicatorDefinition {
  key: string;
  theme: string;
  quarter: string;
  direction: Direction;
}

/** Values by indicator key, for one area; null or absent: no data. */
export type AreaValues = Record<string, number | null | undefined>;

export interface KompasInput {
  indicators: IndicatorDefinition[];
  /** The areas compared (e.g. all wijken of the municipality), by code. */
  areas: Record<string, AreaValues>;
  /** The municipality's own figures, by indicator key; a missing one falls back to the mean of the areas. */
  municipality?: AreaValues;
  /** What each area's value of an indicator of the map rests on (the things counted), by code and key. */
  counts?: Record<string, AreaValues>;
}

interface Scored {
  /** Indicators: 100 = the municipal mean. Themes and quarters: the average of their oriented indices. */
  index: number | null;
  class: DeviationClass | null;
  /** null for a descriptive indicator, or when there is no index. */
  assessment: Assessment | null;
}

interface IndicatorScore extends Scored {
  key: string;
  value: number | null;
  /** The things counted that the value rests on; null: not a count of things. */
  count: number | null;
  /** Fewer things than KOMPAS_MIN_COUNT: shown as the count, with no index. */
  smallCount: boolean;
  reference: number | null;
  /** How far from the reference in mean absolute deviations (z); 0 when the areas do not differ; null: no data. */
  deviation: number | null;
}

export interface AreaKompas {
  indicators: Record<string, IndicatorScore>;
  themes: Record<string, Scored>;
  quarters: Record<string, Scored>;
}

/** Where |z| crosses from average to above/below, and from above/below to far above/below. */
const CLASS_THRESHOLDS = { average: 0.5, far: 1.5 } as const;

const ASSESSMENT_OF: Record<DeviationClass, Assessment> = {
  'far-below': 'much-worse',
  below: 'worse',
  average: 'average',
  above: 'better',
  'far-above': 'much-better',
};
const MIRROR: Record<DeviationClass, DeviationClass> = {
  'far-below': 'far-above',
  below: 'above',
  average: 'average',
  above: 'below',
  'far-above': 'far-below',
};

const present = (values: (number | null | undefined)[]): number[] =>
  values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
const mean = (values: number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The mean absolute deviation of `values` from `centre`. */
export function meanAbsoluteDeviation(values: number[], centre: number): number | null {
  return mean(values.map((value) => Math.abs(value - centre)));
}

/** The deviation class of `value` against `centre`, relative to `mad` (all equal: everyone is average). */
export function deviationClass(value: number, centre: number, mad: number | null): DeviationClass {
  if (mad === null || mad === 0) return 'average';
  const z = (value - centre) / mad;
  if (Math.abs(z) < CLASS_THRESHOLDS.average) return 'average';
  if (z > 0) return z < CLASS_THRESHOLDS.far ? 'above' : 'far-above';
  return z > -CLASS_THRESHOLDS.far ? 'below' : 'far-below';
}

/** Better or worse, by direction: a high value of a lower-is-better indicator is worse. Descriptive: not judged. */
export function assess(deviation: DeviationClass, direction: Direction): Assessment | null {
  if (direction === 'descriptive') return null;
  return ASSESSMENT_OF[direction === 'lower-better' ? MIRROR[deviation] : deviation];
}

/** Index 100 = the reference; none when the reference is 0 (no sensible ratio) or a value is missing. */
export function indexOf(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || reference === 0) return null;
  return (100 * value) / reference;
}

/**
 * The class breaks of a choropleth of one indicator: the values where the class changes (reference ∓ 1.5 and ∓ 0.5
 * mean absolute deviations), lowest first; null without values.
 */
export function classBreaks(values: number[], reference: number): [number, number, number, number] | null {
  const mad = meanAbsoluteDeviation(values, reference);
  if (mad === null) return null;
  const at = (z: number) => round(reference + z * mad, 2);
  return [
    at(-CLASS_THRESHOLDS.far),
    at(-CLASS_THRESHOLDS.average),
    at(CLASS_THRESHOLDS.average),
    at(CLASS_THRESHOLDS.far),
  ];
}

/** Scores every area of `input`: its indicators, themes and quarters. */
export function scoreKompas(input: KompasInput): Record<string, AreaKompas> {
  const codes = Object.keys(input.areas);
  const result: Record<string, AreaKompas> = Object.fromEntries(
    codes.map((code) => [code, { indicators: {}, themes: {}, quarters: {} }]),
  );

  // Indicators
  const oriented: Record<string, Record<string, number | null>> = Object.fromEntries(codes.map((code) => [code, {}]));
  for (const indicator of input.indicators) {
    const values = codes.map((code) => input.areas[code]![indicator.key] ?? null);
    const known = present(values);
    const reference = input.municipality?.[indicator.key] ?? mean(known);
    const mad = reference === null ? null : meanAbsoluteDeviation(known, reference);
    codes.forEach((code, i) => {
      const value = values[i] ?? null;
      const count = input.counts?.[code]?.[indicator.key] ?? null;
      const smallCount = value !== null && isSmallCount(count);
      const index = smallCount ? null : indexOf(value, reference);
      const deviation =
        value === null || reference === null || smallCount ? null : deviationClass(value, reference, mad);
      result[code]!.indicators[indicator.key] = {
        key: indicator.key,
        value,
        count,
        smallCount,
        reference,
        deviation:
          value === null || reference === null || smallCount
            ? null
            : mad === null || mad === 0
              ? 0
              : round((value - reference) / mad, 2),
        index: index === null ? null : round(index),
        class: deviation,
        assessment: deviation === null ? null : assess(deviation, indicator.direction),
      };
      if (indicator.direction !== 'descriptive') {
        oriented[code]![indicator.key] =
          index === null ? null : indicator.direction === 'lower-better' ? 200 - index : index;
      }
    });
  }

  // Themes and quarters: equal-weight averages of the judged indicators' oriented indices, classed over all areas.
  for (const level of ['theme', 'quarter'] as const) {
    const groups = [...new Set(input.indicators.map((indicator) => indicator[level]))];
    for (const group of groups) {
      const members = input.indicators.filter(
        (indicator) => indicator[level] === group && indicator.direction !== 'descriptive',
      );
      const scores = codes.map((code) => mean(present(members.map((indicator) => oriented[code]![indicator.key]))));
      const known = present(scores);
      // The municipality itself scores 100 on every theme (each of its indices is 100).
      const centre = known.length === 0 ? null : 100;
      const mad = centre === null ? null : meanAbsoluteDeviation(known, centre);
      codes.forEach((code, i) => {
        const score = scores[i] ?? null;
        const deviation = score === null || centre === null ? null : deviationClass(score, centre, mad);
        const target = level === 'theme' ? result[code]!.themes : result[code]!.quarters;
        target[group] = {
          index: score === null ? null : round(score),
          class: deviation,
          // Oriented already: a higher score is better.
          assessment: deviation === null ? null : assess(deviation, 'higher-better'),
        };
      });
    }
  }
  return result;
}
