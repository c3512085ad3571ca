import type { FollowedBuurtSchema } from '../../../api/follows/follows.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { request } from './client.ts';

// Following a buurt: a weekly e-mail of what is new there.

export type FollowedBuurt = Static<typeof FollowedBuurtSchema>;

export function getFollows(signal?: AbortSignal): Promise<FollowedBuurt[]> {
  return request('GET', '/api/me/follows', { signal });
}

export function followBuurt(code: string): Promise<void> {
  return request('PUT', `/api/me/follows/${encodeURIComponent(code)}`);
}

export function unfollowBuurt(code: string): Promise<void> {
  return request('DELETE', `/api/me/follows/${encodeURIComponent(code)}`);
}
