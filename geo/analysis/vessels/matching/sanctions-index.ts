import { isValidImo } from '../identity/imo';
import { normaliseVesselName } from '../identity/vessel-name';
import type { SanctionsEntry } from '../lists/types';

export interface IndexedName {
  entry: number;
  original: string;
  normalised: string;
  compact: string;
}

/** Lookups over list entries, built once per set of loaded lists. */
export interface SanctionsIndex {
  readonly entries: readonly SanctionsEntry[];
  readonly byImo: ReadonlyMap<string, readonly number[]>;
  readonly byMmsi: ReadonlyMap<string, readonly number[]>;
  readonly names: readonly IndexedName[];
  /** Compact name → indexes into `names`, for names too short for trigrams. */
  readonly byCompactName: ReadonlyMap<string, readonly number[]>;
  /** Three-letter sequence of a compact name → indexes into `names` (once per occurrence). */
  readonly trigrams: ReadonlyMap<string, readonly number[]>;
}

function add<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The three-letter sequences of a compact name, repeats included. */
export function trigramsOf(compact: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= compact.length; i++) out.push(compact.slice(i, i + 3));
  return out;
}

/**
 * Indexes list entries by IMO (valid check digit only), MMSI and every name (normalised), so that matching
 * many vessels against long lists compares each vessel's name only with names that share enough of it.
 */
export function buildSanctionsIndex(entries: readonly SanctionsEntry[]): SanctionsIndex {
  const byImo = new Map<string, number[]>();
  const byMmsi = new Map<string, number[]>();
  const names: IndexedName[] = [];
  const byCompactName = new Map<string, number[]>();
  const trigrams = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    if (entry.imo !== undefined && isValidImo(entry.imo)) add(byImo, entry.imo, i);
    if (entry.mmsi !== undefined) add(byMmsi, entry.mmsi, i);
    const seen = new Set<string>();
    for (const original of entry.names) {
      const normalised = normaliseVesselName(original);
      const compact = normalised.replace(/ /g, '');
      if (compact === '' || seen.has(normalised)) continue;
      seen.add(normalised);
      const at = names.push({ entry: i, original, normalised, compact }) - 1;
      add(byCompactName, compact, at);
      for (const g of trigramsOf(compact)) add(trigrams, g, at);
    }
  });
  return { entries, byImo, byMmsi, names, byCompactName, trigrams };
}
