import type {
  AdminUserSchema,
  OutboxMessageSchema,
  OutboxSchema,
  OutboxStatusSchema,
  PickableAreaSchema,
  ReportSchema,
} from '../../../api/admin/admin.schemas.ts';
import type { NewTagBodySchema, TagChangeBodySchema } from '../../../api/taxonomy/taxonomy.schemas.ts';
import type {
  AreaImportResultSchema,
  LoadedMunicipalitySchema,
} from '../../../api/areas/import/area-import.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { postForm, request } from './client.ts';

export type OutboxMessage = Static<typeof OutboxMessageSchema>;
export type Outbox = Static<typeof OutboxSchema>;
export type OutboxStatus = Static<typeof OutboxStatusSchema>;
export type AdminReport = Static<typeof ReportSchema>;

/** The newest messages, of one status or all. */
export function getOutbox(status: OutboxStatus | null, signal?: AbortSignal): Promise<Outbox> {
  return request('GET', status === null ? '/api/admin/outbox' : `/api/admin/outbox?status=${status}`, { signal });
}

/** Queues a message again, due now. */
export function resendOutboxMessage(id: string): Promise<void> {
  return request('POST', `/api/admin/outbox/${encodeURIComponent(id)}/resend`);
}

export function getReports(signal?: AbortSignal): Promise<AdminReport[]> {
  return request('GET', '/api/admin/reports', { signal });
}

export function markReportHandled(id: string): Promise<void> {
  return request('POST', `/api/admin/reports/${encodeURIComponent(id)}/handled`);
}

export type AdminUser = Static<typeof AdminUserSchema>;
export type PickableArea = Static<typeof PickableAreaSchema>;
export type TagChange = Static<typeof TagChangeBodySchema>;
export type NewTag = Static<typeof NewTagBodySchema>;

/** Accounts whose name or e-mail address contains `query` (all when empty), newest first, at most `limit`. */
export function getUsers(query: string, limit: number, signal?: AbortSignal): Promise<AdminUser[]> {
  const search = new URLSearchParams({ limit: String(limit) });
  if (query !== '') search.set('q', query);
  return request('GET', `/api/admin/users?${search.toString()}`, { signal });
}

export function setAdmin(userId: string, isAdmin: boolean): Promise<unknown> {
  return request('PUT', `/api/admin/users/${encodeURIComponent(userId)}/admin`, { body: { isAdmin } });
}

/** The wijken and buurten a connector area can be granted for, each wijk just before its buurten. */
export function getPickableAreas(signal?: AbortSignal): Promise<PickableArea[]> {
  return request('GET', '/api/admin/area-choices', { signal });
}

export function grantConnectorArea(userId: string, areaCode: string): Promise<unknown> {
  return request('POST', `/api/admin/users/${encodeURIComponent(userId)}/connector-areas`, { body: { areaCode } });
}

export function revokeConnectorArea(userId: string, grantId: string): Promise<void> {
  return request(
    'DELETE',
    `/api/admin/users/${encodeURIComponent(userId)}/connector-areas/${encodeURIComponent(grantId)}`,
  );
}

export function addTag(tag: NewTag): Promise<unknown> {
  return request('POST', '/api/admin/tags', { body: tag });
}

/** Renames a tag, or retires or restores it. */
export function changeTag(key: string, change: TagChange): Promise<unknown> {
  return request('PATCH', `/api/admin/tags/${encodeURIComponent(key)}`, { body: change });
}

export type LoadedMunicipality = Static<typeof LoadedMunicipalitySchema>;
export type AreaImportResult = Static<typeof AreaImportResultSchema>;

/** The loaded municipalities, their areas (current and retired), figure years and sources. */
export function getLoadedAreas(signal?: AbortSignal): Promise<LoadedMunicipality[]> {
  return request('GET', '/api/admin/areas', { signal });
}

/** What an area import is asked to do with its file. */
export interface AreaImportRequest {
  file: File;
  dryRun: boolean;
  /** Only these municipalities; none: all in the file. */
  municipalities: readonly string[];
  /** The year of its figures; null: the year in the file's name. */
  year: number | null;
}

/** Uploads an area file to preview (dry run) or import; `onProgress` hears the fraction uploaded. */
export function importAreaFile(
  input: AreaImportRequest,
  onProgress?: (fraction: number) => void,
): Promise<AreaImportResult> {
  const form = new FormData();
  form.set('dryRun', String(input.dryRun));
  for (const code of input.municipalities) form.append('gemeente', code);
  if (input.year !== null) form.set('year', String(input.year));
  form.set('file', input.file);
  return postForm('/api/admin/areas/import', form, onProgress);
}
