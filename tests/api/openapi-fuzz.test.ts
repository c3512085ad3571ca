import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { MANY_SIGNUPS_RATE_LIMITS, useTestApp } from '../helpers/app.ts';
import { cellCentreIn, setHome } from '../helpers/assets.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import {
  operationsOf,
  requestFor,
  type GeneratedRequest,
  type KnownValues,
  type OpenApiDocument,
  type OperationRef,
} from '../helpers/openapi-fuzz.ts';

/**
 * Fuzzing from the OpenAPI document: every route and method, as a visitor and as a resident, a connector and an
 * administrator (each with a valid CSRF token), with values generated from the route's own schemas and hostile ones
 * (control characters, 1 MB strings, emoji, NaN and Infinity, deep JSON, wrong content types, broken multipart). Not
 * one answer may be a server error, and the server must be healthy after. FUZZ_REQUESTS sets how many (10,000 by
 * default; ~1–2 min here on either database kind); FUZZ_SEED replays a run.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const BUURT = 'BU08551102';
const WIJK = 'WK085511';

let document: OpenApiDocument;
let known: KnownValues;
let viewers: { name: string; client: TestClient; account?: TestAccount }[];
/** What the server logged about each failed request, by request id, so a failure names its cause. */
const serverErrors = new Map<string, string>();
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { level: number; reqId?: string; err?: { message?: string; stack?: string } };
      if (entry.level >= 50 && entry.reqId)
        serverErrors.set(entry.reqId, `${entry.err?.message ?? ''} ${entry.err?.stack?.split('\n')[1]?.trim() ?? ''}`);
    }
    done();
  },
});
// The viewers log in again after every fuzzed log-out, far more often than the log-in limit allows anyone.
const many = { points: 1_000_000, duration: 900 };
const rateLimits = { ...MANY_SIGNUPS_RATE_LIMITS, login: { perIp: many, perAccount: many } };
const app = useTestApp({}, { rateLimits, logger: { level: 'error', stream: logStream } });

async function knownValues(): Promise<KnownValues> {
  const ids = await app.pg.query<{ id: string }>(
    `(SELECT id::text FROM assets ORDER BY created_at DESC LIMIT 15)
     UNION ALL (SELECT id::text FROM organisations ORDER BY created_at DESC LIMIT 8)
     UNION ALL (SELECT id::text FROM agendas LIMIT 5)
     UNION ALL (SELECT id::text FROM agenda_items LIMIT 8)
     UNION ALL (SELECT id::text FROM agenda_pledges LIMIT 5)
     UNION ALL (SELECT id::text FROM introductions LIMIT 5)
     UNION ALL (SELECT id::text FROM observations LIMIT 5)
     UNION ALL (SELECT id::text FROM survey_rounds LIMIT 5)
     UNION ALL (SELECT id::text FROM users ORDER BY created_at DESC LIMIT 8)`,
  );
  const buurten = await app.pg.query<{ code: string }>('SELECT code FROM buurten ORDER BY code LIMIT 12');
  const wijken = await app.pg.query<{ code: string }>('SELECT code FROM wijken ORDER BY code LIMIT 6');
  return {
    uuids: ids.rows.map((row) => row.id),
    buurtCodes: [BUURT, ...buurten.rows.map((row) => row.code)],
    wijkCodes: [WIJK, ...wijken.rows.map((row) => row.code)],
    strings: ['koken', 'tuinieren', 'nl', 'en', 'buurt', 'wijk', 'inventory', 'place', 'public'],
  };
}

beforeAll(async () => {
  document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;

  // A little of everything to reach past "not found": a located resident with an item, an organisation, a
  // connector with an agenda and an item on it.
  const resident = await signUpAndLogIn(app, { displayName: 'Fuzz Bewoner' });
  const connector = await signUpAndLogIn(app, { displayName: 'Fuzz Verbinder' });
  const admin = await signUpAndLogIn(app, { displayName: 'Fuzz Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  expect(
    (await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: WIJK })).statusCode,
  ).toBe(201);
  await setHome(resident, await cellCentreIn(app, BUURT));
  const item = await resident.client.post('/api/assets', {
    type: 'inventory',
    kind: 'skill',
    title: 'Fietsen repareren',
    tags: [],
    visibility: 'public',
  });
  expect(
    item.statusCode,
    describeRequest(
      'resident',
      { method: 'POST', url: '/api/assets', headers: {}, hostility: 'none' },
      item.statusCode,
      item.body,
    ),
  ).toBe(201);
  expect(
    (await resident.client.post('/api/organisations', { name: 'Fuzz Vereniging', kind: 'association' })).statusCode,
  ).toBe(201);
  const agenda = await connector.client.post('/api/agendas', {
    areaType: 'wijk',
    areaCode: WIJK,
    year: 2090 + Math.floor(Math.random() * 10),
  });
  expect([201, 409]).toContain(agenda.statusCode);

  known = await knownValues();
  const visitor = new TestClient(app, { ip: '10.7.0.1' });
  viewers = [
    { name: 'visitor', client: visitor },
    { name: 'resident', client: resident.client, account: resident },
    { name: 'connector', client: connector.client, account: connector },
    { name: 'admin', client: admin.client, account: admin },
  ];
}, 180_000);

function describeRequest(viewer: string, request: GeneratedRequest, status: number, body: string) {
  const requestId = /"requestId":"([^"]+)"/.exec(body)?.[1];
  const cause = requestId ? serverErrors.get(requestId) : undefined;
  return `${status} ${viewer} ${request.method} ${request.url.slice(0, 160)} [${request.hostility}] → ${cause ?? body.slice(0, 200)}`;
}

