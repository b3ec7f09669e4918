import { haversineMeters, toEcefMeters } from './geodesy';
import type { PortPoint } from './types';

export interface NearPort {
  port: PortPoint;
  km: number;
}

const cellKey = (ix: number, iy: number, iz: number): string => `${ix},${iy},${iz}`;

/**
 * Port points in a 3-D grid of Earth-centred cells `radiusKm` wide, so that "the nearest port within r" looks at
 * 27 cells instead of every port (a browser import checks every report of a file against the curated ports).
 * A chord is never longer than its arc, so no port within the radius is missed, at the antimeridian too.
 */
export class PortIndex {
  private readonly cells = new Map<string, PortPoint[]>();
  private readonly cellMeters: number;
  private readonly xyz: [number, number, number] = [0, 0, 0];

  constructor(
    ports: readonly PortPoint[],
    readonly radiusKm: number,
  ) {
    this.cellMeters = radiusKm * 1000;
    for (const p of ports) {
      const [ix, iy, iz] = this.cellOf(p.lon, p.lat);
      const key = cellKey(ix, iy, iz);
      const list = this.cells.get(key);
      if (list === undefined) this.cells.set(key, [p]);
      else list.push(p);
    }
  }

  private cellOf(lon: number, lat: number): [number, number, number] {
    toEcefMeters(lon, lat, this.xyz);
    return [Math.floor(this.xyz[0] / this.cellMeters), Math.floor(this.xyz[1] / this.cellMeters), Math.floor(this.xyz[2] / this.cellMeters)];
  }

  /** The nearest port at most `radiusKm` away (the first listed of equally near ones), or null. */
  nearest(lon: number, lat: number): NearPort | null {
    if (this.cells.size === 0) return null;
    const [ix, iy, iz] = this.cellOf(lon, lat);
    let best: NearPort | null = null;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          for (const port of this.cells.get(cellKey(ix + dx, iy + dy, iz + dz)) ?? []) {
            const km = haversineMeters(lon, lat, port.lon, port.lat) / 1000;
            if (km <= this.radiusKm && (best === null || km < best.km)) best = { port, km };
          }
        }
    return best;
  }
}
