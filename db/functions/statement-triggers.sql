
-- A trigger that reads the rows a statement changed through transition tables (new_rows, old_rows) fires on one event
-- only: this creates the three on `on_table` that call `handler` once a statement, named `name`_insert, _update and
-- _delete. The handler tells the events apart by TG_OP; old_rows exists for UPDATE and DELETE, new_rows for INSERT and
-- UPDATE.
CREATE OR REPLACE FUNCTION create_statement_triggers(on_table regclass, name text, handler regproc) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  event record;
BEGIN
  FOR event IN
    SELECT * FROM (VALUES ('insert', 'INSERT', 'NEW TABLE AS new_rows'),
                          ('update', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'),
                          ('delete', 'DELETE', 'OLD TABLE AS old_rows')) AS e (suffix, verb, tables)
  LOOP
    EXECUTE format('CREATE OR REPLACE TRIGGER %I AFTER %s ON %s REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %s()',
                   name || '_' || event.suffix, event.verb, on_table, event.tables, handler);
  END LOOP;
END
$$;
