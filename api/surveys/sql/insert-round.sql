INSERT INTO survey_rounds (area_type, area_code, title, opens_at, closes_at, opened_by)
VALUES ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6)
RETURNING id;
