SELECT name, languages, default_language, tile_url, tile_attribution, tile_max_zoom FROM instance_settings;
