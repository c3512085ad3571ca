-- Up Migration

-- The buurtagenda (issue 7): a buurt's or wijk's shared plan along the seven building blocks (urgency; buurtscan;
-- parties; stories; counting and telling; municipal policy; the agenda items). The buurtscan is generated from the
-- profile when read, so it is never out of date; everything written is kept in the history.
CREATE TABLE agendas (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  buurt_code        text REFERENCES buurten (code),
  wijk_code         text REFERENCES wijken (code),
  year              integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- Building block 1: why now, in the area's own words.
  urgency           text NOT NULL DEFAULT '' CHECK (length(urgency) <= 4000),
  -- Building block 5: how the figures and the stories read together.
  counting_telling  text NOT NULL DEFAULT '' CHECK (length(counting_telling) <= 4000),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at      timestamptz,
  created_by        uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((buurt_code IS NULL) <> (wijk_code IS NULL)),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
-- One agenda per area and year.
CREATE UNIQUE INDEX agendas_area_year_idx ON agendas (coalesce(buurt_code, wijk_code), year);
CREATE INDEX agendas_buurt_code_idx ON agendas (buurt_code);
CREATE INDEX agendas_wijk_code_idx ON agendas (wijk_code);
CREATE INDEX agendas_created_by_idx ON agendas (created_by);

-- Rows that are listed in the order they were added take clock_timestamp(), so that several added in one transaction
-- (the demo seed) keep their order.

-- Building block 6: links to municipal policy.
CREATE TABLE agenda_policy_links (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agenda_id   uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  url         text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 2000),
  note        text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX agenda_policy_links_agenda_id_idx ON agenda_policy_links (agenda_id);

-- Building block 3: the parties around the table, by role. An organisation from the map, a resident who joined
-- themselves (nobody is put at the table by someone else), or a named party not on the map (e.g. a municipal team).
CREATE TABLE agenda_parties (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agenda_id        uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
  role             text NOT NULL CHECK (role IN ('resident', 'professional', 'municipality')),
  organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
  user_id          uuid REFERENCES users (id) ON DELETE CASCADE,
  name             text CHECK (length(name) BETWEEN 1 AND 200),
  added_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (num_nonnulls(organisation_id, user_id, name) = 1)
);
CREATE INDEX agenda_parties_agenda_id_idx ON agenda_parties (agenda_id);
CREATE UNIQUE INDEX agenda_parties_organisation_idx ON agenda_parties (organisation_id, agenda_id);
CREATE UNIQUE INDEX agenda_parties_user_idx ON agenda_parties (user_id, agenda_id);
CREATE INDEX agenda_parties_added_by_idx ON agenda_parties (added_by);

-- Building block 7: the agenda items.
CREATE TABLE agenda_items (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agenda_id       uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
  ambition        text NOT NULL CHECK (length(ambition) BETWEEN 1 AND 300),
  description     text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  theme           text NOT NULL CHECK (theme ~ '^[a-z-]{2,40}$'),
  status          text NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'agreed', 'under-way', 'done', 'dropped')),
  dropped_reason  text CHECK (length(dropped_reason) <= 1000),
  next_step       text NOT NULL DEFAULT '' CHECK (length(next_step) <= 500),
  next_step_date  date,
  version         integer NOT NULL DEFAULT 1,
  created_by      uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'dropped') = (dropped_reason IS NOT NULL))
);
CREATE INDEX agenda_items_agenda_id_idx ON agenda_items (agenda_id);
CREATE INDEX agenda_items_created_by_idx ON agenda_items (created_by);

-- Every version of an item's words and state, so a text can be compared with an earlier one.
CREATE TABLE agenda_item_versions (
  item_id         uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  version         integer NOT NULL,
  ambition        text NOT NULL,
  description     text NOT NULL,
  theme           text NOT NULL,
  status          text NOT NULL,
  dropped_reason  text,
  next_step       text NOT NULL,
  next_step_date  date,
  edited_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  edited_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, version)
);
CREATE INDEX agenda_item_versions_edited_by_idx ON agenda_item_versions (edited_by);

-- Who carries an item: parties at the table.
CREATE TABLE agenda_item_carriers (
  item_id   uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  party_id  uuid NOT NULL REFERENCES agenda_parties (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, party_id)
);
CREATE INDEX agenda_item_carriers_party_id_idx ON agenda_item_carriers (party_id);

