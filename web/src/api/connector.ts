import type {
  AreaConnectionsQuery,
  AreaConnectionsSchema,
  AreaCsvQuery,
  BuurtConnectorSchema,
  ConnectorAreaSchema,
} from '../../../api/connector/connector-area.schemas.ts';
import type { PartyRefSchema } from '../../../api/introductions/introductions.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { create, languageParam, request } from './client.ts';

export type ConnectorArea = Static<typeof ConnectorAreaSchema>;
export type BuurtConnector = Static<typeof BuurtConnectorSchema>;

export type AreaConnections = Static<typeof AreaConnectionsSchema>;
export type AreaSuggestion = AreaConnections['suggestions'][number];
export type AreaPartyRef = Static<typeof PartyRefSchema>;
export type AreaCsvTable = NonNullable<Static<typeof AreaCsvQuery>['table']>;
/** Which buurt, rule and page of pairs the area view shows (the language goes separately). */
export type AreaQuery = Omit<Static<typeof AreaConnectionsQuery>, 'lang'>;

const areaUrl = (code: string) => `/api/connector/areas/${encodeURIComponent(code)}`;

export function getConnectorAreas(signal?: AbortSignal): Promise<ConnectorArea[]> {
  return request('GET', '/api/connector/areas', { signal });
}

export function getAreaConnections(
  code: string,
  language: string,
  query: AreaQuery = {},
  signal?: AbortSignal,
): Promise<AreaConnections> {
  const params = new URLSearchParams({ lang: languageParam(language) });
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return request('GET', `${areaUrl(code)}/connections?${params.toString()}`, { signal });
}

/** The address of one table of the area view as a CSV file (a plain link: the browser downloads it). */
export function areaCsvUrl(code: string, table: AreaCsvTable, language: string): string {
  return `${areaUrl(code)}/connections.csv?table=${table}&lang=${languageParam(language)}`;
}

/** A connector introduces two parties of their area to each other; both must accept. */
export function introduceParties(
  parties: [AreaPartyRef, AreaPartyRef],
  note: string,
  suggestion?: string,
): Promise<string> {
  return create('/api/connector/introductions', { parties, note, ...(suggestion ? { suggestion } : {}) });
}

/** The connectors who act for a buurt, by display name: anyone may see them, and a resident of the buurt ask them. */
export function getBuurtConnectors(buurtCode: string, signal?: AbortSignal): Promise<BuurtConnector[]> {
  return request('GET', `/api/areas/buurten/${encodeURIComponent(buurtCode)}/connectors`, { signal });
}
