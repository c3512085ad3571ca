-- Person $1 wants no more mails of kinds $2.
INSERT INTO notification_preferences (user_id, kind, mode)
SELECT $1, kind, 'never' FROM unnest($2::text[]) AS kind
ON CONFLICT (user_id, kind) DO UPDATE SET mode = 'never', updated_at = now();
