-- The people behind a party: the resident $1, or every member of organisation $2.
SELECT $1::uuid AS user_id WHERE $1::uuid IS NOT NULL
UNION
SELECT m.user_id FROM organisation_members m WHERE m.organisation_id = $2;
