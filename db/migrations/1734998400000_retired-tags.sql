-- Up Migration

-- A retired tag is no longer offered when adding or editing an item, but the items that carry it keep it, so its
-- row (and its labels) stay. NULL: in use.
ALTER TABLE tags ADD COLUMN retired_at timestamptz;

-- Down Migration

ALTER TABLE tags DROP COLUMN retired_at;
