-- Up Migration

-- Secrets the app generates for itself on first start (the session cookie secret), so that `npm start` needs no
-- configuration and sessions survive a restart.
CREATE TABLE app_secrets (
  name        text PRIMARY KEY,
  value       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email              text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  password_hash      text NOT NULL,
  display_name       text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
  language           text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
  home_buurt_code    text REFERENCES buurten (code),
  -- The exact home point, for distance calculations inside the database only. Privacy: no response, log line or
  -- export to anyone but its owner may contain it. Geography, so distances come out in metres.
  home_location      geography(Point, 4326),
  email_verified_at  timestamptz,
  is_admin           boolean NOT NULL DEFAULT false,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_home_location_gist ON users USING gist (home_location);
CREATE INDEX users_home_buurt_code_idx ON users (home_buurt_code);

-- Server-side sessions. Only a SHA-256 of the cookie's session id is stored, so a copy of this table opens no session.
CREATE TABLE sessions (
  id_hash       text PRIMARY KEY,
  -- What the owner sees in "my sessions" and revokes by; the cookie's id never leaves the cookie.
  public_id     uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
  user_id       uuid REFERENCES users (id) ON DELETE CASCADE,
  data          jsonb NOT NULL,
  user_agent    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

-- Single-use links sent by e-mail (password reset, address confirmation); only their hash is stored.
CREATE TABLE auth_tokens (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose     text NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX auth_tokens_user_id_idx ON auth_tokens (user_id);

-- Consent with the exact text version shown; withdrawing keeps the record (when given, when withdrawn).
CREATE TABLE consents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose       text NOT NULL CHECK (purpose IN ('home_location')),
  text_version  text NOT NULL,
  given_at      timestamptz NOT NULL DEFAULT now(),
  withdrawn_at  timestamptz
);
CREATE UNIQUE INDEX consents_one_active_per_purpose ON consents (user_id, purpose) WHERE withdrawn_at IS NULL;

-- Outgoing e-mail. There is no mail server: messages wait here, an admin page lists them, and a real mailer can
-- deliver them later (sent_at).
CREATE TABLE outbox_messages (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address  text NOT NULL,
  user_id     uuid REFERENCES users (id) ON DELETE CASCADE,
  kind        text NOT NULL,
  subject     text NOT NULL,
  body        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  sent_at     timestamptz
);
CREATE INDEX outbox_messages_created_at_idx ON outbox_messages (created_at DESC);
CREATE INDEX outbox_messages_user_id_idx ON outbox_messages (user_id);

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  kind        text NOT NULL CHECK (kind IN ('association', 'initiative', 'institution', 'business')),
  -- Who started it; set to NULL (anonymised) when that account is deleted, the organisation stays for its members.
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation_members (
  organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id          uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role             text NOT NULL CHECK (role IN ('owner', 'member')),
  joined_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_members_user_id_idx ON organisation_members (user_id);

CREATE TABLE organisation_invitations (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email            text NOT NULL,
  token_hash       text NOT NULL UNIQUE,
  invited_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  accepted_at      timestamptz,
  accepted_by      uuid REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX organisation_invitations_organisation_id_idx ON organisation_invitations (organisation_id);

-- A connector (buurtverbinder, community builder) acts for specific buurten or wijken, granted by an admin.
CREATE TABLE connector_areas (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  buurt_code  text REFERENCES buurten (code),
  wijk_code   text REFERENCES wijken (code),
  granted_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  granted_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((buurt_code IS NULL) <> (wijk_code IS NULL))
);
CREATE UNIQUE INDEX connector_areas_unique ON connector_areas (user_id, coalesce(buurt_code, wijk_code));

-- Down Migration

DROP TABLE connector_areas;
DROP TABLE organisation_invitations;
DROP TABLE organisation_members;
DROP TABLE organisations;
DROP TABLE outbox_messages;
DROP TABLE consents;
DROP TABLE auth_tokens;
DROP TABLE sessions;
DROP TABLE users;
DROP TABLE app_secrets;
