import type { AisPosition, VesselRef } from './types';

/** Stored value of `sogDeciKnots` when the report had no speed (AIS uses 1023 tenths for "not available"). */
export const SOG_MISSING = 1023;

/**
 * One vessel's positions in columns, sorted by time with one position per second. Stored compactly
 * (14 bytes a position) at AIS's own resolution, so nothing is lost: time in whole UTC seconds, lon/lat in
 * micro-degrees (AIS reports 1/10000 minute, about 1.7 micro-degrees), speed in tenths of a knot.
 */
export interface VesselTrack {
  readonly mmsi: string;
  readonly name?: string;
  readonly imo?: string;
  readonly length: number;
  /** UTC seconds since the epoch, strictly increasing. */
  readonly tSec: Uint32Array;
  readonly lonE6: Int32Array;
  readonly latE6: Int32Array;
  /** Speed over ground in tenths of a knot; {@link SOG_MISSING} when not reported. */
  readonly sogDeciKnots: Uint16Array;
}

export interface VesselTracks {
  /** Sorted by MMSI. */
  readonly vessels: readonly VesselTrack[];
  readonly positionCount: number;
}

export interface VesselTrackBuilder {
  add(position: AisPosition): void;
  readonly positionCount: number;
  readonly vesselCount: number;
  /** Sorts and packs the tracks. The builder cannot be used afterwards (its buffers are handed over). */
  build(): VesselTracks;
}

const INITIAL_CAPACITY = 16;

/**
 * A copy of `s` that does not keep a larger string alive. A CSV parser's cells are often slices of its whole
 * input chunk; keeping one name a vessel would otherwise keep thousands of 64 KB chunks (measured: 800 MB of
 * heap for 10M positions).
 */
function ownString(s: string): string {
  return (' ' + s).slice(1);
}

class GrowingTrack {
  name: string | undefined;
  imo: string | undefined;
  length = 0;
  tSec = new Uint32Array(INITIAL_CAPACITY);
  lonE6 = new Int32Array(INITIAL_CAPACITY);
  latE6 = new Int32Array(INITIAL_CAPACITY);
  sog = new Uint16Array(INITIAL_CAPACITY);
  sorted = true;

  constructor(readonly mmsi: string) {}

  push(p: AisPosition): void {
    if (this.length === this.tSec.length) this.grow();
    const i = this.length++;
    const t = Math.floor(p.t / 1000);
    if (i > 0 && t < this.tSec[i - 1]!) this.sorted = false;
    this.tSec[i] = t;
    this.lonE6[i] = Math.round(p.lon * 1e6);
    this.latE6[i] = Math.round(p.lat * 1e6);
    this.sog[i] = p.sogKnots === undefined ? SOG_MISSING : Math.min(SOG_MISSING - 1, Math.round(p.sogKnots * 10));
    if (p.name !== undefined && p.name !== this.name) this.name = ownString(p.name);
    if (p.imo !== undefined && p.imo !== this.imo) this.imo = ownString(p.imo);
  }

  private grow(): void {
    // Doubling keeps appends amortised O(1); the slack (at most half) is trimmed in finish().
    const n = this.tSec.length * 2;
    const t = new Uint32Array(n);
    t.set(this.tSec);
    this.tSec = t;
    const lon = new Int32Array(n);
    lon.set(this.lonE6);
    this.lonE6 = lon;
    const lat = new Int32Array(n);
    lat.set(this.latE6);
    this.latE6 = lat;
    const sog = new Uint16Array(n);
    sog.set(this.sog);
    this.sog = sog;
  }

  finish(): VesselTrack {
    let order: Uint32Array | null = null;
    if (!this.sorted) {
      order = new Uint32Array(this.length);
      for (let i = 0; i < this.length; i++) order[i] = i;
      // Stable sort: of two reports in the same second, the first one in the file is kept.
      const t = this.tSec;
      order.sort((a, b) => t[a]! - t[b]! || a - b);
    }
    // Count the positions that survive de-duplication of equal seconds.
    let kept = 0;
    let last = -1;
    for (let k = 0; k < this.length; k++) {
      const ts = this.tSec[order ? order[k]! : k]!;
      if (ts !== last) kept++;
      last = ts;
    }
    const inPlace = order === null && kept === this.length;
    let tSec: Uint32Array;
    let lonE6: Int32Array;
    let latE6: Int32Array;
    let sog: Uint16Array;
    if (inPlace) {
      // Copy only when the slack is worth returning to the allocator.
      const copy = this.tSec.length - this.length > this.length / 8;
      tSec = copy ? this.tSec.slice(0, kept) : this.tSec.subarray(0, kept);
      lonE6 = copy ? this.lonE6.slice(0, kept) : this.lonE6.subarray(0, kept);
      latE6 = copy ? this.latE6.slice(0, kept) : this.latE6.subarray(0, kept);
      sog = copy ? this.sog.slice(0, kept) : this.sog.subarray(0, kept);
    } else {
      tSec = new Uint32Array(kept);
      lonE6 = new Int32Array(kept);
      latE6 = new Int32Array(kept);
      sog = new Uint16Array(kept);
      let j = 0;
      last = -1;
      for (let k = 0; k < this.length; k++) {
        const i = order ? order[k]! : k;
        const ts = this.tSec[i]!;
        if (ts === last) continue;
        last = ts;
        tSec[j] = ts;
        lonE6[j] = this.lonE6[i]!;
        latE6[j] = this.latE6[i]!;
        sog[j] = this.sog[i]!;
        j++;
      }
    }
    const track: VesselTrack = {
      mmsi: this.mmsi,
      length: kept,
      tSec,
      lonE6,
      latE6,
      sogDeciKnots: sog,
      ...(this.name !== undefined ? { name: this.name } : {}),
      ...(this.imo !== undefined ? { imo: this.imo } : {}),
    };
    // Drop our references so the growing buffers can be collected as we go.
    this.tSec = new Uint32Array(0);
    this.lonE6 = new Int32Array(0);
    this.latE6 = new Int32Array(0);
    this.sog = new Uint16Array(0);
    return track;
  }
}

