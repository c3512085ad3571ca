-- How many introductions account $1 asked for in the last 24 hours.
SELECT count(*)::integer AS n FROM introductions WHERE requested_by = $1 AND created_at > now() - interval '1 day';
