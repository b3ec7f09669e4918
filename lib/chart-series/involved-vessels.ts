import { vesselDisplayName, vesselFlagsOn, type StsIncidentFeature, type VesselRecord } from '@/data';

export interface InvolvedVessel {
  /** The vessel record. */
  vesselId: string;
  name: string;
  /** Flags the record gives for the dates of these incidents, in order of first mention; "MV (disputed)" for a false flag. */
  flags: string[];
  imo?: string | undefined;
  roles: string[];
  incidentIds: string[];
}

/**
 * The vessels named in `incidents`, most incidents first. Mentions of one vessel record are one ship, whatever name
 * the report used. Ships the sources do not identify ("a small vessel of unknown nationality") are not named, so
 * they are left out.
 */
export function vesselsInvolved(incidents: readonly StsIncidentFeature[], records: readonly VesselRecord[]): InvolvedVessel[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const vessels: InvolvedVessel[] = [];
  for (const incident of incidents) {
    for (const mention of incident.properties.vessels) {
      const record = mention.vesselId === undefined ? undefined : byId.get(mention.vesselId);
      if (!record) continue;
      let entry = vessels.find((v) => v.vesselId === record.id);
      if (!entry) {
        entry = { vesselId: record.id, name: vesselDisplayName(record), flags: [], imo: record.imo?.value, roles: [], incidentIds: [] };
        vessels.push(entry);
      }
      for (const flag of vesselFlagsOn(record, incident.properties.date)) {
        const label = flag.confidence === 'reported' ? flag.country : `${flag.country} (${flag.confidence})`;
        if (!entry.flags.includes(label)) entry.flags.push(label);
      }
      if (mention.role && !entry.roles.includes(mention.role)) entry.roles.push(mention.role);
      if (!entry.incidentIds.includes(incident.id)) entry.incidentIds.push(incident.id);
    }
  }
  return vessels.sort((a, b) => b.incidentIds.length - a.incidentIds.length || a.name.localeCompare(b.name));
}
