import { describe, expect, it } from 'vitest';
import {
  assess,
  chartIndex,
  classBreaks,
  deviationClass,
  INDEX_BOUNDS,
  indexOf,
  isSmallCount,
  meanAbsoluteDeviation,
  scoreKompas,
  type IndicatorDefinition,
} from '../../api/kompas/kompas-scoring.ts';
import { KOMPAS_MIN_COUNT } from '../../api/shared/policy.ts';

// Worked examples of the Wijkkompas scoring (api/kompas/kompas-scoring.ts), each checked by hand in the comments.
const indicators: IndicatorDefinition[] = [
  { key: 'meeting-places', theme: 'facilities', quarter: 'physical', direction: 'higher-better' },
  { key: 'vacancy', theme: 'housing', quarter: 'physical', direction: 'lower-better' },
  { key: 'over-65', theme: 'age', quarter: 'composition', direction: 'descriptive' },
];

describe('one indicator', () => {
  it('index 100 is the municipal mean; a wijk exactly at the mean scores 100 and is average', () => {
    expect(indexOf(4, 4)).toBe(100);
    expect(indexOf(6, 4)).toBe(150);
    expect(indexOf(null, 4)).toBeNull();
    // A reference of 0 gives no sensible ratio.
    expect(indexOf(3, 0)).toBeNull();
    const kompas = scoreKompas({
      indicators,
      areas: { A: { 'meeting-places': 4 }, B: { 'meeting-places': 2 }, C: { 'meeting-places': 6 } },
      municipality: { 'meeting-places': 4 },
    });
    expect(kompas.A!.indicators['meeting-places']).toMatchObject({
      value: 4,
      reference: 4,
      index: 100,
      deviation: 0,
      class: 'average',
      assessment: 'average',
    });
    // The mean absolute deviation of 4, 2 and 6 around 4 is 4/3: C lies 2 / (4/3) = 1.5 of them above (far above).
    expect(kompas.C!.indicators['meeting-places']).toMatchObject({ index: 150, deviation: 1.5, class: 'far-above' });
    expect(kompas.B!.indicators['meeting-places']).toMatchObject({ index: 50, deviation: -1.5, class: 'far-below' });
  });

  it('classes by the distance to the mean relative to the mean absolute deviation of all areas', () => {
    // Values 80, 100, 120 around 100: MAD = (20 + 0 + 20) / 3 = 13.33; 120 is z = 1.5 from the mean: far above.
    expect(meanAbsoluteDeviation([80, 100, 120], 100)).toBeCloseTo(13.333, 3);
    expect(deviationClass(120, 100, 13.333)).toBe('far-above');
    // 110: z = 0.75, above; 105: z = 0.375, average; 90: z = -0.75, below; 70: z = -2.25, far below.
    expect(deviationClass(110, 100, 13.333)).toBe('above');
    expect(deviationClass(105, 100, 13.333)).toBe('average');
    expect(deviationClass(90, 100, 13.333)).toBe('below');
    expect(deviationClass(70, 100, 13.333)).toBe('far-below');
    // The breaks of a choropleth: 100 ∓ 1.5 × 13.33 and 100 ∓ 0.5 × 13.33.
    expect(classBreaks([80, 100, 120], 100)).toEqual([80, 93.33, 106.67, 120]);
    expect(classBreaks([], 100)).toBeNull();
    // When every area is equal there is no deviation to speak of.
    expect(deviationClass(100, 100, 0)).toBe('average');
  });

  it('direction flips the judgement; a descriptive indicator is never judged', () => {
    expect(assess('above', 'higher-better')).toBe('better');
    expect(assess('above', 'lower-better')).toBe('worse');
    expect(assess('far-below', 'lower-better')).toBe('much-better');
    expect(assess('far-above', 'descriptive')).toBeNull();
    const kompas = scoreKompas({
      indicators,
      areas: { A: { vacancy: 6, 'over-65': 30 }, B: { vacancy: 4, 'over-65': 20 }, C: { vacancy: 2, 'over-65': 10 } },
    });
    // Vacancy 6 against a mean of 4 (MAD 4/3, z = 1.5): far above, which for vacancy is much worse; index 150.
    expect(kompas.A!.indicators.vacancy).toMatchObject({ index: 150, class: 'far-above', assessment: 'much-worse' });
    expect(kompas.C!.indicators.vacancy).toMatchObject({ index: 50, class: 'far-below', assessment: 'much-better' });
    // Many over-65s: far above, but composition is not good or bad.
    expect(kompas.A!.indicators['over-65']).toMatchObject({ index: 150, class: 'far-above', assessment: null });
  });

  it('keeps a missing figure missing: no index, not counted in the mean or the deviation', () => {
    const kompas = scoreKompas({
      indicators,
      areas: { A: { 'meeting-places': 3 }, B: { 'meeting-places': null }, C: { 'meeting-places': 5 } },
    });
    // Mean of the two known values: 4; B has nothing.
    expect(kompas.B!.indicators['meeting-places']).toEqual({
      key: 'meeting-places',
      value: null,
      count: null,
      smallCount: false,
      reference: 4,
      index: null,
      deviation: null,
      class: null,
      assessment: null,
    });
    expect(kompas.A!.indicators['meeting-places']!.index).toBe(75);
  });
});

