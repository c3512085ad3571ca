import type {
  IndicatorAcrossWijkenSchema,
  IndicatorSummarySchema,
  KompasSchema,
} from '../../../api/kompas/kompas.schemas.ts';
import type { Static } from '@sinclair/typebox';
import type { ProfileAreaType } from './areas.ts';
import { request, type Language } from './client.ts';

/** A wijk's kompas: quarters, their themes and their indicators, scored against the municipal mean (index 100). */
export type Kompas = Static<typeof KompasSchema>;
export type KompasQuarter = Kompas['quarters'][number];
export type KompasTheme = KompasQuarter['themes'][number];
export type KompasIndicator = KompasTheme['indicators'][number];

/** One indicator of the kompas as GET /api/indicators lists it. */
export type IndicatorSummary = Static<typeof IndicatorSummarySchema>;
/** One indicator across all wijken, for a choropleth (GET /api/indicators/{key}/wijken). */
export type IndicatorAcrossWijken = Static<typeof IndicatorAcrossWijkenSchema>;

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

/** One indicator across the wijken of a municipality (without one, the largest loaded). */
export function getIndicatorAcrossWijken(
  key: string,
  language: Language,
  municipality: string | null,
  signal?: AbortSignal,
): Promise<IndicatorAcrossWijken> {
  const of = municipality === null ? '' : `&municipality=${encodeURIComponent(municipality)}`;
  return request('GET', `/api/indicators/${encodeURIComponent(key)}/wijken?lang=${language}${of}`, { signal });
}
