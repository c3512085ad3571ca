import type { Pool } from 'pg';
import { HttpError } from '../shared/http-error.ts';
import {
  DAILY_SUMMARY,
  mailModes,
  MAIL_MODES_OF,
  NOTIFICATION_MAIL_KINDS,
  SETTINGS_ANCHOR,
  defaultMailMode,
  type MailMode,
  type NotificationMailKind,
} from '../shared/notification-mail.ts';
import { hashToken } from '../shared/tokens.ts';
import { inTransaction } from '../shared/transaction.ts';
import { mailRepository as repository } from './mail.repository.ts';

const DEFAULTS = Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [kind, defaultMailMode(kind)])) as Record<
  NotificationMailKind,
  MailMode
>;

/** A person's choice of notification mail, and the one-click unsubscribe of a mail's link. */
export function mailService({ pool, publicUrl }: { pool: Pool; publicUrl: string }) {
  const preferences = async (userId: string) => ({ modes: await mailModes(pool, userId), defaults: DEFAULTS });

  /** A token that no longer unsubscribes: a 4xx that says why and where the settings are. */
  function invalidToken(reason: 'unknown' | 'used' | 'expired'): HttpError {
    const why = {
      unknown: 'is not a known unsubscribe link (mistyped, or the account was deleted)',
      used: 'was used already: this unsubscribe link works once',
      expired: 'has expired',
    }[reason];
    const status = reason === 'unknown' ? 404 : 410;
    return new HttpError(
      status,
      `${why}. Change which e-mails you receive in your settings: ${publicUrl}${SETTINGS_ANCHOR}`,
      {
        field: 'querystring/token',
        rule: reason === 'unknown' ? 'exists' : reason === 'used' ? 'single-use' : 'not-expired',
      },
    );
  }

  async function checkToken(token: string, now: Date) {
    const found = await repository.findUnsubscribeToken(pool, hashToken(token));
    if (!found) throw invalidToken('unknown');
    if (found.used_at) throw invalidToken('used');
    if (found.expires_at <= now) throw invalidToken('expired');
    return found;
  }

  return {
    preferences,

    async updatePreferences(userId: string, modes: Partial<Record<NotificationMailKind, MailMode>>) {
      await inTransaction(pool, async (client) => {
        for (const kind of NOTIFICATION_MAIL_KINDS) {
          const mode = modes[kind];
          // The schema allows each kind its modes only; this keeps the rule in one place for the service too.
          if (mode !== undefined && MAIL_MODES_OF[kind].includes(mode))
            await repository.setMode(client, userId, kind, mode);
        }
      });
      return preferences(userId);
    },

    /** What an unsubscribe link is about, without using it (a GET must not unsubscribe). */
    async describeUnsubscribe(token: string, now = new Date()) {
      const found = await checkToken(token, now);
      return { kind: found.kind, language: found.language };
    },

    /** Uses the link once: its kind (or, for the daily summary, every kind on "daily") becomes "never". */
    async unsubscribe(token: string, now = new Date()) {
      const done = await inTransaction(pool, async (client) => {
        const used = await repository.useUnsubscribeToken(client, hashToken(token), now);
        if (!used) return null;
        const kinds =
          used.kind === DAILY_SUMMARY ? NOTIFICATION_MAIL_KINDS.filter((kind) => kind !== 'buurt_digest') : [used.kind];
        const modes = await mailModes(client, used.user_id);
        const stopping = used.kind === DAILY_SUMMARY ? kinds.filter((kind) => modes[kind] === 'daily') : kinds;
        await repository.setNever(client, used.user_id, stopping);
        return used.kind;
      });
      // Tell why it did not work, as the GET does.
      if (done === null) await checkToken(token, now);
      return { kind: done! };
    },
  };
}
