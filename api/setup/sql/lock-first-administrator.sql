-- Two claims at once take turns, so only one of them can find no administrator and become the first.
SELECT pg_advisory_xact_lock(hashtext('krachtkaart:first-administrator'));
