-- The DuckDB dialect: every function the detection SQL calls that is not in the portable subset
-- (SELECT, JOIN, GROUP BY, window functions, CASE, arithmetic, FLOOR/CEIL, SIN/COS/ASIN/ATAN2/SQRT).
-- Another engine defines these names (BigQuery: temporary SQL functions; Spark: SQL functions or UDFs);
-- docs/decisions/0012-archive-scale-sql.md lists each one's counterpart. Nothing else in sql/ is DuckDB's own.
-- Decimal literals in sql/ carry an exponent (5e-1, not 0.5): DuckDB reads 0.5 as an exact DECIMAL, other
-- engines and the TypeScript engine as a double; 5e-1 is a double everywhere, so results agree bit for bit.

-- Text of exactly nine digits: an MMSI.
CREATE OR REPLACE MACRO ais_is_mmsi(s) AS regexp_full_match(s, '[0-9]{9}');

-- A number written as text, or NULL (never an error).
CREATE OR REPLACE MACRO ais_to_double(s) AS TRY_CAST(s AS DOUBLE);
CREATE OR REPLACE MACRO ais_to_integer(s) AS TRY_CAST(s AS INTEGER);

CREATE OR REPLACE MACRO ais_is_finite(x) AS isfinite(x);

-- UTC seconds of an ISO time ("2024-03-01T00:00:05", a space for the T, optional fraction and Z): the NOAA layout.
-- A 19-character text with its separators in place has exactly its digits where the cast reads them; the cast
-- turns 24:00 into the next day, which the TypeScript parser refuses, hence the hour check.
CREATE OR REPLACE MACRO ais_noaa_seconds(s) AS CAST(epoch(
  CASE
    WHEN length(s) = 19 AND substr(s, 5, 1) = '-' AND substr(s, 8, 1) = '-' AND substr(s, 11, 1) IN ('T', ' ')
      AND substr(s, 14, 1) = ':' AND substr(s, 17, 1) = ':' AND substr(s, 12, 2) <= '23'
      THEN TRY_CAST(s AS TIMESTAMP)
    WHEN regexp_full_match(s, '[0-9]{4}-[0-9]{2}-[0-9]{2}[T ](([01][0-9])|(2[0-3])):[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z?')
      THEN TRY_CAST(substr(s, 1, 10) || ' ' || substr(s, 12, 8) AS TIMESTAMP)
  END) AS BIGINT);

-- UTC seconds of "dd/mm/yyyy hh:mm:ss": the Danish Maritime Authority layout.
CREATE OR REPLACE MACRO ais_dma_seconds(s) AS CAST(epoch(
  CASE
    WHEN length(s) = 19 AND substr(s, 3, 1) = '/' AND substr(s, 6, 1) = '/' AND substr(s, 11, 1) = ' '
      AND substr(s, 14, 1) = ':' AND substr(s, 17, 1) = ':' AND substr(s, 12, 2) <= '23'
      THEN TRY_CAST(substr(s, 7, 4) || '-' || substr(s, 4, 2) || '-' || substr(s, 1, 2) || ' ' || substr(s, 12, 8) AS TIMESTAMP)
  END) AS BIGINT);

-- UTC seconds of a timestamp column (Parquet).
CREATE OR REPLACE MACRO ais_timestamp_seconds(ts) AS CAST(FLOOR(epoch(ts)) AS BIGINT);

-- Seven IMO digits from "IMO9999001", "9999001" or "imo 9999001"; NULL otherwise.
CREATE OR REPLACE MACRO ais_imo_digits(s) AS NULLIF(regexp_extract(s, '^(?i:IMO)?\s*([0-9]{7})$', 1), '');

-- Longitude and latitude of a GeoParquet point (a GEOMETRY, or WKB in a BLOB).
CREATE OR REPLACE MACRO ais_point_lon(g) AS TRY_CAST(regexp_extract(st_astext(g), '^POINT \(([^ ]+) ([^ )]+)\)$', 1) AS DOUBLE);
CREATE OR REPLACE MACRO ais_point_lat(g) AS TRY_CAST(regexp_extract(st_astext(g), '^POINT \(([^ ]+) ([^ )]+)\)$', 2) AS DOUBLE);
CREATE OR REPLACE MACRO ais_wkb_geometry(b) AS st_geomfromwkb(b);

-- The order rows were read in (first file first): of two reports of a vessel in the same second the first is kept.
-- DuckDB's rowid counts insertion order in a table filled by one INSERT ... SELECT in read order.
CREATE OR REPLACE MACRO ais_first_by(value, ord) AS arg_min(value, ord);
CREATE OR REPLACE MACRO ais_last_by(value, ord) AS arg_max(value, ord);

-- Median of the non-NULL values (the middle two averaged): GFW's and the TypeScript engine's median.
CREATE OR REPLACE MACRO ais_median(x) AS quantile_cont(x, 5e-1);

-- The whole numbers lo..hi as a list, to UNNEST into one row each (an empty list when hi < lo).
CREATE OR REPLACE MACRO ais_series(lo, hi) AS range(lo, hi + 1);

-- Great-circle distance in metres (haversine on the sphere turf uses, radius 6,371,008.8 m), written exactly as
-- geodesy.ts computes it. Plain arithmetic; a macro only because DuckDB has no CREATE FUNCTION ... RETURN.
CREATE OR REPLACE MACRO ais_haversine_m(lon1, lat1, lon2, lat2) AS
  2 * 6371008.8e0 * ASIN(LEAST(1, SQRT(
    POWER(SIN((lat2 - lat1) * (PI() / 180) / 2), 2)
    + COS(lat1 * (PI() / 180)) * COS(lat2 * (PI() / 180)) * POWER(SIN((lon2 - lon1) * (PI() / 180) / 2), 2))));

-- Knots to metres per second.
CREATE OR REPLACE MACRO ais_knot_mps() AS 1852e0 / 3600e0;

-- Earth-centred metres of a point on that sphere (geodesy.ts toEcefMeters).
CREATE OR REPLACE MACRO ais_ecef_x(lon, lat) AS 6371008.8e0 * COS(lat * (PI() / 180)) * COS(lon * (PI() / 180));
CREATE OR REPLACE MACRO ais_ecef_y(lon, lat) AS 6371008.8e0 * COS(lat * (PI() / 180)) * SIN(lon * (PI() / 180));
CREATE OR REPLACE MACRO ais_ecef_z(lat) AS 6371008.8e0 * SIN(lat * (PI() / 180));

-- Longitude folded into [-180, 180).
CREATE OR REPLACE MACRO ais_wrap_lon(lon) AS lon - 360 * FLOOR((lon + 180) / 360);

-- ISO 8601 UTC with milliseconds, as the TypeScript exports write times.
CREATE OR REPLACE MACRO ais_iso_time(sec) AS strftime(make_timestamp(CAST(sec AS BIGINT) * 1000000), '%Y-%m-%dT%H:%M:%S.000Z');

-- An MMSI stored as a number, back to its nine digits.
CREATE OR REPLACE MACRO ais_mmsi_text(m) AS lpad(CAST(m AS VARCHAR), 9, '0');
