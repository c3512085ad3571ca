import type { Static } from '@sinclair/typebox';
import type {
  InstanceSchema,
  InstanceSettingsBodySchema,
  InstanceSettingsSchema,
} from '../../../api/instance/instance.schemas.ts';
import type { ClaimAdministratorBodySchema } from '../../../api/setup/setup.schemas.ts';
import type { SessionUser } from './auth.ts';
import { request } from './client.ts';

export type Instance = Static<typeof InstanceSchema>;
export type InstanceSettings = Static<typeof InstanceSettingsSchema>;
export type InstanceSettingsBody = Static<typeof InstanceSettingsBodySchema>;
export type TileSettings = Instance['tiles'];

export function getInstance(signal?: AbortSignal): Promise<Instance> {
  return request('GET', '/api/instance', { signal });
}

export function saveInstanceSettings(body: InstanceSettingsBody): Promise<InstanceSettings> {
  return request('PUT', '/api/admin/instance', { body });
}

/** Claims the first administrator account with the set-up code from the server's log; logs it in. */
export async function claimAdministrator(body: Static<typeof ClaimAdministratorBodySchema>): Promise<SessionUser> {
  const { user } = await request<{ user: SessionUser }>('POST', '/api/setup/administrator', { body });
  return user;
}
