import type { AisEvent, AisEventKind, VesselRef } from '@/geo/analysis/ais';

export const EVENT_KIND_LABELS: Record<AisEventKind, string> = {
  encounter: 'Encounter',
  loitering: 'Loitering',
  gap: 'AIS gap',
  'port-visit': 'Port visit',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-03-01 09:10 UTC`: AIS times are UTC, and analysts compare them across time zones. */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '—';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** `2 h 30 min`, `45 min`, `3 d 4 h`. */
export function formatDuration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return m % 60 === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
  const h = Math.round(m / 60);
  return h % 24 === 0 ? `${h / 24} d` : `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** `120 m` below a kilometre, `3.4 km` above. */
export function formatMeters(meters: number): string {
  return meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(meters < 10_000 ? 1 : 0)} km`;
}

/** `41.703° N, 132.668° E`. */
export function formatLonLat(lon: number, lat: number): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;
}

export function eventVessels(e: AisEvent): VesselRef[] {
  return e.kind === 'encounter' ? [...e.vessels] : [e.vessel];
}

/** One line naming an event: kind and vessels. */
export function eventTitle(e: AisEvent): string {
  const names = eventVessels(e).map((v) => v.name ?? v.mmsi);
  return `${EVENT_KIND_LABELS[e.kind]}: ${names.join(' & ')}`;
}

/** The measure that matters most for the kind: distance apart, speed, or how far the vessel moved unseen. */
export function eventKeyFact(e: AisEvent): string {
  if (e.kind === 'encounter') return `median ${formatMeters(e.medianDistanceMeters)} apart, ≤ ${e.medianSpeedKnots.toFixed(1)} kn`;
  if (e.kind === 'loitering') return `median ${e.medianSpeedKnots.toFixed(1)} kn${e.portDistanceKm === null ? '' : `, ${Math.round(e.portDistanceKm)} km from a port`}`;
  if (e.kind === 'port-visit') {
    const why = [e.stopped ? 'stopped' : '', e.silent ? 'AIS gap inside' : ''].filter(Boolean).join(', ');
    return `${e.portName ?? e.portId ?? 'a port'}, ${e.portDistanceKm.toFixed(1)} km at closest${why ? `, ${why}` : ''}`;
  }
  return `${e.distanceKm.toFixed(1)} km while dark (≥ ${e.impliedSpeedKnots.toFixed(1)} kn)`;
}
