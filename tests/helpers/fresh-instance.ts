import { Writable } from 'node:stream';
import { buildApp, type App, type AppOptions } from '../../api/app.ts';
import { prepareDatabase } from '../../api/plugins/database.ts';
import { openDatabase } from '../../db/database.ts';

export interface FreshInstance {
  app: App;
  /** Everything the app logged so far, one JSON line each. */
  readonly log: string;
  /** The set-up code the app printed at its start (the last one). */
  setupCode(): string;
  close(): Promise<void>;
}

/**
 * A new instance as an operator gets it with SEED_ON_START=false: its own empty embedded database (migrated, the
 * taxonomy loaded, no areas, no accounts) and the app on it, its log captured.
 */
export async function startFreshInstance(
  options: Partial<Pick<AppOptions, 'rateLimits'>> = {},
): Promise<FreshInstance> {
  const database = await openDatabase({ DATABASE_URL: undefined, DATA_DIR: 'memory://' }, () => {});
  const lines: string[] = [];
  let app: App;
  try {
    await prepareDatabase(database, { seedIfEmpty: false }, () => {});
    app = await buildApp({
      ...options,
      database: { connectionString: database.connectionString, kind: database.kind, poolMax: 1 },
      webDistDir: process.env.WEB_DIST_DIR ?? 'dist/web',
      publicUrl: 'http://localhost:3000',
      logger: {
        level: 'warn',
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            lines.push(chunk.toString());
            done();
          },
        }),
      },
    });
    await app.ready();
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    app,
    get log() {
      return lines.join('');
    },
    setupCode() {
      const codes = [...lines.join('').matchAll(/set-up code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/g)];
      const code = codes.at(-1)?.[1];
      if (!code) throw new Error(`no set-up code in the log:\n${lines.join('')}`);
      return code;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
