import type { OutboxMessageSchema, ReportSchema } from '../../../api/admin/admin.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { request } from './client.ts';

export type OutboxMessage = Static<typeof OutboxMessageSchema>;
export type AdminReport = Static<typeof ReportSchema>;

export function getOutbox(signal?: AbortSignal): Promise<OutboxMessage[]> {
  return request('GET', '/api/admin/outbox', { signal });
}

export function getReports(signal?: AbortSignal): Promise<AdminReport[]> {
  return request('GET', '/api/admin/reports', { signal });
}

export function markReportHandled(id: string): Promise<void> {
  return request('POST', `/api/admin/reports/${encodeURIComponent(id)}/handled`);
}
