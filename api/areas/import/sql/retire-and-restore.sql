-- Retires the areas the file lacks ($2: json array of {level, code}, the preview's missing ones) for data source $1:
-- kept with their polygon and what refers to them, but nothing is placed in them any more and the map no longer lists
-- them. The retired areas the file has again are current again. Counts per level of both.
WITH lacking AS (SELECT m.level, m.code FROM json_to_recordset($2::json) AS m (level text, code text)),
retired_buurten AS (
  UPDATE buurten b SET retired_at = now(), retired_by = $1
  FROM lacking m WHERE m.level = 'buurt' AND m.code = b.code AND b.retired_at IS NULL
  RETURNING b.code
),
retired_wijken AS (
  UPDATE wijken w SET retired_at = now(), retired_by = $1
  FROM lacking m WHERE m.level = 'wijk' AND m.code = w.code AND w.retired_at IS NULL
  RETURNING w.code
),
restored_buurten AS (
  UPDATE buurten b SET retired_at = NULL, retired_by = NULL
  FROM area_import s WHERE s.level = 'buurt' AND s.code = b.code AND b.retired_at IS NOT NULL
  RETURNING b.code
),
restored_wijken AS (
  UPDATE wijken w SET retired_at = NULL, retired_by = NULL
  FROM area_import s WHERE s.level = 'wijk' AND s.code = w.code AND w.retired_at IS NOT NULL
  RETURNING w.code
)
SELECT (SELECT count(*) FROM retired_wijken)::integer AS retired_wijken,
       (SELECT count(*) FROM retired_buurten)::integer AS retired_buurten,
       (SELECT count(*) FROM restored_wijken)::integer AS restored_wijken,
       (SELECT count(*) FROM restored_buurten)::integer AS restored_buurten;
