-- The language this instance speaks by default (its settings).
SELECT default_language AS language FROM instance_settings LIMIT 1;
