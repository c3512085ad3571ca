import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { signUpAdmin } from '../helpers/admin.ts';
import { expectRefusal, signUpAndLogIn, TestClient, type TestAccount } from '../helpers/client.ts';

const app = useTestApp();
let admin: TestAccount;
beforeAll(async () => {
  admin = await signUpAdmin(app);
});

type Domain = { key: string; tags: { key: string; nl: string; en: string; retired: boolean }[] };

async function tagInTaxonomy(key: string) {
  const taxonomy = (await new TestClient(app).get('/api/taxonomy')).json() as Domain[];
  return taxonomy.flatMap((domain) => domain.tags).find((tag) => tag.key === key);
}

async function addTag(): Promise<string> {
  const key = `test-${randomUUID().slice(0, 8)}`;
  const added = await admin.client.post('/api/admin/tags', {
    key,
    domain: 'food',
    nl: 'Soep koken',
    en: 'Making soup',
  });
  expect(added.statusCode, added.body).toBe(201);
  return key;
}

describe('changing the taxonomy', () => {
  it('renames a tag in one language, keeping the other label and its key', async () => {
    const key = await addTag();
    const renamed = await admin.client.patch(`/api/admin/tags/${key}`, { nl: '  Soep maken ' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toEqual({ key, domain: 'food', nl: 'Soep maken', en: 'Making soup', retired: false });
    expect(await tagInTaxonomy(key)).toEqual({ key, nl: 'Soep maken', en: 'Making soup', retired: false });
  });

  it('retires a tag, which items keep and the taxonomy marks, and restores it', async () => {
    const key = await addTag();
    const resident = await signUpAndLogIn(app);
    const skill = { type: 'inventory', kind: 'skill', title: 'Soep voor de buren', tags: [key], visibility: 'public' };
    const item = await resident.client.post('/api/assets', skill);
    expect(item.statusCode, item.body).toBe(201);

    expect((await admin.client.patch(`/api/admin/tags/${key}`, { retired: true })).json()).toMatchObject({
      retired: true,
    });
    expect(await tagInTaxonomy(key)).toMatchObject({ retired: true, nl: 'Soep koken' });
    const kept = (await resident.client.get(`/api/assets/${item.json().id}`)).json() as { tags: { key: string }[] };
    expect(kept.tags.map((tag) => tag.key)).toEqual([key]);

    expect((await admin.client.patch(`/api/admin/tags/${key}`, { retired: false })).statusCode).toBe(200);
    expect(await tagInTaxonomy(key)).toMatchObject({ retired: false });
  });

  it('refuses an empty change, a blank label and an unknown tag, naming what is wrong', async () => {
    const key = await addTag();
    expectRefusal(await admin.client.patch(`/api/admin/tags/${key}`, {}), 'body', 'minProperties');
    expectRefusal(await admin.client.patch(`/api/admin/tags/${key}`, { en: '   ' }), 'body/en', 'pattern');
    expectRefusal(await admin.client.patch('/api/admin/tags/Not A Key', { en: 'x' }), 'params/key', 'pattern');
    expect((await admin.client.patch('/api/admin/tags/no-such-tag-here', { en: 'x' })).statusCode).toBe(404);
    const resident = await signUpAndLogIn(app);
    expect((await resident.client.patch(`/api/admin/tags/${key}`, { en: 'x' })).statusCode).toBe(403);
  });
});
