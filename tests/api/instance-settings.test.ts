import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL_DOMAIN } from '../../api/shared/demo.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAdmin } from '../helpers/admin.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

const app = useTestApp();

const PDOK = {
  url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  attribution: 'Kaartgegevens © Kadaster',
  maxZoom: 19,
};
const settings = {
  name: 'Krachtkaart Tilburg',
  languages: ['nl', 'en'],
  defaultLanguage: 'nl',
  tiles: PDOK,
};

let admin: TestAccount;
let before: Record<string, unknown>;

beforeAll(async () => {
  admin = await signUpAdmin(app);
  const { name, languages, defaultLanguage, tiles } = (await app.inject('/api/instance')).json();
  before = { name, languages, defaultLanguage, tiles };
});

// Other suites share the database: leave the settings as they were (an unnamed instance cannot be saved, so the
// name goes back through SQL).
afterAll(async () => {
  if (!before) return;
  await admin.client.put('/api/admin/instance', { ...before, name: before.name ?? 'x' });
  if (before.name === null) await app.pg.pool.query('UPDATE instance_settings SET name = NULL');
});

const imgSrc = async () => {
  const csp = (await app.inject({ url: '/', headers: { accept: 'text/html' } })).headers[
    'content-security-policy'
  ] as string;
  return csp.split(';').find((directive) => directive.trim().startsWith('img-src'));
};

describe('the instance settings', () => {
  it('are public, with OpenStreetMap as the background map of a new instance', async () => {
    const response = await app.inject('/api/instance');
    expect(response.statusCode).toBe(200);
    const instance = response.json();
    expect(instance.tiles).toEqual({
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
      maxZoom: 19,
    });
    expect(instance.languages).toEqual(['nl', 'en']);
    expect(instance.defaultLanguage).toBe('nl');
    expect(Object.keys(instance.setup).sort()).toEqual(['administrator', 'areas', 'named', 'needed']);
    expect(instance.setup.areas).toBe(true);
    expect(await imgSrc()).toContain('https://tile.openstreetmap.org');
  });

  it('say whether the synthetic demo population is loaded, by its residents in the demo domain', async () => {
    expect((await app.inject('/api/instance')).json().demo).toBe(false);
    const { rows } = await app.pg.pool.query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name) VALUES ($1, 'x', 'Bewoner') RETURNING id`,
      [`bewoner-instance-${Date.now()}@${DEMO_EMAIL_DOMAIN}`],
    );
    try {
      expect((await app.inject('/api/instance')).json().demo).toBe(true);
    } finally {
      await app.pg.pool.query('DELETE FROM users WHERE id = $1', [rows[0]!.id]);
    }
  });

  it('are changed by an administrator, and the Content-Security-Policy follows the new tile server at once', async () => {
    const saved = await admin.client.put('/api/admin/instance', {
      ...settings,
      languages: ['en'],
      defaultLanguage: 'en',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ ...settings, languages: ['en'], defaultLanguage: 'en' });
    const instance = (await app.inject('/api/instance')).json();
    expect(instance).toMatchObject({
      name: 'Krachtkaart Tilburg',
      languages: ['en'],
      defaultLanguage: 'en',
      tiles: PDOK,
    });
    expect(instance.setup.named).toBe(true);
    const directive = await imgSrc();
    expect(directive).toContain('https://service.pdok.nl');
    expect(directive).not.toContain('openstreetmap');
  });

  it.each([
    ['a tile URL over http', { tiles: { ...PDOK, url: 'http://example.org/{z}/{x}/{y}.png' } }, 'body/tiles/url'],
    ['a tile URL without {y}', { tiles: { ...PDOK, url: 'https://example.org/{z}/{x}.png' } }, 'body/tiles/url'],
    [
      'a tile URL with {s} in the host',
      { tiles: { ...PDOK, url: 'https://{s}.example.org/{z}/{x}/{y}.png' } },
      'body/tiles/url',
    ],
    ['no attribution', { tiles: { url: PDOK.url, maxZoom: 19 } }, 'body/tiles'],
    ['a blank attribution', { tiles: { ...PDOK, attribution: '  ' } }, 'body/tiles/attribution'],
    ['a max zoom of 30', { tiles: { ...PDOK, maxZoom: 30 } }, 'body/tiles/maxZoom'],
    ['no language', { languages: [] }, 'body/languages'],
    ['a language twice', { languages: ['nl', 'nl'] }, 'body/languages'],
    ['a default language not offered', { languages: ['nl'], defaultLanguage: 'en' }, 'body/defaultLanguage'],
    ['a blank name', { name: ' ' }, 'body/name'],
  ])('refuses %s with 400 naming the field', async (_, change, field) => {
    const response = await admin.client.put('/api/admin/instance', { ...settings, ...change });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().message).toContain(field);
  });

  it('may be changed by administrators only', async () => {
    const resident = await signUpAndLogIn(app);
    expect((await resident.client.put('/api/admin/instance', settings)).statusCode).toBe(403);
  });
});
