import type {
  AnswerResultSchema,
  BlockedAccountSchema,
  Introduction,
  IntroductionBodySchema,
  IntroductionDetailSchema,
  NotificationsSchema,
  ReportBodySchema,
} from '../../../api/introductions/introductions.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { create, mySet, request } from './client.ts';

export type { Introduction };
export type IntroductionDetail = Static<typeof IntroductionDetailSchema>;
export type IntroductionParty = Introduction['parties'][number];
export type IntroductionRequest = Static<typeof IntroductionBodySchema>;
export type Notifications = Static<typeof NotificationsSchema>;
export type NotificationItem = Notifications['items'][number];
export type ReportRequest = Static<typeof ReportBodySchema>;
export type ReportReason = ReportRequest['reason'];

const introductionUrl = (id: string) => `/api/introductions/${encodeURIComponent(id)}`;

export function getIntroductions(signal?: AbortSignal): Promise<Introduction[]> {
  return request('GET', '/api/introductions', { signal });
}

/** One introduction with its thread; reading it marks its notifications read. */
export function getIntroduction(id: string, signal?: AbortSignal): Promise<IntroductionDetail> {
  return request('GET', introductionUrl(id), { signal });
}

export function askIntroduction(body: IntroductionRequest): Promise<string> {
  return create('/api/introductions', body);
}

export async function answerIntroduction(id: string, answer: 'accept' | 'decline'): Promise<Introduction['status']> {
  const path = `${introductionUrl(id)}/answer`;
  return (await request<Static<typeof AnswerResultSchema>>('POST', path, { body: { answer } })).status;
}

export function markIntroductionMet(id: string): Promise<void> {
  return request('POST', `${introductionUrl(id)}/met`);
}

export function writeIntroductionMessage(id: string, body: string): Promise<string> {
  return create(`${introductionUrl(id)}/messages`, { body });
}

export async function sendReport(body: ReportRequest): Promise<void> {
  await create('/api/reports', body);
}

export type BlockedAccount = Static<typeof BlockedAccountSchema>;

const blocks = mySet<BlockedAccount>('blocks');

export const getBlocks = blocks.list;
export const blockAccount = blocks.add;
export const unblockAccount = blocks.remove;

export function getNotifications(signal?: AbortSignal): Promise<Notifications> {
  return request('GET', '/api/me/notifications', { signal });
}

/** Marks my notifications read: those about one introduction, or all of them. */
export function readNotifications(introductionId?: string): Promise<void> {
  return request('POST', '/api/me/notifications/read', {
    body: introductionId === undefined ? {} : { introductionId },
  });
}
