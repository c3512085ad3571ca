import type {
  Organisation,
  OrganisationKind,
  UpdateOrganisationBody,
} from '../../../api/organisations/organisations.schemas.ts';
import { request } from './client.ts';

export type { Organisation, OrganisationKind, UpdateOrganisationBody };

export function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return request('GET', `/api/organisations/${encodeURIComponent(id)}`, { signal });
}

export function createOrganisation(name: string, kind: OrganisationKind): Promise<Organisation> {
  return request('POST', '/api/organisations', { body: { name, kind } });
}

export function updateOrganisation(id: string, changes: UpdateOrganisationBody): Promise<Organisation> {
  return request('PATCH', `/api/organisations/${encodeURIComponent(id)}`, { body: changes });
}

export function acceptInvitation(token: string): Promise<Organisation> {
  return request('POST', '/api/organisation-invitations/accept', { body: { token } });
}
