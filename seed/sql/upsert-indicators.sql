-- $1: json array of indicator definitions; only changed rows are rewritten.
INSERT INTO indicators (key, family, quarter, theme, label_nl, label_en, explanation_nl, explanation_en, unit, direction, source, sort)
SELECT i.key, i.family, i.quarter, i.theme, i.label_nl, i.label_en, i.explanation_nl, i.explanation_en, i.unit, i.direction, i.source, i.sort
FROM json_to_recordset($1::json) AS i (key text, family text, quarter text, theme text, label_nl text, label_en text,
                                        explanation_nl text, explanation_en text, unit text, direction text, source text, sort integer)
ON CONFLICT (key) DO UPDATE
SET family = excluded.family, quarter = excluded.quarter, theme = excluded.theme, label_nl = excluded.label_nl,
    label_en = excluded.label_en, explanation_nl = excluded.explanation_nl, explanation_en = excluded.explanation_en,
    unit = excluded.unit, direction = excluded.direction, source = excluded.source, sort = excluded.sort
WHERE (indicators.family, indicators.quarter, indicators.theme, indicators.label_nl, indicators.label_en, indicators.explanation_nl,
       indicators.explanation_en, indicators.unit, indicators.direction, indicators.source, indicators.sort)
      IS DISTINCT FROM (excluded.family, excluded.quarter, excluded.theme, excluded.label_nl, excluded.label_en, excluded.explanation_nl,
                        excluded.explanation_en, excluded.unit, excluded.direction, excluded.source, excluded.sort)
RETURNING (xmax = 0) AS inserted;
