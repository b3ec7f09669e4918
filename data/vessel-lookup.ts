import { lookupById } from './lookup-by-id';
import type { VesselFlag, VesselRecord } from './schema/vessel';

/** Looks a vessel record up by id. */
export const findVessel = lookupById((dataset) => dataset.vessels);

/** The name the atlas shows for a vessel: the first of its names. */
export function vesselDisplayName(vessel: VesselRecord): string {
  return vessel.names[0]?.name ?? vessel.id;
}

/** Compares ISO dates of any precision by their common prefix: "2018" contains "2018-02-13". */
function onOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/**
 * The flags a vessel flew on `date` (an ISO date of any precision): those whose `from`–`to` span covers it, open ends
 * unbounded. Without a date, every flag. Disputed flags (a registry that denies the ship) are included: the caller
 * shows their confidence.
 */
export function vesselFlagsOn(vessel: VesselRecord, date?: string): VesselFlag[] {
  if (date === undefined) return vessel.flags;
  return vessel.flags.filter((f) => (f.from === undefined || onOrBefore(f.from, date)) && (f.to === undefined || onOrBefore(date, f.to)));
}
