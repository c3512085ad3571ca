-- How many introductions account $1 asked for in the last 24 hours, and when the oldest of them leaves that window.
SELECT count(*)::integer AS n, extract(epoch FROM min(created_at) + interval '1 day' - now())::float8 AS seconds_left
FROM introductions WHERE requested_by = $1 AND created_at > now() - interval '1 day';
