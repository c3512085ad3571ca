-- A new draft agenda for buurt $1 or wijk $2, year $3, by $4; nothing when the area has one for that year.
INSERT INTO agendas (buurt_code, wijk_code, year, created_by)
VALUES ($1, $2, $3, $4)
ON CONFLICT DO NOTHING
RETURNING id;
