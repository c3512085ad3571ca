import { describe, expect, it } from 'vitest';
import { useTestApp } from '../helpers/app.ts';
import { signUpAndLogIn, uniqueEmail, type TestAccount, expectRefusal } from '../helpers/client.ts';
import { latestMessageTo, tokenIn } from '../helpers/outbox.ts';

const app = useTestApp();

async function invite(owner: TestAccount, organisationId: string, email: string): Promise<string> {
  const response = await owner.client.post(`/api/organisations/${organisationId}/invitations`, { email });
  expect(response.statusCode).toBe(201);
  return tokenIn((await latestMessageTo(app, email))!.body);
}

describe('organisations', () => {
  it('makes the creator its owner and shows members by display name only', async () => {
    const owner = await signUpAndLogIn(app, { displayName: 'Henk' });
    const created = await owner.client.post('/api/organisations', {
      name: 'Speeltuinvereniging Het Zand',
      kind: 'association',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Speeltuinvereniging Het Zand', kind: 'association', memberCount: 1 });
    const members = await owner.client.get(`/api/organisations/${created.json().id}/members`);
    expect(members.json()).toEqual([expect.objectContaining({ displayName: 'Henk', role: 'owner' })]);
    expect(members.body).not.toContain(owner.email);
  });

  it('lets an invited person join with the link sent to their address, once', async () => {
    const owner = await signUpAndLogIn(app);
    const id = (await owner.client.post('/api/organisations', { name: 'Repair Café', kind: 'initiative' })).json().id;
    const invitee = await signUpAndLogIn(app);
    const token = await invite(owner, id, invitee.email);

    const accepted = await invitee.client.post('/api/organisation-invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ id, memberCount: 2 });
    expect((await invitee.client.get('/api/me')).json().organisations).toEqual([
      expect.objectContaining({ id, role: 'member' }),
    ]);
    expect((await invitee.client.post('/api/organisation-invitations/accept', { token })).statusCode).toBe(400);
  });

  it('refuses an invitation link used by someone it was not sent to, and keeps it open for the right person', async () => {
    const owner = await signUpAndLogIn(app);
    const id = (await owner.client.post('/api/organisations', { name: 'Buurtkoor', kind: 'association' })).json().id;
    const invited = uniqueEmail('uitgenodigd');
    const token = await invite(owner, id, invited);
    const stranger = await signUpAndLogIn(app);
    expect((await stranger.client.post('/api/organisation-invitations/accept', { token })).statusCode).toBe(403);

    const rightPerson = await signUpAndLogIn(app, { email: invited });
    expect((await rightPerson.client.post('/api/organisation-invitations/accept', { token })).statusCode).toBe(200);
  });

  it('lets only owners invite and remove members, and never removes the last owner', async () => {
    const owner = await signUpAndLogIn(app);
    const id = (await owner.client.post('/api/organisations', { name: 'Moestuin', kind: 'initiative' })).json().id;
    const member = await signUpAndLogIn(app);
    await member.client.post('/api/organisation-invitations/accept', { token: await invite(owner, id, member.email) });

    expect(
      (await member.client.post(`/api/organisations/${id}/invitations`, { email: uniqueEmail() })).statusCode,
    ).toBe(403);
    expect((await member.client.delete(`/api/organisations/${id}/members/${owner.id}`)).statusCode).toBe(403);

    const lastOwner = await owner.client.delete(`/api/organisations/${id}/members/${owner.id}`);
    expect(lastOwner.statusCode).toBe(409);
    expect((await owner.client.delete(`/api/organisations/${id}/members/${member.id}`)).statusCode).toBe(204);
    expect((await member.client.get(`/api/organisations/${id}/members`)).statusCode).toBe(403);
  });

  it.each([
    [{ name: '', kind: 'association' }, 'body/name', 'minLength'],
    [{ name: 'x'.repeat(121), kind: 'association' }, 'body/name', 'maxLength'],
    [{ name: 'Club', kind: 'church' }, 'body/kind', 'enum'],
    [{ name: 'Club', kind: 'association', createdBy: 'someone' }, 'body', 'additionalProperties'],
  ])('refuses %j with a 400 naming %s', async (body, field, rule) => {
    const owner = await signUpAndLogIn(app);
    const response = await owner.client.post('/api/organisations', body);
    expectRefusal(response, field, rule);
  });

  it('answers 404 for an organisation that does not exist and 400 for an id that is no uuid', async () => {
    const owner = await signUpAndLogIn(app);
    expect((await owner.client.get('/api/organisations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await owner.client.get('/api/organisations/42')).statusCode).toBe(400);
  });
});
