-- The settings of this instance, one row: its name (null until set-up names it), the languages it offers and the
-- one a first visit gets, and the background map every map draws on (OpenStreetMap until an administrator chooses).
CREATE TABLE instance_settings (
  -- Always true: the primary key that allows exactly one row.
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  name text CHECK (name IS NULL OR char_length(btrim(name)) BETWEEN 1 AND 80),
  languages text[] NOT NULL DEFAULT ARRAY['nl', 'en']
    CHECK (cardinality(languages) >= 1 AND languages <@ ARRAY['nl', 'en']),
  default_language text NOT NULL DEFAULT 'nl' CHECK (default_language = ANY (languages)),
  tile_url text NOT NULL DEFAULT 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
    CHECK (tile_url LIKE 'https://%' AND tile_url LIKE '%{z}%' AND tile_url LIKE '%{x}%' AND tile_url LIKE '%{y}%'),
  tile_attribution text NOT NULL DEFAULT '© OpenStreetMap contributors' CHECK (char_length(btrim(tile_attribution)) > 0),
  tile_max_zoom integer NOT NULL DEFAULT 19 CHECK (tile_max_zoom BETWEEN 1 AND 22),
  updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO instance_settings DEFAULT VALUES;
