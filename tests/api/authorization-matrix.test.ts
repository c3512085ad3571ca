import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildApp } from '../../api/app.ts';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient } from '../helpers/client.ts';
import { latestMessageTo, tokenIn } from '../helpers/outbox.ts';

/**
 * Every route in the OpenAPI document, called by every role. The expected rule of each route is written here,
 * apart from the code, so a route added without a deliberate rule (or with the wrong one) fails this suite.
 */
// 'moderator': access 'user' in the code, but the handler refuses anyone who is neither a connector nor an administrator.
type Rule = 'public' | 'user' | 'connector' | 'moderator' | 'organisation-member' | 'organisation-owner' | 'admin';
const EXPECTED: Record<string, Rule> = {
  'GET /api/health': 'public',
  'GET /ogc': 'public',
  'GET /ogc/conformance': 'public',
  'GET /ogc/collections': 'public',
  'GET /ogc/collections/{collectionId}': 'public',
  'GET /ogc/collections/{collectionId}/items': 'public',
  'GET /ogc/collections/{collectionId}/items/{featureId}': 'public',
  'GET /api/open-data/{file}': 'public',
  'GET /api/areas/municipalities': 'public',
  'GET /api/areas/sources': 'public',
  'GET /api/areas/buurten': 'public',
  'GET /api/areas/buurten/{code}': 'public',
  'GET /api/areas/wijken': 'public',
  'GET /api/areas/wijken/{code}': 'public',
  'GET /api/areas/wijken/{code}/kompas': 'public',
  'GET /api/areas/buurten/{code}/kompas': 'public',
  'GET /api/indicators': 'public',
  'GET /api/indicators/{key}/wijken': 'public',
  'POST /api/survey-rounds': 'user',
  'GET /api/survey-rounds': 'public',
  'POST /api/survey-rounds/{id}/answers': 'user',
  'GET /api/survey-rounds/{id}/results': 'public',
  'POST /api/observations': 'user',
  'GET /api/observations': 'public',
  'GET /api/observations/{id}/photo': 'public',
  'GET /api/observations/{id}/thumbnail': 'public',
  'POST /api/observations/{id}/reports': 'user',
  'POST /api/observations/{id}/hide': 'user',
  'POST /api/observations/{id}/show': 'user',
  'GET /api/observations/{id}/moderation': 'user',
  'GET /api/moderation/observations': 'moderator',
  'POST /api/agendas': 'user',
  'GET /api/agendas': 'public',
  'GET /api/agendas/{id}': 'public',
  'PATCH /api/agendas/{id}': 'user',
  'POST /api/agendas/{id}/publish': 'user',
  'POST /api/agendas/{id}/unpublish': 'user',
  'GET /api/agendas/{id}/history': 'public',
  'POST /api/agendas/{id}/policy-links': 'user',
  'DELETE /api/agendas/{id}/policy-links/{linkId}': 'user',
  'POST /api/agendas/{id}/parties': 'user',
  'DELETE /api/agendas/{id}/parties/{partyId}': 'user',
  'POST /api/agendas/{id}/evidence': 'user',
  'DELETE /api/agendas/{id}/evidence/{evidenceId}': 'user',
  'POST /api/agendas/{id}/items': 'user',
  'PATCH /api/agenda-items/{id}': 'user',
  'GET /api/agenda-items/{id}/versions': 'public',
  'PUT /api/agenda-items/{id}/support': 'user',
  'DELETE /api/agenda-items/{id}/support': 'user',
  'POST /api/agenda-items/{id}/comments': 'user',
  'POST /api/agenda-items/{id}/pledges': 'user',
  'PATCH /api/agenda-pledges/{id}': 'user',
  'DELETE /api/agenda-pledges/{id}': 'user',
  'POST /api/agenda-items/{id}/introductions': 'user',
  'DELETE /api/agenda-items/{id}/introductions/{introductionId}': 'user',
  'GET /api/areas/lookup': 'public',
  'GET /api/auth/csrf-token': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/signup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'POST /api/auth/password-reset': 'public',
  'POST /api/auth/password-reset/confirm': 'public',
  'POST /api/auth/verify-email': 'public',
  'GET /api/consent-texts/home-location': 'public',
  'GET /api/me': 'user',
  'PATCH /api/me': 'user',
  'DELETE /api/me': 'user',
  'PUT /api/me/password': 'user',
  'PUT /api/me/home-location': 'user',
  'DELETE /api/me/home-location': 'user',
  'GET /api/geocoder/suggestions': 'user',
  'GET /api/me/export': 'user',
  'GET /api/me/sessions': 'user',
  'DELETE /api/me/sessions/{id}': 'user',
  'POST /api/organisations': 'user',
  'GET /api/organisations/{id}': 'public',
  'GET /api/organisations/{id}/members': 'organisation-member',
  'POST /api/organisations/{id}/invitations': 'organisation-owner',
  'DELETE /api/organisations/{id}/members/{userId}': 'organisation-owner',
  'POST /api/organisation-invitations/accept': 'user',
  'GET /api/connector/areas': 'connector',
  'GET /api/admin/outbox': 'admin',
  'POST /api/admin/outbox/{id}/resend': 'admin',
  'GET /api/admin/areas': 'admin',
  'POST /api/admin/areas/import': 'admin',
  'GET /api/admin/users': 'admin',
  'POST /api/admin/users/{id}/connector-areas': 'admin',
  'DELETE /api/admin/users/{id}/connector-areas/{grantId}': 'admin',
  'PUT /api/admin/users/{id}/admin': 'admin',
  'GET /api/admin/area-choices': 'admin',
  'PATCH /api/organisations/{id}': 'organisation-owner',
  'GET /api/consent-texts/interview': 'public',
  'GET /api/me/interview-consents': 'user',
  'POST /api/me/interview-consents': 'user',
  'DELETE /api/me/interview-consents/{id}': 'user',
  'GET /api/connector/residents': 'connector',
  'GET /api/areas/buurten/{code}/connectors': 'public',
  'GET /api/taxonomy': 'public',
  'POST /api/admin/tags': 'admin',
  'PATCH /api/admin/tags/{key}': 'admin',
  'POST /api/assets': 'user',
  'GET /api/assets/{id}': 'public',
  'PATCH /api/assets/{id}': 'user',
  'DELETE /api/assets/{id}': 'user',
  'POST /api/assets/{id}/confirm': 'user',
  'GET /api/me/assets': 'user',
  'GET /api/map': 'public',
  'GET /api/areas/buurten/{code}/summary': 'public',
  'GET /api/areas/wijken/{code}/summary': 'public',
  'GET /api/me/suggestions': 'user',
  'GET /api/organisations/{id}/suggestions': 'organisation-member',
  'GET /api/places/{id}/suggestions': 'user',
  'POST /api/suggestions/feedback': 'user',
  'GET /api/introductions': 'user',
  'POST /api/introductions': 'user',
  'GET /api/introductions/{id}': 'user',
  'POST /api/introductions/{id}/answer': 'user',
  'POST /api/introductions/{id}/met': 'user',
  'POST /api/introductions/{id}/messages': 'user',
  'POST /api/connector/introductions': 'connector',
  'POST /api/reports': 'user',
  'GET /api/me/blocks': 'user',
  'PUT /api/me/blocks/{userId}': 'user',
  'DELETE /api/me/blocks/{userId}': 'user',
  'GET /api/me/notifications': 'user',
  'POST /api/me/notifications/read': 'user',
  'GET /api/me/notification-preferences': 'user',
  'PUT /api/me/notification-preferences': 'user',
  // The unsubscribe link of a mail: its single-use token is the authority (and the POST needs no CSRF token).
  'GET /api/mail/unsubscribe': 'public',
  'POST /api/mail/unsubscribe': 'public',
  'GET /api/admin/reports': 'admin',
  'GET /api/me/follows': 'user',
  'PUT /api/me/follows/{code}': 'user',
  'DELETE /api/me/follows/{code}': 'user',
  'POST /api/admin/digests': 'admin',
  'GET /api/connector/areas/{code}/connections': 'connector',
  'GET /api/connector/areas/{code}/connections.csv': 'connector',
  'POST /api/admin/reports/{id}/handled': 'admin',
  'GET /api/instance': 'public',
  'PUT /api/admin/instance': 'admin',
  'POST /api/setup/administrator': 'public',
};

