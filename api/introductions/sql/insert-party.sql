-- $5: the party already said yes (the one who asked, for themselves or their organisation).
INSERT INTO introduction_parties (introduction_id, position, user_id, organisation_id, answer, answered_by, answered_at)
VALUES ($1, $2, $3, $4, CASE WHEN $5::uuid IS NULL THEN 'pending' ELSE 'accepted' END, $5, CASE WHEN $5::uuid IS NULL THEN NULL ELSE now() END);
