-- Evidence for agenda $1 (item $2, or none: a gathered story); nothing when it is there already.
INSERT INTO agenda_evidence (agenda_id, item_id, kind, indicator_key, survey_round_id, observation_id, asset_id, note, added_by)
VALUES ($1, $2, $3,
        CASE WHEN $3 = 'indicator' THEN $4 END,
        CASE WHEN $3 = 'survey' THEN $4::uuid END,
        CASE WHEN $3 = 'observation' THEN $4::uuid END,
        CASE WHEN $3 = 'story' THEN $4::uuid END,
        $5, $6)
ON CONFLICT DO NOTHING
RETURNING id;
