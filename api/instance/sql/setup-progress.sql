-- Which steps of setting up this instance are done.
SELECT
  EXISTS (SELECT 1 FROM users WHERE is_admin) AS administrator,
  EXISTS (SELECT 1 FROM instance_settings WHERE name IS NOT NULL) AS named,
  EXISTS (SELECT 1 FROM buurten) AS areas;
