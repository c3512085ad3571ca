-- Round $1 as resident $2 may answer it: whether it is open, and the resident's buurt if it lies in the round's area.
SELECT r.id, now() BETWEEN r.opens_at AND r.closes_at AS open,
       (SELECT u.home_buurt_code FROM users u JOIN buurten b ON b.code = u.home_buurt_code
        WHERE u.id = $2
          AND ((r.area_type = 'buurt' AND b.code = r.area_code) OR (r.area_type = 'wijk' AND b.wijk_code = r.area_code)
               OR (r.area_type = 'municipality' AND b.municipality_code = r.area_code))) AS buurt_code
FROM survey_rounds r WHERE r.id = $1;
