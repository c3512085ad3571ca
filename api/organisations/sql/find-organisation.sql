SELECT o.id, o.name, o.kind, o.created_at, o.description, o.website, o.tags, o.buurt_code,
       (SELECT b.name FROM buurten b WHERE b.code = o.buurt_code) AS buurt_name,
       -- An organisation's location is public: it is a place, not a home.
       ST_X(o.location) AS lng, ST_Y(o.location) AS lat,
       o.last_confirmed_at > now() - interval '12 months' AS still_active,
       (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count
FROM organisations o
WHERE o.id = $1;
