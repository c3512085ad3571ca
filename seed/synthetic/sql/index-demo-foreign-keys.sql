-- Removing the demo deletes thousands of users at once, and every deleted user makes PostgreSQL look up the rows
-- that reference it. assets.created_by, assets.recorded_by and consents.user_id have no index of their own, so each
-- look-up would scan the whole table (hours at a million assets). These indexes live only inside the replacing
-- transaction (drop-demo-foreign-key-indexes.sql removes them again).
CREATE INDEX demo_replace_assets_created_by ON assets (created_by);
CREATE INDEX demo_replace_assets_recorded_by ON assets (recorded_by);
CREATE INDEX demo_replace_consents_user_id ON consents (user_id);