const ROLES = ['anonymous', 'resident', 'member', 'owner', 'connector', 'admin'] as const;
type Role = (typeof ROLES)[number];

function allowed(rule: Rule, role: Role): boolean {
  switch (rule) {
    case 'public':
      return true;
    case 'user':
      return role !== 'anonymous';
    case 'connector':
      return role === 'connector';
    case 'moderator':
      return role === 'connector' || role === 'admin';
    case 'organisation-member':
      return role === 'member' || role === 'owner';
    case 'organisation-owner':
      return role === 'owner';
    case 'admin':
      return role === 'admin';
  }
}

const app = useTestApp();
const clients = {} as Record<Role, TestClient>;
let organisationId: string;
let residentId: string;

beforeAll(async () => {
  clients.anonymous = new TestClient(app, { ip: '10.20.0.1' });
  const resident = await signUpAndLogIn(app);
  residentId = resident.id;
  clients.resident = resident.client;
  const owner = await signUpAndLogIn(app);
  clients.owner = owner.client;
  organisationId = (
    await owner.client.post('/api/organisations', { name: 'Matrixvereniging', kind: 'association' })
  ).json().id;
  const member = await signUpAndLogIn(app);
  clients.member = member.client;
  await owner.client.post(`/api/organisations/${organisationId}/invitations`, { email: member.email });
  await member.client.post('/api/organisation-invitations/accept', {
    token: tokenIn((await latestMessageTo(app, member.email))!.body),
  });
  const admin = await signUpAndLogIn(app);
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  clients.admin = admin.client;
  const connector = await signUpAndLogIn(app);
  clients.connector = connector.client;
  await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: 'WK085511' });
});

