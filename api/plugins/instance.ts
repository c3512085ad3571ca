import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { instanceRepository } from '../instance/instance.repository.ts';
import type { InstanceSettings } from '../instance/instance.schemas.ts';

/** The instance's settings as this process holds them: read at start, replaced when an administrator saves them. */
export interface InstanceSettingsHolder {
  current(): InstanceSettings;
  replace(settings: InstanceSettings): void;
  /** Where the background map's tiles come from, as a Content-Security-Policy source: `https://host[:port]`. */
  tileOrigin(): string;
}

declare module 'fastify' {
  interface FastifyInstance {
    instanceSettings: InstanceSettingsHolder;
  }
}

/**
 * Every page's Content-Security-Policy names the tile server, so the settings are kept in memory rather than read
 * for each response. One process serves an instance, so replacing them here at a save is enough.
 */
async function instancePlugin(app: FastifyInstance) {
  let settings = await instanceRepository.getSettings(app.pg.pool);
  app.decorate('instanceSettings', {
    current: () => settings,
    replace(next: InstanceSettings) {
      settings = next;
    },
    tileOrigin: () => new URL(settings.tiles.url).origin,
  });
}

export default fp(instancePlugin, { name: 'instance', dependencies: ['database'] });
