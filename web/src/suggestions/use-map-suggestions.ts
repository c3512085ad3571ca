import { getMySuggestions, type Suggestions } from '../api/suggestions.ts';
import { useApiData, type UseApiDataResult } from '../use-api-data.ts';

/** My suggestions for the map, asked for only while the layer is on (and anew for another account or language). */
export function useMapSuggestions(
  enabled: boolean,
  userId: string | null,
  language: string,
): UseApiDataResult<Suggestions | null> {
  return useApiData(
    (signal) => (enabled && userId !== null ? getMySuggestions(language, signal) : Promise.resolve(null)),
    [enabled, userId, language],
  );
}
