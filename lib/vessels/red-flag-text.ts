import { COUNTRY_NAMES, type AisRedFlag, type IdentityObservation, type VesselListMatch } from '@/geo/analysis/vessels';

/** A red flag in words: what it is, and the rows, times and places of the AIS file that show it. */
export interface RedFlagText {
  title: string;
  evidence: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-03-01 04:57 UTC`; "time not read" for a row without a readable time. */
export function formatUtcMs(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return 'time not read';
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

const country = (iso2: string) => `${COUNTRY_NAMES[iso2] ?? iso2} (${iso2})`;
const place = (lon: number, lat: number) => `${lat.toFixed(3)}, ${lon.toFixed(3)}`;

/**
 * Where in the file a reported value is: lines of the CSV (the header is line 1, so data row 0 is line 2), first
 * and last time, and how often. A value rebuilt from saved events has no rows.
 */
export function observationWhere(o: IdentityObservation): string {
  if (o.firstRow < 0) return 'named in the saved events';
  const lines = o.firstRow === o.lastRow ? `line ${o.firstRow + 2}` : `lines ${o.firstRow + 2}–${o.lastRow + 2}`;
  const times = o.firstSeenMs === o.lastSeenMs ? formatUtcMs(o.firstSeenMs) : `${formatUtcMs(o.firstSeenMs)} – ${formatUtcMs(o.lastSeenMs)}`;
  return `${lines} of the file, ${times}, ${o.reports.toLocaleString('en')} report${o.reports === 1 ? '' : 's'}`;
}

const FIELD_WORDS = { name: 'names', callSign: 'call signs', imo: 'IMO numbers' } as const;

/** One red flag described for the dossier and the export. */
export function describeRedFlag(flag: AisRedFlag): RedFlagText {
  switch (flag.kind) {
    case 'identity-changed':
      return {
        title: `Reported ${flag.values.length} different ${FIELD_WORDS[flag.field]} under one MMSI`,
        evidence: flag.values.map((o) => `“${o.value}”: ${observationWhere(o)}`),
      };
    case 'bad-imo':
      return { title: `IMO number ${flag.imo} fails the check digit`, evidence: [observationWhere(flag.observation)] };
    case 'mid-flag-mismatch':
      return {
        title: `MMSI country ${country(flag.midIso2)} (MID ${flag.mid}) differs from the flag ${country(flag.statedIso2)}`,
        evidence: [`Flag stated by ${flag.statedBy}`],
      };
    case 'unallocated-mid':
      return { title: `MMSI starts with MID ${flag.mid}, which is allocated to no country`, evidence: [] };
    case 'impossible-speed':
      return {
        title: `${flag.jumpCount.toLocaleString('en')} jump${flag.jumpCount === 1 ? '' : 's'} at an impossible speed (up to ${Math.round(flag.maxImpliedSpeedKnots).toLocaleString('en')} kn): spoofing, or two ships on one MMSI`,
        evidence: flag.jumps.map(
          (j) =>
            `${formatUtcMs(j.from.t)} at ${place(j.from.lon, j.from.lat)} → ${formatUtcMs(j.to.t)} at ${place(j.to.lon, j.to.lat)}: ${j.distanceKm.toFixed(0)} km, ${Math.round(j.impliedSpeedKnots)} kn`,
        ),
      };
    case 'gap-near-sts-zone': {
      const hours = (flag.gap.end - flag.gap.start) / 3_600_000;
      const zone = flag.zoneName ?? flag.zoneId;
      const where = flag.distanceKm === 0 ? `inside ${zone}` : `${flag.distanceKm.toFixed(1)} km from ${zone}`;
      return {
        title: `AIS silent ${hours.toFixed(1)} h ${where} (a ship-to-ship transfer zone)`,
        evidence: [
          `Went dark ${formatUtcMs(flag.gap.off.t)} at ${place(flag.gap.off.lon, flag.gap.off.lat)}`,
          `Reappeared ${formatUtcMs(flag.gap.on.t)} at ${place(flag.gap.on.lon, flag.gap.on.lat)}`,
        ],
      };
    }
  }
}

/** "imo 9074729 = 9074729; name SYNTH STAR ≈ EXAMPLE STAR (0.92)": every identifier that agreed. */
export function matchEvidenceText(match: VesselListMatch): string {
  return match.evidence
    .map((e) => (e.method === 'name' ? `name “${e.vesselValue}” ≈ “${e.entryValue}” (${e.score.toFixed(2)})` : `${e.method.toUpperCase()} ${e.vesselValue}`))
    .join('; ');
}

/** One line for a list match in an export: list, entry, how it matched and how sure. */
export function matchExportText(match: VesselListMatch): string {
  const entry = match.entry;
  const how = match.certainty === 'exact' ? `${match.method.toUpperCase()} match` : `possible name match, score ${match.score.toFixed(2)}`;
  return `${entry.listName} entry ${entry.entryId} “${entry.names[0] ?? ''}” (${how})`;
}
