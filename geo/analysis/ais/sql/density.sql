-- The density grid (density-grid.ts): per cell of ${density.cellDegrees} degrees and time bin of
-- ${density.binHours} hours, the reports, the distinct vessels reporting, and vessel-hours (the encounter
-- resampling steps in the cell, so no time is counted across a long silence).
CREATE TABLE density AS
WITH pos AS (
  SELECT
    CAST(FLOOR(lon_e6 / 1e6 / ${density.cellDegrees}) AS BIGINT) AS ix,
    CAST(FLOOR(lat_e6 / 1e6 / ${density.cellDegrees}) AS BIGINT) AS iy,
    CAST(FLOOR(t / (${density.binHours} * 3600)) AS BIGINT) AS bin,
    COUNT(*) AS positions,
    COUNT(DISTINCT mmsi) AS vessels
  FROM track_points
  GROUP BY 1, 2, 3
),
hours AS (
  SELECT
    CAST(FLOOR(lon / ${density.cellDegrees}) AS BIGINT) AS ix,
    CAST(FLOOR(lat / ${density.cellDegrees}) AS BIGINT) AS iy,
    CAST(FLOOR(k * FLOOR(${encounter.resampleMinutes} * 60 + 5e-1) / (${density.binHours} * 3600)) AS BIGINT) AS bin,
    COUNT(*) AS steps
  FROM samples_encounter
  GROUP BY 1, 2, 3
)
SELECT
  COALESCE(pos.ix, hours.ix) * ${density.cellDegrees} AS lon,
  COALESCE(pos.iy, hours.iy) * ${density.cellDegrees} AS lat,
  COALESCE(pos.bin, hours.bin) * ${density.binHours} * 3600 AS bin_start_sec,
  COALESCE(pos.positions, 0) AS positions,
  COALESCE(pos.vessels, 0) AS vessels,
  COALESCE(hours.steps, 0) * (FLOOR(${encounter.resampleMinutes} * 60 + 5e-1) / 3600) AS vessel_hours,
  COALESCE(pos.ix, hours.ix) AS ix,
  COALESCE(pos.iy, hours.iy) AS iy,
  COALESCE(pos.bin, hours.bin) AS bin
FROM pos
FULL OUTER JOIN hours ON pos.ix = hours.ix AND pos.iy = hours.iy AND pos.bin = hours.bin;
