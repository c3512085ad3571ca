import type { SuggestionSchema, SuggestionsResponse } from '../../../api/suggestions/suggestions.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { languageParam, request } from './client.ts';

export type Suggestion = Static<typeof SuggestionSchema>;
/** Where to show it on a map: a place or organisation exactly, a resident only as their buurt. */
export type SuggestionLocation = Suggestion['location'];
export type Suggestions = SuggestionsResponse;

export function getMySuggestions(language: string, signal?: AbortSignal): Promise<Suggestions> {
  return request('GET', `/api/me/suggestions?lang=${languageParam(language)}`, { signal });
}

export function getOrganisationSuggestions(id: string, language: string, signal?: AbortSignal): Promise<Suggestions> {
  const path = `/api/organisations/${encodeURIComponent(id)}/suggestions?lang=${languageParam(language)}`;
  return request('GET', path, { signal });
}

export function dismissSuggestion(subject: string, suggestion: string): Promise<void> {
  return request('POST', '/api/suggestions/feedback', { body: { subject, suggestion, action: 'dismissed' } });
}
