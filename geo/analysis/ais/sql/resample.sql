-- Resampling (resample-track.ts): each vessel's position on a grid of steps ${resample.resampleMinutes} minutes
-- apart, aligned to the clock, interpolated between the two reports around a step unless they are more than
-- ${resample.maxGapMinutes} minutes apart. Speed at a step: the reported speeds interpolated when both reports
-- have one, otherwise the speed implied by the two reports; at a step that falls on a report, its own speed.
-- Output ${resample.table}(mmsi, k, lon, lat, speed): step k is at k × step seconds; speed NULL when unknown.
CREATE TABLE ${resample.table} AS
WITH spans AS (
  SELECT
    tp.*,
    s.step,
    CAST(CEIL(t / s.step) AS BIGINT) AS k_lo,
    CASE
      WHEN next_t IS NOT NULL AND next_t - t <= s.max_gap THEN CAST(FLOOR((next_t - 1) / s.step) AS BIGINT)
      ELSE CAST(FLOOR(t / s.step) AS BIGINT)
    END AS k_hi,
    s.max_gap
  FROM track_points tp
  CROSS JOIN (
    SELECT CAST(FLOOR(${resample.resampleMinutes} * 60 + 5e-1) AS BIGINT) AS step, ${resample.maxGapMinutes} * 60 AS max_gap
  ) s
),
-- Most reports are minutes apart and have no grid step before the next one: they are dropped before unnesting.
with_steps AS (
  SELECT * FROM spans WHERE k_hi >= k_lo
),
steps AS (
  SELECT with_steps.*, g.k, (g.k * step - t) / (next_t - t) AS f
  FROM with_steps
  CROSS JOIN UNNEST(ais_series(k_lo, k_hi)) AS g(k)
),
lon_step AS (
  SELECT
    steps.*,
    CASE
      WHEN next_lon_e6 IS NULL THEN NULL
      WHEN next_lon_e6 / 1e6 - lon_e6 / 1e6 > 180 THEN next_lon_e6 / 1e6 - lon_e6 / 1e6 - 360
      WHEN next_lon_e6 / 1e6 - lon_e6 / 1e6 < -180 THEN next_lon_e6 / 1e6 - lon_e6 / 1e6 + 360
      ELSE next_lon_e6 / 1e6 - lon_e6 / 1e6
    END AS dlon
  FROM steps
)
SELECT
  mmsi,
  k,
  CASE
    WHEN k * step = t THEN lon_e6 / 1e6
    WHEN lon_e6 / 1e6 + dlon * f >= 180 OR lon_e6 / 1e6 + dlon * f < -180 THEN ais_wrap_lon(lon_e6 / 1e6 + dlon * f)
    ELSE lon_e6 / 1e6 + dlon * f
  END AS lon,
  CASE WHEN k * step = t THEN lat_e6 / 1e6 ELSE (lat_e6 + (next_lat_e6 - lat_e6) * f) / 1e6 END AS lat,
  CASE
    WHEN k * step = t AND sog_d IS NOT NULL THEN sog_d / 10
    WHEN k * step = t AND next_t IS NOT NULL AND next_t - t <= max_gap
      THEN ais_haversine_m(lon_e6 / 1e6, lat_e6 / 1e6, next_lon_e6 / 1e6, next_lat_e6 / 1e6) / (next_t - t) / ais_knot_mps()
    WHEN k * step = t AND prev_t IS NOT NULL AND t - prev_t <= max_gap
      THEN ais_haversine_m(prev_lon_e6 / 1e6, prev_lat_e6 / 1e6, lon_e6 / 1e6, lat_e6 / 1e6) / (t - prev_t) / ais_knot_mps()
    WHEN k * step = t THEN NULL
    WHEN sog_d IS NOT NULL AND next_sog_d IS NOT NULL THEN (sog_d + (next_sog_d - sog_d) * f) / 10
    ELSE ais_haversine_m(lon_e6 / 1e6, lat_e6 / 1e6, next_lon_e6 / 1e6, next_lat_e6 / 1e6) / (next_t - t) / ais_knot_mps()
  END AS speed
FROM lon_step;
