/** The query parameter that carries where to go after logging in or signing up. */
export const RETURN_PARAM = 'terug';

/**
 * Only a path on this site is followed: `//evil.example` or `https://…` would turn the log-in page into a
 * redirector to any site (an open redirect).
 */
export function safeReturnPath(value: string | null): string | null {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

export function withReturnPath(page: string, returnPath: string): string {
  return `${page}?${new URLSearchParams({ [RETURN_PARAM]: returnPath }).toString()}`;
}
