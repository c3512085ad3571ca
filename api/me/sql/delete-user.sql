-- Cascades to sessions, links, consents, memberships and connector areas; what others share keeps its rows with
-- the account's reference set to NULL (anonymised).
DELETE FROM users WHERE id = $1 RETURNING email;
