import type { Limit, RateLimitSettings } from '../shared/rate-limit.ts';

export interface AuthRateLimits {
  login: RateLimitSettings;
  signup: RateLimitSettings;
  passwordReset: RateLimitSettings;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Per IP the limits leave room for a household or a community centre behind one address; per account they stop
 * guessing one person's password or flooding one inbox.
 */
export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  login: { perIp: { points: 30, duration: 15 * MINUTE }, perAccount: { points: 10, duration: 15 * MINUTE } },
  signup: { perIp: { points: 10, duration: HOUR }, perAccount: { points: 3, duration: HOUR } },
  passwordReset: { perIp: { points: 10, duration: HOUR }, perAccount: { points: 3, duration: HOUR } },
};

/**
 * Limits on what could be used to probe where a resident lives: suggestions measure from home cells, so whoever moves
 * their own point of view (their home, an organisation's location) and asks again learns distances between cells. A
 * few moves a day is plenty for anyone who really moved; the suggestion requests leave room for a busy afternoon.
 */
export interface ProbeLimits {
  homeMoves: Limit;
  organisationMoves: Limit;
  suggestions: Limit;
  /** Address searches while saying where one lives: each is a question to the geocoder. */
  addressSearches: Limit;
}

export const DEFAULT_PROBE_LIMITS: ProbeLimits = {
  homeMoves: { points: 10, duration: 24 * HOUR },
  organisationMoves: { points: 10, duration: 24 * HOUR },
  suggestions: { points: 300, duration: HOUR },
  addressSearches: { points: 200, duration: HOUR },
};
