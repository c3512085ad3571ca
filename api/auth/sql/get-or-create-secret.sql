-- $1 name, $2 a fresh random value used only if none is stored yet (first start).
WITH inserted AS (
  INSERT INTO app_secrets (name, value) VALUES ($1, $2)
  ON CONFLICT (name) DO NOTHING
  RETURNING value
)
SELECT value FROM inserted
UNION ALL
SELECT value FROM app_secrets WHERE name = $1
LIMIT 1;
