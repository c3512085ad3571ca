import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import errors from './plugins/errors.ts';
import database, { type DatabasePluginOptions } from './plugins/database.ts';
import openapi from './plugins/openapi.ts';
import web from './plugins/web.ts';
import healthRoutes from './health/health.routes.ts';
import areasRoutes from './areas/areas.routes.ts';

export interface AppOptions {
  database: DatabasePluginOptions;
  webDistDir: string;
  logger?: FastifyServerOptions['logger'];
}

/** The whole application as one plugin tree; the table of contents of the API. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: 256 * 1024,
    ajv: { customOptions: { allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Plugins, in dependency order
  await app.register(errors);
  await app.register(compress, { threshold: 2048 });
  await app.register(database, options.database);
  await app.register(openapi);

  // Features
  await app.register(healthRoutes);
  await app.register(areasRoutes);

  // The web app last: it owns the not-found handler (index.html for pages, JSON 404 for the API)
  await app.register(web, { distDir: options.webDistDir });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
