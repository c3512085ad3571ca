SELECT o.id, o.name, o.kind, o.created_at,
       (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS member_count
FROM organisations o
WHERE o.id = $1;
