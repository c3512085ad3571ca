/** A date and time from the API (ISO 8601) in the reader's language, e.g. "3 dec. 2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
}

/** A point as people read it: latitude first, five decimals (about a metre). */
export function formatLngLat({ lng, lat }: { lng: number; lat: number }): string {
  return `${lat.toFixed(5)}, ${lng.toFixed(5)}`;
}
