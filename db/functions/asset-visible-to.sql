-- Whether `viewer` (NULL: anonymous) may see an asset: the one rule, for the asset itself (find-asset.sql) and for
-- whatever shows something of it elsewhere (an agenda's pledges and history). Organisations' items, places and stories
-- are public; a resident's item is seen by its owner, administrators, registered users when 'neighbours' or 'public'
-- (anonymous visitors see residents only in aggregate), and the connectors of its area when 'connectors'.
CREATE OR REPLACE FUNCTION asset_visible_to(asset_owner uuid, asset_visibility text, asset_buurt text, asset_wijk text, viewer uuid)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    asset_owner IS NULL
    OR asset_owner = viewer
    OR (SELECT u.is_admin FROM users u WHERE u.id = viewer)
    OR (viewer IS NOT NULL AND asset_visibility IN ('neighbours', 'public'))
    OR (asset_visibility = 'connectors' AND EXISTS (
          SELECT 1 FROM connector_areas ca
          WHERE ca.user_id = viewer AND (ca.buurt_code = asset_buurt OR ca.wijk_code = asset_wijk))),
    false)
$$;
