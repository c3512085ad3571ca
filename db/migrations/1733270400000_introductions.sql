-- Up Migration

-- Warm introductions by double opt-in. Two parties (a resident, or an organisation answered for by any of its members)
-- are introduced at the request of one of them or of a connector of their area. Each party accepts or declines; only
-- when both accept may they write to each other. `status` is kept with the answers (one transaction) so the
-- connector's figures are a plain count.
CREATE TABLE introductions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Who asked: one of the parties' people, or a connector. NULL once that account is deleted.
  requested_by    uuid REFERENCES users (id) ON DELETE SET NULL,
  by_connector    boolean NOT NULL DEFAULT false,
  -- Where it happens, for the connector's figures: the buurt of the first party (else of the second).
  buurt_code      text REFERENCES buurten (code),
  note            text NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
  -- The suggestion it came from (rule:kind:id), if any.
  suggestion_key  text CHECK (length(suggestion_key) <= 120),
  status          text NOT NULL DEFAULT 'asked' CHECK (status IN ('asked', 'accepted', 'declined', 'met')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  answered_at     timestamptz,
  met_at          timestamptz
);
CREATE INDEX introductions_requested_by_created_at_idx ON introductions (requested_by, created_at);
CREATE INDEX introductions_buurt_code_idx ON introductions (buurt_code);

CREATE TABLE introduction_parties (
  introduction_id  uuid NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
  position         smallint NOT NULL CHECK (position IN (1, 2)),
  user_id          uuid REFERENCES users (id) ON DELETE CASCADE,
  organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
  answer           text NOT NULL DEFAULT 'pending' CHECK (answer IN ('pending', 'accepted', 'declined')),
  answered_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  answered_at      timestamptz,
  PRIMARY KEY (introduction_id, position),
  CHECK ((user_id IS NULL) <> (organisation_id IS NULL))
);
CREATE INDEX introduction_parties_user_id_idx ON introduction_parties (user_id);
CREATE INDEX introduction_parties_organisation_id_idx ON introduction_parties (organisation_id);
CREATE INDEX introduction_parties_answered_by_idx ON introduction_parties (answered_by);

-- An introduction without both parties means nothing to the one left: when a party's account or organisation is
-- deleted, the whole introduction (and its thread) goes.
CREATE FUNCTION introductions_drop_orphans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM introductions WHERE id = OLD.introduction_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER introduction_parties_drop_orphans AFTER DELETE ON introduction_parties
  FOR EACH ROW EXECUTE FUNCTION introductions_drop_orphans();

-- The thread, open once both parties accepted.
CREATE TABLE introduction_messages (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  introduction_id  uuid NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
  sender_id        uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body             text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX introduction_messages_introduction_id_idx ON introduction_messages (introduction_id, created_at);
CREATE INDEX introduction_messages_sender_id_idx ON introduction_messages (sender_id);

-- The bell: what someone has not seen yet. Declines make none (they are quiet).
CREATE TABLE notifications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('introduction-asked', 'introduction-accepted', 'message')),
  introduction_id  uuid REFERENCES introductions (id) ON DELETE CASCADE,
  created_at       timestamptz NOT NULL DEFAULT now(),
  read_at          timestamptz
);
CREATE INDEX notifications_user_id_created_at_idx ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_introduction_id_idx ON notifications (introduction_id);

-- A block: the blocked account can no longer ask the blocker for an introduction nor write to them, and the blocker
-- no longer sees their requests. The blocked account is not told.
CREATE TABLE user_blocks (
  blocker_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  blocked_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (blocker_id, blocked_id),
  CHECK (blocker_id <> blocked_id)
);
CREATE INDEX user_blocks_blocked_id_idx ON user_blocks (blocked_id);

-- A report of an account's behaviour in an introduction or a message, for the administrators.
CREATE TABLE reports (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reporter_id       uuid REFERENCES users (id) ON DELETE SET NULL,
  reported_user_id  uuid REFERENCES users (id) ON DELETE SET NULL,
  introduction_id   uuid REFERENCES introductions (id) ON DELETE SET NULL,
  message_id        uuid REFERENCES introduction_messages (id) ON DELETE SET NULL,
  reason            text NOT NULL CHECK (reason IN ('spam', 'harassment', 'unsafe', 'other')),
  note              text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  -- What was reported, as it was, so deleting the message cannot hide it from the administrators.
  quoted            text NOT NULL DEFAULT '' CHECK (length(quoted) <= 2000),
  created_at        timestamptz NOT NULL DEFAULT now(),
  handled_at        timestamptz,
  handled_by        uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX reports_created_at_idx ON reports (created_at DESC);
CREATE INDEX reports_reporter_id_idx ON reports (reporter_id);
CREATE INDEX reports_reported_user_id_idx ON reports (reported_user_id);
CREATE INDEX reports_introduction_id_idx ON reports (introduction_id);
CREATE INDEX reports_message_id_idx ON reports (message_id);
CREATE INDEX reports_handled_by_idx ON reports (handled_by);

-- Following a buurt: a weekly digest of what is new there, written to the outbox.
CREATE TABLE buurt_follows (
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  buurt_code      text NOT NULL REFERENCES buurten (code),
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_digest_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, buurt_code)
);
CREATE INDEX buurt_follows_buurt_code_idx ON buurt_follows (buurt_code);
CREATE INDEX buurt_follows_last_digest_at_idx ON buurt_follows (last_digest_at);

-- Down Migration

DROP TABLE buurt_follows;
DROP TABLE reports;
DROP TABLE user_blocks;
DROP TABLE notifications;
DROP TABLE introduction_messages;
DROP TRIGGER introduction_parties_drop_orphans ON introduction_parties;
DROP FUNCTION introductions_drop_orphans();
DROP TABLE introduction_parties;
DROP TABLE introductions;
