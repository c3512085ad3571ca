import type { ConsentTextSchema, Me, SessionInfo, UpdateMeBody } from '../../../api/me/me.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { download, request, type LngLat } from './client.ts';

export type { Me, SessionInfo, UpdateMeBody };
export type ConsentText = Static<typeof ConsentTextSchema>;

export function getMe(signal?: AbortSignal): Promise<Me> {
  return request('GET', '/api/me', { signal });
}

export function updateMe(changes: UpdateMeBody): Promise<Me> {
  return request('PATCH', '/api/me', { body: changes });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request('PUT', '/api/me/password', { body: { currentPassword, newPassword } });
}

export function getHomeLocationConsentText(signal?: AbortSignal): Promise<ConsentText> {
  return request('GET', '/api/consent-texts/home-location', { signal });
}

/** Stores the home at a point, or at the point of an address chosen in the address search (by the geocoder's id). */
export function setHomeLocation(where: LngLat | { address: string }, consentTextVersion: string): Promise<Me> {
  const place = 'address' in where ? { address: where.address } : { lng: where.lng, lat: where.lat };
  return request('PUT', '/api/me/home-location', { body: { ...place, consentTextVersion } });
}

export function removeHomeLocation(): Promise<Me> {
  return request('DELETE', '/api/me/home-location');
}

export interface DataExport {
  fileName: string;
  json: string;
}

/** Everything the API stores about me, as the text of a JSON file and the file name the API suggests. */
export async function exportMyData(): Promise<DataExport> {
  const { fileName, text } = await download('/api/me/export', 'krachtkaart-mijn-gegevens.json');
  return { fileName, json: text };
}

export function getMySessions(signal?: AbortSignal): Promise<SessionInfo[]> {
  return request('GET', '/api/me/sessions', { signal });
}

export function endSession(id: string): Promise<void> {
  return request('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`);
}

export function deleteMyAccount(password: string): Promise<void> {
  return request('DELETE', '/api/me', { body: { password } });
}
