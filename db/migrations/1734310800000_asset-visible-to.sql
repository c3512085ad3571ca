-- Up Migration

-- Whether `viewer` (NULL: anonymous) may see an asset: the one rule, for the asset itself (find-asset.sql) and for
-- whatever shows something of it elsewhere (an agenda's pledges and history). Organisations' items, places and stories
-- are public; a resident's item is seen by its owner, administrators, registered users when 'neighbours' or 'public'
-- (anonymous visitors see residents only in aggregate), and the connectors of its area when 'connectors'.
CREATE FUNCTION asset_visible_to(asset_owner uuid, asset_visibility text, asset_buurt text, asset_wijk text, viewer uuid)
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

-- A pledge's history names what was pledged by reference (assetId or organisationId), resolved when read, so that only
-- those who may see a resident's item read its title. Entries written with the title itself are matched to their
-- pledge; the title leaves them either way.
UPDATE agenda_history h
SET details = (h.details - 'of') || coalesce(
      (SELECT CASE WHEN p.asset_id IS NOT NULL THEN jsonb_build_object('assetId', p.asset_id)
                   ELSE jsonb_build_object('organisationId', p.organisation_id) END
       FROM agenda_pledges p
       LEFT JOIN assets s ON s.id = p.asset_id
       LEFT JOIN organisations o ON o.id = p.organisation_id
       WHERE p.item_id = h.item_id AND p.what = h.details ->> 'what'
         AND (h.details ->> 'of' IS NULL OR coalesce(s.title, o.name) = h.details ->> 'of')
       ORDER BY p.created_at, p.id
       LIMIT 1),
      '{}')
WHERE h.action LIKE 'pledge.%' AND h.details ->> 'assetId' IS NULL AND h.details ->> 'organisationId' IS NULL;

-- Down Migration

DROP FUNCTION asset_visible_to(uuid, text, text, text, uuid);
