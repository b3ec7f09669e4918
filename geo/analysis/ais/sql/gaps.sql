-- AIS gaps (detect-gaps.ts): two consecutive reports of a vessel at least ${gap.minGapMinutes} minutes apart; when
-- ${gap.minPortDistanceKm} > 0, only where the vessel went dark at least that far from every port point.
CREATE TABLE gaps AS
SELECT
  mmsi,
  t AS off_t, lon_e6 / 1e6 AS off_lon, lat_e6 / 1e6 AS off_lat,
  next_t AS on_t, next_lon_e6 / 1e6 AS on_lon, next_lat_e6 / 1e6 AS on_lat,
  ais_haversine_m(lon_e6 / 1e6, lat_e6 / 1e6, next_lon_e6 / 1e6, next_lat_e6 / 1e6) AS meters
FROM track_points
WHERE next_t - t >= ${gap.minGapMinutes} * 60
  AND (
    ${gap.minPortDistanceKm} <= 0
    OR NOT EXISTS (
      SELECT 1 FROM ports
      WHERE ais_haversine_m(track_points.lon_e6 / 1e6, track_points.lat_e6 / 1e6, ports.lon, ports.lat) / 1000 < ${gap.minPortDistanceKm}
    )
  );
