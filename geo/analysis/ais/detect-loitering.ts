import { assertLoiteringParams, DEFAULT_LOITERING_PARAMS, type LoiteringParams } from './detection-params';
import { LongitudeMean, median, METERS_PER_NAUTICAL_MILE, nearestPortDistanceKm } from './geodesy';
import { gridStepRange, newTrackSample, TrackResampler } from './resample-track';
import type { LoiteringEvent, PortPoint } from './types';
import { vesselRef, type VesselTrack, type VesselTracks } from './vessel-tracks';

/**
 * Loitering: one vessel slower than `maxSpeedKnots` at every resampled step for at least `minDurationMinutes`,
 * with its mean position at least `minPortDistanceNm` from every port point (defaults: 2 knots, 4 hours,
 * 20 nautical miles; see {@link DEFAULT_LOITERING_PARAMS}). A step without a position (a gap longer than
 * `maxGapMinutes`) ends the run.
 *
 * @returns loitering events sorted by start time, then MMSI.
 */
export function detectLoitering(
  tracks: VesselTracks,
  ports: readonly PortPoint[],
  params?: Partial<LoiteringParams>,
): LoiteringEvent[] {
  const p = { ...DEFAULT_LOITERING_PARAMS, ...params };
  assertLoiteringParams(p);
  const events: LoiteringEvent[] = [];
  for (const track of tracks.vessels) detectTrackLoitering(track, ports, p, events);
  return events.sort((a, b) => a.start - b.start || (a.vessel.mmsi < b.vessel.mmsi ? -1 : a.vessel.mmsi > b.vessel.mmsi ? 1 : 0));
}

function detectTrackLoitering(track: VesselTrack, ports: readonly PortPoint[], p: LoiteringParams, out: LoiteringEvent[]): void {
  const stepSec = Math.round(p.resampleMinutes * 60);
  const [first, last] = gridStepRange(track, stepSec);
  const cursor = new TrackResampler(track, p.maxGapMinutes);
  const s = newTrackSample();
  let runStart = -1;
  let speeds: number[] = [];
  let lon = new LongitudeMean();
  let latSum = 0;

  const close = (lastStep: number): void => {
    const durationMinutes = ((lastStep - runStart) * stepSec) / 60;
    if (durationMinutes >= p.minDurationMinutes) {
      const meanLon = lon.value();
      const meanLat = latSum / speeds.length;
      const portDistanceKm = nearestPortDistanceKm(meanLon, meanLat, ports);
      if (portDistanceKm === null || portDistanceKm * 1000 >= p.minPortDistanceNm * METERS_PER_NAUTICAL_MILE) {
        const start = runStart * stepSec * 1000;
        out.push({
          id: `loitering-${track.mmsi}-${start}`,
          kind: 'loitering',
          vessel: vesselRef(track),
          start,
          end: lastStep * stepSec * 1000,
          durationMinutes,
          lon: meanLon,
          lat: meanLat,
          medianSpeedKnots: median(speeds),
          portDistanceKm,
        });
      }
    }
    runStart = -1;
    speeds = [];
    lon = new LongitudeMean();
    latSum = 0;
  };

  for (let step = first; step <= last; step++) {
    // NaN speed (unknown) is not "slow": it ends a run like a gap does.
    const slow = cursor.sampleAt(step * stepSec, s) && s.speedKnots < p.maxSpeedKnots;
    if (!slow) {
      if (runStart !== -1) close(step - 1);
      continue;
    }
    if (runStart === -1) runStart = step;
    speeds.push(s.speedKnots);
    lon.add(s.lon);
    latSum += s.lat;
  }
  if (runStart !== -1) close(last);
}
