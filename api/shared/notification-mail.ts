import type { Queryable } from './db.ts';
import type { MailBlock } from './mail-layout.ts';
import type { Language } from './schemas.ts';
import { loadQueries } from './sql.ts';
import { hashToken, newToken } from './tokens.ts';

/** The kinds of notification mail a person chooses for, each on its own. */
export const NOTIFICATION_MAIL_KINDS = [
  'introduction_asked',
  'introduction_accepted',
  'connector_introduction',
  'thread_message',
  'agenda_status',
  'buurt_digest',
] as const;
export type NotificationMailKind = (typeof NOTIFICATION_MAIL_KINDS)[number];

/** Right away, in the daily summary (07:00 Dutch time), or not at all (the schema's CHECK lists the same). */
export type MailMode = 'immediate' | 'daily' | 'never';

/**
 * What each kind may be set to, the first being its default: the one place the defaults are defined. The buurt
 * digest is weekly by nature (a week after the last, for the buurten one follows), so it is "immediate" (= when it is
 * due) or never; a daily summary of a weekly mail would say nothing new.
 */
export const MAIL_MODES_OF: Record<NotificationMailKind, readonly MailMode[]> = {
  introduction_asked: ['immediate', 'daily', 'never'],
  introduction_accepted: ['immediate', 'daily', 'never'],
  connector_introduction: ['immediate', 'daily', 'never'],
  thread_message: ['immediate', 'daily', 'never'],
  agenda_status: ['daily', 'immediate', 'never'],
  buurt_digest: ['immediate', 'never'],
};

export const defaultMailMode = (kind: NotificationMailKind): MailMode => MAIL_MODES_OF[kind][0]!;

/** The daily summary's own unsubscribe: every kind set to "daily" becomes "never". */
export const DAILY_SUMMARY = 'daily_summary';
export type UnsubscribeKind = NotificationMailKind | typeof DAILY_SUMMARY;

/** The one route a mail's one-click unsubscribe posts to (RFC 8058): no session, no CSRF token; the token decides. */
export const UNSUBSCRIBE_PATH = '/api/mail/unsubscribe';
/** The page a mail's visible unsubscribe link opens; a GET must not unsubscribe, as mail scanners follow links. */
const UNSUBSCRIBE_PAGE = '/afmelden';
/** Where a person's mail settings are on the profile page. */
export const SETTINGS_ANCHOR = '/profiel#meldingen';
/** How long an unsubscribe link works. */
const UNSUBSCRIBE_LINK_DAYS = 60;

const queries = loadQueries(import.meta.url, ['insert-unsubscribe-token', 'mail-modes']);

/** Each kind's mode for the person, defaults filled in. */
export async function mailModes(db: Queryable, userId: string): Promise<Record<NotificationMailKind, MailMode>> {
  const { rows } = await db.query<{ kind: NotificationMailKind; mode: MailMode }>(queries.mailModes, [userId]);
  const modes = Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [kind, defaultMailMode(kind)])) as Record<
    NotificationMailKind,
    MailMode
  >;
  for (const row of rows) modes[row.kind] = row.mode;
  return modes;
}

const FOOTER_TEXT = {
  nl: {
    why: 'Je krijgt deze e-mail omdat je een account op Krachtkaart hebt.',
    settings: 'Kies welke e-mails je krijgt',
    unsubscribe: 'Deze e-mails niet meer ontvangen',
  },
  en: {
    why: 'You receive this e-mail because you have an account on Krachtkaart.',
    settings: 'Choose which e-mails you receive',
    unsubscribe: 'Stop these e-mails',
  },
} as const;

/**
 * What makes a notification mail one its recipient controls: a single-use unsubscribe token (stored hashed, in the
 * mail's transaction), the RFC 8058 headers, and a footer with the unsubscribe page and the settings.
 */
export async function unsubscribeParts(
  db: Queryable,
  options: { userId: string; kind: UnsubscribeKind; language: Language; publicUrl: string; now: Date },
): Promise<{ headers: Record<string, string>; footer: MailBlock[] }> {
  const token = newToken();
  const expiresAt = new Date(options.now.getTime() + UNSUBSCRIBE_LINK_DAYS * 24 * 3600 * 1000);
  await db.query(queries.insertUnsubscribeToken, [
    hashToken(token),
    options.userId,
    options.kind,
    options.now,
    expiresAt,
  ]);
  const query = `token=${encodeURIComponent(token)}`;
  const text = FOOTER_TEXT[options.language];
  return {
    headers: {
      'List-Unsubscribe': `<${options.publicUrl}${UNSUBSCRIBE_PATH}?${query}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    footer: [
      { kind: 'paragraph', text: text.why },
      { kind: 'action', label: text.settings, url: `${options.publicUrl}${SETTINGS_ANCHOR}` },
      { kind: 'action', label: text.unsubscribe, url: `${options.publicUrl}${UNSUBSCRIBE_PAGE}?${query}` },
    ],
  };
}
