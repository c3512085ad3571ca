import type { KompasSchema } from '../../../api/kompas/kompas.schemas.ts';
import type { Static } from '@sinclair/typebox';
import type { ProfileAreaType } from './areas.ts';
import { request, type Language } from './client.ts';

/** A wijk's kompas: quarters, their themes and their indicators, scored against the municipal mean (index 100). */
export type Kompas = Static<typeof KompasSchema>;
export type KompasQuarter = Kompas['quarters'][number];
export type KompasTheme = KompasQuarter['themes'][number];
export type KompasIndicator = KompasTheme['indicators'][number];

/** One indicator of the kompas as GET /api/indicators lists it (the route declares this shape inline). */
export interface IndicatorSummary {
  key: string;
  family: 'figures' | 'assets' | 'judgement';
  quarter: string;
  quarterLabel: string;
  theme: string;
  themeLabel: string;
  label: string;
  explanation: string;
  unit: string;
  direction: 'higher-better' | 'lower-better' | 'descriptive';
  source: string | null;
}

/** One indicator across all wijken, for a choropleth (GET /api/indicators/{key}/wijken). */
export interface IndicatorAcrossWijken {
  indicator: Pick<IndicatorSummary, 'key' | 'label' | 'explanation' | 'unit' | 'direction' | 'family'>;
  reference: number | null;
  referenceIs: 'municipality' | 'mean-of-wijken' | null;
  /** Where the class changes: far below | below | average | above | far above. */
  breaks: [number, number, number, number] | null;
  wijken: {
    code: string;
    name: string;
    value: number | null;
    index: number | null;
    class: KompasIndicator['class'];
    assessment: KompasIndicator['assessment'];
  }[];
}

/** The kompas of a buurt (among the buurten) or a wijk (among the wijken). */
export function getAreaKompas(
  areaType: ProfileAreaType,
  code: string,
  language: Language,
  signal?: AbortSignal,
): Promise<Kompas> {
  const plural = areaType === 'buurt' ? 'buurten' : 'wijken';
  return request('GET', `/api/areas/${plural}/${encodeURIComponent(code)}/kompas?lang=${language}`, { signal });
}

export function getIndicators(language: Language, signal?: AbortSignal): Promise<IndicatorSummary[]> {
  return request('GET', `/api/indicators?lang=${language}`, { signal });
}

export function getIndicatorAcrossWijken(
  key: string,
  language: Language,
  signal?: AbortSignal,
): Promise<IndicatorAcrossWijken> {
  return request('GET', `/api/indicators/${encodeURIComponent(key)}/wijken?lang=${language}`, { signal });
}
