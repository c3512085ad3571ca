SELECT id, area_type, area_code, title, opens_at, closes_at, now() BETWEEN opens_at AND closes_at AS open FROM survey_rounds WHERE id = $1;
