-- $1 organisation, $2 user, $3 role; joining twice keeps the first membership.
INSERT INTO organisation_members (organisation_id, user_id, role) VALUES ($1, $2, $3)
ON CONFLICT (organisation_id, user_id) DO NOTHING;
