-- Up Migration

-- CBS codes: the municipality's four digits, then the wijk's two and the buurt's two more characters, which are
-- digits in most municipalities and letters in some (Amsterdam: WK0363AF, BU0363AF01).
ALTER TABLE buurten DROP CONSTRAINT buurten_code_check;
ALTER TABLE buurten ADD CONSTRAINT buurten_code_check CHECK (code ~ '^BU[0-9]{4}[0-9A-Z]{4}$');
ALTER TABLE wijken DROP CONSTRAINT wijken_code_check;
ALTER TABLE wijken ADD CONSTRAINT wijken_code_check CHECK (code ~ '^WK[0-9]{4}[0-9A-Z]{2}$');

-- Down Migration

ALTER TABLE buurten DROP CONSTRAINT buurten_code_check;
ALTER TABLE buurten ADD CONSTRAINT buurten_code_check CHECK (code ~ '^BU[0-9]{8}$');
ALTER TABLE wijken DROP CONSTRAINT wijken_code_check;
ALTER TABLE wijken ADD CONSTRAINT wijken_code_check CHECK (code ~ '^WK[0-9]{6}$');
