-- $1: json array of {organisation_id, user_id, role}.
INSERT INTO organisation_members (organisation_id, user_id, role)
SELECT m.organisation_id, m.user_id, m.role
FROM json_to_recordset($1::json) AS m (organisation_id uuid, user_id uuid, role text);
