import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../api/app.ts';
import { HOME_LOCATION_CONSENT } from '../../api/me/consent-texts.ts';
import { buildTestApp, useTestApp } from '../helpers/app.ts';
import { expectRefusal, signUpAndLogIn } from '../helpers/client.ts';
import { startTestLocatieserver, type TestLocatieserver } from '../helpers/locatieserver.ts';

// Invented addresses; the first lies in buurt BU08552605 of Tilburg, the postcode's centre in the same buurt.
const HOME = { lng: 5.1002, lat: 51.5617 };
const ADDRESSES = [
  { id: 'adr-test-1', label: 'Teststraat 12, 5099ZZ Tilburg', type: 'adres', ...HOME },
  { id: 'pcd-test-1', label: '5099ZZ Tilburg', type: 'postcode', lng: 5.1004, lat: 51.5618 },
  { id: 'wpl-test-1', label: 'Teststad', type: 'woonplaats', lng: 5.09, lat: 51.56 },
  { id: 'adr-test-amsterdam', label: 'Teststraat 1, 1099ZZ Amsterdam', type: 'adres', lng: 4.893, lat: 52.373 },
] as const;
const consentTextVersion = HOME_LOCATION_CONSENT.version;

describe('address search through a geocoder that speaks the Locatieserver protocol', () => {
  let geocoder: TestLocatieserver;
  let app: App;
  const logLines: string[] = [];
  beforeAll(async () => {
    geocoder = await startTestLocatieserver([...ADDRESSES]);
    const stream = { write: (line: string) => void logLines.push(line) };
    app = await buildTestApp({}, { geocoderUrl: geocoder.url, logger: { level: 'info', stream } });
  });
  afterAll(async () => {
    await app?.close();
    await geocoder?.close();
  });

  it('says the instance has address search', async () => {
    expect((await app.inject('/api/instance')).json()).toMatchObject({ addressSearch: true });
  });

  it('suggests addresses and postcodes only, with no coordinates, to a signed-in person', async () => {
    const { client } = await signUpAndLogIn(app);
    const response = await client.get('/api/geocoder/suggestions?q=teststraat 12');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual([{ id: 'adr-test-1', label: 'Teststraat 12, 5099ZZ Tilburg', kind: 'address' }]);
    const postcode = (await client.get('/api/geocoder/suggestions?q=5099 zz')).json();
    expect(postcode.map((found: { kind: string }) => found.kind)).toEqual(['address', 'postcode']);
    expect((await client.get('/api/geocoder/suggestions?q=teststad')).json()).toEqual([]);
    const asked = geocoder.requests.at(-1)!;
    expect(asked.pathname).toBe('/search/v3_1/suggest');
    expect(asked.searchParams.get('fq')).toBe('type:(adres OR postcode)');

    // What was typed reaches no log line; the request itself is logged.
    const logged = logLines.join('');
    expect(logged).toContain('/api/geocoder/suggestions');
    // (Whole words only: a response time such as 20.2513509 holds the digits 5099.)
    expect(logged.toLowerCase()).not.toMatch(/teststraat|5099(\s|%20|\+)?zz|[?&]q=/);

    expectRefusal(await client.get('/api/geocoder/suggestions?q=t'), 'querystring/q', 'minLength');
    expect((await app.inject('/api/geocoder/suggestions?q=teststraat')).statusCode).toBe(401);
  });

  it('stores the home at the point of the chosen address, and keeps neither the address nor the search', async () => {
    const { client, id } = await signUpAndLogIn(app);
    const response = await client.put('/api/me/home-location', { address: 'adr-test-1', consentTextVersion });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ homeLocation: HOME, homeBuurt: { code: 'BU08552605' } });
    expect(response.body).not.toContain('Teststraat');
    const { rows } = await app.pg.query('SELECT to_jsonb(u) AS row FROM users u WHERE id = $1', [id]);
    expect(JSON.stringify(rows[0].row)).not.toMatch(/teststraat|5099\s?zz/i);
  });

  it('refuses an unknown address, an address outside every buurt, and an address with coordinates besides', async () => {
    const { client } = await signUpAndLogIn(app);
    expectRefusal(
      await client.put('/api/me/home-location', { address: 'adr-nobody-knows', consentTextVersion }),
      'body/address',
      'found',
    );
    expectRefusal(
      await client.put('/api/me/home-location', { address: 'adr-test-amsterdam', consentTextVersion }),
      'body/address',
      'inside-a-buurt',
    );
    expectRefusal(
      await client.put('/api/me/home-location', { address: 'adr-test-1', ...HOME, consentTextVersion }),
      'body/address',
      'one-of',
    );
    expectRefusal(await client.put('/api/me/home-location', { consentTextVersion }), 'body/lng', 'required');
    expect((await client.get('/api/me')).json().homeLocation).toBeNull();
  });

  it('answers 502 when the geocoder fails, and stores nothing', async () => {
    const { client } = await signUpAndLogIn(app);
    geocoder.failWith(503);
    try {
      const search = await client.get('/api/geocoder/suggestions?q=teststraat');
      expect(search.statusCode).toBe(502);
      expect(search.json().message).toMatch(/not available right now .*answered 503/);
      const save = await client.put('/api/me/home-location', { address: 'adr-test-1', consentTextVersion });
      expect(save.statusCode).toBe(502);
    } finally {
      geocoder.failWith(null);
    }
    expect((await client.get('/api/me')).json().homeLocation).toBeNull();
  });
});

describe('without a geocoder', () => {
  const app = useTestApp();

  it('has no address search: the instance says so, the search is a 404, an address is refused', async () => {
    expect((await app.inject('/api/instance')).json()).toMatchObject({ addressSearch: false });
    const { client } = await signUpAndLogIn(app);
    expect((await client.get('/api/geocoder/suggestions?q=teststraat')).statusCode).toBe(404);
    expectRefusal(
      await client.put('/api/me/home-location', { address: 'adr-test-1', consentTextVersion }),
      'body/address',
      'available',
    );
  });
});