describe('themes and quarters', () => {
  it('average their judged indicators with equal weight, a lower-is-better index mirrored around 100', () => {
    const kompas = scoreKompas({
      indicators,
      areas: {
        A: { 'meeting-places': 6, vacancy: 6, 'over-65': 30 },
        B: { 'meeting-places': 4, vacancy: 4, 'over-65': 20 },
        C: { 'meeting-places': 2, vacancy: 2, 'over-65': 10 },
      },
      municipality: { 'meeting-places': 4, vacancy: 4, 'over-65': 20 },
    });
    // A: meeting places index 150 (better), vacancy index 150 (worse: oriented 200 - 150 = 50). Physical quarter:
    // (150 + 50) / 2 = 100 — the good and the bad cancel out.
    expect(kompas.A!.themes.facilities).toMatchObject({ index: 150 });
    expect(kompas.A!.themes.housing).toMatchObject({ index: 50 });
    expect(kompas.A!.quarters.physical).toMatchObject({ index: 100, class: 'average', assessment: 'average' });
    // Facilities over the three wijken: 150, 100, 50 around 100 (MAD 33.3): A is z = 1.5, far above: much better.
    expect(kompas.A!.themes.facilities).toMatchObject({ class: 'far-above', assessment: 'much-better' });
    // Housing: A's 50 is far below: much worse.
    expect(kompas.A!.themes.housing).toMatchObject({ class: 'far-below', assessment: 'much-worse' });
    // A theme or quarter of descriptive indicators only has no score.
    expect(kompas.A!.themes.age).toEqual({ index: null, class: null, assessment: null });
    expect(kompas.A!.quarters.composition).toEqual({ index: null, class: null, assessment: null });
    // The wijk at the municipal figures scores 100 everywhere.
    expect(kompas.B!.quarters.physical).toMatchObject({ index: 100, class: 'average' });
  });

  it('averages only the indicators that have a figure', () => {
    const kompas = scoreKompas({
      indicators,
      areas: { A: { 'meeting-places': 5, vacancy: null }, B: { 'meeting-places': 3, vacancy: 4 } },
      municipality: { 'meeting-places': 4, vacancy: 4 },
    });
    // A's physical quarter is its facilities index alone: 125.
    expect(kompas.A!.quarters.physical!.index).toBe(125);
    // B: (75 + (200 - 100)) / 2 = 87.5.
    expect(kompas.B!.quarters.physical!.index).toBe(87.5);
  });
});

describe('bounds and small counts', () => {
  it('the chart reads an index within 40–160; beyond, it says so and the true index stays in the score', () => {
    expect(INDEX_BOUNDS).toEqual({ low: 40, high: 160 });
    expect(chartIndex(100)).toEqual({ index: 100, beyond: null });
    expect(chartIndex(160)).toEqual({ index: 160, beyond: null });
    expect(chartIndex(1380)).toEqual({ index: 160, beyond: 'above' });
    expect(chartIndex(12)).toEqual({ index: 40, beyond: 'below' });
    // 14 meeting places where the municipality has 1: the score keeps the true index of 1400.
    const kompas = scoreKompas({
      indicators,
      areas: { A: { 'meeting-places': 14 }, B: { 'meeting-places': 1 } },
      municipality: { 'meeting-places': 1 },
      counts: { A: { 'meeting-places': 14 }, B: { 'meeting-places': 6 } },
    });
    expect(kompas.A!.indicators['meeting-places']).toMatchObject({ index: 1400, count: 14, smallCount: false });
  });

  it(`an indicator resting on fewer than ${KOMPAS_MIN_COUNT} things is its count: no index, class or judgement, and no part of its theme`, () => {
    expect(isSmallCount(KOMPAS_MIN_COUNT - 1)).toBe(true);
    expect(isSmallCount(0)).toBe(true);
    expect(isSmallCount(KOMPAS_MIN_COUNT)).toBe(false);
    expect(isSmallCount(null)).toBe(false);
    const kompas = scoreKompas({
      indicators,
      areas: { A: { 'meeting-places': 8, vacancy: 4 }, B: { 'meeting-places': 4, vacancy: 4 } },
      municipality: { 'meeting-places': 4, vacancy: 4 },
      // A's 8 per 1,000 are 2 meeting places; B's 4 per 1,000 are 20.
      counts: { A: { 'meeting-places': 2 }, B: { 'meeting-places': 20 } },
    });
    expect(kompas.A!.indicators['meeting-places']).toEqual({
      key: 'meeting-places',
      value: 8,
      count: 2,
      smallCount: true,
      reference: 4,
      deviation: null,
      index: null,
      class: null,
      assessment: null,
    });
    // Its theme has no other indicator: no score; the quarter is the housing index alone.
    expect(kompas.A!.themes.facilities).toEqual({ index: null, class: null, assessment: null });
    expect(kompas.A!.quarters.physical!.index).toBe(100);
    expect(kompas.B!.indicators['meeting-places']).toMatchObject({ index: 100, count: 20, smallCount: false });
  });
});
