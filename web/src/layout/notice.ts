/** A message for the next page, carried in the router's location state (it does not survive in the URL). */
export type NoticeKind = 'loggedOut' | 'logoutFailed' | 'accountDeleted';

export interface NoticeState {
  notice: NoticeKind;
}

export function noticeState(notice: NoticeKind): NoticeState {
  return { notice };
}

export function noticeOf(state: unknown): NoticeKind | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const { notice } = state;
  return notice === 'loggedOut' || notice === 'logoutFailed' || notice === 'accountDeleted' ? notice : null;
}
