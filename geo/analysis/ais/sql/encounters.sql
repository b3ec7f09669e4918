-- Encounters (detect-encounters.ts, encounter-runs.ts; GFW's definition and merge step).
-- 1. Pairs within ${encounter.maxDistanceMeters} m at a step, found by an equi-join on Earth-centred cells: each
--    sample is filed under every cell its box of half the distance touches (cells are 6 × the distance wide, so
--    about 1.6 cells a sample), and a pair is kept only in the cell holding its midpoint. Two samples within the
--    distance both touch that cell (a chord is never longer than its arc), and no pair is counted twice. The cell
--    table holds only what the join needs; positions and speeds are joined back for the few pairs found.
CREATE TABLE enc_cells AS
WITH pts AS (
  SELECT mmsi, CAST(k AS INTEGER) AS k, ais_ecef_x(lon, lat) AS x, ais_ecef_y(lon, lat) AS y, ais_ecef_z(lat) AS z
  FROM samples_encounter
),
box AS (
  SELECT
    pts.*,
    CAST(FLOOR((x - h) / w) AS INTEGER) AS cx0, CAST(FLOOR((x + h) / w) AS INTEGER) AS cx1,
    CAST(FLOOR((y - h) / w) AS INTEGER) AS cy0, CAST(FLOOR((y + h) / w) AS INTEGER) AS cy1,
    CAST(FLOOR((z - h) / w) AS INTEGER) AS cz0, CAST(FLOOR((z + h) / w) AS INTEGER) AS cz1
  FROM pts
  CROSS JOIN (SELECT ${encounter.maxDistanceMeters} * 6 AS w, ${encounter.maxDistanceMeters} / 2 * (1 + 1e-9) + 1e-6 AS h) c
)
SELECT mmsi, k, x, y, z, cx0 + ox.d AS cx, cy0 + oy.d AS cy, cz0 + oz.d AS cz
FROM box
JOIN (VALUES (0), (1)) AS ox(d) ON cx0 + ox.d <= cx1
JOIN (VALUES (0), (1)) AS oy(d) ON cy0 + oy.d <= cy1
JOIN (VALUES (0), (1)) AS oz(d) ON cz0 + oz.d <= cz1;

CREATE TABLE enc_pairs AS
WITH candidates AS (
  SELECT a.mmsi AS a, b.mmsi AS b, a.k
  FROM enc_cells a
  JOIN enc_cells b ON a.k = b.k AND a.cx = b.cx AND a.cy = b.cy AND a.cz = b.cz AND a.mmsi < b.mmsi
  WHERE CAST(FLOOR((a.x + b.x) / 2 / (${encounter.maxDistanceMeters} * 6)) AS INTEGER) = a.cx
    AND CAST(FLOOR((a.y + b.y) / 2 / (${encounter.maxDistanceMeters} * 6)) AS INTEGER) = a.cy
    AND CAST(FLOOR((a.z + b.z) / 2 / (${encounter.maxDistanceMeters} * 6)) AS INTEGER) = a.cz
    AND POWER(a.x - b.x, 2) + POWER(a.y - b.y, 2) + POWER(a.z - b.z, 2) <= POWER(${encounter.maxDistanceMeters} * (1 + 1e-9) + 1e-6, 2)
)
SELECT
  c.a, c.b, c.k,
  ais_haversine_m(sa.lon, sa.lat, sb.lon, sb.lat) AS dist,
  sa.speed AS speed_a, sb.speed AS speed_b,
  sa.lon AS lon_a, sa.lat AS lat_a, sb.lon AS lon_b, sb.lat AS lat_b
FROM candidates c
JOIN samples_encounter sa ON sa.mmsi = c.a AND sa.k = c.k
JOIN samples_encounter sb ON sb.mmsi = c.b AND sb.k = c.k
WHERE ais_haversine_m(sa.lon, sa.lat, sb.lon, sb.lat) <= ${encounter.maxDistanceMeters};

DROP TABLE enc_cells;

-- 2. Raw encounters: unbroken runs of steps together, at least ${encounter.minDurationMinutes} minutes long, their
--    mean position at least ${encounter.minPortDistanceKm} km from every port point. The speed of a raw encounter
--    is the higher of the two vessels' medians (both must be slow), unknown when either is.
CREATE TABLE enc_raw AS
WITH runs AS (
  SELECT enc_pairs.*, k - ROW_NUMBER() OVER (PARTITION BY a, b ORDER BY k) AS run FROM enc_pairs
),
raw AS (
  SELECT
    a, b, MIN(k) AS k0, MAX(k) AS k1, COUNT(*) AS steps,
    ais_median(dist) AS med_dist,
    ais_median(speed_a) AS med_a,
    ais_median(speed_b) AS med_b,
    SUM(lat_a + lat_b) AS sum_lat,
    SUM(SIN(RADIANS(lon_a)) + SIN(RADIANS(lon_b))) AS sum_sin,
    SUM(COS(RADIANS(lon_a)) + COS(RADIANS(lon_b))) AS sum_cos
  FROM runs
  GROUP BY a, b, run
  HAVING (MAX(k) - MIN(k)) * FLOOR(${encounter.resampleMinutes} * 60 + 5e-1) / 60 >= ${encounter.minDurationMinutes}
),
placed AS (
  SELECT raw.*, sum_lat / (2 * steps) AS lat, DEGREES(ATAN2(sum_sin, sum_cos)) AS lon FROM raw
),
port_km AS (
  SELECT placed.a, placed.b, placed.k0, MIN(ais_haversine_m(placed.lon, placed.lat, ports.lon, ports.lat)) / 1000 AS km
  FROM placed CROSS JOIN ports
  GROUP BY placed.a, placed.b, placed.k0
)
SELECT
  placed.*,
  CASE WHEN med_a IS NULL OR med_b IS NULL THEN NULL ELSE GREATEST(med_a, med_b) END AS med_speed
FROM placed
LEFT JOIN port_km ON port_km.a = placed.a AND port_km.b = placed.b AND port_km.k0 = placed.k0
WHERE port_km.km IS NULL OR port_km.km >= ${encounter.minPortDistanceKm};

-- 3. GFW's merge step: a raw encounter starting less than ${encounter.mergeGapMinutes} minutes after the pair's
--    previous one ended joins its event. The event is kept when the median of its raw encounters' speeds is below
--    ${encounter.maxMedianSpeedKnots} knots; its distance is the median of theirs, its position their mean weighted by steps.
CREATE TABLE encounters AS
WITH ordered AS (
  SELECT
    enc_raw.*,
    CASE
      WHEN LAG(k1) OVER (PARTITION BY a, b ORDER BY k0) IS NULL THEN 1
      WHEN (k0 - LAG(k1) OVER (PARTITION BY a, b ORDER BY k0)) * FLOOR(${encounter.resampleMinutes} * 60 + 5e-1)
        >= ${encounter.mergeGapMinutes} * 60 THEN 1
      ELSE 0
    END AS new_event
  FROM enc_raw
),
grouped AS (
  SELECT ordered.*, SUM(new_event) OVER (PARTITION BY a, b ORDER BY k0 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS event_no
  FROM ordered
)
SELECT
  a, b,
  MIN(k0) * FLOOR(${encounter.resampleMinutes} * 60 + 5e-1) AS start_sec,
  MAX(k1) * FLOOR(${encounter.resampleMinutes} * 60 + 5e-1) AS end_sec,
  ais_median(med_dist) AS median_distance_m,
  ais_median(med_speed) AS median_speed_kn,
  SUM(sum_lat) / SUM(2 * steps) AS lat,
  DEGREES(ATAN2(SUM(sum_sin), SUM(sum_cos))) AS lon
FROM grouped
GROUP BY a, b, event_no
HAVING ais_median(med_speed) < ${encounter.maxMedianSpeedKnots};
