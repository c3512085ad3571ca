-- The CBS indicators that some loaded file carries for some buurt or wijk.
SELECT DISTINCT key AS indicator_key FROM cbs_area_indicator_values WHERE value IS NOT NULL;
