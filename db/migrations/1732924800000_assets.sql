-- Up Migration

-- The bilingual taxonomy: domains and their tags, stored as data (seeded from seed/taxonomy.ts; admins add more).
CREATE TABLE tag_domains (
  key       text PRIMARY KEY CHECK (key ~ '^[a-z0-9-]{2,40}$'),
  label_nl  text NOT NULL,
  label_en  text NOT NULL,
  sort      integer NOT NULL DEFAULT 0
);

CREATE TABLE tags (
  key         text PRIMARY KEY CHECK (key ~ '^[a-z0-9-]{2,40}$'),
  domain_key  text NOT NULL REFERENCES tag_domains (key),
  label_nl    text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 80),
  label_en    text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 80),
  created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tags_domain_key_idx ON tags (domain_key);

-- Organisations become places on the map: exact public location, description, tags.
ALTER TABLE organisations
  ADD COLUMN description        text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  ADD COLUMN website            text CHECK (website ~ '^https?://' AND length(website) <= 300),
  ADD COLUMN location           geometry(Point, 4326),
  ADD COLUMN buurt_code         text REFERENCES buurten (code),
  ADD COLUMN wijk_code          text REFERENCES wijken (code),
  ADD COLUMN tags               text[] NOT NULL DEFAULT '{}',
  ADD COLUMN last_confirmed_at  timestamptz NOT NULL DEFAULT now();
CREATE INDEX organisations_location_gist ON organisations USING gist (location);
CREATE INDEX organisations_tags_gin ON organisations USING gin (tags);
CREATE INDEX organisations_buurt_code_idx ON organisations (buurt_code);

-- Every other asset: a resident's inventory item, an organisation's offer or wish, a place, a thing to lend, a story.
-- One table, so the map, the summaries and (later) the suggestions search one GiST and one GIN index.
CREATE TABLE assets (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type                   text NOT NULL CHECK (type IN ('inventory', 'organisation-item', 'place', 'thing', 'story')),
  -- What kind within the type: an inventory kind (skill, passion, learn, …), a place kind (garden, playground, …), …
  kind                   text NOT NULL CHECK (kind ~ '^[a-z-]{2,40}$'),
  direction              text NOT NULL DEFAULT 'offer' CHECK (direction IN ('offer', 'wish')),
  title                  text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  description            text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  tags                   text[] NOT NULL DEFAULT '{}',
  -- Exact geometry of public things only (places, stories, organisation items at the organisation). Resident items
  -- have none: they are placed through their owner's home, inside the database, and shown only in aggregate.
  geom                   geometry(Geometry, 4326),
  buurt_code             text REFERENCES buurten (code),
  wijk_code              text REFERENCES wijken (code),
  owner_user_id          uuid REFERENCES users (id) ON DELETE CASCADE,
  owner_organisation_id  uuid REFERENCES organisations (id) ON DELETE CASCADE,
  -- Who may see it: only the owner, connectors of the owner's buurt, registered neighbours, or everyone (aggregated
  -- for resident items). Organisation items, places and stories are public.
  visibility             text NOT NULL DEFAULT 'public' CHECK (visibility IN ('private', 'connectors', 'neighbours', 'public')),
  -- Type-specific facts (capacity, accessibility, availability, how often, …), validated by the API schemas.
  details                jsonb NOT NULL DEFAULT '{}',
  created_by             uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Interview mode: the connector who recorded a resident's item with their consent.
  recorded_by            uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  last_confirmed_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (geom IS NULL OR ST_IsValid(geom)),
  CHECK (type <> 'inventory' OR (owner_user_id IS NOT NULL AND geom IS NULL)),
  CHECK (type <> 'organisation-item' OR owner_organisation_id IS NOT NULL)
);
CREATE INDEX assets_geom_gist ON assets USING gist (geom);
CREATE INDEX assets_tags_gin ON assets USING gin (tags);
CREATE INDEX assets_type_idx ON assets (type);
CREATE INDEX assets_buurt_code_idx ON assets (buurt_code);
CREATE INDEX assets_owner_user_id_idx ON assets (owner_user_id);
CREATE INDEX assets_owner_organisation_id_idx ON assets (owner_organisation_id);

-- A resident's consent that a connector records inventory items on their behalf (interview mode).
CREATE TABLE interview_consents (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  resident_id   uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  connector_id  uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  text_version  text NOT NULL,
  given_at      timestamptz NOT NULL DEFAULT now(),
  withdrawn_at  timestamptz
);
CREATE UNIQUE INDEX interview_consents_one_active ON interview_consents (resident_id, connector_id) WHERE withdrawn_at IS NULL;

-- Down Migration

DROP TABLE interview_consents;
DROP TABLE assets;
ALTER TABLE organisations
  DROP COLUMN description, DROP COLUMN website, DROP COLUMN location, DROP COLUMN buurt_code, DROP COLUMN wijk_code,
  DROP COLUMN tags, DROP COLUMN last_confirmed_at;
DROP TABLE tags;
DROP TABLE tag_domains;
