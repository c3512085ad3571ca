SELECT code, name FROM buurten WHERE code = $1;
