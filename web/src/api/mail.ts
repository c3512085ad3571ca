import type { MailMode, NotificationMailKind, UnsubscribeKind } from '../../../api/mail/mail.schemas.ts';
import type { Language } from '../../../api/shared/schemas.ts';
import { request } from './client.ts';

export type MailKind = NotificationMailKind;
export type { MailMode };
export type MailModes = Record<MailKind, MailMode>;
/** As the API's schema (api/mail/mail.schemas.ts) says, with the kinds named: its object is built from the list. */
export interface NotificationPreferences {
  modes: MailModes;
  defaults: MailModes;
}
export interface UnsubscribeLink {
  kind: UnsubscribeKind;
  language: Language;
}

export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return request('GET', '/api/me/notification-preferences', { signal });
}

export function updateNotificationPreferences(modes: Partial<MailModes>): Promise<NotificationPreferences> {
  return request('PUT', '/api/me/notification-preferences', { body: { modes } });
}

const unsubscribeUrl = (token: string) => `/api/mail/unsubscribe?token=${encodeURIComponent(token)}`;

/** What an unsubscribe link stops, without using it. */
export function describeUnsubscribeLink(token: string, signal?: AbortSignal): Promise<UnsubscribeLink> {
  return request('GET', unsubscribeUrl(token), { signal });
}

export function unsubscribe(token: string): Promise<{ kind: UnsubscribeKind }> {
  return request('POST', unsubscribeUrl(token));
}
