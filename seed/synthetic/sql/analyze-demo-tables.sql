-- Fresh planner statistics after a bulk load, so the first map queries use the indexes.
ANALYZE users, consents, organisations, organisation_members, assets;
