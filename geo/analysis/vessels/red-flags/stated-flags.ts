import type { VesselListMatch } from '../matching/match-vessels';
import type { StatedFlag } from './identity-flags';

/**
 * The flags lists state for AIS vessels they match exactly (IMO or MMSI), by MMSI, for the MID-against-flag red
 * flag. Possible (name) matches state nothing about a vessel: they may be another ship. Former flags are left
 * out: a ship's MMSI follows its current flag.
 */
export function statedFlagsFromMatches(matches: readonly VesselListMatch[]): Map<string, StatedFlag[]> {
  const byMmsi = new Map<string, StatedFlag[]>();
  for (const m of matches) {
    if (m.certainty !== 'exact' || m.entry.flag === undefined) continue;
    const flag = m.entry.flagIso2 ?? m.entry.flag;
    const statedBy = `${m.entry.listName}, entry ${m.entry.entryId}`;
    const list = byMmsi.get(m.vesselId);
    if (list === undefined) byMmsi.set(m.vesselId, [{ flag, statedBy }]);
    else if (!list.some((s) => s.flag === flag && s.statedBy === statedBy)) list.push({ flag, statedBy });
  }
  return byMmsi;
}
