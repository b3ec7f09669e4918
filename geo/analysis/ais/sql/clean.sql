-- Cleaning: every row of the input read once and judged by the TypeScript parser's rules, in its order
-- (parse-ais-row.ts): MMSI, time, coordinates, speed. The first rule a row breaks is its reason; good rows keep
-- their values at the resolution the TypeScript tracks store (whole seconds, micro-degrees, tenths of a knot),
-- and FLOOR(x + 5e-1) is JavaScript's Math.round, so both engines store the same integers.
-- Input: the view ais_source(mmsi, t_sec, lat, lon, sog, sog_text_bad, name, imo) the engine builds per file.
-- Names and IMO numbers ride along only until each vessel's last ones are taken (the end of this file): reading
-- them again later would mean parsing every text timestamp twice.
CREATE TABLE positions AS
SELECT
  reason,
  CASE WHEN reason IS NULL THEN CAST(mmsi AS INTEGER) END AS mmsi,
  t_sec AS t,
  CASE WHEN reason IS NULL THEN CAST(FLOOR(lon * 1000000 + 5e-1) AS INTEGER) END AS lon_e6,
  CASE WHEN reason IS NULL THEN CAST(FLOOR(lat * 1000000 + 5e-1) AS INTEGER) END AS lat_e6,
  -- 102.3 knots means "not available": kept as missing.
  CASE WHEN reason IS NULL AND sog <> 1023e-1 THEN CAST(LEAST(1022, FLOOR(sog * 10 + 5e-1)) AS SMALLINT) END AS sog_d,
  CASE WHEN reason IS NULL AND name <> '' AND LOWER(name) <> 'unknown' THEN name END AS name,
  CASE WHEN reason IS NULL AND ais_imo_digits(imo) <> '0000000' THEN ais_imo_digits(imo) END AS imo
FROM (
  SELECT
    CASE
      WHEN mmsi IS NULL OR NOT ais_is_mmsi(mmsi) OR mmsi = '000000000' THEN 'bad-mmsi'
      WHEN t_sec IS NULL OR t_sec < 0 OR t_sec > 4294967295 THEN 'bad-timestamp'
      WHEN lat IS NULL OR lon IS NULL OR NOT ais_is_finite(lat) OR NOT ais_is_finite(lon)
        OR lat < -90 OR lat > 90 OR lon < -180 OR lon > 180 OR (lat = 0 AND lon = 0) THEN 'bad-coordinates'
      WHEN sog_text_bad OR (sog IS NOT NULL AND (NOT ais_is_finite(sog) OR sog < 0 OR sog > 1023e-1)) THEN 'bad-speed'
    END AS reason,
    *
  FROM ais_source
) judged;

CREATE TABLE skip_counts AS
SELECT reason, COUNT(*) AS n FROM positions WHERE reason IS NOT NULL GROUP BY reason;

CREATE TABLE row_counts AS
SELECT COUNT(*) AS rows_read, SUM(CASE WHEN reason IS NULL THEN 1 ELSE 0 END) AS accepted FROM positions;

-- A vessel's name and IMO: the last ones it reported.
CREATE TABLE vessels AS
SELECT
  mmsi,
  ais_last_by(name, CASE WHEN name IS NOT NULL THEN t END) AS name,
  ais_last_by(imo, CASE WHEN imo IS NOT NULL THEN t END) AS imo
FROM positions
WHERE reason IS NULL
GROUP BY mmsi;

-- The text is no longer needed: only numbers go on.
ALTER TABLE positions DROP COLUMN name;
ALTER TABLE positions DROP COLUMN imo;
