-- Unsubscribe token $1 as it stands, without using it, with the language of its person.
SELECT t.kind, t.used_at, t.expires_at, u.language
FROM unsubscribe_tokens t JOIN users u ON u.id = t.user_id
WHERE t.token_hash = $1;
