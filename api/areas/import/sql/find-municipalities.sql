-- The loaded municipalities among codes $1 (text array).
SELECT code, name FROM municipalities WHERE code = ANY($1::text[]) ORDER BY code;