-- What an item (or, without an item, the agenda's gathered stories: building block 4) rests on: an indicator of the
-- kompas (its value for the agenda's area, read live), a survey round's results, an observation, or a story.
CREATE TABLE agenda_evidence (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agenda_id        uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
  item_id          uuid REFERENCES agenda_items (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('indicator', 'survey', 'observation', 'story')),
  indicator_key    text REFERENCES indicators (key) ON DELETE CASCADE,
  survey_round_id  uuid REFERENCES survey_rounds (id) ON DELETE CASCADE,
  observation_id   uuid REFERENCES observations (id) ON DELETE CASCADE,
  asset_id         uuid REFERENCES assets (id) ON DELETE CASCADE,
  note             text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  added_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (num_nonnulls(indicator_key, survey_round_id, observation_id, asset_id) = 1),
  CHECK (kind <> 'indicator' OR indicator_key IS NOT NULL),
  CHECK (kind <> 'survey' OR survey_round_id IS NOT NULL),
  CHECK (kind <> 'observation' OR observation_id IS NOT NULL),
  CHECK (kind <> 'story' OR asset_id IS NOT NULL)
);
CREATE UNIQUE INDEX agenda_evidence_unique_idx
  ON agenda_evidence (agenda_id, coalesce(item_id, '00000000-0000-0000-0000-000000000000'::uuid), kind,
                      coalesce(indicator_key, survey_round_id::text, observation_id::text, asset_id::text));
CREATE INDEX agenda_evidence_item_id_idx ON agenda_evidence (item_id);
CREATE INDEX agenda_evidence_indicator_key_idx ON agenda_evidence (indicator_key);
CREATE INDEX agenda_evidence_survey_round_id_idx ON agenda_evidence (survey_round_id);
CREATE INDEX agenda_evidence_observation_id_idx ON agenda_evidence (observation_id);
CREATE INDEX agenda_evidence_asset_id_idx ON agenda_evidence (asset_id);
CREATE INDEX agenda_evidence_added_by_idx ON agenda_evidence (added_by);

-- Assets pledged to an item by their owners: a resident's or organisation's asset, or an organisation's own
-- contribution (its members' time). "used" once the item has drawn on it.
CREATE TABLE agenda_pledges (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id          uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  asset_id         uuid REFERENCES assets (id) ON DELETE CASCADE,
  organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
  what             text NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
  status           text NOT NULL DEFAULT 'pledged' CHECK (status IN ('pledged', 'used')),
  pledged_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
  CHECK (num_nonnulls(asset_id, organisation_id) = 1)
);
CREATE INDEX agenda_pledges_item_id_idx ON agenda_pledges (item_id);
CREATE INDEX agenda_pledges_asset_id_idx ON agenda_pledges (asset_id);
CREATE INDEX agenda_pledges_organisation_id_idx ON agenda_pledges (organisation_id);
CREATE INDEX agenda_pledges_pledged_by_idx ON agenda_pledges (pledged_by);

-- One support per account per item.
CREATE TABLE agenda_supports (
  item_id     uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (item_id, user_id)
);
CREATE INDEX agenda_supports_user_id_idx ON agenda_supports (user_id);

CREATE TABLE agenda_comments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id     uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX agenda_comments_item_id_idx ON agenda_comments (item_id, created_at);
CREATE INDEX agenda_comments_user_id_idx ON agenda_comments (user_id);

-- Introductions (issue 5) made for an item, so its progress shows.
CREATE TABLE agenda_item_introductions (
  item_id          uuid NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  introduction_id  uuid NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
  linked_by        uuid REFERENCES users (id) ON DELETE SET NULL,
  linked_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, introduction_id)
);
CREATE INDEX agenda_item_introductions_introduction_id_idx ON agenda_item_introductions (introduction_id);
CREATE INDEX agenda_item_introductions_linked_by_idx ON agenda_item_introductions (linked_by);

-- Who changed what and when: every write to an agenda, in the same transaction as the write.
CREATE TABLE agenda_history (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agenda_id   uuid NOT NULL REFERENCES agendas (id) ON DELETE CASCADE,
  item_id     uuid REFERENCES agenda_items (id) ON DELETE CASCADE,
  actor_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  action      text NOT NULL CHECK (action ~ '^[a-z-]+(\.[a-z-]+)+$'),
  details     jsonb NOT NULL DEFAULT '{}',
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agenda_history_agenda_id_idx ON agenda_history (agenda_id, at);
CREATE INDEX agenda_history_item_id_idx ON agenda_history (item_id);
CREATE INDEX agenda_history_actor_id_idx ON agenda_history (actor_id);

-- The buurten of an agenda's area.
CREATE FUNCTION agenda_buurt_codes(agenda uuid) RETURNS SETOF text LANGUAGE sql STABLE AS $$
  SELECT b.code FROM agendas a JOIN buurten b ON b.code = a.buurt_code OR b.wijk_code = a.wijk_code WHERE a.id = agenda
$$;

-- Who edits an agenda: an administrator, or a connector of its whole area (the same rule as opening a survey round).
CREATE FUNCTION agenda_may_edit(agenda uuid, viewer uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT u.is_admin FROM users u WHERE u.id = viewer), false)
      OR EXISTS (SELECT 1 FROM agendas a
                 WHERE a.id = agenda
                   AND (a.buurt_code IN (SELECT connector_buurt_codes(viewer))
                        OR EXISTS (SELECT 1 FROM connector_areas ca WHERE ca.user_id = viewer AND ca.wijk_code = a.wijk_code)))
$$;

-- Who takes part (sees a draft, comments, supports): its editors, residents of its area, members of organisations
-- located there, and whoever sits at its table (themselves, or through their organisation).
CREATE FUNCTION agenda_takes_part(agenda uuid, viewer uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT viewer IS NOT NULL AND (
    agenda_may_edit(agenda, viewer)
    OR EXISTS (SELECT 1 FROM users u WHERE u.id = viewer AND u.home_buurt_code IN (SELECT agenda_buurt_codes(agenda)))
    OR EXISTS (SELECT 1 FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
               WHERE m.user_id = viewer AND o.buurt_code IN (SELECT agenda_buurt_codes(agenda)))
    OR EXISTS (SELECT 1 FROM agenda_parties p LEFT JOIN organisation_members m ON m.organisation_id = p.organisation_id
               WHERE p.agenda_id = agenda AND (p.user_id = viewer OR m.user_id = viewer)))
$$;

-- Down Migration

DROP FUNCTION agenda_takes_part(uuid, uuid);
DROP FUNCTION agenda_may_edit(uuid, uuid);
DROP FUNCTION agenda_buurt_codes(uuid);

DROP TABLE agenda_history;
DROP TABLE agenda_item_introductions;
DROP TABLE agenda_comments;
DROP TABLE agenda_supports;
DROP TABLE agenda_pledges;
DROP TABLE agenda_evidence;
DROP TABLE agenda_item_carriers;
DROP TABLE agenda_item_versions;
DROP TABLE agenda_items;
DROP TABLE agenda_parties;
DROP TABLE agenda_policy_links;
DROP TABLE agendas;
