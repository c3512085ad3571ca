-- Up Migration

-- A report keeps what it quoted; its links to the introduction and the message are cleared when those go. When one
-- statement deletes both the author and the reporter (removing a population, or a future bulk erasure), the report
-- row is updated twice by ON DELETE SET NULL while the message is being deleted, and an immediate check of its link
-- fails half-way. Checked at commit instead, the links are NULL by then.
ALTER TABLE reports ALTER CONSTRAINT reports_message_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE reports ALTER CONSTRAINT reports_introduction_id_fkey DEFERRABLE INITIALLY DEFERRED;

-- Down Migration

ALTER TABLE reports ALTER CONSTRAINT reports_message_id_fkey NOT DEFERRABLE;
ALTER TABLE reports ALTER CONSTRAINT reports_introduction_id_fkey NOT DEFERRABLE;
