import type { AisVesselIdentity, IdentityObservation } from '../ais-identity/collect-identities';
import { flagCode } from '../identity/country-names';
import { isValidImo } from '../identity/imo';
import { midAgreesWithFlag, mmsiMid } from '../identity/mmsi';
import { normaliseVesselName } from '../identity/vessel-name';
import type { AisRedFlag } from './types';

/** A flag stated for a vessel elsewhere than in its AIS (a list entry, a curated record), and by whom. */
export interface StatedFlag {
  /** ISO 3166-1 alpha-2, or a name {@link flagCode} can read. */
  flag: string;
  statedBy: string;
}

/** Observations whose values differ once normalised (the first of each spelling kept). */
function distinct(values: readonly IdentityObservation[], norm: (s: string) => string): IdentityObservation[] {
  const seen = new Set<string>();
  const out: IdentityObservation[] = [];
  for (const o of values) {
    const k = norm(o.value);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(o);
  }
  return out;
}

/**
 * The identity red flags of one AIS vessel: more than one name, call sign or IMO number reported; IMO numbers
 * with a bad check digit; an MMSI whose MID disagrees with a flag stated for it (in the file's own flag column
 * or by `stated`); a ship MMSI whose MID is allocated to no country.
 */
export function identityRedFlags(identity: AisVesselIdentity, stated: readonly StatedFlag[] = []): AisRedFlag[] {
  const flags: AisRedFlag[] = [];
  const { mmsi } = identity;
  const fields = [
    ['name', distinct(identity.names, normaliseVesselName)],
    ['callSign', distinct(identity.callSigns, (s) => s.toUpperCase().replace(/\s+/g, ''))],
    ['imo', distinct(identity.imos, (s) => s)],
  ] as const;
  for (const [field, values] of fields) if (values.length > 1) flags.push({ kind: 'identity-changed', mmsi, field, values });
  for (const o of identity.imos) if (!isValidImo(o.value)) flags.push({ kind: 'bad-imo', mmsi, imo: o.value, observation: o });

  const mid = mmsiMid(mmsi);
  if (mid?.kind === 'ship' && mid.iso2 === null) flags.push({ kind: 'unallocated-mid', mmsi, mid: mid.mid });
  if (mid?.iso2 != null) {
    const claims: StatedFlag[] = [...stated, ...identity.flags.map((o) => ({ flag: o.value, statedBy: 'AIS flag column' }))];
    const reported = new Set<string>();
    for (const claim of claims) {
      const iso2 = flagCode(claim.flag);
      if (iso2 === null || reported.has(`${iso2}|${claim.statedBy}`)) continue;
      if (midAgreesWithFlag(mmsi, iso2) !== 'disagrees') continue;
      reported.add(`${iso2}|${claim.statedBy}`);
      flags.push({ kind: 'mid-flag-mismatch', mmsi, mid: mid.mid, midIso2: mid.iso2, statedIso2: iso2, statedBy: claim.statedBy });
    }
  }
  return flags;
}
