import { describe, expect, it } from 'vitest';
import type { Kompas } from '../../web/src/api/kompas.ts';
import { formatNumber, levelView, ringSegmentPath, unitKey, wrapLabel } from '../../web/src/kompas/kompas-view.ts';

const indicator = (key: string, value: number | null) => ({
  key,
  family: 'figures' as const,
  label: key,
  explanation: '',
  unit: '%',
  direction: 'higher-better' as const,
  value,
  count: null,
  smallCount: false,
  reference: 10,
  referenceIs: 'municipality' as const,
  index: value === null ? null : value * 10,
  deviation: value === null ? null : 0,
  class: value === null ? null : ('average' as const),
  assessment: value === null ? null : ('average' as const),
  source: { title: 'Kerncijfers', publisher: 'CBS', year: 2024 },
});
const scored = { index: 100, class: 'average' as const, assessment: 'average' as const };
const kompas: Kompas = {
  area: { type: 'wijk', code: 'WK1', name: 'Wijk' },
  wijk: { code: 'WK1', name: 'Wijk', buurten: [] },
  municipality: { code: 'GM1', name: 'Tilburg' },
  quarters: [
    {
      key: 'q1',
      label: 'Q1',
      ...scored,
      themes: [{ key: 't1', label: 'T1', ...scored, indicators: [indicator('a', 1), indicator('b', null)] }],
    },
    {
      key: 'q2',
      label: 'Q2',
      ...scored,
      themes: [
        { key: 't2', label: 'T2', ...scored, indicators: [indicator('c', 2)] },
        { key: 't3', label: 'T3', ...scored, indicators: [] },
      ],
    },
  ],
};

describe('the kompas levels', () => {
  it('shows the quarters with their themes, a quarter with its themes and indicators, a theme with its indicators', () => {
    const all = levelView(kompas, { kind: 'all' });
    expect(all.segments.map((segment) => [segment.key, segment.children.map((child) => child.key)])).toEqual([
      ['q1', ['t1']],
      ['q2', ['t2', 't3']],
    ]);
    expect(all.groups).toHaveLength(3);
    const quarter = levelView(kompas, { kind: 'quarter', quarter: 'q1' });
    expect(quarter.segments[0]).toMatchObject({ key: 't1', opens: { kind: 'theme', quarter: 'q1', theme: 't1' } });
    expect(quarter.segments[0]!.children.map((child) => [child.key, child.noData])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    const theme = levelView(kompas, { kind: 'theme', quarter: 'q2', theme: 't2' });
    expect(theme.segments.map((segment) => [segment.key, segment.opens])).toEqual([['c', null]]);
    expect(theme.groups.map((group) => group.theme.key)).toEqual(['t2']);
  });

  it('falls back to every quarter for a quarter or theme the kompas lacks', () => {
    expect(
      levelView(kompas, { kind: 'theme', quarter: 'q1', theme: 'nope' }).segments.map((segment) => segment.key),
    ).toEqual(['q1', 'q2']);
  });
});

describe('the chart geometry and words', () => {
  it('draws a ring segment clockwise from the top, and a whole ring just short of closing', () => {
    expect(ringSegmentPath(50, 100, 0, 90)).toBe('M 0 -100 A 100 100 0 0 1 100 0 L 50 0 A 50 50 0 0 0 0 -50 Z');
    expect(ringSegmentPath(50, 100, 0, 360)).toContain(' 0 1 1 ');
  });

  it('wraps labels between words, names units and formats numbers per language', () => {
    expect(wrapLabel('Fysieke omgeving', 10)).toEqual(['Fysieke', 'omgeving']);
    expect(wrapLabel('Leefbaarheid')).toEqual(['Leefbaarheid']);
    expect([unitKey('%'), unitKey('per 1,000'), unitKey('furlongs')]).toEqual(['percent', 'per1000', 'other']);
    expect(formatNumber(2.345, 'nl')).toBe('2,35');
    expect(formatNumber(1234.5, 'nl')).toBe('1.235');
    expect(formatNumber(12.34, 'en')).toBe('12.3');
  });
});
