import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { signUpAdmin } from '../helpers/admin.ts';
import { adminService } from '../../api/admin/admin.service.ts';
import { expectRefusal, signUpAndLogIn, type TestAccount } from '../helpers/client.ts';

const app = useTestApp();
let admin: TestAccount;
beforeAll(async () => {
  admin = await signUpAdmin(app);
});

describe('accounts and their roles', () => {
  it('makes an account administrator, who then may administer, and takes it back', async () => {
    const person = await signUpAndLogIn(app);
    expect((await person.client.get('/api/admin/users')).statusCode).toBe(403);

    const made = await admin.client.put(`/api/admin/users/${person.id}/admin`, { isAdmin: true });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toEqual({ id: person.id, isAdmin: true });
    expect((await person.client.get('/api/auth/session')).json().user.isAdmin).toBe(true);
    const listed = (await admin.client.get(`/api/admin/users?q=${encodeURIComponent(person.email)}`)).json();
    expect(listed).toEqual([expect.objectContaining({ id: person.id, isAdmin: true })]);

    expect((await admin.client.put(`/api/admin/users/${person.id}/admin`, { isAdmin: false })).statusCode).toBe(200);
    expect((await person.client.get('/api/admin/users')).statusCode).toBe(403);
  });

  it('refuses to take the role from yourself, naming why', async () => {
    const own = await admin.client.put(`/api/admin/users/${admin.id}/admin`, { isAdmin: false });
    expectRefusal(own, 'params/id', 'self');
    expect(own.json().message).toContain('another administrator');
    expect((await admin.client.get('/api/admin/users')).statusCode).toBe(200);
  });

  it('keeps the last administrator one, even when the one taking it away lost their own role a moment before', async () => {
    // Through the API a caller is an administrator, so there are two; the rule matters when two administrators take the
    // role from each other at once: the second finds only its target left. The service is called as that second one.
    const other = await signUpAndLogIn(app);
    const others = await app.pg.query<{ id: string }>(
      'UPDATE users SET is_admin = false WHERE is_admin AND id <> $1 RETURNING id',
      [admin.id],
    );
    try {
      const taken = adminService(app.pg.pool).setAdmin(admin.id, false, other.id);
      await expect(taken).rejects.toMatchObject({
        statusCode: 409,
        errors: [{ field: 'params/id', rule: 'last-admin' }],
      });
      expect((await admin.client.get('/api/admin/users?limit=1')).statusCode).toBe(200);
    } finally {
      await app.pg.query('UPDATE users SET is_admin = true WHERE id = ANY($1::uuid[])', [
        others.rows.map((row) => row.id),
      ]);
    }
  });

  it('answers 404 for an account that does not exist and names a missing field', async () => {
    const nobody = await admin.client.put('/api/admin/users/00000000-0000-4000-8000-000000000000/admin', {
      isAdmin: true,
    });
    expect(nobody.statusCode).toBe(404);
    expectRefusal(await admin.client.put(`/api/admin/users/${admin.id}/admin`, {}), 'body/isAdmin', 'required');
  });

  it('lists at most the asked number of accounts, newest first', async () => {
    const newest = await signUpAndLogIn(app);
    const page = (await admin.client.get('/api/admin/users?limit=2')).json() as { id: string }[];
    expect(page).toHaveLength(2);
    expect(page[0]!.id).toBe(newest.id);
    expectRefusal(await admin.client.get('/api/admin/users?limit=201'), 'querystring/limit', 'maximum');
  });
});

describe('the areas to pick a connector area from', () => {
  it('lists every wijk before its buurten, each buurt with its wijk, all with their municipality', async () => {
    const areas = (await admin.client.get('/api/admin/area-choices')).json() as {
      type: string;
      code: string;
      name: string;
      wijk: { code: string; name: string } | null;
      municipality: { code: string; name: string };
    }[];
    const wijk = areas.findIndex((area) => area.code === 'WK085511');
    expect(areas[wijk]).toEqual({
      type: 'wijk',
      code: 'WK085511',
      name: 'Hoogvenne',
      wijk: null,
      municipality: { code: 'GM0855', name: 'Tilburg' },
    });
    const buurten = areas.filter((area) => area.wijk?.code === 'WK085511');
    expect(buurten).toHaveLength(5);
    expect(buurten.every((buurt) => buurt.type === 'buurt' && buurt.wijk!.name === 'Hoogvenne')).toBe(true);
    expect(areas.indexOf(buurten[0]!)).toBe(wijk + 1);
    const { rows } = await app.pg.query<{ count: number }>(
      'SELECT (SELECT count(*) FROM buurten) + (SELECT count(*) FROM wijken) AS count',
    );
    expect(areas).toHaveLength(Number(rows[0]!.count));
  });
});
