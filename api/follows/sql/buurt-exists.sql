SELECT EXISTS (SELECT 1 FROM buurten WHERE code = $1) AS exists;
