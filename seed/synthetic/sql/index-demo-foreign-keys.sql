-- Removing the demo deletes thousands of users at once, and every deleted user makes PostgreSQL look up the rows
-- that reference it. The schema now indexes assets.created_by, assets.recorded_by and consents.user_id,
-- so these temporary duplicates (dropped again by drop-demo-foreign-key-indexes.sql) are redundant and can go.
CREATE INDEX demo_replace_assets_created_by ON assets (created_by);
CREATE INDEX demo_replace_assets_recorded_by ON assets (recorded_by);
CREATE INDEX demo_replace_consents_user_id ON consents (user_id);
