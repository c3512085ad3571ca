-- Up Migration

-- "Goes well" / "could be better" (issue 6, after the Dorpsspiegel): residents pin an observation on the map with words
-- and an optional photo. Photos are stored re-encoded, without location or camera metadata, with a thumbnail; the
-- original upload is never kept. Connectors of the buurt and administrators can hide one; every moderation step is
-- kept in an audit trail.
CREATE TABLE observations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('goes-well', 'could-be-better')),
  body          text NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
  -- Where it is about: public space, chosen by the resident (not their home).
  location      geometry(Point, 4326) NOT NULL,
  buurt_code    text NOT NULL REFERENCES buurten (code),
  photo         bytea,
  thumbnail     bytea,
  created_at    timestamptz NOT NULL DEFAULT now(),
  hidden_at     timestamptz,
  hidden_by     uuid REFERENCES users (id) ON DELETE SET NULL,
  hidden_reason text,
  CHECK ((photo IS NULL) = (thumbnail IS NULL))
);
CREATE INDEX observations_location_gist ON observations USING gist (location);
CREATE INDEX observations_buurt_code_idx ON observations (buurt_code, created_at DESC);
CREATE INDEX observations_user_id_idx ON observations (user_id);
CREATE INDEX observations_hidden_by_idx ON observations (hidden_by);

CREATE TABLE observation_reports (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  observation_id  uuid NOT NULL REFERENCES observations (id) ON DELETE CASCADE,
  reporter_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  reason          text NOT NULL CHECK (reason IN ('personal-data', 'offensive', 'spam', 'other')),
  note            text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX observation_reports_observation_id_idx ON observation_reports (observation_id);
CREATE INDEX observation_reports_reporter_id_idx ON observation_reports (reporter_id);

-- The audit trail: who hid or showed again which observation, when and why. Kept when the observation goes.
CREATE TABLE moderation_log (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  observation_id  uuid REFERENCES observations (id) ON DELETE SET NULL,
  actor_id        uuid REFERENCES users (id) ON DELETE SET NULL,
  action          text NOT NULL CHECK (action IN ('hidden', 'shown')),
  reason          text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_log_observation_id_idx ON moderation_log (observation_id);
CREATE INDEX moderation_log_actor_id_idx ON moderation_log (actor_id);

-- Down Migration

DROP TABLE moderation_log;
DROP TABLE observation_reports;
DROP TABLE observations;
