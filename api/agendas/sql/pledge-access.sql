-- Pledge $1 as account $2 may act on it: the pledger, a member of the pledging (or owning) organisation, or an editor.
SELECT p.id, p.item_id, i.agenda_id, p.what, p.status, p.asset_id, p.organisation_id,
       coalesce(p.pledged_by = $2
                OR EXISTS (SELECT 1 FROM organisation_members m
                           WHERE m.user_id = $2 AND m.organisation_id IN (p.organisation_id, (SELECT s.owner_organisation_id FROM assets s WHERE s.id = p.asset_id))),
                false) AS mine,
       agenda_may_edit(i.agenda_id, $2) AS may_edit
FROM agenda_pledges p JOIN agenda_items i ON i.id = p.item_id
WHERE p.id = $1;
