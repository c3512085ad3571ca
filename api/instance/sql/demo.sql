-- Whether the synthetic demo population is loaded: its residents' e-mail addresses are in the demo domain.
-- $1 is the LIKE pattern of that domain ('%@demo.krachtkaart.invalid').
SELECT EXISTS (SELECT 1 FROM users WHERE email LIKE $1) AS demo;