function concreteUrl(path: string): string {
  return path
    .replace('/api/areas/buurten/{code}', '/api/areas/buurten/BU08551102')
    .replace('/api/areas/wijken/{code}', '/api/areas/wijken/WK085511')
    .replace('/api/organisations/{id}', `/api/organisations/${organisationId}`)
    .replace('/ogc/collections/{collectionId}', '/ogc/collections/buurten')
    .replace('/items/{featureId}', '/items/BU08551102')
    .replace('/api/open-data/{file}', '/api/open-data/places.csv')
    .replace('/api/admin/users/{id}', `/api/admin/users/${residentId}`)
    .replace(/\{[a-zA-Z]+\}/g, () => randomUUID())
    .replace('/api/areas/lookup', '/api/areas/lookup?lng=5.08&lat=51.56');
}

async function documentedRoutes(): Promise<string[]> {
  const document = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('the authorisation matrix', () => {
  it('has an expected rule for every documented route, and no rule for a route that does not exist', async () => {
    expect((await documentedRoutes()).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('allows and refuses every route for every role as its rule says', async () => {
    // Log-out ends the caller's session, so it goes last.
    const routes = (await documentedRoutes()).sort(
      (a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')),
    );
    const wrong: string[] = [];
    for (const route of routes) {
      const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', string];
      for (const role of ROLES) {
        // Empty bodies: an allowed caller gets a validation error at worst, never a change it did not ask for.
        const response = await clients[role].request(method, concreteUrl(path), method === 'GET' ? undefined : {});
        const refused = response.statusCode === 401 || response.statusCode === 403;
        const expectAllowed = allowed(EXPECTED[route]!, role);
        if (expectAllowed === refused)
          wrong.push(`${route} as ${role}: ${response.statusCode} (expected ${expectAllowed ? 'allowed' : 'refused'})`);
        if (!expectAllowed && role === 'anonymous' && response.statusCode !== 401)
          wrong.push(`${route} as anonymous: ${response.statusCode}, not 401`);
        if (response.statusCode >= 500) wrong.push(`${route} as ${role}: ${response.statusCode} ${response.body}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a route that was added without an access rule', async () => {
    const bare = await buildApp({
      database: { connectionString: inject('databaseUrl'), kind: inject('databaseKind'), poolMax: 1 },
      webDistDir: 'dist/web',
      publicUrl: 'http://localhost:3000',
    });
    bare.get('/api/forgotten-rule', async () => ({ secret: 'should not be served' }));
    try {
      const response = await bare.inject('/api/forgotten-rule');
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('should not be served');
    } finally {
      await bare.close();
    }
  });
});
