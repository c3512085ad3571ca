import type { TFunction } from 'i18next';
import type { Kompas, KompasIndicator, KompasQuarter, KompasTheme } from '../api/kompas.ts';

export type Assessment = NonNullable<KompasIndicator['assessment']>;
export type DeviationClass = NonNullable<KompasIndicator['class']>;

/** Where the kompas is drilled down to: everything, one quarter, or one theme of a quarter. */
export type KompasLevel =
  { kind: 'all' } | { kind: 'quarter'; quarter: string } | { kind: 'theme'; quarter: string; theme: string };

/** The colours of the legend, best first; `none` is not judged or no data. */
export const ASSESSMENTS = [
  'much-better',
  'better',
  'average',
  'worse',
  'much-worse',
] as const satisfies readonly Assessment[];

/** One segment of the chart: a quarter, theme or indicator, and what it opens when chosen. */
export interface Segment {
  key: string;
  label: string;
  index: number | null;
  assessment: Assessment | null;
  /** An indicator without a value: "no data", never a number. */
  noData: boolean;
  /** An indicator resting on too few things for an index: shown as its count ("2 verenigingen"). */
  smallCount: { key: string; count: number } | null;
  opens: KompasLevel | null;
  children: Segment[];
}

export interface LevelView {
  /** The outer ring; the inner ring holds each outer segment's children. */
  segments: Segment[];
  /** The indicators of this level for the table, by quarter and theme. */
  groups: { quarter: KompasQuarter; theme: KompasTheme }[];
  quarter: KompasQuarter | null;
  theme: KompasTheme | null;
}

function indicatorSegment(indicator: KompasIndicator): Segment {
  return {
    key: indicator.key,
    label: indicator.label,
    index: indicator.index,
    assessment: indicator.assessment,
    noData: indicator.value === null,
    smallCount:
      indicator.smallCount && indicator.count !== null ? { key: indicator.key, count: indicator.count } : null,
    opens: null,
    children: [],
  };
}

function themeSegment(quarter: KompasQuarter, theme: KompasTheme, withChildren: boolean): Segment {
  return {
    key: theme.key,
    label: theme.label,
    index: theme.index,
    assessment: theme.assessment,
    noData: false,
    smallCount: null,
    opens: { kind: 'theme', quarter: quarter.key, theme: theme.key },
    children: withChildren ? theme.indicators.map(indicatorSegment) : [],
  };
}

/** What the chart and the table show at this level; a level naming a quarter or theme the kompas lacks shows it all. */
export function levelView(kompas: Kompas, level: KompasLevel): LevelView {
  const quarter =
    level.kind === 'all' ? undefined : kompas.quarters.find((candidate) => candidate.key === level.quarter);
  const theme = level.kind === 'theme' ? quarter?.themes.find((candidate) => candidate.key === level.theme) : undefined;
  if (quarter && theme) {
    return { segments: theme.indicators.map(indicatorSegment), groups: [{ quarter, theme }], quarter, theme };
  }
  if (quarter && level.kind === 'quarter') {
    return {
      segments: quarter.themes.map((candidate) => themeSegment(quarter, candidate, true)),
      groups: quarter.themes.map((candidate) => ({ quarter, theme: candidate })),
      quarter,
      theme: null,
    };
  }
  return {
    segments: kompas.quarters.map((candidate) => ({
      key: candidate.key,
      label: candidate.label,
      index: candidate.index,
      assessment: candidate.assessment,
      noData: false,
      smallCount: null,
      opens: { kind: 'quarter', quarter: candidate.key },
      children: candidate.themes.map((child) => themeSegment(candidate, child, false)),
    })),
    groups: kompas.quarters.flatMap((candidate) =>
      candidate.themes.map((child) => ({ quarter: candidate, theme: child })),
    ),
    quarter: null,
    theme: null,
  };
}

