-- Up Migration

-- The outbox becomes a durable queue: a worker claims due messages (a short claim with a lease, so the embedded
-- database is never held in a transaction while a mail server answers), sends them, and records the outcome.
ALTER TABLE outbox_messages
  ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  ADD COLUMN html text,
  ADD COLUMN headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'expired')),
  ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN claim_id uuid,
  ADD COLUMN claimed_until timestamptz,
  ADD COLUMN last_error text,
  ADD COLUMN expires_at timestamptz,
  ADD CONSTRAINT outbox_messages_sent_check CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
  ADD CONSTRAINT outbox_messages_claim_check CHECK ((status = 'sending') = (claim_id IS NOT NULL AND claimed_until IS NOT NULL));

-- What was written before any mail could leave is not sent on its own once a mail server is set: its links have long
-- expired. An administrator can still send one again from the outbox page.
UPDATE outbox_messages SET status = 'sent' WHERE sent_at IS NOT NULL;
UPDATE outbox_messages
SET status = 'failed', last_error = 'Written before mail delivery was set up: not sent.'
WHERE sent_at IS NULL;

CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at) WHERE status IN ('queued', 'sending');

-- Each person's choice per kind of notification mail; a kind without a row has its default (api/mail).
CREATE TABLE notification_preferences (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('introduction_asked', 'introduction_accepted', 'connector_introduction',
                                     'thread_message', 'agenda_status', 'buurt_digest')),
  mode text NOT NULL CHECK (mode IN ('immediate', 'daily', 'never')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind)
);

-- The one-click unsubscribe links in mails: single-use, expiring, stored hashed like the other tokens.
CREATE TABLE unsubscribe_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX unsubscribe_tokens_user_id_idx ON unsubscribe_tokens (user_id);
CREATE INDEX unsubscribe_tokens_expires_at_idx ON unsubscribe_tokens (expires_at);

-- Notifications are mailed too: when (or whether) one went out, in which mail, and a change of status of an agenda
-- item someone supports or pledged to.
ALTER TABLE notifications
  ADD COLUMN agenda_item_id uuid REFERENCES agenda_items(id) ON DELETE CASCADE,
  ADD COLUMN detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  ADD COLUMN mailed_at timestamptz,
  ADD COLUMN mail_id uuid REFERENCES outbox_messages(id) ON DELETE SET NULL,
  DROP CONSTRAINT notifications_kind_check,
  ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('introduction-asked', 'introduction-accepted', 'message', 'agenda-status')),
  ADD CONSTRAINT notifications_subject_check
    CHECK ((kind = 'agenda-status') = (agenda_item_id IS NOT NULL AND introduction_id IS NULL));
-- Those from before are not mailed afterwards.
UPDATE notifications SET mailed_at = created_at;
CREATE INDEX notifications_unmailed_idx ON notifications (created_at) WHERE mailed_at IS NULL;
CREATE INDEX notifications_agenda_item_id_idx ON notifications (agenda_item_id);
CREATE INDEX notifications_mail_id_idx ON notifications (mail_id);

-- Periodic work (sending the outbox, digests, summaries): one row a job, claimed by whichever server process finds
-- it due first, so two processes on one database run each period once.
CREATE TABLE scheduled_jobs (
  name text PRIMARY KEY,
  next_run_at timestamptz NOT NULL DEFAULT now(),
  last_started_at timestamptz,
  last_finished_at timestamptz,
  last_error text
);

-- Down Migration

DROP TABLE scheduled_jobs;
DROP INDEX notifications_mail_id_idx;
DROP INDEX notifications_agenda_item_id_idx;
DROP INDEX notifications_unmailed_idx;
DELETE FROM notifications WHERE kind = 'agenda-status';
ALTER TABLE notifications
  DROP CONSTRAINT notifications_subject_check,
  DROP CONSTRAINT notifications_kind_check,
  ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('introduction-asked', 'introduction-accepted', 'message')),
  DROP COLUMN mail_id,
  DROP COLUMN mailed_at,
  DROP COLUMN detail,
  DROP COLUMN agenda_item_id;
DROP TABLE unsubscribe_tokens;
DROP TABLE notification_preferences;
DROP INDEX outbox_messages_due_idx;
ALTER TABLE outbox_messages
  DROP CONSTRAINT outbox_messages_claim_check,
  DROP CONSTRAINT outbox_messages_sent_check,
  DROP COLUMN expires_at,
  DROP COLUMN last_error,
  DROP COLUMN claimed_until,
  DROP COLUMN claim_id,
  DROP COLUMN next_attempt_at,
  DROP COLUMN attempts,
  DROP COLUMN status,
  DROP COLUMN headers,
  DROP COLUMN html,
  DROP COLUMN language;
