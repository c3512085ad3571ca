SELECT requested_by FROM introductions WHERE id = $1;
