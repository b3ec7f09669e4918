import { assertDensityParams, DEFAULT_DENSITY_PARAMS, DEFAULT_ENCOUNTER_PARAMS, type DensityParams } from './detection-params';
import { resampleTrack, type ResampleParams } from './resample-track';
import type { VesselTracks } from './vessel-tracks';

/** One cell of the density grid in one time bin. */
export interface DensityCell {
  /** South-west corner of the cell, degrees. */
  lon: number;
  lat: number;
  /** Start of the time bin, epoch ms (UTC). */
  binStart: number;
  /** Reports in the cell (one a second a vessel). */
  positions: number;
  /** Distinct vessels reporting in it. */
  vessels: number;
  /** Resampled steps in the cell × the step length: time spent there, never across a long gap. */
  vesselHours: number;
}

export interface DensityGrid {
  cellDegrees: number;
  binHours: number;
  resampleMinutes: number;
  /** Sorted by bin, then latitude, then longitude. */
  cells: DensityCell[];
}

/** Column, row and bin of a position: the same arithmetic as the SQL definition, so both engines agree bit for bit. */
export function densityKey(lon: number, lat: number, tSec: number, p: DensityParams): [number, number, number] {
  return [Math.floor(lon / p.cellDegrees), Math.floor(lat / p.cellDegrees), Math.floor(tSec / (p.binHours * 3600))];
}

interface Acc {
  ix: number;
  iy: number;
  bin: number;
  positions: number;
  vessels: number;
  steps: number;
}

/**
 * The density of positions per fixed grid cell (`cellDegrees`, default 0.1°) and time bin (`binHours`, default
 * 24 h): reports, distinct vessels and vessel-hours (resampled on the encounter grid by default, so a vessel
 * silent for days adds no hours).
 */
export function computeDensityGrid(
  tracks: VesselTracks,
  params?: Partial<DensityParams>,
  resample: ResampleParams = DEFAULT_ENCOUNTER_PARAMS,
): DensityGrid {
  const p = { ...DEFAULT_DENSITY_PARAMS, ...params };
  assertDensityParams(p);
  const cells = new Map<string, Acc>();
  const at = (ix: number, iy: number, bin: number): Acc => {
    const key = `${ix},${iy},${bin}`;
    let acc = cells.get(key);
    if (acc === undefined) {
      acc = { ix, iy, bin, positions: 0, vessels: 0, steps: 0 };
      cells.set(key, acc);
    }
    return acc;
  };
  for (const track of tracks.vessels) {
    const seen = new Set<Acc>();
    for (let i = 0; i < track.length; i++) {
      const [ix, iy, bin] = densityKey(track.lonE6[i]! / 1e6, track.latE6[i]! / 1e6, track.tSec[i]!, p);
      const acc = at(ix, iy, bin);
      acc.positions++;
      if (!seen.has(acc)) {
        seen.add(acc);
        acc.vessels++;
      }
    }
    const r = resampleTrack(track, resample);
    for (let k = 0; k < r.valid.length; k++) {
      if (r.valid[k] === 0) continue;
      const [ix, iy, bin] = densityKey(r.lon[k]!, r.lat[k]!, (r.firstStep + k) * r.stepSec, p);
      at(ix, iy, bin).steps++;
    }
  }
  const stepHours = Math.round(resample.resampleMinutes * 60) / 3600;
  const binMs = p.binHours * 3_600_000;
  const list = [...cells.values()].sort((a, b) => a.bin - b.bin || a.iy - b.iy || a.ix - b.ix);
  return {
    cellDegrees: p.cellDegrees,
    binHours: p.binHours,
    resampleMinutes: resample.resampleMinutes,
    cells: list.map((c) => ({
      lon: c.ix * p.cellDegrees,
      lat: c.iy * p.cellDegrees,
      binStart: c.bin * binMs,
      positions: c.positions,
      vessels: c.vessels,
      vesselHours: c.steps * stepHours,
    })),
  };
}
