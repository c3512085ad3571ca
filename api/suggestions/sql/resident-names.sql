-- Display names of residents $1 (the few suggestions shown, and the nearest members of a group).
SELECT id, display_name AS name FROM users WHERE id = ANY ($1::uuid[]);
