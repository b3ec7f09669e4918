import { buildVesselTracks, type AisEvent, type AisPosition } from '@/geo/analysis/ais';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';

/** mulberry32: the same SYNTHETIC positions on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * SYNTHETIC AIS positions (for tests and the benchmark only): `count` reports of `vessels` vessels scattered over a
 * box, at random times within [fromMs, toMs).
 */
export function syntheticPositions(
  count: number,
  { vessels = 200, box = [118, 26, 134, 44], fromMs = Date.UTC(2018, 0, 1), toMs = Date.UTC(2020, 0, 1), seed = 7 } = {},
): AisPosition[] {
  const next = seededRandom(seed);
  const positions: AisPosition[] = [];
  for (let i = 0; i < count; i++) {
    const v = Math.floor(next() * vessels);
    positions.push({
      mmsi: String(412_000_000 + v),
      t: Math.floor(fromMs + next() * (toMs - fromMs)),
      lon: box[0]! + next() * (box[2]! - box[0]!),
      lat: box[1]! + next() * (box[3]! - box[1]!),
      name: `SYNTHETIC ${v}`,
    });
  }
  return positions;
}

/** An AIS user layer around positions and events, as an import would make it. */
export function aisLayer(positions: readonly AisPosition[], events: AisEvent[] = [], name = 'synthetic'): UserAisLayer {
  const tracks = buildVesselTracks(positions);
  return {
    kind: 'ais',
    id: `user-${name}`,
    name,
    fileName: `${name}.csv`,
    fileBytes: 0,
    importedAt: '2026-01-01T00:00:00.000Z',
    userProvided: true,
    rowsRead: positions.length,
    skipped: {},
    timeField: 'BaseDateTime',
    timeExtent: null,
    layout: 'noaa',
    tracks,
    counts: { vessels: tracks.vessels.length, positions: tracks.positionCount },
    detection: {
      params: {} as never,
      cluster: {} as never,
      events,
      areas: { type: 'FeatureCollection', features: [] },
      ranAt: '2026-01-01T00:00:00.000Z',
      durationMs: 0,
    },
  };
}
