-- Whether any person of the one side ($1) blocked any of the other ($2), either way round.
SELECT EXISTS (
  SELECT 1 FROM user_blocks b
  WHERE (b.blocker_id = ANY ($1::uuid[]) AND b.blocked_id = ANY ($2::uuid[]))
     OR (b.blocker_id = ANY ($2::uuid[]) AND b.blocked_id = ANY ($1::uuid[]))
) AS blocked;
