-- Organisation $1; still active: confirmed within the last $2 months (STALE_AFTER_MONTHS).
SELECT o.id, o.name, o.kind,
       (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS "memberCount",
       o.created_at AS "createdAt", o.description, o.website, o.tags,
       -- An organisation's location is public: it is a place, not a home.
       ST_X(o.location) AS lng, ST_Y(o.location) AS lat,
       o.buurt_code AS "buurtCode", (SELECT b.name FROM buurten b WHERE b.code = o.buurt_code) AS "buurtName",
       o.last_confirmed_at > now() - make_interval(months => $2) AS "stillActive"
FROM organisations o
WHERE o.id = $1;
