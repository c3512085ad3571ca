import type {
  ModerationActionSchema,
  ModerationQueueItemSchema,
  MODERATION_STATUSES,
  ObservationReportBodySchema,
  ObservationSchema,
} from '../../../api/observations/observations.schemas.ts';
import type { Static } from '@sinclair/typebox';
import type { ProfileAreaType } from './areas.ts';
import { postForm, request, type LngLat } from './client.ts';

// The residents' voice: "goes well / could be better", and its moderation by connectors and administrators.

export type Observation = Static<typeof ObservationSchema>;
export type ObservationKind = Observation['kind'];
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
export type ModerationItem = Static<typeof ModerationQueueItemSchema>;
export type ObservationReportBody = Static<typeof ObservationReportBodySchema>;
export type ModerationStep = Static<typeof ModerationActionSchema>;

const observationUrl = (id: string) => `/api/observations/${encodeURIComponent(id)}`;

/** Reports an observation to the connectors of its buurt and the administrators (never saying who reported it). */
export async function reportObservation(id: string, body: ObservationReportBody): Promise<void> {
  await request('POST', `${observationUrl(id)}/reports`, { body });
}

/** What goes well and could be better in a buurt or a wijk. */
export function getAreaObservations(
  areaType: ProfileAreaType,
  code: string,
  signal?: AbortSignal,
): Promise<Observation[]> {
  return request('GET', `/api/observations?${areaType}=${encodeURIComponent(code)}`, { signal });
}

/** The multipart form of POST /api/observations, with the point as the web holds it and the photo as a File. */
export type ObservationInput = Pick<Observation, 'kind' | 'body'> & { lngLat: LngLat; photo: File | null };

/** Sends an observation with its photo; `onProgress` hears the fraction uploaded, when the browser knows it. */
export async function addObservation(
  input: ObservationInput,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const form = new FormData();
  form.set('kind', input.kind);
  form.set('body', input.body);
  form.set('lng', String(input.lngLat.lng));
  form.set('lat', String(input.lngLat.lat));
  if (input.photo !== null) form.set('photo', input.photo);
  return (await postForm<{ id: string }>('/api/observations', form, onProgress)).id;
}

/** What the caller may moderate and needs attention: with open reports, hidden, or both. */
export function getModerationQueue(status: ModerationStatus, signal?: AbortSignal): Promise<ModerationItem[]> {
  return request('GET', `/api/moderation/observations?status=${encodeURIComponent(status)}`, { signal });
}

/** The audit trail of one observation, oldest step first. */
export function getModerationTrail(id: string, signal?: AbortSignal): Promise<ModerationStep[]> {
  return request('GET', `${observationUrl(id)}/moderation`, { signal });
}

export function hideObservation(id: string, reason: string): Promise<void> {
  return request('POST', `${observationUrl(id)}/hide`, { body: { reason } });
}

export function showObservation(id: string, reason = ''): Promise<void> {
  return request('POST', `${observationUrl(id)}/show`, { body: { reason } });
}
