-- The CBS indicators that some loaded file carries for some buurt or wijk.
SELECT DISTINCT indicator_key FROM cbs_indicator_values WHERE area_type <> 'municipality';
