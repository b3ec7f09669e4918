import { assertGapParams, DEFAULT_GAP_PARAMS, type GapParams } from './detection-params';
import { haversineMeters, KNOT_MPS, nearestPortDistanceKm } from './geodesy';
import type { GapEvent, PortPoint } from './types';
import { vesselRef, type VesselTracks } from './vessel-tracks';

/**
 * AIS gaps: two consecutive reports of a vessel at least `minGapMinutes` apart (default 6 hours), with where
 * it went dark and where it reappeared. Only gaps inside a vessel's track are seen: silence before its first
 * or after its last report in the file is not evidence of anything.
 *
 * @returns gaps sorted by start time, then MMSI.
 */
export function detectGaps(tracks: VesselTracks, ports: readonly PortPoint[], params?: Partial<GapParams>): GapEvent[] {
  const p = { ...DEFAULT_GAP_PARAMS, ...params };
  assertGapParams(p);
  const minGapSec = p.minGapMinutes * 60;
  const events: GapEvent[] = [];
  for (const track of tracks.vessels) {
    const { tSec, lonE6, latE6 } = track;
    for (let i = 0; i + 1 < track.length; i++) {
      const dt = tSec[i + 1]! - tSec[i]!;
      if (dt < minGapSec) continue;
      const off = { t: tSec[i]! * 1000, lon: lonE6[i]! / 1e6, lat: latE6[i]! / 1e6 };
      const on = { t: tSec[i + 1]! * 1000, lon: lonE6[i + 1]! / 1e6, lat: latE6[i + 1]! / 1e6 };
      if (p.minPortDistanceKm > 0) {
        const portKm = nearestPortDistanceKm(off.lon, off.lat, ports);
        if (portKm !== null && portKm < p.minPortDistanceKm) continue;
      }
      const meters = haversineMeters(off.lon, off.lat, on.lon, on.lat);
      events.push({
        id: `gap-${track.mmsi}-${off.t}`,
        kind: 'gap',
        vessel: vesselRef(track),
        start: off.t,
        end: on.t,
        durationMinutes: dt / 60,
        lon: off.lon,
        lat: off.lat,
        off,
        on,
        distanceKm: meters / 1000,
        impliedSpeedKnots: meters / dt / KNOT_MPS,
      });
    }
  }
  return events.sort((a, b) => a.start - b.start || (a.vessel.mmsi < b.vessel.mmsi ? -1 : a.vessel.mmsi > b.vessel.mmsi ? 1 : 0));
}
