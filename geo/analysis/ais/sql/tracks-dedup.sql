-- Run only when track_points has two reports of a vessel in one second: drops the later-read ones and links
-- the rest again. (Rare in real files, so the common case sorts once.)
CREATE TABLE track_points_once AS
SELECT
  mmsi, t, lon_e6, lat_e6, sog_d,
  LAG(t) OVER w AS prev_t,
  LAG(lon_e6) OVER w AS prev_lon_e6,
  LAG(lat_e6) OVER w AS prev_lat_e6,
  LEAD(t) OVER w AS next_t,
  LEAD(lon_e6) OVER w AS next_lon_e6,
  LEAD(lat_e6) OVER w AS next_lat_e6,
  LEAD(sog_d) OVER w AS next_sog_d
FROM track_points
WHERE prev_t IS NULL OR prev_t <> t
WINDOW w AS (PARTITION BY mmsi ORDER BY t);

DROP TABLE track_points;
ALTER TABLE track_points_once RENAME TO track_points;
