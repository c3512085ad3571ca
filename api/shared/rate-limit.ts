import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from './http-error.ts';

export interface Limit {
  /** Attempts allowed in the window. */
  points: number;
  /** Window in seconds. */
  duration: number;
}

export interface RateLimitSettings {
  perIp: Limit;
  perAccount: Limit;
}

function tooManyAttempts(retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return tooManyRequests(`Too many attempts. Try again in ${minutes} minute(s).`, retryAfterSeconds);
}

/**
 * A pair of limits on one action: per client IP, and per account (the e-mail address the request names), so neither
 * one address nor one machine can try endlessly. The hook answers 429 with Retry-After when either is spent.
 */
export function rateLimit(
  name: string,
  settings: RateLimitSettings,
  accountKey: (request: FastifyRequest) => string | undefined,
): preHandlerAsyncHookHandler {
  const perIp = new RateLimiterMemory({ keyPrefix: `${name}:ip`, ...settings.perIp });
  const perAccount = new RateLimiterMemory({ keyPrefix: `${name}:account`, ...settings.perAccount });
  return async function checkRateLimit(request) {
    const account = accountKey(request)?.trim().toLowerCase();
    try {
      await perIp.consume(request.ip);
      if (account) await perAccount.consume(account);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooManyAttempts(rejection.msBeforeNext / 1000);
      throw rejection;
    }
  };
}

/**
 * A limit per logged-in account on an action (the route's access rule has put `request.user` there), optionally only
 * when `applies` says the request does the limited thing. Answers 429 with Retry-After when spent.
 */
export function accountRateLimit(
  name: string,
  limit: Limit,
  applies: (request: FastifyRequest) => boolean = () => true,
): preHandlerAsyncHookHandler {
  const limiter = new RateLimiterMemory({ keyPrefix: `${name}:user`, ...limit });
  return async function checkAccountRateLimit(request) {
    if (!request.user || !applies(request)) return;
    try {
      await limiter.consume(request.user.id);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooManyAttempts(rejection.msBeforeNext / 1000);
      throw rejection;
    }
  };
}
