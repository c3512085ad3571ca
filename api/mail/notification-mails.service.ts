import type { Pool } from 'pg';
import { sendDueDigests } from '../follows/digest.service.ts';
import type { Mailer } from '../shared/mailer.ts';
import { renderMail, type MailBlock } from '../shared/mail-layout.ts';
import { DAILY_SUMMARY, unsubscribeParts } from '../shared/notification-mail.ts';
import type { ScheduledJob } from '../shared/scheduler.ts';
import { inTransaction } from '../shared/transaction.ts';
import { mailRepository as repository, type ClaimedNotification } from './mail.repository.ts';
import { dailySummaryText, greeting, notificationText } from './notification-texts.ts';

export interface NotificationMailDeps {
  mailer: Mailer;
  /** Where links in mails point, e.g. https://krachtkaart.example.org */
  publicUrl: string;
  /** Only these people's mail (tests on a database other tests share); everyone's when absent. */
  people?: string[];
}

/** How many people one run writes to; the next run takes the rest. */
const RECIPIENTS_PER_RUN = 200;
const MINUTE_MS = 60 * 1000;
/** The daily summary goes out at this hour in the Netherlands. */
const DAILY_SUMMARY_HOUR = 7;
const TIME_ZONE = 'Europe/Amsterdam';

type Run = 'frequent' | 'daily';

/**
 * Mails one person's unmailed notifications, in one short transaction: the rows are claimed (FOR UPDATE SKIP LOCKED),
 * the mails queued and the rows marked mailed together, so a notification is mailed once even with two server
 * processes. Nothing here waits on another connection or on a mail server. Returns how many mails were written.
 */
async function mailOnePerson(pool: Pool, deps: NotificationMailDeps, userId: string, now: Date, run: Run) {
  return inTransaction(pool, async (client) => {
    const claimed = await repository.claimUnmailed(client, userId, now);
    if (claimed.length === 0) return 0;
    const person = await repository.recipient(client, userId);
    // Set aside without a mail: what the person read in the app already, what the app does not show them, what they
    // want no mail of, and everything while their address is not confirmed.
    const setAside = claimed.filter((item) => !person?.verified || item.read || item.hidden || item.mode === 'never');
    await repository.markMailed(client, ids(setAside), now, null);
    if (!person?.verified) return 0;
    const open = claimed.filter((item) => !setAside.includes(item));
    const send = async (items: ClaimedNotification[], kind: string, blocks: MailBlock[], subject: string) => {
      const unsubscribe = await unsubscribeParts(client, {
        userId,
        kind: kind === DAILY_SUMMARY ? DAILY_SUMMARY : items[0]!.mailKind,
        language: person.language,
        publicUrl: deps.publicUrl,
        now,
      });
      const mail = renderMail({ language: person.language, subject, blocks, footer: unsubscribe.footer });
      const mailId = await deps.mailer.send(
        { to: person.email, userId, kind, language: person.language, headers: unsubscribe.headers, ...mail },
        client,
      );
      await repository.markMailed(client, ids(items), now, mailId);
    };

    if (run === 'daily') {
      const daily = open.filter((item) => item.mode === 'daily');
      if (daily.length === 0) return 0;
      const text = dailySummaryText(person.language, person.display_name, daily.length);
      const lines = daily.map((item) => notificationText(person.language, item, deps.publicUrl).line);
      await send(
        daily,
        DAILY_SUMMARY,
        [
          { kind: 'paragraph', text: text.greeting },
          { kind: 'paragraph', text: text.intro },
          { kind: 'list', items: lines },
          { kind: 'action', label: text.open, url: `${deps.publicUrl}/` },
        ],
        text.subject,
      );
      return 1;
    }

    // One mail a notification, but one a thread: its messages wait while a mail about it went out within the hour.
    const due = open.filter((item) => item.mode === 'immediate' && !item.threadMailedRecently);
    const groups = new Map<string, ClaimedNotification[]>();
    for (const item of due) {
      const key = item.kind === 'message' ? `thread:${item.introductionId}` : item.id;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const items of groups.values()) {
      const text = notificationText(person.language, items[0]!, deps.publicUrl);
      await send(
        items,
        items[0]!.mailKind,
        [{ kind: 'paragraph', text: greeting(person.language, person.display_name) }, ...text.blocks],
        text.subject,
      );
    }
    return groups.size;
  });
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

/** Mails the notifications due in a run: the frequent run those wanted now, the daily run the daily summaries. */
async function mailNotifications(pool: Pool, deps: NotificationMailDeps, now: Date, run: Run): Promise<number> {
  let sent = 0;
  const people = deps.people ?? null;
  for (const userId of await repository.recipientsWithUnmailed(pool, now, RECIPIENTS_PER_RUN, run, people))
    sent += await mailOnePerson(pool, deps, userId, now, run);
  return sent;
}

/** The offset of Dutch time from UTC at `at`, in minutes (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((each) => each.type === type)!.value);
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((local - Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/** The first 07:00 Dutch time after `now`: when the daily summary goes out. */
export function nextDailySummaryAt(now: Date): Date {
  const today = new Date(now.getTime() + amsterdamOffsetMinutes(now) * MINUTE_MS);
  for (let days = 0; days <= 2; days += 1) {
    const wall = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, DAILY_SUMMARY_HOUR);
    // The offset an hour before: the clocks change at 02:00/03:00, well before seven.
    const at = new Date(wall - amsterdamOffsetMinutes(new Date(wall - 60 * MINUTE_MS)) * MINUTE_MS);
    if (at > now) return at;
  }
  throw new Error('no next daily summary within two days');
}

/**
 * The periodic work of notification mail, for the scheduler: the frequent run (every minute: mails wanted now, thread
 * messages at most one an hour), the daily summary (07:00 Dutch time) and the weekly buurt digests (checked hourly).
 */
export function notificationJobs(deps: NotificationMailDeps): ScheduledJob[] {
  return [
    {
      name: 'notification-mails',
      next: (now) => new Date(now.getTime() + MINUTE_MS),
      run: (pool, now) => mailNotifications(pool, deps, now, 'frequent'),
    },
    {
      name: 'notification-daily-summary',
      next: nextDailySummaryAt,
      run: (pool, now) => mailNotifications(pool, deps, now, 'daily'),
    },
    {
      name: 'buurt-digests',
      next: (now) => new Date(now.getTime() + 60 * MINUTE_MS),
      run: (pool, now) => sendDueDigests(pool, deps.mailer, deps.publicUrl, now, deps.people ?? null),
    },
  ];
}
