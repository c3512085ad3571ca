SELECT role FROM organisation_members WHERE organisation_id = $1 AND user_id = $2;
