import type { StsIncidentFeature } from '@/data';

export interface InvolvedVessel {
  name: string;
  /** Flags as reported, in order of first mention. */
  flags: string[];
  imo?: string | undefined;
  roles: string[];
  incidentIds: string[];
}

/**
 * The vessels named in `incidents`, most incidents first. Mentions are merged by IMO number, or by name where one
 * mention lacks the number (reports often omit it); two different IMO numbers are two ships, whatever the name.
 */
export function vesselsInvolved(incidents: readonly StsIncidentFeature[]): InvolvedVessel[] {
  const vessels: InvolvedVessel[] = [];
  for (const incident of incidents) {
    for (const vessel of incident.properties.vessels) {
      const name = vessel.name.toLowerCase();
      let entry = vessels.find(
        (v) =>
          (vessel.imo !== undefined && v.imo === vessel.imo) ||
          (v.name.toLowerCase() === name && (v.imo === undefined || vessel.imo === undefined || v.imo === vessel.imo)),
      );
      if (!entry) {
        entry = { name: vessel.name, flags: [], imo: vessel.imo, roles: [], incidentIds: [] };
        vessels.push(entry);
      }
      entry.imo ??= vessel.imo;
      if (vessel.flag && !entry.flags.includes(vessel.flag)) entry.flags.push(vessel.flag);
      if (vessel.role && !entry.roles.includes(vessel.role)) entry.roles.push(vessel.role);
      if (!entry.incidentIds.includes(incident.id)) entry.incidentIds.push(incident.id);
    }
  }
  return vessels.sort((a, b) => b.incidentIds.length - a.incidentIds.length || a.name.localeCompare(b.name));
}
