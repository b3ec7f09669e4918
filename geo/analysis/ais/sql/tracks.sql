-- Tracks: each vessel's reports in time order, one a second (of two in the same second, the first read is
-- kept, as the TypeScript track builder does), each with the reports before and after it. Every detector reads
-- this one sorted table.
CREATE TABLE track_points AS
SELECT
  mmsi, t, lon_e6, lat_e6, sog_d,
  LAG(t) OVER w AS prev_t,
  LAG(lon_e6) OVER w AS prev_lon_e6,
  LAG(lat_e6) OVER w AS prev_lat_e6,
  LEAD(t) OVER w AS next_t,
  LEAD(lon_e6) OVER w AS next_lon_e6,
  LEAD(lat_e6) OVER w AS next_lat_e6,
  LEAD(sog_d) OVER w AS next_sog_d
FROM (SELECT *, ${dialect.rowOrder} AS row_order FROM positions) p
WHERE reason IS NULL
WINDOW w AS (PARTITION BY mmsi ORDER BY t, row_order);

-- The rows as read are no longer needed: every stage after this one reads track_points.
DROP TABLE positions;
