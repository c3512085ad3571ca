-- Organisation $1; still active: confirmed within the last $2 months (STALE_AFTER_MONTHS).
SELECT o.id, o.name, o.kind, o.created_at, o.description, o.website, o.tags, o.buurt_code,
       (SELECT b.name FROM buurten b WHERE b.code = o.buurt_code) AS buurt_name,
       -- An organisation's location is public: it is a place, not a home.
       ST_X(o.location) AS lng, ST_Y(o.location) AS lat,
       o.last_confirmed_at > now() - make_interval(months => $2) AS still_active,
       (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count
FROM organisations o
WHERE o.id = $1;