/**
 * Accumulates AIS positions per vessel in typed arrays. Memory: 14 bytes a position once built, at most
 * 28 while accumulating (arrays double), plus about 200 bytes a vessel. Positions may arrive in any order;
 * times are truncated to whole seconds (AIS resolution) and a second report in the same second is dropped.
 */
export function createVesselTrackBuilder(): VesselTrackBuilder {
  const byMmsi = new Map<string, GrowingTrack>();
  let positionCount = 0;
  let built = false;
  return {
    add(position) {
      if (built) throw new Error('VesselTrackBuilder: add() after build()');
      let track = byMmsi.get(position.mmsi);
      if (track === undefined) {
        track = new GrowingTrack(ownString(position.mmsi));
        byMmsi.set(track.mmsi, track);
      }
      track.push(position);
      positionCount++;
    },
    get positionCount() {
      return positionCount;
    },
    get vesselCount() {
      return byMmsi.size;
    },
    build() {
      if (built) throw new Error('VesselTrackBuilder: build() called twice');
      built = true;
      const mmsis = [...byMmsi.keys()].sort();
      const vessels: VesselTrack[] = [];
      let count = 0;
      for (const mmsi of mmsis) {
        const track = byMmsi.get(mmsi)!.finish();
        byMmsi.delete(mmsi);
        vessels.push(track);
        count += track.length;
      }
      return { vessels, positionCount: count };
    },
  };
}

/** Packs an array of positions into tracks (for tests and small in-memory imports). */
export function buildVesselTracks(positions: Iterable<AisPosition>): VesselTracks {
  const builder = createVesselTrackBuilder();
  for (const p of positions) builder.add(p);
  return builder.build();
}

/** The identity part of a track, as events carry it. */
export function vesselRef(track: VesselTrack): VesselRef {
  const ref: VesselRef = { mmsi: track.mmsi };
  if (track.name !== undefined) ref.name = track.name;
  if (track.imo !== undefined) ref.imo = track.imo;
  return ref;
}

/** Position `i` of a track as an {@link AisPosition}. */
export function trackPositionAt(track: VesselTrack, i: number): AisPosition {
  const p: AisPosition = {
    mmsi: track.mmsi,
    t: track.tSec[i]! * 1000,
    lon: track.lonE6[i]! / 1e6,
    lat: track.latE6[i]! / 1e6,
  };
  const sog = track.sogDeciKnots[i]!;
  if (sog !== SOG_MISSING) p.sogKnots = sog / 10;
  return p;
}

/** Index of the first position at or after `tSec` (binary search); `track.length` when there is none. */
export function lowerBoundTime(track: VesselTrack, tSec: number): number {
  let lo = 0;
  let hi = track.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (track.tSec[mid]! < tSec) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The positions of one vessel between two times (epoch ms, inclusive), e.g. to draw both tracks around an
 * encounter in the Details panel.
 */
export function trackPositionsBetween(track: VesselTrack, startMs: number, endMs: number): AisPosition[] {
  const out: AisPosition[] = [];
  for (let i = lowerBoundTime(track, Math.ceil(startMs / 1000)); i < track.length; i++) {
    if (track.tSec[i]! * 1000 > endMs) break;
    out.push(trackPositionAt(track, i));
  }
  return out;
}

/** Finds a vessel's track by MMSI (binary search over the sorted tracks). */
export function findTrack(tracks: VesselTracks, mmsi: string): VesselTrack | undefined {
  const v = tracks.vessels;
  let lo = 0;
  let hi = v.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v[mid]!.mmsi < mmsi) lo = mid + 1;
    else hi = mid;
  }
  return v[lo]?.mmsi === mmsi ? v[lo] : undefined;
}
