SELECT code, name FROM wijken ORDER BY code;
