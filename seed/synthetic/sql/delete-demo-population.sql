-- Removes the demo population: everything its residents created (survey rounds, assets, organisations, with their items and
-- memberships by cascade), then the residents themselves (their consents and items by cascade).
-- $1 is the LIKE pattern of the demo e-mail domain.
WITH demo AS (
  SELECT id FROM users WHERE email LIKE $1
),
removed_rounds AS (
  DELETE FROM survey_rounds r USING demo WHERE r.opened_by = demo.id
),

removed_assets AS (
  DELETE FROM assets a USING demo WHERE a.created_by = demo.id RETURNING a.id
),
removed_organisations AS (
  DELETE FROM organisations o USING demo WHERE o.created_by = demo.id RETURNING o.id
),
removed_users AS (
  DELETE FROM users u USING demo WHERE u.id = demo.id RETURNING u.id
)
SELECT (SELECT count(*) FROM removed_users)::int AS residents,
       (SELECT count(*) FROM removed_organisations)::int AS organisations,
       (SELECT count(*) FROM removed_assets)::int AS assets;
