import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Geocoder } from '../geocoder/geocoder.service.ts';
import type { Mailer } from '../shared/mailer.ts';
import type { AuthRateLimits, ProbeLimits } from '../auth/rate-limits.ts';

export interface AppSettings {
  /** The address people open the app at; links in e-mails start with it. */
  publicUrl: string;
  /** The sender of every mail, and whether a mail server sends the outbox (else it only waits there). */
  mail: { from: string; delivery: boolean };
  rateLimits: AuthRateLimits;
  probeLimits: ProbeLimits;
  /** How many introductions one account may ask for (or make, as a connector) in 24 hours. */
  introductionsPerDay: number;
  /** The largest area file an administrator may upload, in bytes. */
  areaImportMaxBytes: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
    settings: AppSettings;
    geocoder: Geocoder;
  }
}

/** What features share that is not the database: the mailer, the geocoder and the app's settings. */
async function contextPlugin(
  app: FastifyInstance,
  options: { mailer: Mailer; geocoder: Geocoder; settings: AppSettings },
) {
  app.decorate('mailer', options.mailer);
  app.decorate('geocoder', options.geocoder);
  app.decorate('settings', options.settings);
}

export default fp(contextPlugin, { name: 'context' });
