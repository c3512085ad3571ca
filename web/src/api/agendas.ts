import type {
  Agenda,
  AgendaItem,
  AgendaSummary,
  EvidenceBodySchema,
  EvidenceKind,
  HistoryEntry,
  ItemBody,
  ItemEditedSchema,
  ItemStatus,
  ItemVersion,
  PartyBodySchema,
  PledgeBodySchema,
  PolicyLinkBodySchema,
  Role,
  ScanEntry,
  UpdateAgendaBodySchema,
  UpdateItemBody,
} from '../../../api/agendas/agendas.schemas.ts';
import type { Static } from '@sinclair/typebox';
import type { ProfileAreaType } from './areas.ts';
import { create, request, type Language } from './client.ts';

export type {
  Agenda,
  AgendaItem,
  AgendaSummary,
  EvidenceKind,
  HistoryEntry,
  ItemBody,
  ItemStatus,
  ItemVersion,
  ScanEntry,
  UpdateItemBody,
};
export type AgendaRole = Role;
export type AgendaParty = Agenda['parties'][number];
export type AgendaEvidence = AgendaItem['evidence'][number];
export type AgendaPledge = AgendaItem['pledges'][number];
type PartyBody = Static<typeof PartyBodySchema>;
/** One of the three ways to join the table (the API's schema has them as optional fields side by side). */
export type AgendaPartyBody =
  | Required<Pick<PartyBody, 'role' | 'organisationId'>>
  | Required<Pick<PartyBody, 'role' | 'name'>>
  | (Required<Pick<PartyBody, 'me'>> & { role: Extract<AgendaRole, 'resident'> });
export type AgendaEvidenceBody = Static<typeof EvidenceBodySchema>;
type PledgeBody = Static<typeof PledgeBodySchema>;
/** A pledge of an asset or of an organisation's own contribution, never both. */
export type AgendaPledgeBody = (Required<Pick<PledgeBody, 'assetId'>> | Required<Pick<PledgeBody, 'organisationId'>>) &
  Pick<PledgeBody, 'what'>;

const agendaUrl = (id: string) => `/api/agendas/${encodeURIComponent(id)}`;
const itemUrl = (id: string) => `/api/agenda-items/${encodeURIComponent(id)}`;

/** The agendas of a buurt or wijk: the published ones, and the drafts the caller takes part in. */
export function getAreaAgendas(code: string, signal?: AbortSignal): Promise<AgendaSummary[]> {
  return request('GET', `/api/agendas?area=${encodeURIComponent(code)}`, { signal });
}

/** Every agenda the caller can see (published, and drafts they take part in), newest year first. */
/** The agendas the visitor can see, of one municipality (or of all when null). */
export function getAgendas(
  language: Language,
  municipality: string | null,
  signal?: AbortSignal,
): Promise<AgendaSummary[]> {
  const of = municipality === null ? '' : `&municipality=${encodeURIComponent(municipality)}`;
  return request('GET', `/api/agendas?lang=${language}${of}`, { signal });
}

export function startAgenda(areaType: ProfileAreaType, areaCode: string, year: number): Promise<string> {
  return create('/api/agendas', { areaType, areaCode, year });
}

export function getAgenda(id: string, language: Language, signal?: AbortSignal): Promise<Agenda> {
  return request('GET', `${agendaUrl(id)}?lang=${language}`, { signal });
}

export function updateAgenda(id: string, changes: Static<typeof UpdateAgendaBodySchema>): Promise<void> {
  return request('PATCH', agendaUrl(id), { body: changes });
}

export function setAgendaPublished(id: string, published: boolean): Promise<void> {
  return request('POST', `${agendaUrl(id)}/${published ? 'publish' : 'unpublish'}`);
}

/** Every change to the agenda, newest first. */
export function getAgendaHistory(id: string, signal?: AbortSignal): Promise<HistoryEntry[]> {
  return request('GET', `${agendaUrl(id)}/history`, { signal });
}

export function addPolicyLink(id: string, link: Static<typeof PolicyLinkBodySchema>): Promise<string> {
  return create(`${agendaUrl(id)}/policy-links`, link);
}

export function removePolicyLink(id: string, linkId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/policy-links/${encodeURIComponent(linkId)}`);
}

export function addAgendaParty(id: string, party: AgendaPartyBody): Promise<string> {
  return create(`${agendaUrl(id)}/parties`, party);
}

export function removeAgendaParty(id: string, partyId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/parties/${encodeURIComponent(partyId)}`);
}

/** Evidence for an item, or (without itemId) one of the agenda's gathered stories. */
export function addAgendaEvidence(id: string, evidence: AgendaEvidenceBody): Promise<string> {
  return create(`${agendaUrl(id)}/evidence`, evidence);
}

export function removeAgendaEvidence(id: string, evidenceId: string): Promise<void> {
  return request('DELETE', `${agendaUrl(id)}/evidence/${encodeURIComponent(evidenceId)}`);
}

export function addAgendaItem(id: string, item: ItemBody): Promise<string> {
  return create(`${agendaUrl(id)}/items`, item);
}

/** Every change makes a new version of the item; returns its number. */
export async function updateAgendaItem(itemId: string, changes: UpdateItemBody): Promise<number> {
  return (await request<Static<typeof ItemEditedSchema>>('PATCH', itemUrl(itemId), { body: changes })).version;
}

/** The item's versions, oldest first. */
export function getItemVersions(itemId: string, signal?: AbortSignal): Promise<ItemVersion[]> {
  return request('GET', `${itemUrl(itemId)}/versions`, { signal });
}

export function setItemSupport(itemId: string, support: boolean): Promise<void> {
  return request(support ? 'PUT' : 'DELETE', `${itemUrl(itemId)}/support`);
}

export function commentOnItem(itemId: string, body: string): Promise<string> {
  return create(`${itemUrl(itemId)}/comments`, { body });
}

export function pledgeToItem(itemId: string, pledge: AgendaPledgeBody): Promise<string> {
  return create(`${itemUrl(itemId)}/pledges`, pledge);
}

export function setPledgeStatus(pledgeId: string, status: AgendaPledge['status']): Promise<void> {
  return request('PATCH', `/api/agenda-pledges/${encodeURIComponent(pledgeId)}`, { body: { status } });
}

export function removePledge(pledgeId: string): Promise<void> {
  return request('DELETE', `/api/agenda-pledges/${encodeURIComponent(pledgeId)}`);
}

/** Counts an introduction (one I asked for, or, for editors, one in the area) towards the item it serves. */
export function linkIntroductionToItem(itemId: string, introductionId: string): Promise<void> {
  return request('POST', `${itemUrl(itemId)}/introductions`, { body: { introductionId } });
}
