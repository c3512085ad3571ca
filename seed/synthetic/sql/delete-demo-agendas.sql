-- Removes the agendas the demo's residents started, first and on their own: in the same statement as the population,
-- deleting their items by cascade and clearing their editors' names would touch the same rows twice.
-- $1 is the LIKE pattern of the demo e-mail domain.
DELETE FROM agendas a USING users u WHERE a.created_by = u.id AND u.email LIKE $1;
