import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp, type App, type AppOptions } from '../../api/app.ts';
import { DEFAULT_AUTH_RATE_LIMITS } from '../../api/auth/rate-limits.ts';

/** The real app on the run's test database (see global-setup.ts), as every test uses it. */
export async function buildTestApp(
  database: { poolMax?: number; connectionTimeoutMs?: number } = {},
  options: Partial<
    Pick<
      AppOptions,
      | 'rateLimits'
      | 'publicUrl'
      | 'introductionsPerDay'
      | 'probeLimits'
      | 'logger'
      | 'areaImportMaxBytes'
      | 'geocoderUrl'
      | 'mail'
    >
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
 * The real app (with `buildTestApp`'s arguments) for the suite this is called in: built before its tests (and before
 * any `beforeAll` the suite registers after this call), closed after them. The returned app stands in for it from
 * then on; using it while the suite is only being defined throws.
 */
export function useTestApp(...appArguments: Parameters<typeof buildTestApp>): App {
  let built: App | undefined;
  beforeAll(async () => {
    built = await buildTestApp(...appArguments);
  });
  afterAll(() => built?.close());
  return new Proxy({} as App, {
    get(_, key) {
      if (built === undefined)
        throw new Error(`the app is not built yet (${String(key)} read before the suite's beforeAll)`);
      const value: unknown = Reflect.get(built, key, built);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(built) : value;
    },
  });
}

/**
 * Auth rate limits for browser suites: every sign-up comes from the same loopback address, so sign-up allows 100 an
 * hour per address; the rest (log-in included) keeps its real limits, which tests/api tests.
 */
export const MANY_SIGNUPS_RATE_LIMITS: NonNullable<AppOptions['rateLimits']> = {
  ...DEFAULT_AUTH_RATE_LIMITS,
  signup: { ...DEFAULT_AUTH_RATE_LIMITS.signup, perIp: { points: 100, duration: 3600 } },
};