/** A request that hangs is as wrong as one that fails: it would hold a connection and a user forever. */
async function answerWithin<T>(answer: Promise<T>, request: GeneratedRequest): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`no answer within 30 s: ${request.method} ${request.url.slice(0, 160)} [${request.hostility}]`),
        ),
      30_000,
    );
  });
  try {
    return await Promise.race([answer, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzzing every route of the OpenAPI document', () => {
  it(`answers ${REQUESTS} generated and hostile requests without one server error, and stays healthy`, async () => {
    const operations: OperationRef[] = operationsOf(document);
    expect(operations.length).toBeGreaterThan(80);
    const generator = fc.tuple(
      fc.constantFrom(...operations).chain((operation) => requestFor(document, operation, known)),
      fc.nat(viewers.length - 1),
    );
    const failures: string[] = [];
    const problems: string[] = [];
    const retriedLogIns: string[] = [];
    const byStatus = new Map<number, number>();
    const reached = new Set<string>();
    const started = Date.now();
    let sent = 0;
    for (let batch = 0; sent < REQUESTS; batch++) {
      const size = Math.min(250, REQUESTS - sent);
      for (const [request, viewerIndex] of fc.sample(generator, { numRuns: size, seed: SEED + batch })) {
        const viewer = viewers[viewerIndex]!;
        const response = await answerWithin(
          viewer.client.request(request.method as 'GET', request.url, request.payload, request.headers),
          request,
        );
        sent++;
        if (sent % 2500 === 0)
          console.log(
            `[fuzz] ${sent} requests, ${failures.length} server errors, ${((Date.now() - started) / 1000).toFixed(0)} s`,
          );
        byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode < 400) reached.add(`${request.method} ${request.url.split('?')[0]}`);
        if (response.statusCode >= 500)
          failures.push(describeRequest(viewer.name, request, response.statusCode, response.body));
        // A fuzzed log-out, log-in or session end leaves the viewer logged out: log in again and go on.
        // A log-in right after some fuzzed requests was seen to answer 401 once on the embedded database and 200 at
        // once when asked again (not yet explained): such a one-off is counted and printed; two in a row fail the test.
        if (viewer.account && response.statusCode === 401) {
          const logIn = () =>
            viewer.client.post('/api/auth/login', { email: viewer.account!.email, password: viewer.account!.password });
          let again = await logIn();
          if (again.statusCode === 401) {
            retriedLogIns.push(`${viewer.name} after ${request.method} ${request.url.slice(0, 120)}`);
            again = await logIn();
          }
          if (again.statusCode !== 200)
            problems.push(`could not log ${viewer.name} in again: ${again.statusCode} ${again.body.slice(0, 200)}`);
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const statuses = [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    if (retriedLogIns.length > 0) console.log(`[fuzz] log-ins that needed a second try: ${retriedLogIns.join('; ')}`);
    console.log(
      `[fuzz] seed ${SEED}: ${sent} requests over ${operations.length} operations in ${seconds.toFixed(0)} s; ${failures.length} server errors; ${statuses}`,
    );
    expect(failures, `replay with FUZZ_SEED=${SEED}\n${failures.slice(0, 25).join('\n')}`).toEqual([]);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(sent).toBe(REQUESTS);

    // Healthy after: the health check, a page of the map, and a log-in all work.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `/api/areas/buurten/${BUURT}` })).statusCode).toBe(200);
    const fresh = await signUpAndLogIn(app);
    expect((await fresh.client.get('/api/me')).statusCode).toBe(200);
  }, 900_000);

  it('answers requests with an absolute-form target (POST http://host/path) over real HTTP without a server error', async () => {
    const base = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    const operations = operationsOf(document);
    const samples = fc.sample(
      fc.constantFrom(...operations).chain((operation) => requestFor(document, operation, known)),
      { numRuns: 300, seed: SEED },
    );
    const failures: string[] = [];
    // Node's HTTP parser answers targets over its 16 KiB header limit itself (431) and closes: those are left out here.
    for (const request of samples.filter((sample) => sample.url.length < 8_000)) {
      const answer = await new Promise<{ status: number; body: string }>((resolve) => {
        const outgoing = httpRequest(
          // A connection of its own: after a refused oversized body the server closes the connection, as HTTP allows.
          {
            host: base.hostname,
            port: base.port,
            method: request.method,
            path: `${base.origin}${request.url}`,
            headers: request.headers,
            agent: false,
          },
          (incoming) => {
            let text = '';
            incoming.on('data', (chunk) => (text += chunk));
            incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
          },
        );
        outgoing.on('error', (error) => resolve({ status: 0, body: `no answer: ${error.message}` }));
        outgoing.end(request.payload);
      });
      if (answer.status >= 500 || answer.status === 0)
        failures.push(describeRequest('visitor (absolute-form)', request, answer.status, answer.body));
      // No state-changing request gets past the CSRF check without a token, however its target is spelled.
      if (
        request.method !== 'GET' &&
        answer.status >= 200 &&
        answer.status < 400 &&
        !request.url.startsWith('/api/auth/csrf-token')
      )
        failures.push(
          describeRequest('visitor (absolute-form) passed without CSRF', request, answer.status, answer.body),
        );
    }
    expect(failures, `replay with FUZZ_SEED=${SEED}\n${failures.slice(0, 25).join('\n')}`).toEqual([]);
  }, 300_000);
});
