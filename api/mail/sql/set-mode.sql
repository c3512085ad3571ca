-- Person $1 wants mails of kind $2 in mode $3.
INSERT INTO notification_preferences (user_id, kind, mode) VALUES ($1, $2, $3)
ON CONFLICT (user_id, kind) DO UPDATE SET mode = excluded.mode, updated_at = now();
