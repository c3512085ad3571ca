-- Renames a tag ($2 Dutch, $3 English label; NULL keeps the label) and retires ($4 true) or restores it ($4 false;
-- NULL leaves it as it is). A tag retired twice keeps the moment it was first retired.
UPDATE tags
SET label_nl = coalesce($2, label_nl),
    label_en = coalesce($3, label_en),
    retired_at = CASE WHEN $4::boolean IS NULL THEN retired_at
                      WHEN $4::boolean THEN coalesce(retired_at, now())
                      ELSE NULL END
WHERE key = $1
RETURNING key, domain_key, label_nl, label_en, retired_at IS NOT NULL AS retired;
