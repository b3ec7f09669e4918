-- Port visits (detect-port-visits.ts; GFW's port events). A vessel's reports within ${portVisit.exitRadiusKm} km
-- of a port point, one after the other, are a stay near ports; the visit starts at the stay's first report within
-- ${portVisit.entryRadiusKm} km and ends at its last report. It counts with a report slower than
-- ${portVisit.maxStopSpeedKnots} knots (reported, or implied from the report before) or two reports inside at
-- least ${portVisit.minGapMinutes} minutes apart.

-- Ports filed under lat/lon cells of a hundredth of the exit radius in km, in degrees (at least the radius: a
-- degree of latitude is over 100 km), with every neighbouring cell a report within the radius can fall in.
CREATE TABLE port_cells AS
WITH sized AS (
  SELECT
    ports.*,
    CAST(FLOOR(lat / (${portVisit.exitRadiusKm} / 1e2)) AS BIGINT) AS iy,
    CAST(FLOOR(lon / (${portVisit.exitRadiusKm} / 1e2)) AS BIGINT) AS ix,
    -- Longitude cells shrink towards the poles: enough of them to cover the radius at the port's latitude.
    CAST(CEIL(1 / GREATEST(COS(RADIANS(LEAST(899e-1, ABS(lat) + 2 * ${portVisit.exitRadiusKm} / 1e2))), 1e-2)) AS BIGINT) AS nx
  FROM ports
)
SELECT port_id, port_name, lon, lat, iy + dy.d AS iy, ix + dx.d AS ix
FROM sized
CROSS JOIN UNNEST(ais_series(-1, 1)) AS dy(d)
CROSS JOIN UNNEST(ais_series(-nx, nx)) AS dx(d);

CREATE TABLE port_reports AS
WITH candidates AS (
  SELECT
    tp.mmsi, tp.t, tp.prev_t, tp.lon_e6, tp.lat_e6,
    CASE
      WHEN tp.sog_d IS NOT NULL THEN tp.sog_d / 10
      WHEN tp.prev_t IS NOT NULL
        THEN ais_haversine_m(tp.prev_lon_e6 / 1e6, tp.prev_lat_e6 / 1e6, tp.lon_e6 / 1e6, tp.lat_e6 / 1e6) / (tp.t - tp.prev_t) / ais_knot_mps()
    END AS speed,
    pc.port_id, pc.port_name,
    ais_haversine_m(tp.lon_e6 / 1e6, tp.lat_e6 / 1e6, pc.lon, pc.lat) / 1000 AS km
  FROM track_points tp
  JOIN port_cells pc
    ON CAST(FLOOR(tp.lat_e6 / 1e6 / (${portVisit.exitRadiusKm} / 1e2)) AS BIGINT) = pc.iy
   AND CAST(FLOOR(tp.lon_e6 / 1e6 / (${portVisit.exitRadiusKm} / 1e2)) AS BIGINT) = pc.ix
)
SELECT
  mmsi, t, prev_t, lon_e6, lat_e6, speed,
  ais_first_by(port_id, km) AS port_id,
  ais_first_by(port_name, km) AS port_name,
  MIN(km) AS km
FROM candidates
WHERE km <= ${portVisit.exitRadiusKm}
GROUP BY mmsi, t, prev_t, lon_e6, lat_e6, speed;

CREATE TABLE port_visits AS
WITH flagged AS (
  SELECT r.*, CASE WHEN p.t IS NULL THEN 1 ELSE 0 END AS starts_stay
  FROM port_reports r
  LEFT JOIN port_reports p ON p.mmsi = r.mmsi AND p.t = r.prev_t
),
stays AS (
  SELECT flagged.*, SUM(starts_stay) OVER (PARTITION BY mmsi ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS stay
  FROM flagged
),
entered AS (
  SELECT stays.*, MIN(CASE WHEN km <= ${portVisit.entryRadiusKm} THEN t END) OVER (PARTITION BY mmsi, stay) AS entry_t
  FROM stays
),
inside AS (
  SELECT * FROM entered WHERE entry_t IS NOT NULL AND t >= entry_t
),
visits AS (
  SELECT
    mmsi,
    MIN(t) AS start_sec,
    MAX(t) AS end_sec,
    ais_first_by(port_id, km) AS port_id,
    ais_first_by(port_name, km) AS port_name,
    MIN(km) AS port_distance_km,
    ais_first_by(lon_e6, km) / 1e6 AS lon,
    ais_first_by(lat_e6, km) / 1e6 AS lat,
    MAX(CASE WHEN speed < ${portVisit.maxStopSpeedKnots} THEN 1 ELSE 0 END) = 1 AS stopped,
    MAX(CASE WHEN t > entry_t AND t - prev_t >= ${portVisit.minGapMinutes} * 60 THEN 1 ELSE 0 END) = 1 AS silent
  FROM inside
  GROUP BY mmsi, stay
)
SELECT * FROM visits WHERE stopped OR silent;
