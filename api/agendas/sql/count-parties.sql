-- How many of parties $2 sit at agenda $1's table.
SELECT count(*)::int AS n FROM agenda_parties WHERE agenda_id = $1 AND id = ANY ($2::uuid[]);
