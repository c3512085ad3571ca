UPDATE agenda_pledges SET status = $2 WHERE id = $1;
