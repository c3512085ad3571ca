-- The two parties of introduction $1 with their people (the resident, or every member of the organisation).
SELECT p.position, p.user_id, p.organisation_id, p.answer,
       CASE WHEN p.user_id IS NOT NULL THEN ARRAY[p.user_id]
            ELSE ARRAY(SELECT m.user_id FROM organisation_members m WHERE m.organisation_id = p.organisation_id) END AS people
FROM introduction_parties p
WHERE p.introduction_id = $1
ORDER BY p.position;
