-- $1 name, $2 languages, $3 default language, $4 tile URL template, $5 attribution, $6 max zoom
UPDATE instance_settings
SET name = $1, languages = $2, default_language = $3, tile_url = $4, tile_attribution = $5, tile_max_zoom = $6,
    updated_at = now()
RETURNING name, languages, default_language, tile_url, tile_attribution, tile_max_zoom;
