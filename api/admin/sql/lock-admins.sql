-- The administrators, locked until the transaction ends: two administrators who each remove the other at the same
-- moment must not leave none.
SELECT id FROM users WHERE is_admin ORDER BY id FOR UPDATE;
