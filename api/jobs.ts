import type { App } from './app.ts';
import { digestJob } from './follows/digest.job.ts';
import type { MailTransport } from './mail/mail.transport.ts';
import { outboxJob } from './mail/outbox.worker.ts';
import type { ScheduledJob } from './shared/scheduler.ts';

/** The periodic work of a server process, one line a job (see startScheduler). */
export function scheduledJobs(app: App, transport: MailTransport | null): ScheduledJob[] {
  return [
    digestJob(app.mailer, app.settings.publicUrl),
    // Without a mail server the outbox is only read on the admin page.
    ...(transport === null ? [] : [outboxJob(transport)]),
  ];
}
