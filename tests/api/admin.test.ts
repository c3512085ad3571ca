import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

const app = useTestApp();
let admin: TestAccount;
beforeAll(async () => {
  admin = await signUpAndLogIn(app, { displayName: 'Beheerder' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
});

describe('the admin', () => {
  it('reads the outbox, newest first, with the links people were sent', async () => {
    const newcomer = await signUpAndLogIn(app);
    const outbox = (await admin.client.get('/api/admin/outbox?limit=20')).json() as {
      delivery: { configured: boolean; from: string };
      messages: { to: string; kind: string; body: string }[];
    };
    // Without a mail server the page is the only way a mail gets out: its links are shown.
    expect(outbox.delivery).toEqual({ configured: false, from: 'Krachtkaart <noreply@localhost>' });
    const welcome = outbox.messages.find((message) => message.to === newcomer.email);
    expect(welcome).toMatchObject({ kind: 'welcome', status: 'queued' });
    expect(welcome!.body).toContain('/bevestigen?token=');
  });

  it('makes someone connector for a wijk, which they then see, and takes it back', async () => {
    const person = await signUpAndLogIn(app);
    expect((await person.client.get('/api/connector/areas')).statusCode).toBe(403);

    const grant = await admin.client.post(`/api/admin/users/${person.id}/connector-areas`, { areaCode: 'WK085511' });
    expect(grant.statusCode).toBe(201);
    const areas = await person.client.get('/api/connector/areas');
    expect(areas.statusCode).toBe(200);
    expect(areas.json()).toEqual([
      expect.objectContaining({ type: 'wijk', code: 'WK085511', name: 'Hoogvenne', buurtCount: 5 }),
    ]);
    expect((await person.client.get('/api/auth/session')).json().user.isConnector).toBe(true);

    expect(
      (await admin.client.delete(`/api/admin/users/${person.id}/connector-areas/${grant.json().id}`)).statusCode,
    ).toBe(204);
    expect((await person.client.get('/api/connector/areas')).statusCode).toBe(403);
  });

  it('cannot grant an area that is not on the map, or to an account that does not exist', async () => {
    const person = await signUpAndLogIn(app);
    const unknownArea = await admin.client.post(`/api/admin/users/${person.id}/connector-areas`, {
      areaCode: 'WK999999',
    });
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().errors[0]).toMatchObject({ field: 'body/areaCode', rule: 'exists' });
    const badCode = await admin.client.post(`/api/admin/users/${person.id}/connector-areas`, { areaCode: 'Armhoef' });
    expect(badCode.json().errors[0]).toMatchObject({ field: 'body/areaCode', rule: 'pattern' });
    const nobody = await admin.client.post('/api/admin/users/00000000-0000-4000-8000-000000000000/connector-areas', {
      areaCode: 'WK085511',
    });
    expect(nobody.statusCode).toBe(404);
  });

  it('finds accounts by part of their address', async () => {
    const person = await signUpAndLogIn(app);
    const found = (
      await admin.client.get(`/api/admin/users?q=${encodeURIComponent(person.email.slice(0, 14))}`)
    ).json();
    expect(found).toEqual([expect.objectContaining({ id: person.id, email: person.email })]);
  });
});
