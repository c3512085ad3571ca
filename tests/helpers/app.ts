import { inject } from 'vitest';
import { buildApp, type App } from '../../api/app.ts';

/** The real app on the run's test database (see global-setup.ts), as every test uses it. */
export async function buildTestApp(database: { poolMax?: number; connectionTimeoutMs?: number } = {}): Promise<App> {
  const app = await buildApp({
    database: { connectionString: inject('databaseUrl'), kind: inject('databaseKind'), poolMax: 5, ...database },
    webDistDir: 'dist/web',
  });
  await app.ready();
  return app;
}
