import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useTestApp } from '../helpers/app.ts';

const app = useTestApp();

describe('GET /api/health', () => {
  it('says which database it runs on and the PostGIS version', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.database).toBe(inject('databaseKind'));
    expect(body.postgis).toMatch(/^3\.(3|4|5|6|7)\.\d+/);
  });
});

describe('the OpenAPI document', () => {
  it('is served at /api/openapi.json and documents every API route', async () => {
    const response = await app.inject('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/areas/buurten',
        '/api/areas/buurten/{code}',
        '/api/areas/lookup',
        '/api/areas/wijken',
        '/api/areas/wijken/{code}',
        '/api/health',
        '/api/me',
        '/api/me/export',
      ]),
    );
    expect(document.paths['/api/areas/lookup'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'lat',
      'lng',
    ]);
  });

  it('has interactive docs at /docs', async () => {
    const response = await app.inject('/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});

describe('unknown paths', () => {
  it('answer an API client with a JSON 404 that says where the docs are', async () => {
    const response = await app.inject('/api/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, message: expect.stringContaining('/docs') });
  });

  it('carry a request id in every error body', async () => {
    const response = await app.inject('/api/areas/lookup?lng=x&lat=1');
    expect(response.json().requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
