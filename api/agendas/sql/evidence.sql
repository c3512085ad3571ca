-- What agenda $1's items rest on, and its gathered stories, in language $2: each with what it names. A hidden
-- observation or a story no longer public keeps its place but loses its words.
SELECT e.id, e.item_id, e.kind, e.note,
       coalesce(e.indicator_key, e.survey_round_id::text, e.observation_id::text, e.asset_id::text) AS ref,
       CASE e.kind
         WHEN 'indicator' THEN CASE WHEN $2 = 'en' THEN ind.label_en ELSE ind.label_nl END
         WHEN 'survey' THEN r.title
         WHEN 'observation' THEN CASE WHEN o.hidden_at IS NULL THEN o.body ELSE '' END
         ELSE CASE WHEN s.visibility = 'public' THEN s.title ELSE '' END
       END AS title,
       o.kind AS observation_kind, o.buurt_code AS observation_buurt, s.buurt_code AS story_buurt,
       r.area_type AS round_area_type, r.area_code AS round_area_code, extract(year FROM r.opens_at)::int AS round_year
FROM agenda_evidence e
LEFT JOIN indicators ind ON ind.key = e.indicator_key
LEFT JOIN survey_rounds r ON r.id = e.survey_round_id
LEFT JOIN observations o ON o.id = e.observation_id
LEFT JOIN assets s ON s.id = e.asset_id
WHERE e.agenda_id = $1
ORDER BY array_position(ARRAY['indicator', 'survey', 'observation', 'story'], e.kind), e.created_at, e.id;
