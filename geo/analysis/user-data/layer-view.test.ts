import { describe, expect, it } from 'vitest';
import type { GapEvent, EncounterEvent } from '@/geo/analysis/ais';
import { AIS_EVENT_ZOOM, viewForAisEvent } from './layer-view';

/** Where a point falls in a 800 × 640 px frame centred on `view` (web mercator, 512 px tiles, as the map draws). */
function pixelOffset(view: { lon: number; lat: number; zoom: number }, lon: number, lat: number): { dx: number; dy: number } {
  const scale = 512 * 2 ** view.zoom;
  const y = (la: number) => Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / (2 * Math.PI);
  return { dx: ((lon - view.lon) / 360) * scale, dy: (y(view.lat) - y(lat)) * scale };
}

// SYNTHETIC: a vessel dark for 10 h 40 min over 96 km, as the small SYNTHETIC AIS fixture's gap.
const GAP = {
  id: 'gap-1',
  kind: 'gap',
  vessel: { mmsi: '999000003', name: 'SYNTH CARGO 0003' },
  start: Date.UTC(2024, 2, 1, 5, 18),
  end: Date.UTC(2024, 2, 1, 15, 57),
  durationMinutes: 640,
  lon: 133.311,
  lat: 42.132,
  off: { t: Date.UTC(2024, 2, 1, 5, 18), lon: 133.311, lat: 42.132 },
  on: { t: Date.UTC(2024, 2, 1, 15, 57), lon: 132.194, lat: 41.894 },
  distanceKm: 96.1,
  impliedSpeedKnots: 4.9,
} as unknown as GapEvent;

describe('viewForAisEvent', () => {
  it('frames both ends of a gap, where centring on the first left the second off screen', () => {
    const view = viewForAisEvent(GAP);
    for (const end of [GAP.off, GAP.on]) {
      const { dx, dy } = pixelOffset(view, end.lon, end.lat);
      expect(Math.abs(dx)).toBeLessThan(400 - 20);
      expect(Math.abs(dy)).toBeLessThan(320 - 20);
    }
    const old = { lon: GAP.lon, lat: GAP.lat, zoom: AIS_EVENT_ZOOM };
    expect(Math.abs(pixelOffset(old, GAP.on.lon, GAP.on.lat).dx)).toBeGreaterThan(400);
  });

  it('comes no closer than other events for a short gap, and shows other events at their position', () => {
    const inPlace = { ...GAP, on: { ...GAP.on, lon: GAP.off.lon + 0.0005, lat: GAP.off.lat } } as GapEvent;
    expect(viewForAisEvent(inPlace)).toEqual({ lon: GAP.lon, lat: GAP.lat, zoom: AIS_EVENT_ZOOM });
    const fiveKm = { ...GAP, on: { ...GAP.on, lon: GAP.off.lon + 0.06, lat: GAP.off.lat } } as GapEvent;
    expect(viewForAisEvent(fiveKm).zoom).toBe(AIS_EVENT_ZOOM);
    const encounter = { id: 'enc-1', kind: 'encounter', lon: 124.5, lat: 30.1 } as unknown as EncounterEvent;
    expect(viewForAisEvent(encounter)).toEqual({ lon: 124.5, lat: 30.1, zoom: AIS_EVENT_ZOOM });
  });
});
