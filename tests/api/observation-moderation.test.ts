import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';
import { cellCentreIn, offset } from '../helpers/assets.ts';
import { postForm } from '../helpers/multipart.ts';

// The moderation queue, in BU08554702 (wijk WK085547); another connector has BU08554801. No other test uses these.
const BUURT = 'BU08554702';
const WIJK = 'WK085547';
const OTHER_BUURT = 'BU08554801';

interface QueueItem {
  id: string;
  body: string;
  buurtCode: string;
  buurtName: string;
  hidden: boolean;
  thumbnailUrl: string | null;
  openReports: number;
  reports: { reason: string; note: string; at: string; open: boolean }[];
  lastAction: { action: string; reason: string; actor: string | null } | null;
}

const app = useTestApp();
let at: { lng: number; lat: number };
let author: TestAccount;
let reporter: TestAccount;
let resident: TestAccount;
let buurtConnector: TestAccount;
let wijkConnector: TestAccount;
let otherConnector: TestAccount;
let admin: TestAccount;

/** Posts an observation as multipart/form-data, as the browser does. */
async function pin(body: string, photo?: Buffer): Promise<string> {
  const response = await postForm(
    author.client,
    '/api/observations',
    { kind: 'could-be-better', body, lng: String(at.lng), lat: String(at.lat) },
    photo && { name: 'p.jpg', type: 'image/jpeg', data: photo },
  );
  if (response.statusCode !== 201) throw new Error(`observation refused: ${response.body}`);
  return response.json().id as string;
}

async function report(id: string, reason: string, note = '') {
  const response = await reporter.client.post(`/api/observations/${id}/reports`, { reason, note });
  expect(response.statusCode, response.body).toBe(201);
}

