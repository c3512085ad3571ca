-- The suggestion engine's candidates: see the function suggestion_candidates (db/functions/
-- suggestion-candidates.sql) for what each parameter means and how it uses the indexes.
SELECT * FROM suggestion_candidates($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12);
