-- $2 display name, $3 language (NULL: unchanged); $4 whether to set the home buurt, $5 the buurt (NULL: none).
-- The home buurt cannot move away from a stored home point: that buurt follows from the point.
UPDATE users
SET display_name = coalesce($2, display_name),
    language = coalesce($3, language),
    home_buurt_code = CASE WHEN $4::boolean THEN $5 ELSE home_buurt_code END,
    updated_at = now()
WHERE id = $1
RETURNING id;
