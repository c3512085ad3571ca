-- Who does not count toward k, the fewest people a group on the map, a summary or a digest may show: accounts whose
-- e-mail address is unconfirmed, or that are younger than `min_age_days` (the API passes its one constant). Otherwise
-- four fresh accounts given a home next to a lone resident would make a "group" of five that shows them, and names
-- them. The complement of the counted, because it is small (new or unconfirmed accounts) and the indexes below find
-- it: the queries leave these out of what they count, or take them off what map_people_cells counted in advance.
CREATE OR REPLACE FUNCTION uncounted_residents(min_age_days integer) RETURNS SETOF uuid LANGUAGE sql STABLE AS $$
  SELECT u.id FROM users u WHERE u.email_verified_at IS NULL
  UNION ALL
  SELECT u.id FROM users u WHERE u.email_verified_at IS NOT NULL AND u.created_at > now() - make_interval(days => min_age_days)
$$;
