import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';

// The tile server of the default background map, until the instance's settings are read.
const DEFAULT_TILE_ORIGIN = 'https://tile.openstreetmap.org';

/**
 * Security headers on every response. The Content-Security-Policy allows only this origin for scripts, styles,
 * fonts and API calls; images also from the tile server of the background map the instance's settings name (read
 * for each response, so a change applies at once) and data: URIs (Leaflet's icons); no framing.
 * Leaflet and React set styles through the CSSOM, which CSP does not restrict, so no 'unsafe-inline' is needed.
 */
const contentSecurityPolicy = (tileOrigin: () => string) => ({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', tileOrigin],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
});

/**
 * Fastify's `rewriteUrl`: a request target in absolute form (`POST http://host/api/…`, RFC 9112 §3.2.2) becomes the
 * path it names, so routing, the CSRF check and the session see the same URL as for `POST /api/…`.
 */
export function originFormUrl(request: { url?: string }): string {
  const url = request.url ?? '/';
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

async function securityPlugin(app: FastifyInstance, options: { https: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        // The instance plugin, registered after this one, holds the settings by the time a request arrives.
        ...contentSecurityPolicy(() =>
          app.hasDecorator('instanceSettings') ? app.instanceSettings.tileOrigin() : DEFAULT_TILE_ORIGIN,
        ),
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // Only meaningful over HTTPS; a plain-HTTP localhost must not be pinned to HTTPS.
    strictTransportSecurity: options.https,
    crossOriginEmbedderPolicy: false,
  });
}

export default fp(securityPlugin, { name: 'security' });
