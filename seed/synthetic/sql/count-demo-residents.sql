-- How many demo residents exist; $1 is the LIKE pattern of the demo e-mail domain ('%@demo.krachtkaart.invalid').
SELECT count(*)::int AS residents FROM users WHERE email LIKE $1;
