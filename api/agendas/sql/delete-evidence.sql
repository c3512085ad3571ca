DELETE FROM agenda_evidence WHERE id = $2 AND agenda_id = $1
RETURNING item_id, kind, coalesce(indicator_key, survey_round_id::text, observation_id::text, asset_id::text) AS ref;
