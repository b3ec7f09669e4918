import { vesselDisplayName, vesselFlagsOn, type StsIncidentFeature, type VesselRecord } from '@/data';

export interface InvolvedVessel {
  /** The vessel record, where the ship is identified. */
  vesselId?: string | undefined;
  name: string;
  /** Flags the record gives for the dates of these incidents, in order of first mention. */
  flags: string[];
  imo?: string | undefined;
  roles: string[];
  incidentIds: string[];
}

/**
 * The vessels named in `incidents`, most incidents first. Mentions of one vessel record are one ship, whatever name
 * the report used; unidentified ships ("a small vessel of unknown nationality") count once per mention.
 */
export function vesselsInvolved(incidents: readonly StsIncidentFeature[], records: readonly VesselRecord[]): InvolvedVessel[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const vessels: InvolvedVessel[] = [];
  for (const incident of incidents) {
    for (const mention of incident.properties.vessels) {
      const record = mention.vesselId === undefined ? undefined : byId.get(mention.vesselId);
      let entry = record ? vessels.find((v) => v.vesselId === record.id) : undefined;
      if (!entry) {
        entry = { vesselId: record?.id, name: record ? vesselDisplayName(record) : mention.name, flags: [], imo: record?.imo?.value, roles: [], incidentIds: [] };
        vessels.push(entry);
      }
      for (const flag of record ? vesselFlagsOn(record, incident.properties.date) : []) {
        if (!entry.flags.includes(flag.country)) entry.flags.push(flag.country);
      }
      if (mention.role && !entry.roles.includes(mention.role)) entry.roles.push(mention.role);
      if (!entry.incidentIds.includes(incident.id)) entry.incidentIds.push(incident.id);
    }
  }
  return vessels.sort((a, b) => b.incidentIds.length - a.incidentIds.length || a.name.localeCompare(b.name));
}
