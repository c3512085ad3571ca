import type { Queryable } from '../shared/db.ts';
import { DEMO_EMAIL_PATTERN } from '../shared/demo.ts';
import type { Language } from '../shared/schemas.ts';
import { loadQueries } from '../shared/sql.ts';
import type { InstanceSettings, InstanceSettingsBody, SetupProgress } from './instance.schemas.ts';

const sql = loadQueries(import.meta.url, ['get-settings', 'update-settings', 'setup-progress', 'demo']);

interface SettingsRow {
  name: string | null;
  languages: Language[];
  default_language: Language;
  tile_url: string;
  tile_attribution: string;
  tile_max_zoom: number;
}

function settingsOf(row: SettingsRow): InstanceSettings {
  return {
    name: row.name,
    languages: row.languages,
    defaultLanguage: row.default_language,
    tiles: { url: row.tile_url, attribution: row.tile_attribution, maxZoom: row.tile_max_zoom },
  };
}

export const instanceRepository = {
  async getSettings(db: Queryable): Promise<InstanceSettings> {
    const { rows } = await db.query<SettingsRow>(sql.getSettings);
    return settingsOf(rows[0]!);
  },

  async updateSettings(db: Queryable, settings: InstanceSettingsBody): Promise<InstanceSettings> {
    const { rows } = await db.query<SettingsRow>(sql.updateSettings, [
      settings.name.trim(),
      settings.languages,
      settings.defaultLanguage,
      settings.tiles.url,
      settings.tiles.attribution.trim(),
      settings.tiles.maxZoom,
    ]);
    return settingsOf(rows[0]!);
  },

  async setupProgress(db: Queryable): Promise<Omit<SetupProgress, 'needed'>> {
    const { rows } = await db.query<Omit<SetupProgress, 'needed'>>(sql.setupProgress);
    return rows[0]!;
  },

  /** True when the synthetic demo population (invented residents, organisations and places) is loaded. */
  async isDemo(db: Queryable): Promise<boolean> {
    const { rows } = await db.query<{ demo: boolean }>(sql.demo, [DEMO_EMAIL_PATTERN]);
    return rows[0]!.demo;
  },
};