/** A point on the circle: angle in degrees clockwise from the top. */
function point(radius: number, degrees: number): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  return [radius * Math.sin(radians), -radius * Math.cos(radians)];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The SVG path of a ring segment between two radii and two angles (degrees clockwise from the top). */
export function ringSegmentPath(inner: number, outer: number, from: number, to: number): string {
  // A whole circle cannot be one arc: a single segment stops just short of closing.
  const end = to - from >= 360 ? from + 359.99 : to;
  const large = end - from > 180 ? 1 : 0;
  const [x0, y0] = point(outer, from).map(round) as [number, number];
  const [x1, y1] = point(outer, end).map(round) as [number, number];
  const [x2, y2] = point(inner, end).map(round) as [number, number];
  const [x3, y3] = point(inner, from).map(round) as [number, number];
  return `M ${x0} ${y0} A ${outer} ${outer} 0 ${large} 1 ${x1} ${y1} L ${x2} ${y2} A ${inner} ${inner} 0 ${large} 0 ${x3} ${y3} Z`;
}

export function labelPosition(
  radius: number,
  degrees: number,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const [x, y] = point(radius, degrees);
  const anchor = Math.abs(x) < radius * 0.2 ? 'middle' : x > 0 ? 'start' : 'end';
  return { x: round(x), y: round(y), anchor };
}

/** A label in lines of about `width` characters, broken between words. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The key of the translation of a unit (the API gives the unit in English words). */
export function unitKey(
  unit: string,
): 'percent' | 'persons' | 'cars' | 'perKm2' | 'per1000' | 'per10000' | 'thousandEuros' | 'km' | 'other' {
  switch (unit) {
    case '%':
      return 'percent';
    case 'persons':
      return 'persons';
    case 'cars':
      return 'cars';
    case 'per km²':
      return 'perKm2';
    case 'per 1,000':
      return 'per1000';
    case 'per 10,000':
      return 'per10000';
    case 'thousand euros':
      return 'thousandEuros';
    case 'km':
      return 'km';
    default:
      return 'other';
  }
}

export function formatNumber(value: number, language: 'nl' | 'en'): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** A value with its unit in words, as the profile page writes it ("2,1 personen"); "no data" for a missing value. */
export function amountText(t: TFunction, language: 'nl' | 'en', value: number | string | null, unit: string): string {
  if (value === null) return t('kompas.noData');
  return t(`kompas.unit-${unitKey(unit)}`, {
    value: typeof value === 'number' ? formatNumber(value, language) : value,
    unit,
  });
}

/** The things an indicator of the map counts, for "2 verenigingen"; the translation key of their name. */
const COUNTED_THINGS: Record<string, 'associations' | 'meetingPlaces' | 'residents' | 'connectors' | 'introductions'> =
  {
    'associations-per-1000': 'associations',
    'meeting-places-per-1000': 'meetingPlaces',
    'residents-with-talents': 'residents',
    'connectors-per-10000': 'connectors',
    'introductions-per-1000': 'introductions',
    'introductions-accepted': 'introductions',
  };

/** The count an indicator rests on, in words: "2 verenigingen", "1 buurtverbinder". */
export function countText(t: TFunction, key: string, count: number): string {
  return t(`kompas.count-${COUNTED_THINGS[key] ?? 'things'}`, { count });
}

/** A figure as the person reads it: the count when it rests on so few things, else the value with its unit. */
export function figureText(
  t: TFunction,
  language: 'nl' | 'en',
  key: string,
  figure: { value: number | null; count: number | null; smallCount: boolean },
  unit: string,
): string {
  return figure.value !== null && figure.smallCount && figure.count !== null
    ? countText(t, key, figure.count)
    : amountText(t, language, figure.value, unit);
}

/** Whether the area has some CBS figure of its own (a buurt has them only where the imported file gave buurt figures). */
export function hasOwnFigures(kompas: Kompas): boolean {
  return kompas.quarters.some((quarter) =>
    quarter.themes.some((theme) =>
      theme.indicators.some((indicator) => indicator.family === 'figures' && indicator.value !== null),
    ),
  );
}
