import { MID_TO_ISO2, TERRITORY_SOVEREIGN } from './mid-table';

/** What kind of station an MMSI belongs to, by its leading digits (ITU-R M.585). */
export type MmsiStationKind = 'ship' | 'group' | 'coast' | 'sar-aircraft' | 'craft-associated' | 'aid-to-navigation';

export interface MmsiMid {
  kind: MmsiStationKind;
  /** The three Maritime Identification Digits. */
  mid: string;
  /** ISO 3166-1 alpha-2 code of the country or territory the MID is allocated to; null when it is unallocated. */
  iso2: string | null;
}

/**
 * The MID of a nine-digit MMSI and the country it names (ITU-R M.585): MIDxxxxxx for a ship, 0MIDxxxxx for a
 * group of ships, 00MIDxxxx for a coast station, 111MIDxxx for a search-and-rescue aircraft, 98MIDxxxx for craft
 * associated with a parent ship, 99MIDxxxx for an aid to navigation. Null for other numbers (8xx handhelds,
 * 970/972/974 SART, MOB and EPIRB devices, which carry no MID) and anything that is not nine digits.
 */
export function mmsiMid(mmsi: string): MmsiMid | null {
  if (!/^\d{9}$/.test(mmsi)) return null;
  const at = (kind: MmsiStationKind, start: number): MmsiMid => {
    const mid = mmsi.slice(start, start + 3);
    return { kind, mid, iso2: MID_TO_ISO2.get(mid) ?? null };
  };
  const first = mmsi[0]!;
  if (first >= '2' && first <= '7') return at('ship', 0);
  if (mmsi.startsWith('00')) return at('coast', 2);
  if (first === '0') return at('group', 1);
  if (mmsi.startsWith('111')) return at('sar-aircraft', 3);
  if (mmsi.startsWith('98')) return at('craft-associated', 2);
  if (mmsi.startsWith('99')) return at('aid-to-navigation', 2);
  return null;
}

function sovereign(iso2: string): string {
  return TERRITORY_SOVEREIGN.get(iso2) ?? iso2;
}

export type MidFlagAgreement = 'agrees' | 'disagrees' | 'unallocated-mid' | 'no-mid';

/**
 * Whether an MMSI's MID names the flag a list or record states (ISO alpha-2). A territory and its sovereign
 * agree (MID 477 Hong Kong and flag CN, 329 Guadeloupe and FR): ships of the one often fly the other's flag.
 */
export function midAgreesWithFlag(mmsi: string, flagIso2: string): MidFlagAgreement {
  const m = mmsiMid(mmsi);
  if (m === null) return 'no-mid';
  if (m.iso2 === null) return 'unallocated-mid';
  const flag = flagIso2.toUpperCase();
  return m.iso2 === flag || sovereign(m.iso2) === sovereign(flag) ? 'agrees' : 'disagrees';
}
