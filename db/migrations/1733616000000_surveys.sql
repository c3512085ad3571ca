-- Up Migration

-- The residents' mirror (issue 6, after Lemon): survey rounds opened for an area by an admin or a connector of it;
-- each resident of the area answers once per round. Results are only ever shown in aggregate per buurt and wijk, and
-- not at all below 5 responses (api/surveys).
CREATE TABLE survey_rounds (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A buurt, a wijk or the whole municipality: the round asks the residents of its buurten.
  area_type   text NOT NULL CHECK (area_type IN ('buurt', 'wijk', 'municipality')),
  area_code   text NOT NULL,
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  opens_at    timestamptz NOT NULL DEFAULT now(),
  closes_at   timestamptz NOT NULL,
  opened_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_at > opens_at)
);
CREATE INDEX survey_rounds_area_idx ON survey_rounds (area_type, area_code, opens_at);
CREATE INDEX survey_rounds_opened_by_idx ON survey_rounds (opened_by);

CREATE TABLE survey_answers (
  round_id     uuid NOT NULL REFERENCES survey_rounds (id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The buurt the resident lived in when answering: results are per buurt (and wijk).
  buurt_code   text NOT NULL REFERENCES buurten (code),
  physical     smallint NOT NULL CHECK (physical BETWEEN 1 AND 10),
  social       smallint NOT NULL CHECK (social BETWEEN 1 AND 10),
  nuisance     smallint NOT NULL CHECK (nuisance BETWEEN 1 AND 10),
  safety       smallint NOT NULL CHECK (safety BETWEEN 1 AND 10),
  overall      smallint NOT NULL CHECK (overall BETWEEN 1 AND 10),
  trend        text NOT NULL CHECK (trend IN ('better', 'same', 'worse')),
  comment      text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  answered_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, user_id)
);
CREATE INDEX survey_answers_user_id_idx ON survey_answers (user_id);
CREATE INDEX survey_answers_buurt_code_idx ON survey_answers (buurt_code);

-- Down Migration

DROP TABLE survey_answers;
DROP TABLE survey_rounds;
