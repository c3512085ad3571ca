/** The contribute pages. Dutch paths, as the rest of the app's. */
export const CONTRIBUTE_PATHS = {
  start: '/bijdragen',
  inventory: '/bijdragen/talenten',
  organisation: '/bijdragen/organisatie',
  place: '/bijdragen/plek',
  thing: '/bijdragen/spullen',
  story: '/bijdragen/verhaal',
} as const;

/** The map, showing one buurt. */
export function mapOfBuurt(code: string): string {
  return `/?buurt=${encodeURIComponent(code)}`;
}
