SELECT EXISTS (SELECT 1 FROM buurten WHERE code = $1) OR EXISTS (SELECT 1 FROM wijken WHERE code = $1) AS found;
