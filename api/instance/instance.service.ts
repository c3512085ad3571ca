import type { Pool } from 'pg';
import type { InstanceSettingsHolder } from '../plugins/instance.ts';
import { badRequest } from '../shared/http-error.ts';
import { instanceRepository } from './instance.repository.ts';
import type { Instance, InstanceSettings, InstanceSettingsBody } from './instance.schemas.ts';

/** `addressSearch`: whether a geocoder is configured. */
export function instanceService(pool: Pool, holder: InstanceSettingsHolder, addressSearch: boolean) {
  return {
    /** The settings, how far set-up has come, and whether this is the demo. */
    async instance(): Promise<Instance> {
      const progress = await instanceRepository.setupProgress(pool);
      const needed = !(progress.administrator && progress.named && progress.areas);
      const demo = await instanceRepository.isDemo(pool);
      return { ...holder.current(), addressSearch, setup: { needed, ...progress }, demo };
    },

    /** Saves the settings and applies them at once (the Content-Security-Policy follows the tile server). */
    async update(body: InstanceSettingsBody): Promise<InstanceSettings> {
      if (!body.languages.includes(body.defaultLanguage))
        throw badRequest('body/defaultLanguage', 'offered', 'must be one of the languages offered (body/languages)');
      const saved = await instanceRepository.updateSettings(pool, body);
      holder.replace(saved);
      return saved;
    },
  };
}
