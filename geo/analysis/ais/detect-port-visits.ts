import { assertPortVisitParams, DEFAULT_PORT_VISIT_PARAMS, type PortVisitParams } from './detection-params';
import { haversineMeters, KNOT_MPS } from './geodesy';
import { PortIndex, type NearPort } from './port-index';
import type { PortPoint, PortVisitEvent } from './types';
import { SOG_MISSING, vesselRef, type VesselTrack, type VesselTracks } from './vessel-tracks';

/** Speed at report `i`: as reported, or implied by the distance from the report before; NaN for a lone first report. */
function reportKnots(track: VesselTrack, i: number): number {
  const sog = track.sogDeciKnots[i]!;
  if (sog !== SOG_MISSING) return sog / 10;
  if (i === 0) return NaN;
  const meters = haversineMeters(track.lonE6[i - 1]! / 1e6, track.latE6[i - 1]! / 1e6, track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6);
  return meters / (track.tSec[i]! - track.tSec[i - 1]!) / KNOT_MPS;
}

interface OpenVisit {
  first: number;
  last: number;
  closest: number;
  near: NearPort;
  stopped: boolean;
  silent: boolean;
}

/**
 * Port visits (Global Fishing Watch's port events; defaults in {@link DEFAULT_PORT_VISIT_PARAMS}): a vessel's
 * reports within `exitRadiusKm` of a port point, one after the other, form a stay near ports; the visit starts at
 * the stay's first report within `entryRadiusKm` and ends at its last report (the next one is beyond
 * `exitRadiusKm`, or there is none). It counts when a report inside is slower than `maxStopSpeedKnots`, or two
 * reports inside are at least `minGapMinutes` apart. Passing a port at speed, or anchoring between the two radii,
 * is not a visit.
 *
 * @returns visits sorted by start time, then MMSI.
 */
export function detectPortVisits(tracks: VesselTracks, ports: readonly PortPoint[], params?: Partial<PortVisitParams>): PortVisitEvent[] {
  const p = { ...DEFAULT_PORT_VISIT_PARAMS, ...params };
  assertPortVisitParams(p);
  const index = new PortIndex(ports, p.exitRadiusKm);
  const minGapSec = p.minGapMinutes * 60;
  const events: PortVisitEvent[] = [];
  for (const track of tracks.vessels) {
    let open: OpenVisit | null = null;
    const close = (): void => {
      if (open !== null && (open.stopped || open.silent)) events.push(visitEvent(track, open));
      open = null;
    };
    for (let i = 0; i < track.length; i++) {
      const near = index.nearest(track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6);
      if (near === null) {
        close();
        continue;
      }
      if (open === null) {
        if (near.km > p.entryRadiusKm) continue;
        open = { first: i, last: i, closest: i, near, stopped: false, silent: false };
      } else {
        if (track.tSec[i]! - track.tSec[i - 1]! >= minGapSec) open.silent = true;
        open.last = i;
        if (near.km < open.near.km) {
          open.closest = i;
          open.near = near;
        }
      }
      if (reportKnots(track, i) < p.maxStopSpeedKnots) open.stopped = true;
    }
    close();
  }
  return events.sort((a, b) => a.start - b.start || (a.vessel.mmsi < b.vessel.mmsi ? -1 : a.vessel.mmsi > b.vessel.mmsi ? 1 : 0));
}

function visitEvent(track: VesselTrack, v: OpenVisit): PortVisitEvent {
  const start = track.tSec[v.first]! * 1000;
  const end = track.tSec[v.last]! * 1000;
  return {
    id: `port-visit-${track.mmsi}-${start}`,
    kind: 'port-visit',
    vessel: vesselRef(track),
    start,
    end,
    durationMinutes: (end - start) / 60_000,
    lon: track.lonE6[v.closest]! / 1e6,
    lat: track.latE6[v.closest]! / 1e6,
    portId: v.near.port.id ?? null,
    portName: v.near.port.name ?? null,
    portDistanceKm: v.near.km,
    stopped: v.stopped,
    silent: v.silent,
  };
}
