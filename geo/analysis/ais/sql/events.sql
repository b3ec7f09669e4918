-- Every event as one flat row, the columns of export-events.ts (times as ISO 8601 UTC), for the GeoJSON, CSV
-- and Parquet outputs, with the vessels' names and IMO numbers.

CREATE TABLE events AS
SELECT
  'encounter-' || ais_mmsi_text(e.a) || '-' || ais_mmsi_text(e.b) || '-' || CAST(e.start_sec * 1000 AS BIGINT) AS id,
  'encounter' AS kind, e.start_sec, e.end_sec, (e.end_sec - e.start_sec) / 60 AS duration_minutes, e.lon, e.lat,
  ais_mmsi_text(e.a) AS vessel1_mmsi, va.name AS vessel1_name, va.imo AS vessel1_imo,
  ais_mmsi_text(e.b) AS vessel2_mmsi, vb.name AS vessel2_name, vb.imo AS vessel2_imo,
  e.median_distance_m, e.median_speed_kn, CAST(NULL AS DOUBLE) AS port_distance_km,
  CAST(NULL AS BIGINT) AS off_sec, CAST(NULL AS DOUBLE) AS off_lon, CAST(NULL AS DOUBLE) AS off_lat,
  CAST(NULL AS BIGINT) AS on_sec, CAST(NULL AS DOUBLE) AS on_lon, CAST(NULL AS DOUBLE) AS on_lat,
  CAST(NULL AS DOUBLE) AS distance_km, CAST(NULL AS DOUBLE) AS implied_speed_kn,
  CAST(NULL AS VARCHAR) AS port_id, CAST(NULL AS VARCHAR) AS port_name, CAST(NULL AS BOOLEAN) AS stopped, CAST(NULL AS BOOLEAN) AS silent
FROM encounters e
LEFT JOIN vessels va ON va.mmsi = e.a
LEFT JOIN vessels vb ON vb.mmsi = e.b
UNION ALL
SELECT
  'loitering-' || ais_mmsi_text(l.mmsi) || '-' || CAST(l.start_sec * 1000 AS BIGINT),
  'loitering', l.start_sec, l.end_sec, (l.end_sec - l.start_sec) / 60, l.lon, l.lat,
  ais_mmsi_text(l.mmsi), v.name, v.imo, NULL, NULL, NULL,
  NULL, l.median_speed_kn, l.port_distance_km,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL
FROM loitering l
LEFT JOIN vessels v ON v.mmsi = l.mmsi
UNION ALL
SELECT
  'gap-' || ais_mmsi_text(g.mmsi) || '-' || CAST(g.off_t * 1000 AS BIGINT),
  'gap', g.off_t, g.on_t, (g.on_t - g.off_t) / 60, g.off_lon, g.off_lat,
  ais_mmsi_text(g.mmsi), v.name, v.imo, NULL, NULL, NULL,
  NULL, NULL, NULL,
  g.off_t, g.off_lon, g.off_lat, g.on_t, g.on_lon, g.on_lat,
  g.meters / 1000, g.meters / (g.on_t - g.off_t) / ais_knot_mps(),
  NULL, NULL, NULL, NULL
FROM gaps g
LEFT JOIN vessels v ON v.mmsi = g.mmsi
UNION ALL
SELECT
  'port-visit-' || ais_mmsi_text(p.mmsi) || '-' || CAST(p.start_sec * 1000 AS BIGINT),
  'port-visit', p.start_sec, p.end_sec, (p.end_sec - p.start_sec) / 60, p.lon, p.lat,
  ais_mmsi_text(p.mmsi), v.name, v.imo, NULL, NULL, NULL,
  NULL, NULL, p.port_distance_km,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  p.port_id, p.port_name, p.stopped, p.silent
FROM port_visits p
LEFT JOIN vessels v ON v.mmsi = p.mmsi;
