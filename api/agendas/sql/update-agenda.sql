UPDATE agendas SET urgency = coalesce($2, urgency), counting_telling = coalesce($3, counting_telling), updated_at = now()
WHERE id = $1;
