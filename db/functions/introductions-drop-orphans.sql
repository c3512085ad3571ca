-- An introduction without both parties means nothing to the one left: when a party's account or organisation is
-- deleted, the whole introduction (and its thread) goes.
CREATE OR REPLACE FUNCTION introductions_drop_orphans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM introductions WHERE id = OLD.introduction_id;
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER introduction_parties_drop_orphans AFTER DELETE ON introduction_parties
  FOR EACH ROW EXECUTE FUNCTION introductions_drop_orphans();
