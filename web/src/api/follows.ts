import type { FollowedBuurtSchema } from '../../../api/follows/follows.schemas.ts';
import type { Static } from '@sinclair/typebox';
import { mySet } from './client.ts';

// Following a buurt: a weekly e-mail of what is new there.

export type FollowedBuurt = Static<typeof FollowedBuurtSchema>;

const follows = mySet<FollowedBuurt>('follows');

export const getFollows = follows.list;
export const followBuurt = follows.add;
export const unfollowBuurt = follows.remove;
