/**
 * The privacy and freshness rules, each written once. TypeScript uses these constants; SQL receives them as query
 * parameters, or (for functions, triggers and views that cannot take parameters) from the policy functions that the
 * database setup creates from `databasePolicy` below. Change a value here and every place follows.
 */

/** The fewest residents a group on the map, in a summary or in a survey result may show. */
export const K_ANONYMITY = 5;

/**
 * Only accounts with a confirmed e-mail address that are at least this many days old count toward k, so a few fresh
 * accounts cannot make up a group around one resident.
 */
export const COUNTED_ACCOUNT_MIN_AGE_DAYS = 7;

/**
 * Residents appear on the map only as counts per cell of the Dutch national grid (RD New) of this size, in metres:
 * the size CBS publishes its own square statistics in.
 */
export const CELL_SIZE_M = 250;

/** Items, organisations and places not confirmed for this long are marked "still active?" and their owners are asked. */
export const STALE_AFTER_MONTHS = 12;

/** Distances to residents are given in these bands only (metres): exact distances from several points reveal a home. */
export const DISTANCE_BANDS_M = [500, 1000, 2000, 3000] as const;

/**
 * An indicator of the kompas that rests on fewer things than this (2 associations, 1 connector) shows that count, not
 * an index or a judgement: a ratio of so few looks dramatic and says little.
 */
export const KOMPAS_MIN_COUNT = 5;

/** The rules as the database's policy functions take them (see db/: the policy functions are made from this). */
export const databasePolicy = {
  kAnonymity: K_ANONYMITY,
  countedAccountMinAgeDays: COUNTED_ACCOUNT_MIN_AGE_DAYS,
  cellSizeM: CELL_SIZE_M,
  staleAfterMonths: STALE_AFTER_MONTHS,
} as const;
