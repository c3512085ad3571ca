import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { sendNotFound } from './errors.ts';

interface WebPluginOptions {
  distDir: string;
}

/** Serves the built React app under `/`; any other GET that is not an API or docs path gets index.html. */
async function webPlugin(app: FastifyInstance, options: WebPluginOptions) {
  const root = path.resolve(options.distDir);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    // wildcard: files are looked up per request, so a rebuild during development is served without a restart.
    await app.register(fastifyStatic, { root, maxAge: '1h' });
  } else {
    app.log.warn(`No web app in ${root}: run \`npm run build\` to build it. The API works without it.`);
  }

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(api|docs)(\/|$)/.test(request.url);
    if (built && isPage && request.headers.accept?.includes('text/html')) {
      return reply.sendFile('index.html', { maxAge: 0 });
    }
    return sendNotFound(
      reply,
      request,
      `There is no ${request.method} ${request.url.split('?')[0]}. The API is documented at /docs.`,
    );
  });
}

export default fp(webPlugin, { name: 'web', dependencies: ['errors'] });
