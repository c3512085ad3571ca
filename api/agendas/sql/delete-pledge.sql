DELETE FROM agenda_pledges WHERE id = $1;
