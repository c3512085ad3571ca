import type { App } from './app.ts';
import type { MailTransport } from './mail/mail.transport.ts';
import { notificationJobs } from './mail/notification-mails.service.ts';
import { outboxJob } from './mail/outbox.worker.ts';
import type { ScheduledJob } from './shared/scheduler.ts';

/** The periodic work of a server process, one line a job (see startScheduler). */
export function scheduledJobs(app: App, transport: MailTransport | null): ScheduledJob[] {
  return [
    // Notification mails, the daily summaries and the weekly buurt digests: written to the outbox.
    ...notificationJobs({ mailer: app.mailer, publicUrl: app.settings.publicUrl }),
    // Without a mail server the outbox is only read on the admin page.
    ...(transport === null ? [] : [outboxJob(transport)]),
  ];
}
