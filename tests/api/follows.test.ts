import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { digestText } from '../../api/follows/digest.service.ts';
import { K_ANONYMITY } from '../../api/shared/policy.ts';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { addItem, cellCentreIn, geoJsonPoint, offset, setHome, settle } from '../helpers/assets.ts';
import { BICYCLE_REPAIR_SKILL } from '../helpers/bicycle-repairer.ts';
import { latestMessageTo } from '../helpers/outbox.ts';

// Following Koningshoeven (BU08552001; no other test works there) and its weekly digest.
const BUURT = 'BU08552001';
const app = useTestApp();
let admin: TestAccount;
let follower: TestAccount;
let neighbour: TestAccount;
let home: { lng: number; lat: number };

const digestsOf = async (email: string) =>
  (
    await app.pg.query<{ body: string }>(
      "SELECT body FROM outbox_messages WHERE to_address = $1 AND kind = 'buurt_digest'",
      [email],
    )
  ).rows;
const runDigests = async () => {
  const response = await admin.client.post('/api/admin/digests');
  expect(response.statusCode, response.body).toBe(200);
  return response.json().sent as number;
};

beforeAll(async () => {
  home = await cellCentreIn(app, BUURT);
  admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  follower = await signUpAndLogIn(app, { displayName: 'Volger' });
  neighbour = await signUpAndLogIn(app, { displayName: 'Geheime Buurvrouw' });
  await setHome(neighbour, offset(home, 50, 0));
  await settle(app, follower, neighbour);
}, 60_000);

describe('following a buurt', () => {
  it('follows and unfollows, naming bad codes', async () => {
    expect((await follower.client.put(`/api/me/follows/${BUURT}`)).statusCode).toBe(204);
    expect((await follower.client.put(`/api/me/follows/${BUURT}`)).statusCode).toBe(204);
    expect((await follower.client.get('/api/me/follows')).json()).toEqual([
      { code: BUURT, name: expect.any(String), since: expect.any(String), lastDigestAt: expect.any(String) },
    ]);
    const unknown = await follower.client.put('/api/me/follows/BU99999999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'params/code', rule: 'exists' });
    expect((await follower.client.put('/api/me/follows/Koningshoeven')).json().errors[0]).toMatchObject({
      field: 'params/code',
      rule: 'pattern',
    });
    expect((await follower.client.delete('/api/me/follows/BU08551001')).statusCode).toBe(204);
    expect((await follower.client.get('/api/me/follows')).json()).toHaveLength(1);
  });

  it('writes a weekly digest of what is new, naming residents’ talents only when k share them, once a week', async () => {
    await app.pg.query("UPDATE buurt_follows SET last_digest_at = now() - interval '8 days' WHERE user_id = $1", [
      follower.id,
    ]);
    await addItem(neighbour, {
      type: 'inventory',
      kind: 'skill',
      title: 'Taarten bakken',
      tags: ['baking'],
      visibility: 'neighbours',
    });
    await addItem(neighbour, BICYCLE_REPAIR_SKILL);
    for (let i = 1; i < K_ANONYMITY; i++) {
      const baker = await signUpAndLogIn(app, { displayName: `Bakker ${i}` });
      await settle(app, baker);
      await setHome(baker, offset(home, 20 * i, 20));
      await addItem(baker, {
        type: 'inventory',
        kind: 'skill',
        title: 'Brood bakken',
        tags: ['baking'],
        visibility: 'public',
      });
    }
    await addItem(neighbour, {
      type: 'inventory',
      kind: 'skill',
      title: 'Geheim talent',
      tags: ['knitting'],
      visibility: 'private',
    });
    await addItem(neighbour, {
      type: 'place',
      kind: 'community-room',
      title: 'Buurtkamer Koningshoeven',
      tags: ['hosting'],
      geometry: geoJsonPoint(home),
    });

    expect(await runDigests()).toBeGreaterThanOrEqual(1);
    const [digest] = await digestsOf(follower.email);
    expect(digest!.body).toContain('Buurtkamer Koningshoeven');
    expect(digest!.body).toContain('Nieuwe talenten: Bakken');
    // One resident's new skill would point at them: not named until k residents of the buurt share it.
    expect(digest!.body).not.toContain('Fiets');
    expect(digest!.body).not.toContain('Geheime Buurvrouw');
    expect(digest!.body).not.toContain('Breien');
    expect((await latestMessageTo(app, follower.email))!.subject).toContain('nieuw in je buurt');

    // Not again within the week.
    await runDigests();
    expect(await digestsOf(follower.email)).toHaveLength(1);
    // The digest is part of the follower's data.
    expect((await follower.client.get('/api/me/export')).json().buurtenFollowed).toMatchObject([{ buurt: BUURT }]);
  });

  it('says nothing when nothing is new, and only admins run it by hand', () => {
    const urls = { map: 'm', suggestions: 's', follows: 'f' };
    expect(digestText('nl', 'Volger', [[], []], [], urls)).toBeNull();
    const digest = digestText('en', 'Follower', [[{ kind: 'paragraph', text: 'New places: Park' }]], [], urls)!;
    expect(digest.body).toContain('New places: Park');
    expect(digest.html).toContain('New places: Park');
    return expect(follower.client.post('/api/admin/digests').then((response) => response.statusCode)).resolves.toBe(
      403,
    );
  });
});
