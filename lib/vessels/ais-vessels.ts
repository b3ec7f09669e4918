import type { AisEvent, VesselRef, VesselTrack } from '@/geo/analysis/ais';
import type { UserAisLayer, UserLayer } from '@/geo/analysis/user-data/types';
import type { AisRedFlag, AisVesselIdentity, IdentityObservation } from '@/geo/analysis/vessels';

/** One vessel (MMSI) of one imported AIS layer, with what the import kept about it. */
export interface AisVessel {
  userLayerId: string;
  userLayerName: string;
  mmsi: string;
  identity: AisVesselIdentity;
  /**
   * True for a layer opened from the database: only its events were saved, so the identity is what the events
   * name (no rows, no times of each name) and there are no red flags or track.
   */
  fromEventsOnly: boolean;
  redFlags: AisRedFlag[];
  /** The events that involve it, in the layer's order. */
  events: AisEvent[];
  track: VesselTrack | null;
}

/** The vessels an event names (both of an encounter; the one of any other kind). */
export function eventVesselRefs(e: AisEvent): VesselRef[] {
  return 'vessels' in e ? [...e.vessels] : [e.vessel];
}

const observation = (value: string): IdentityObservation => ({ value, firstSeenMs: null, lastSeenMs: null, firstRow: -1, lastRow: -1, reports: 1 });

/** Identities as a layer's events name them, for a layer whose file was not kept (opened from the database). */
export function identitiesFromEvents(events: readonly AisEvent[]): AisVesselIdentity[] {
  const byMmsi = new Map<string, { names: Map<string, IdentityObservation>; imos: Map<string, IdentityObservation>; reports: number }>();
  for (const e of events) {
    for (const v of eventVesselRefs(e)) {
      let entry = byMmsi.get(v.mmsi);
      if (!entry) byMmsi.set(v.mmsi, (entry = { names: new Map(), imos: new Map(), reports: 0 }));
      entry.reports++;
      if (v.name && !entry.names.has(v.name)) entry.names.set(v.name, observation(v.name));
      const imo = v.imo?.replace(/^IMO\s*/i, '');
      if (imo && /^\d{7}$/.test(imo) && !entry.imos.has(imo)) entry.imos.set(imo, observation(imo));
    }
  }
  return [...byMmsi]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([mmsi, v]) => ({ mmsi, names: [...v.names.values()], callSigns: [], imos: [...v.imos.values()], flags: [], reports: v.reports }));
}

function vesselsOfLayer(layer: UserAisLayer): AisVessel[] {
  const events = layer.detection?.events ?? [];
  const fromEventsOnly = layer.identities === undefined;
  const identities = layer.identities ?? identitiesFromEvents(events);
  const eventsByMmsi = new Map<string, AisEvent[]>();
  for (const e of events) {
    for (const v of eventVesselRefs(e)) {
      const list = eventsByMmsi.get(v.mmsi);
      if (list) list.push(e);
      else eventsByMmsi.set(v.mmsi, [e]);
    }
  }
  const flagsByMmsi = new Map<string, AisRedFlag[]>();
  for (const f of layer.redFlags ?? []) {
    const list = flagsByMmsi.get(f.mmsi);
    if (list) list.push(f);
    else flagsByMmsi.set(f.mmsi, [f]);
  }
  const tracks = new Map((layer.tracks?.vessels ?? []).map((t) => [t.mmsi, t]));
  return identities.map((identity) => ({
    userLayerId: layer.id,
    userLayerName: layer.name,
    mmsi: identity.mmsi,
    identity,
    fromEventsOnly,
    redFlags: flagsByMmsi.get(identity.mmsi) ?? [],
    events: eventsByMmsi.get(identity.mmsi) ?? [],
    track: tracks.get(identity.mmsi) ?? null,
  }));
}

/** Every vessel of every imported AIS layer, layer by layer, by MMSI within a layer. */
export function aisVesselsOf(userLayers: readonly UserLayer[]): AisVessel[] {
  return userLayers.filter((l): l is UserAisLayer => l.kind === 'ais').flatMap(vesselsOfLayer);
}
