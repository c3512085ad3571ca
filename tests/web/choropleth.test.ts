import { describe, expect, it } from 'vitest';
import type { IndicatorAcrossWijken, IndicatorSummary } from '../../web/src/api/kompas.ts';
import {
  assessmentOfTone,
  choroplethKeyFromSearch,
  groupIndicators,
  legendRows,
  searchWithChoropleth,
  toneClassName,
  toneOfClass,
  toneOfWijk,
} from '../../web/src/map-page/choropleth.ts';

const wijk = (
  code: string,
  value: number | null,
  deviation: IndicatorAcrossWijken['wijken'][number]['class'],
  assessment: IndicatorAcrossWijken['wijken'][number]['assessment'] = null,
) => ({
  code,
  name: code,
  value,
  count: null,
  smallCount: false,
  index: value,
  class: deviation,
  assessment,
});

function across(
  direction: IndicatorSummary['direction'],
  wijken: IndicatorAcrossWijken['wijken'],
): IndicatorAcrossWijken {
  return {
    municipality: { code: 'GM0855', name: 'Tilburg' },
    indicator: { key: 'k', label: 'K', explanation: '', unit: '%', direction, family: 'figures' },
    reference: 10,
    referenceIs: 'municipality',
    breaks: [4, 8, 12, 16],
    wijken,
  };
}

const indicator = (key: string, family: IndicatorSummary['family'], themeLabel: string): IndicatorSummary => ({
  key,
  family,
  quarter: 'q',
  quarterLabel: 'Q',
  theme: themeLabel.toLowerCase(),
  themeLabel,
  label: key,
  explanation: '',
  unit: '%',
  direction: 'descriptive',
  source: null,
});

describe('the choropleth of the wijken', () => {
  it('colours a judged class by its judgement, mirrored when lower is better, and composition in the neutral sequence', () => {
    expect(toneOfClass('far-above', 'higher-better')).toBe('much-better');
    expect(toneOfClass('far-above', 'lower-better')).toBe('much-worse');
    expect(toneOfClass('below', 'lower-better')).toBe('better');
    expect(toneOfClass('far-above', 'descriptive')).toBe('sequential-far-above');
    expect(toneClassName('better')).toBe('kompas-segment--better');
    expect(toneClassName('sequential-below')).toBe('choropleth-tone--sequential-below');
    expect(assessmentOfTone('much-worse')).toBe('much-worse');
    expect(assessmentOfTone('sequential-average')).toBeNull();
  });

  it('fills a wijk by the judgement the API gives, never judges composition, and shows a missing value as no data', () => {
    expect(toneOfWijk(wijk('a', 5, 'below', 'worse'), 'higher-better')).toBe('worse');
    expect(toneOfWijk(wijk('b', 5, 'below'), 'descriptive')).toBe('sequential-below');
    expect(toneOfWijk(wijk('c', null, null), 'higher-better')).toBe('none');
  });

  it('gives each class its range between the breaks and counts its wijken, leaving out those without data', () => {
    const rows = legendRows(
      across('lower-better', [
        wijk('a', 2, 'far-below', 'much-better'),
        wijk('b', 3, 'far-below', 'much-better'),
        wijk('c', 10, 'average', 'average'),
        wijk('d', null, null),
      ]),
    );
    expect(rows.map(({ deviation, tone, from, to, count }) => [deviation, tone, from, to, count])).toEqual([
      ['far-below', 'much-better', null, 4, 2],
      ['below', 'better', 4, 8, 0],
      ['average', 'average', 8, 12, 1],
      ['above', 'worse', 12, 16, 0],
      ['far-above', 'much-worse', 16, null, 0],
    ]);
    expect(legendRows({ ...across('descriptive', []), breaks: null })).toEqual([]);
    // Every wijk the same: the breaks coincide, and only the open ends and the class with the wijken remain.
    const flat = legendRows({
      ...across('higher-better', [wijk('a', 0, 'average', 'average'), wijk('b', 0, 'average', 'average')]),
      breaks: [0, 0, 0, 0],
    });
    expect(flat.map((row) => [row.deviation, row.from, row.to, row.count])).toEqual([
      ['far-below', null, 0, 0],
      ['average', 0, 0, 2],
      ['far-above', 0, null, 0],
    ]);
    // Breaks below zero for values that cannot be negative: the class of only negative values goes, the next is open below.
    const low = legendRows({
      ...across('higher-better', [
        wijk('a', 0, 'below', 'worse'),
        wijk('b', 0.5, 'average', 'average'),
        wijk('c', 1.2, 'far-above', 'much-better'),
      ]),
      breaks: [-0.24, 0.19, 0.61, 1.04],
    });
    expect(low.map((row) => [row.deviation, row.from, row.to, row.count])).toEqual([
      ['below', null, 0.19, 1],
      ['average', 0.19, 0.61, 1],
      ['above', 0.61, 1.04, 0],
      ['far-above', 1.04, null, 1],
    ]);
  });

  it('groups the indicators in runs of family and theme, keeping their order', () => {
    const groups = groupIndicators([
      indicator('a', 'figures', 'Age'),
      indicator('b', 'figures', 'Age'),
      indicator('c', 'figures', 'Homes'),
      indicator('d', 'assets', 'Homes'),
    ]);
    expect(groups.map((group) => [group.family, group.themeLabel, group.indicators.map((one) => one.key)])).toEqual([
      ['figures', 'Age', ['a', 'b']],
      ['figures', 'Homes', ['c']],
      ['assets', 'Homes', ['d']],
    ]);
  });

  it('keeps the indicator in the address beside the other parameters and ignores a malformed one', () => {
    const params = new URLSearchParams('wijk=WK085561&view=list');
    const coloured = searchWithChoropleth(params, 'household-size');
    expect(coloured.toString()).toBe('wijk=WK085561&view=list&kleur=household-size');
    expect(choroplethKeyFromSearch(coloured)).toBe('household-size');
    expect(searchWithChoropleth(coloured, null).toString()).toBe('wijk=WK085561&view=list');
    expect(choroplethKeyFromSearch(new URLSearchParams('kleur=<script>'))).toBeNull();
  });
});
