import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import { useTestApp } from '../helpers/app.ts';
import { errorOf, signUpAndLogIn, type TestAccount } from '../helpers/client.ts';
import { cellCentreIn, offset } from '../helpers/assets.ts';
import { postForm, type FormPhoto } from '../helpers/multipart.ts';

// "Goes well" / "could be better" pins in BU08551902 (wijk WK085519), with photos and moderation.
const BUURT = 'BU08551902';
const app = useTestApp();
let resident: TestAccount;
let connector: TestAccount;
let stranger: TestAccount;
let at: { lng: number; lat: number };

function post(account: TestAccount, fields: Record<string, string>, file?: FormPhoto) {
  return postForm(account.client, '/api/observations', fields, file);
}
const fields = () => ({
  kind: 'could-be-better',
  body: 'De stoep ligt hier al maanden open.',
  lng: String(at.lng),
  lat: String(at.lat),
});

/** A photo with GPS and camera metadata in it, as a phone makes one. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoonmerk', Model: 'Model X', Artist: 'Geheime Bewoner' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 33/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '5/1 4/1 4000/100',
      },
    })
    .toBuffer();
}

beforeAll(async () => {
  at = offset(await cellCentreIn(app, BUURT), 10, 10);
  resident = await signUpAndLogIn(app, { displayName: 'Melder' });
  connector = await signUpAndLogIn(app, { displayName: 'Verbinder' });
  stranger = await signUpAndLogIn(app, { displayName: 'Vreemde' });
  const admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode: BUURT });
});

describe('pinning an observation with a photo', () => {
  it('stores the photo re-encoded without its location and camera data, with a thumbnail; the author is never shown', async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const created = await post(resident, fields(), { name: 'stoep.jpg', type: 'image/jpeg', data: original });
    expect(created.statusCode, created.body).toBe(201);
    const list = (await app.inject({ method: 'GET', url: `/api/observations?buurt=${BUURT}` })).json() as {
      id: string;
      photoUrl: string;
      thumbnailUrl: string;
    }[];
    const mine = list.find((item) => item.id === created.json().id)!;
    expect(mine).toMatchObject({ kind: 'could-be-better', buurtCode: BUURT });
    expect(JSON.stringify(list)).not.toContain('Melder');

    const photo = await app.inject({ method: 'GET', url: mine.photoUrl });
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(photo.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    expect(meta.exif).toBeUndefined();
    expect(photo.rawPayload.includes(Buffer.from('Geheime Bewoner'))).toBe(false);
    expect(photo.rawPayload.includes(Buffer.from('Telefoonmerk'))).toBe(false);
    const thumbnail = await sharp((await app.inject({ method: 'GET', url: mine.thumbnailUrl })).rawPayload).metadata();
    expect(thumbnail).toMatchObject({ width: 320, height: 320 });
    expect(thumbnail.exif).toBeUndefined();
  });

  it('refuses what is not an image, a file too large, and bad fields, naming the field and the rule', async () => {
    const text = await post(resident, fields(), {
      name: 'brief.jpg',
      type: 'image/jpeg',
      data: Buffer.from('dit is geen foto'),
    });
    expect(text.statusCode).toBe(400);
    expect(errorOf(text)).toMatchObject({ field: 'body/photo', rule: 'image' });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: 'red' } })
      .gif()
      .toBuffer();
    expect(errorOf(await post(resident, fields(), { name: 'a.gif', type: 'image/gif', data: gif }))).toMatchObject({
      field: 'body/photo',
      rule: 'image',
    });
    const huge = await post(resident, fields(), {
      name: 'groot.jpg',
      type: 'image/jpeg',
      data: Buffer.alloc(6 * 1024 * 1024, 1),
    });
    expect(huge.statusCode).toBe(413);
    expect(errorOf(huge)).toMatchObject({ field: 'body/photo', rule: 'max-size' });
    expect(errorOf(await post(resident, { ...fields(), kind: 'so-so' }))).toMatchObject({
      field: 'body/kind',
      rule: 'enum',
    });
    expect(errorOf(await post(resident, { ...fields(), body: '   ' }))).toMatchObject({
      field: 'body/body',
      rule: 'required',
    });
    expect(errorOf(await post(resident, { ...fields(), lat: 'hier' }))).toMatchObject({
      field: 'body/lat',
      rule: 'number',
    });
    expect(errorOf(await post(resident, { ...fields(), lng: '4.0', lat: '52.0' }))).toMatchObject({
      field: 'body/lng',
      rule: 'inside-a-buurt',
    });
    expect(errorOf(await post(resident, { ...fields(), email: 'x' }))).toMatchObject({
      field: 'body/email',
      rule: 'additionalProperties',
    });
    const json = await resident.client.post('/api/observations', fields());
    expect(errorOf(json)).toMatchObject({ field: 'body', rule: 'multipart' });
    const count = await app.pg.query('SELECT count(*)::int AS n FROM observations WHERE user_id = $1', [resident.id]);
    expect(count.rows[0].n).toBe(1);
    // The author's own data has it, with its place; nobody else's view names the author.
    expect((await resident.client.get('/api/me/export')).json().observations).toMatchObject([
      { kind: 'could-be-better', buurt: BUURT, withPhoto: true },
    ]);
  });
});

// About 10 s together on a 2-core machine with a load average of 11.
describe('photos at their limits', () => {
  it('refuses a photo of more pixels than allowed as too large, naming the field and the pixel rule, before decoding it', async () => {
    const photographer = await signUpAndLogIn(app, { displayName: 'Fotograaf' });
    // 7,100 × 7,100 (50.4 megapixels) of one colour: a file of about 160 kB that would decode to 151 MB.
    const bomb = await sharp({ create: { width: 7100, height: 7100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const refused = await post(photographer, fields(), { name: 'plein.png', type: 'image/png', data: bomb });
    expect(refused.statusCode).toBe(413);
    expect(errorOf(refused)).toMatchObject({ field: 'body/photo', rule: 'max-pixels' });
    expect(refused.json().message).toContain('7100 × 7100');
  });

  it('stores eight photos sent at once, each with its thumbnail, in bounded time', async () => {
    const photographer = await signUpAndLogIn(app, { displayName: 'Fotograaf' });
    const photo = await sharp({
      create: {
        width: 1200,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg()
      .toBuffer();
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(photographer, fields(), { name: 'plein.jpg', type: 'image/jpeg', data: photo }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(8).fill(201));
    expect(performance.now() - started).toBeLessThan(20_000);
    const stored = await app.pg.query(
      'SELECT count(*)::int AS n FROM observations WHERE user_id = $1 AND thumbnail IS NOT NULL',
      [photographer.id],
    );
    expect(stored.rows[0].n).toBe(8);
  });
});

describe('moderation', () => {
  it('connectors of the buurt hide and show again, with an audit trail; others may only report', async () => {
    const created = (await post(resident, { ...fields(), kind: 'goes-well', body: 'Mooie nieuwe speeltuin.' })).json()
      .id as string;
    expect(
      (
        await stranger.client.post(`/api/observations/${created}/reports`, {
          reason: 'personal-data',
          note: 'Mijn huis staat erop',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      errorOf(await stranger.client.post(`/api/observations/${created}/reports`, { reason: 'boring' })),
    ).toMatchObject({ field: 'body/reason', rule: 'enum' });
    const refused = await stranger.client.post(`/api/observations/${created}/hide`, { reason: 'Niet mooi' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused)).toMatchObject({ field: 'params/id', rule: 'moderator' });
    expect(errorOf(await connector.client.post(`/api/observations/${created}/hide`, { reason: ' ' }))).toMatchObject({
      field: 'body/reason',
      rule: 'pattern',
    });
    expect(
      (await connector.client.post(`/api/observations/${created}/hide`, { reason: 'Een huis herkenbaar in beeld' }))
        .statusCode,
    ).toBe(204);
    const visible = (await app.inject({ method: 'GET', url: `/api/observations?buurt=${BUURT}` })).json() as {
      id: string;
    }[];
    expect(visible.map((item) => item.id)).not.toContain(created);
    expect(
      (await connector.client.post(`/api/observations/${created}/show`, { reason: 'Foto aangepast' })).statusCode,
    ).toBe(204);
    const trail = (await connector.client.get(`/api/observations/${created}/moderation`)).json();
    expect(trail).toMatchObject([
      { action: 'hidden', reason: 'Een huis herkenbaar in beeld', actor: 'Verbinder' },
      { action: 'shown', reason: 'Foto aangepast', actor: 'Verbinder' },
    ]);
    expect((await stranger.client.get(`/api/observations/${created}/moderation`)).statusCode).toBe(403);
    expect((await connector.client.post(`/api/observations/${randomUUID()}/hide`, { reason: 'x' })).statusCode).toBe(
      404,
    );
  });
});
