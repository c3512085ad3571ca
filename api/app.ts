import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyRequest, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import errors, { rejectEmptyQueryValues } from './plugins/errors.ts';
import database, { type DatabasePluginOptions } from './plugins/database.ts';
import openapi from './plugins/openapi.ts';
import security, { originFormUrl } from './plugins/security.ts';
import context, { type AppSettings } from './plugins/context.ts';
import auth from './plugins/auth.ts';
import authorization from './plugins/authorization.ts';
import web from './plugins/web.ts';
import instance from './plugins/instance.ts';
import { outboxMailer, type Mailer } from './shared/mailer.ts';
import { defaultMailFrom } from './config.ts';
import { geocoderService } from './geocoder/geocoder.service.ts';
import { buildValidator } from './shared/validation.ts';
import { DEFAULT_AUTH_RATE_LIMITS, DEFAULT_PROBE_LIMITS } from './auth/rate-limits.ts';
import healthRoutes from './health/health.routes.ts';
import areasRoutes from './areas/areas.routes.ts';
import authRoutes from './auth/auth.routes.ts';
import meRoutes from './me/me.routes.ts';
import organisationsRoutes from './organisations/organisations.routes.ts';
import connectorRoutes from './connector/connector.routes.ts';
import suggestionsRoutes from './suggestions/suggestions.routes.ts';
import introductionsRoutes from './introductions/introductions.routes.ts';
import followsRoutes from './follows/follows.routes.ts';
import kompasRoutes from './kompas/kompas.routes.ts';
import surveysRoutes from './surveys/surveys.routes.ts';
import observationsRoutes from './observations/observations.routes.ts';
import agendasRoutes from './agendas/agendas.routes.ts';
import mailRoutes from './mail/mail.routes.ts';
import { DEFAULT_INTRODUCTIONS_PER_DAY } from './introductions/introductions.service.ts';
import adminRoutes from './admin/admin.routes.ts';
import areaImportRoutes, { DEFAULT_AREA_IMPORT_MAX_BYTES } from './areas/import/area-import.routes.ts';
import taxonomyRoutes from './taxonomy/taxonomy.routes.ts';
import assetsRoutes from './assets/assets.routes.ts';
import instanceRoutes from './instance/instance.routes.ts';
import setupRoutes from './setup/setup.routes.ts';
import geocoderRoutes from './geocoder/geocoder.routes.ts';
import ogcRoutes from './ogc/ogc.routes.ts';

export interface AppOptions {
  database: DatabasePluginOptions;
  webDistDir: string;
  /** Where people open the app (links in e-mails); https:// also makes cookies Secure. */
  publicUrl: string;
  /** Signs cookies; when absent the app keeps a generated one in the database. */
  sessionSecret?: string;
  mailer?: Mailer;
  /** The sender of every mail, and whether a mail server sends the outbox (SMTP_URL); default: none, queue only. */
  mail?: AppSettings['mail'];
  /** The base URL of a geocoder that speaks PDOK Locatieserver's protocol; without it there is no address search. */
  geocoderUrl?: string;
  rateLimits?: AppSettings['rateLimits'];
  introductionsPerDay?: number;
  /** The largest area file an administrator may upload (default 512 MB). */
  areaImportMaxBytes?: number;
  probeLimits?: AppSettings['probeLimits'];
  logger?: FastifyServerOptions['logger'];
}

/**
 * How a request appears in the log: as Fastify logs it, but what someone typed into the address search (their
 * address, or a neighbour's) never reaches a log line: its query string is left out.
 */
const requestLogSerializer = (request: FastifyRequest) => ({
  method: request.method,
  url: request.url.startsWith('/api/geocoder/') ? request.url.split('?')[0] : request.url,
  host: request.host,
  remoteAddress: request.ip,
  remotePort: request.socket?.remotePort,
});

/** The whole application as one plugin tree; the table of contents of the API. */
export async function buildApp(options: AppOptions) {
  const logger = options.logger;
  const app = Fastify({
    logger:
      typeof logger === 'object' && logger !== null
        ? { ...logger, serializers: { req: requestLogSerializer, ...logger.serializers } }
        : (logger ?? false),
    genReqId: () => randomUUID(),
    rewriteUrl: originFormUrl,
    bodyLimit: 256 * 1024,
    // Unknown fields are refused, not silently dropped: a client learns its mistake, and nobody can slip in a field
    // such as `isAdmin` (mass assignment).
    ajv: { customOptions: { allErrors: false, removeAdditional: false, discriminator: true } },
    schemaController: { compilersFactory: { buildValidator } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const https = options.publicUrl.startsWith('https://');

  // Plugins, in dependency order
  await app.register(errors);
  await app.register(security, { https });
  // Fast settings: a city-wide map answer is ~600 KiB of JSON; gzip level 6 spent 20 ms on it, level 3 half that for
  // a few per cent more bytes (brotli quality 4 is the plugin's default already).
  await app.register(compress, { threshold: 2048, zlibOptions: { level: 3 } });
  await app.register(database, options.database);
  await app.register(instance);
  await app.register(context, {
    mailer: options.mailer ?? outboxMailer,
    geocoder: geocoderService(options.geocoderUrl),
    settings: {
      publicUrl: options.publicUrl,
      mail: options.mail ?? { from: defaultMailFrom(options.publicUrl), delivery: false },
      rateLimits: options.rateLimits ?? DEFAULT_AUTH_RATE_LIMITS,
      probeLimits: options.probeLimits ?? DEFAULT_PROBE_LIMITS,
      introductionsPerDay: options.introductionsPerDay ?? DEFAULT_INTRODUCTIONS_PER_DAY,
      areaImportMaxBytes: options.areaImportMaxBytes ?? DEFAULT_AREA_IMPORT_MAX_BYTES,
    },
  });
  await app.register(auth, { sessionSecret: options.sessionSecret, secureCookies: https });
  await app.register(authorization);
  app.addHook('preValidation', rejectEmptyQueryValues);
  await app.register(openapi);

  // Features
  await app.register(healthRoutes);
  await app.register(instanceRoutes);
  await app.register(setupRoutes);
  await app.register(areasRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(geocoderRoutes);
  await app.register(organisationsRoutes);
  await app.register(connectorRoutes);
  await app.register(adminRoutes);
  await app.register(areaImportRoutes);
  await app.register(taxonomyRoutes);
  await app.register(assetsRoutes);
  await app.register(suggestionsRoutes);
  await app.register(introductionsRoutes);
  await app.register(followsRoutes);
  await app.register(kompasRoutes);
  await app.register(surveysRoutes);
  await app.register(observationsRoutes);
  await app.register(agendasRoutes);
  await app.register(ogcRoutes);
  await app.register(mailRoutes);

  // The web app last: it owns the not-found handler (index.html for pages, JSON 404 for the API)
  await app.register(web, { distDir: options.webDistDir });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