async function queue(account: TestAccount, status?: string): Promise<QueueItem[]> {
  const response = await account.client.get(`/api/moderation/observations${status ? `?status=${status}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as QueueItem[];
}
const ids = (items: QueueItem[]) => items.map((item) => item.id);

beforeAll(async () => {
  at = offset(await cellCentreIn(app, BUURT), -15, 5);
  author = await signUpAndLogIn(app, { displayName: 'Schrijver Moderatie' });
  reporter = await signUpAndLogIn(app, { displayName: 'Melder Moderatie' });
  resident = await signUpAndLogIn(app, { displayName: 'Bewoner' });
  buurtConnector = await signUpAndLogIn(app, { displayName: 'Buurtverbinder' });
  wijkConnector = await signUpAndLogIn(app, { displayName: 'Wijkverbinder' });
  otherConnector = await signUpAndLogIn(app, { displayName: 'Andere verbinder' });
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  for (const [account, areaCode] of [
    [buurtConnector, BUURT],
    [wijkConnector, WIJK],
    [otherConnector, OTHER_BUURT],
  ] as const) {
    const granted = await admin.client.post(`/api/admin/users/${account.id}/connector-areas`, { areaCode });
    expect(granted.statusCode, granted.body).toBe(201);
  }
});

describe('the moderation queue', () => {
  it('shows a report to the connectors of the buurt (directly or through the wijk) and to administrators, not to another area’s connector', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#557755' } })
      .jpeg()
      .toBuffer();
    const id = await pin(`Kenteken in beeld ${randomUUID()}`, photo);
    await report(id, 'personal-data', 'Mijn kenteken staat erop');

    const [mine] = (await queue(buurtConnector)).filter((item) => item.id === id);
    const { rows } = await app.pg.query<{ name: string }>('SELECT name FROM buurten WHERE code = $1', [BUURT]);
    expect(mine).toMatchObject({
      buurtCode: BUURT,
      buurtName: rows[0]!.name,
      hidden: false,
      thumbnailUrl: `/api/observations/${id}/thumbnail`,
      openReports: 1,
      reports: [{ reason: 'personal-data', note: 'Mijn kenteken staat erop', open: true }],
      lastAction: null,
    });
    expect(ids(await queue(wijkConnector))).toContain(id);
    expect(ids(await queue(admin, 'reported'))).toContain(id);
    expect(ids(await queue(otherConnector))).not.toContain(id);
    expect(ids(await queue(otherConnector, 'all'))).not.toContain(id);
  });

  it('refuses residents who moderate nothing with a 403 that names the rule, and anonymous callers with a 401', async () => {
    const refused = await resident.client.get('/api/moderation/observations');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().errors[0]).toMatchObject({ field: 'user', rule: 'moderator' });
    expect((await new TestClient(app).get('/api/moderation/observations')).statusCode).toBe(401);
  });

  it('never names who reported an observation, nor who wrote it', async () => {
    const id = await pin(`Scheldwoord op de muur ${randomUUID()}`);
    await report(id, 'offensive', 'Grof');
    const response = await admin.client.get('/api/moderation/observations?status=all');
    expect(ids(response.json())).toContain(id);
    for (const person of [reporter, author]) {
      expect(response.body).not.toContain(person.id);
      expect(response.body).not.toContain(person.displayName);
      expect(response.body).not.toContain(person.email);
    }
    const item = (response.json() as QueueItem[]).find((entry) => entry.id === id)!;
    expect(Object.keys(item.reports[0]!).sort()).toEqual(['at', 'note', 'open', 'reason']);
  });

  it('lists the newest report first', async () => {
    const first = await pin(`Eerst gemeld ${randomUUID()}`);
    const second = await pin(`Later gemeld ${randomUUID()}`);
    await report(second, 'spam');
    await report(first, 'spam');
    const order = ids(await queue(buurtConnector)).filter((id) => id === first || id === second);
    expect(order).toEqual([first, second]);
  });

  it('settles open reports by hiding, shows the hidden one with its photo to moderators only, and reopens on a new report after showing again', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#aa3333' } })
      .jpeg()
      .toBuffer();
    const id = await pin(`Huis herkenbaar ${randomUUID()}`, photo);
    await report(id, 'personal-data', 'Mijn voordeur');

    expect(
      (await buurtConnector.client.post(`/api/observations/${id}/hide`, { reason: 'Een voordeur herkenbaar in beeld' }))
        .statusCode,
    ).toBe(204);
    expect(ids(await queue(buurtConnector))).not.toContain(id);
    const hidden = (await queue(buurtConnector, 'hidden')).find((item) => item.id === id);
    expect(hidden).toMatchObject({
      hidden: true,
      openReports: 0,
      reports: [{ reason: 'personal-data', open: false }],
      lastAction: { action: 'hidden', reason: 'Een voordeur herkenbaar in beeld', actor: 'Buurtverbinder' },
    });
    expect(ids(await queue(admin, 'all'))).toContain(id);
    expect(ids(await queue(otherConnector, 'hidden'))).not.toContain(id);

    // The moderators see the photo they judge; nobody else does, and no shared cache keeps it.
    for (const moderator of [buurtConnector, wijkConnector, admin]) {
      const thumbnail = await moderator.client.get(hidden!.thumbnailUrl!);
      expect(thumbnail.statusCode).toBe(200);
      expect(thumbnail.headers['cache-control']).toBe('private, no-store');
    }
    for (const client of [new TestClient(app), resident.client, otherConnector.client]) {
      expect((await client.get(`/api/observations/${id}/thumbnail`)).statusCode).toBe(404);
      expect((await client.get(`/api/observations/${id}/photo`)).statusCode).toBe(404);
    }

    expect(
      (await buurtConnector.client.post(`/api/observations/${id}/show`, { reason: 'Foto is in orde' })).statusCode,
    ).toBe(204);
    expect(ids(await queue(buurtConnector, 'all'))).not.toContain(id);
    expect((await new TestClient(app).get(`/api/observations/${id}/thumbnail`)).headers['cache-control']).toBe(
      'public, max-age=300',
    );

    await report(id, 'other', 'Toch weer');
    const reopened = (await queue(buurtConnector)).find((item) => item.id === id);
    expect(reopened).toMatchObject({
      hidden: false,
      openReports: 1,
      reports: [
        { reason: 'other', note: 'Toch weer', open: true },
        { reason: 'personal-data', open: false },
      ],
      lastAction: { action: 'shown', reason: 'Foto is in orde' },
    });
  });

  it('refuses an unknown status (naming querystring/status) and an unknown parameter', async () => {
    const bad = await admin.client.get('/api/moderation/observations?status=open');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'querystring/status', rule: 'enum' });
    const unknown = await admin.client.get('/api/moderation/observations?buurt=BU08554702');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'querystring', rule: 'additionalProperties' });
  });
});
