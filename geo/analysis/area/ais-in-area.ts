import type { Dataset, VesselRecord } from '@/data';
import { vesselDisplayName } from '@/data';
import type { AisEvent, VesselRef } from '@/geo/analysis/ais';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import type { AreaPredicates } from './area-predicates';
import type { AreaRecord, AreaRecordKind, AreaVessel, AreaVesselRef } from './area-records';
import { msDaySpan, overlapsDays, type DayRange } from './area-time';
import { positionIndexFor, positionsInArea } from './position-index';

/** What the user's AIS shows inside an area: events as report rows, positions counted, vessels seen. */
export interface AisInArea {
  events: AreaRecord[];
  positions: number;
  perMonth: Map<number, number>;
  vessels: AreaVessel[];
  /** AIS user layers searched (visible ones with their positions), by name. */
  layers: string[];
  /** AIS user layers with events but no positions (saved layers, `npm run detect` files): nothing to count. */
  layersWithoutPositions: string[];
}

const EVENT_KINDS: ReadonlySet<string> = new Set<AreaRecordKind>(['encounter', 'loitering', 'gap', 'port-visit']);

/** Curated vessel records by IMO and MMSI number, for linking what AIS shows to a dossier. */
export function vesselRecordFinder(dataset: Dataset): (ref: { imo?: string | undefined; mmsi?: string | undefined }) => VesselRecord | undefined {
  const byImo = new Map(dataset.vessels.flatMap((v) => (v.imo ? [[v.imo.value, v] as const] : [])));
  const byMmsi = new Map(dataset.vessels.flatMap((v) => (v.mmsi ? [[v.mmsi.value, v] as const] : [])));
  return (ref) => (ref.imo ? byImo.get(ref.imo) : undefined) ?? (ref.mmsi ? byMmsi.get(ref.mmsi) : undefined);
}

function eventVessels(event: AisEvent): readonly VesselRef[] {
  return 'vessels' in event ? event.vessels : 'vessel' in event ? [event.vessel] : [];
}

/** Where an event is, for the area: its position, and for a gap also where the vessel reappeared. */
function eventPoints(event: AisEvent): [number, number][] {
  const points: [number, number][] = [[event.lon, event.lat]];
  if (event.kind === 'gap') points.push([event.on.lon, event.on.lat]);
  return points;
}

function eventName(event: AisEvent, vessels: readonly AreaVesselRef[]): string {
  const names = vessels.map((v) => v.name).join(' and ');
  const port = 'portName' in event && typeof event.portName === 'string' ? ` at ${event.portName}` : '';
  return `${names}${port}`;
}

/**
 * The user's AIS inside an area: events whose position (a gap: either end) is inside and whose time overlaps the
 * range, and positions inside, counted per vessel and month through each user layer's point index. Vessels are
 * matched to curated records by IMO, then MMSI number.
 */
export function aisInArea(dataset: Dataset, layers: readonly UserAisLayer[], area: AreaPredicates, days: DayRange | null): AisInArea {
  const findRecord = vesselRecordFinder(dataset);
  const vessels = new Map<string, AreaVessel>();
  const vesselFor = (ref: VesselRef): AreaVessel => {
    const record = findRecord(ref);
    const key = record ? record.id : `mmsi:${ref.mmsi}`;
    let vessel = vessels.get(key);
    if (!vessel) {
      vessel = {
        key,
        name: record ? vesselDisplayName(record) : (ref.name ?? `MMSI ${ref.mmsi}`),
        mmsi: ref.mmsi,
        ...(ref.imo ? { imo: ref.imo } : {}),
        ...(record ? { vesselId: record.id } : {}),
        recordIds: [],
        positions: 0,
        firstSeenMs: null,
        lastSeenMs: null,
      };
      vessels.set(key, vessel);
    }
    return vessel;
  };

  const result: AisInArea = { events: [], positions: 0, perMonth: new Map(), vessels: [], layers: [], layersWithoutPositions: [] };
  for (const layer of layers) {
    result.layers.push(layer.name);
    for (const event of layer.detection?.events ?? []) {
      if (!EVENT_KINDS.has(event.kind)) continue;
      const span = msDaySpan(event.start, event.end);
      if (!overlapsDays(span, days) || !eventPoints(event).some(([lon, lat]) => area.containsPoint(lon, lat))) continue;
      const refs = eventVessels(event).map((ref) => {
        const vessel = vesselFor(ref);
        vessel.recordIds.push(event.id);
        return { name: vessel.name, mmsi: ref.mmsi, ...(vessel.vesselId ? { vesselId: vessel.vesselId } : {}), ...(ref.imo ? { imo: ref.imo } : {}) };
      });
      result.events.push({
        kind: event.kind as AreaRecordKind,
        id: event.id,
        name: eventName(event, refs),
        when: `${new Date(event.start).toISOString().slice(0, 16).replace('T', ' ')} – ${new Date(event.end).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        span,
        sourceIds: [],
        userLayerName: layer.name,
        confidence: 'derived',
        placement: 'inside',
        geometry: { type: 'Point', coordinates: [event.lon, event.lat] },
        vessels: refs,
      });
    }
    if (!layer.tracks) {
      result.layersWithoutPositions.push(layer.name);
      continue;
    }
    const found = positionsInArea(positionIndexFor(layer.tracks), area, days);
    result.positions += found.positions;
    for (const [month, count] of found.perMonth) result.perMonth.set(month, (result.perMonth.get(month) ?? 0) + count);
    layer.tracks.vessels.forEach((track, v) => {
      const count = found.perVessel[v]!;
      if (count === 0) return;
      const vessel = vesselFor(track);
      vessel.positions += count;
      const first = found.firstSec[v]! * 1000;
      const last = found.lastSec[v]! * 1000;
      vessel.firstSeenMs = vessel.firstSeenMs === null ? first : Math.min(vessel.firstSeenMs, first);
      vessel.lastSeenMs = vessel.lastSeenMs === null ? last : Math.max(vessel.lastSeenMs, last);
    });
  }
  result.vessels = [...vessels.values()];
  return result;
}
