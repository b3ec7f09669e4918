-- Loitering (detect-loitering.ts): one vessel slower than ${loitering.maxSpeedKnots} knots at every resampled step
-- (an unknown speed or a step without a position ends the run) for at least ${loitering.minDurationMinutes}
-- minutes, its mean position at least ${loitering.minPortDistanceNm} nautical miles from every port point.
CREATE TABLE loitering AS
WITH slow AS (
  SELECT samples_loitering.*, k - ROW_NUMBER() OVER (PARTITION BY mmsi ORDER BY k) AS run
  FROM samples_loitering
  WHERE speed < ${loitering.maxSpeedKnots}
),
runs AS (
  SELECT
    mmsi, MIN(k) AS k0, MAX(k) AS k1,
    ais_median(speed) AS median_speed_kn,
    AVG(lat) AS lat,
    DEGREES(ATAN2(SUM(SIN(RADIANS(lon))), SUM(COS(RADIANS(lon))))) AS lon
  FROM slow
  GROUP BY mmsi, run
  HAVING (MAX(k) - MIN(k)) * FLOOR(${loitering.resampleMinutes} * 60 + 5e-1) / 60 >= ${loitering.minDurationMinutes}
),
port_km AS (
  SELECT runs.mmsi, runs.k0, MIN(ais_haversine_m(runs.lon, runs.lat, ports.lon, ports.lat)) / 1000 AS km
  FROM runs CROSS JOIN ports
  GROUP BY runs.mmsi, runs.k0
)
SELECT
  runs.mmsi,
  runs.k0 * FLOOR(${loitering.resampleMinutes} * 60 + 5e-1) AS start_sec,
  runs.k1 * FLOOR(${loitering.resampleMinutes} * 60 + 5e-1) AS end_sec,
  runs.median_speed_kn, runs.lat, runs.lon,
  port_km.km AS port_distance_km
FROM runs
LEFT JOIN port_km ON port_km.mmsi = runs.mmsi AND port_km.k0 = runs.k0
WHERE port_km.km IS NULL OR port_km.km * 1000 >= ${loitering.minPortDistanceNm} * 1852;
