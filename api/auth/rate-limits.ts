import type { RateLimitSettings } from '../shared/rate-limit.ts';

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
