-- Organisations with no member but this account are only its own: they go with it.
DELETE FROM organisations o
WHERE EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $1)
  AND NOT EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id <> $1);
