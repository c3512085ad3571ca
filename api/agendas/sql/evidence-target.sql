-- Whether what a piece of evidence names ($1 kind, $2 ref) exists and belongs to agenda $3's area: any indicator of the
-- kompas; a survey round that asked (part of) the area; a visible observation or a public story in the area.
SELECT CASE $1
  WHEN 'indicator' THEN EXISTS (SELECT 1 FROM indicators WHERE key = $2)
  WHEN 'survey' THEN EXISTS (
    SELECT 1 FROM survey_rounds r
    WHERE r.id::text = $2
      AND (r.area_type = 'municipality'
           OR (r.area_type = 'wijk' AND r.area_code IN (SELECT b.wijk_code FROM buurten b WHERE b.code IN (SELECT agenda_buurt_codes($3))))
           OR (r.area_type = 'buurt' AND r.area_code IN (SELECT agenda_buurt_codes($3)))))
  WHEN 'observation' THEN EXISTS (
    SELECT 1 FROM observations o WHERE o.id::text = $2 AND o.hidden_at IS NULL AND o.buurt_code IN (SELECT agenda_buurt_codes($3)))
  ELSE EXISTS (
    SELECT 1 FROM assets s WHERE s.id::text = $2 AND s.type = 'story' AND s.visibility = 'public' AND s.buurt_code IN (SELECT agenda_buurt_codes($3)))
END AS ok;
