import { request } from './client.ts';

// Following a buurt: a weekly e-mail of what is new there.

export interface FollowedBuurt {
  code: string;
  name: string;
  since: string;
  lastDigestAt: string;
}

export function getFollows(signal?: AbortSignal): Promise<FollowedBuurt[]> {
  return request('GET', '/api/me/follows', { signal });
}

export function followBuurt(code: string): Promise<void> {
  return request('PUT', `/api/me/follows/${encodeURIComponent(code)}`);
}

export function unfollowBuurt(code: string): Promise<void> {
  return request('DELETE', `/api/me/follows/${encodeURIComponent(code)}`);
}
