DELETE FROM agenda_parties WHERE id = $1;
