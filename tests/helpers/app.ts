import { inject } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../api/app.ts';
import { DEFAULT_AUTH_RATE_LIMITS } from '../../api/auth/rate-limits.ts';

/** The real app on the run's test database (see global-setup.ts), as every test uses it. */
export async function buildTestApp(
  database: { poolMax?: number; connectionTimeoutMs?: number } = {},
  options: Partial<
    Pick<AppOptions, 'rateLimits' | 'publicUrl' | 'introductionsPerDay' | 'probeLimits' | 'logger'>
  > = {},
): Promise<App> {
  const app = await buildApp({
    ...options,
    database: { connectionString: inject('databaseUrl'), kind: inject('databaseKind'), poolMax: 5, ...database },
    // A helper building elsewhere (two builds at once would empty each other's folder) can point tests at it.
    webDistDir: process.env.WEB_DIST_DIR ?? 'dist/web',
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
  });
  await app.ready();
  return app;
}

/**
 * Auth rate limits for browser suites: every sign-up comes from the same loopback address, so sign-up allows 100 an
 * hour per address; the rest (log-in included) keeps its real limits, which tests/api tests.
 */
export const MANY_SIGNUPS_RATE_LIMITS: NonNullable<AppOptions['rateLimits']> = {
  ...DEFAULT_AUTH_RATE_LIMITS,
  signup: { ...DEFAULT_AUTH_RATE_LIMITS.signup, perIp: { points: 100, duration: 3600 } },
};
