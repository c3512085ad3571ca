UPDATE agendas SET updated_at = now() WHERE id = $1;
