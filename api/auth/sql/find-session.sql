-- A live session's data; refreshes "last seen" at most every five minutes, so most requests only read.
WITH touched AS (
  UPDATE sessions SET last_seen_at = now()
  WHERE id_hash = $1 AND expires_at > now() AND last_seen_at < now() - interval '5 minutes'
)
SELECT data FROM sessions WHERE id_hash = $1 AND expires_at > now();
