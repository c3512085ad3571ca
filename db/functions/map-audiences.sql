-- The one definition of the audiences: which item visibilities each may count.
CREATE OR REPLACE FUNCTION map_audience_sees(audience text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE audience WHEN 'public' THEN ARRAY['public']
                       WHEN 'registered' THEN ARRAY['public', 'neighbours']
                       WHEN 'connectors' THEN ARRAY['public', 'neighbours', 'connectors'] END
$$;

-- The buurten where `viewer` is a connector (for a buurt, or for the wijk it lies in): there they count as the
-- 'connectors' audience, elsewhere as 'registered'.
CREATE OR REPLACE FUNCTION connector_buurt_codes(viewer uuid) RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT b.code FROM buurten b JOIN connector_areas ca ON ca.buurt_code = b.code OR ca.wijk_code = b.wijk_code
  WHERE ca.user_id = viewer
$$;

