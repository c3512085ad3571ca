UPDATE reports SET handled_at = coalesce(handled_at, now()), handled_by = coalesce(handled_by, $2) WHERE id = $1 RETURNING id;
