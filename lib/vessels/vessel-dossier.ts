import { findVessel, type Dataset, type SeaRouteFeature, type StsIncidentFeature, type TimelineEvent, type VesselRecord } from '@/data';

/** An incident a vessel is named in, with the name and role the incident's source gives it. */
export interface VesselIncident {
  incident: StsIncidentFeature;
  /** The name exactly as the incident's source wrote it ("Chong Du San" for the disguised Chon Ma San). */
  nameAsReported: string;
  role?: string;
}

/** Everything the dataset says about one vessel: its record and what refers to it, each list by date. */
export interface VesselDossier {
  vessel: VesselRecord;
  incidents: VesselIncident[];
  /** Sea routes (the shuttle runs, the ferry, oil and coal runs) that name the vessel. */
  routes: SeaRouteFeature[];
  timeline: TimelineEvent[];
  /** Every source the record, its fields and the listed items cite, in first-cited order. */
  sourceIds: string[];
}

/** ISO dates of any precision compare as text ("2018" < "2018-02-24"); undefined sorts last. */
const byDate = (a: string | undefined, b: string | undefined): number =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;

/** The incidents that name `vesselId`, oldest first. */
export function vesselIncidents(dataset: Dataset, vesselId: string): VesselIncident[] {
  const out: VesselIncident[] = [];
  for (const incident of dataset.stsIncidents.features) {
    const mention = incident.properties.vessels.find((v) => v.vesselId === vesselId);
    if (!mention) continue;
    out.push({ incident, nameAsReported: mention.name, ...(mention.role ? { role: mention.role } : {}) });
  }
  return out.sort((a, b) => byDate(a.incident.properties.date, b.incident.properties.date));
}

/** The sea routes whose `vesselIds` name `vesselId`, by the start of their period. */
export function vesselRoutes(dataset: Dataset, vesselId: string): SeaRouteFeature[] {
  return dataset.seaRoutes.features
    .filter((r) => r.properties.vesselIds?.includes(vesselId))
    .sort((a, b) => byDate(a.properties.period.start, b.properties.period.start));
}

/** The timeline events whose `vesselIds` name `vesselId`, oldest first. */
export function vesselTimeline(dataset: Dataset, vesselId: string): TimelineEvent[] {
  return dataset.timeline.filter((e) => e.vesselIds?.includes(vesselId)).sort((a, b) => byDate(a.date, b.date));
}

/** Source ids of a record: the record's own, then each field's, in the order a reader meets them. */
function recordSourceIds(v: VesselRecord): string[] {
  const fields = [
    ...v.names,
    ...(v.imo ? [v.imo] : []),
    ...(v.mmsi ? [v.mmsi] : []),
    ...(v.callSign ? [v.callSign] : []),
    ...v.flags,
    ...(v.type ? [v.type] : []),
    ...v.designations,
    ...(v.operators ?? []),
    ...(v.facts ?? []),
  ];
  return [...v.sourceIds, ...fields.flatMap((f) => f.sourceIds)];
}

/**
 * The dossier of a curated vessel: its record, the incidents, routes and timeline events that name it (by date), and
 * every source they cite. Null when `vesselId` names no record.
 */
export function buildVesselDossier(dataset: Dataset, vesselId: string): VesselDossier | null {
  const vessel = findVessel(dataset, vesselId);
  if (!vessel) return null;
  const incidents = vesselIncidents(dataset, vesselId);
  const routes = vesselRoutes(dataset, vesselId);
  const timeline = vesselTimeline(dataset, vesselId);
  const sourceIds = [
    ...recordSourceIds(vessel),
    ...incidents.flatMap((i) => i.incident.properties.sourceIds),
    ...routes.flatMap((r) => r.properties.sourceIds),
    ...timeline.flatMap((e) => e.sourceIds),
  ];
  return { vessel, incidents, routes, timeline, sourceIds: [...new Set(sourceIds)] };
}

/** The map features of a vessel (its incidents and routes), which selecting it highlights. */
export function vesselFeatureIds(dataset: Dataset, vesselId: string): string[] {
  return [...vesselIncidents(dataset, vesselId).map((i) => i.incident.id), ...vesselRoutes(dataset, vesselId).map((r) => r.id)];
}

/** The vessel records a sea route names, in its order; ids without a record are left out. */
export function vesselsOfRoute(dataset: Dataset, route: SeaRouteFeature): VesselRecord[] {
  return (route.properties.vesselIds ?? []).flatMap((id) => {
    const v = findVessel(dataset, id);
    return v ? [v] : [];
  });
}
