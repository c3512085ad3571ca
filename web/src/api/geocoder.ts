import type { Static } from '@sinclair/typebox';
import type { AddressSuggestionSchema } from '../../../api/geocoder/geocoder.schemas.ts';
import { request } from './client.ts';

export type AddressSuggestion = Static<typeof AddressSuggestionSchema>;

/** Addresses and postcodes matching what was typed (the instance's geocoder; only when `addressSearch` is on). */
export function searchAddresses(query: string, signal?: AbortSignal): Promise<AddressSuggestion[]> {
  return request('GET', `/api/geocoder/suggestions?q=${encodeURIComponent(query)}`, { signal });
}
