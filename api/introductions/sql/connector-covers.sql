-- Whether buurt $2 lies in an area account $1 is connector for.
SELECT $2::text IN (SELECT connector_buurt_codes($1)) AS covers;
