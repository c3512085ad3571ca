-- A party at agenda $1's table; nothing when that organisation or person already sits there.
INSERT INTO agenda_parties (agenda_id, role, organisation_id, user_id, name, added_by)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT DO NOTHING
RETURNING id;
