-- Up Migration

-- Functions, views and triggers are defined in db/functions and applied after the migrations; this holds the checksum
-- of what was last applied, so a start with nothing changed skips applying them again (db/functions.ts).
CREATE TABLE database_functions (
  only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  checksum    text NOT NULL,
  applied_at  timestamptz NOT NULL DEFAULT now()
);

-- Down Migration

DROP TABLE database_functions;
