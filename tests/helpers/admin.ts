import { expect } from 'vitest';
import { adminRepository } from '../../api/admin/admin.repository.ts';
import type { App } from '../../api/app.ts';
import { signUpAndLogIn, type TestAccount } from './client.ts';

/** Signs up "Beheer" and makes them an administrator, as the first step of a set-up that needs one. */
export async function signUpAdmin(app: App): Promise<TestAccount> {
  const admin = await signUpAndLogIn(app, { displayName: 'Beheer' });
  await adminRepository.makeAdmin(app.pg.pool, admin.email);
  return admin;
}

/** The administrator makes an account the buurtverbinder of a buurt or wijk. */
export async function grantConnectorArea(admin: TestAccount, connector: TestAccount, areaCode: string) {
  const granted = await admin.client.post(`/api/admin/users/${connector.id}/connector-areas`, { areaCode });
  expect(granted.statusCode, granted.body).toBe(201);
}

/** The administrator opens a survey round over a buurt or wijk that closes in a week; answers its id. */
export async function openSurveyRound(
  admin: TestAccount,
  areaType: 'buurt' | 'wijk',
  areaCode: string,
  title: string,
): Promise<string> {
  const opened = await admin.client.post('/api/survey-rounds', {
    areaType,
    areaCode,
    title,
    closesAt: new Date(Date.now() + 7 * 864e5).toISOString(),
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return opened.json().id;
}
