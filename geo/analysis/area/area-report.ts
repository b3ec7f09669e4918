import type { Commodity, Dataset } from '@/data';
import type { UserAisLayer } from '@/geo/analysis/user-data/types';
import { aisInArea } from './ais-in-area';
import { prepareArea } from './area-predicates';
import { AREA_RECORD_KINDS, DERIVED_KINDS, type AreaRecord, type AreaRecordKind, type AreaVessel } from './area-records';
import { areaKm2, type AreaShape } from './area-shape';
import { monthOfDay, type DayRange } from './area-time';
import { curatedInArea } from './curated-in-area';

export interface AreaReportInput {
  dataset: Dataset;
  area: AreaShape;
  commodities: readonly Commodity[];
  /** The range curated records are judged by; null: no time filter. */
  days: DayRange | null;
  /** The range the user's data is judged by (off while the filter spans the whole dataset, as on the map). */
  importedDays: DayRange | null;
  /** Visible AIS user layers. */
  aisLayers: readonly UserAisLayer[];
}

export type KindCounts = Record<AreaRecordKind, { inside: number; schematic: number }>;

/** One month of the report's histogram: records and events per kind, and the user's AIS positions. */
export interface AreaMonth {
  month: number;
  counts: Partial<Record<AreaRecordKind, number>>;
  positions: number;
}

export interface AreaReport {
  area: AreaShape;
  areaKm2: number;
  /** Every row, curated records first (in kind order), then events in the user's AIS. */
  records: AreaRecord[];
  counts: KindCounts;
  vessels: AreaVessel[];
  /** Imported AIS positions inside; null when no AIS user layer is loaded. */
  positions: number | null;
  aisLayers: string[];
  aisLayersWithoutPositions: string[];
  months: AreaMonth[];
  /** Dated records left out of the histogram: open-ended or spanning more than ten years. */
  notInHistogram: number;
  computeMs: number;
}

/**
 * What the histogram counts: dated records and events. Ports, routes, rail links and zones are active over periods
 * (often years, often open-ended); counting them in every month would bury the events under flat bands.
 */
const DATED_KINDS: ReadonlySet<AreaRecordKind> = new Set(['incident', 'timeline', 'encounter', 'loitering', 'gap', 'port-visit']);

/** A record spanning more than this many months would raise every bar alike: it is counted apart instead. */
const MAX_HISTOGRAM_MONTHS = 120;

function emptyCounts(): KindCounts {
  return Object.fromEntries(AREA_RECORD_KINDS.map((k) => [k, { inside: 0, schematic: 0 }])) as KindCounts;
}

function mergeVessels(records: readonly AreaRecord[], aisVessels: readonly AreaVessel[]): AreaVessel[] {
  const byKey = new Map<string, AreaVessel>();
  for (const record of records) {
    if (DERIVED_KINDS.has(record.kind)) continue;
    for (const ref of record.vessels) {
      const key = ref.vesselId ?? `name:${ref.name}`;
      const vessel = byKey.get(key) ?? { key, name: ref.name, ...(ref.vesselId ? { vesselId: ref.vesselId } : {}), recordIds: [], positions: 0, firstSeenMs: null, lastSeenMs: null };
      if (!vessel.recordIds.includes(record.id)) vessel.recordIds.push(record.id);
      byKey.set(key, vessel);
    }
  }
  for (const seen of aisVessels) {
    const known = byKey.get(seen.key);
    if (!known) byKey.set(seen.key, { ...seen, recordIds: [...seen.recordIds] });
    else byKey.set(seen.key, { ...known, ...seen, name: known.name, recordIds: [...known.recordIds, ...seen.recordIds] });
  }
  return [...byKey.values()].sort((a, b) => Number(!a.vesselId) - Number(!b.vesselId) || a.name.localeCompare(b.name));
}

function histogram(records: readonly AreaRecord[], positionsPerMonth: ReadonlyMap<number, number>, days: DayRange | null) {
  const months = new Map<number, AreaMonth>();
  const binFor = (month: number) => {
    let bin = months.get(month);
    if (!bin) months.set(month, (bin = { month, counts: {}, positions: 0 }));
    return bin;
  };
  let notInHistogram = 0;
  for (const record of records) {
    if (!DATED_KINDS.has(record.kind)) continue;
    const start = days ? Math.max(record.span[0], days[0]) : record.span[0];
    const end = days ? Math.min(record.span[1], days[1]) : record.span[1];
    if (!Number.isFinite(start) || !Number.isFinite(end) || monthOfDay(end) - monthOfDay(start) + 1 > MAX_HISTOGRAM_MONTHS) {
      notInHistogram++;
      continue;
    }
    for (let m = monthOfDay(start); m <= monthOfDay(end); m++) {
      const bin = binFor(m);
      bin.counts[record.kind] = (bin.counts[record.kind] ?? 0) + 1;
    }
  }
  for (const [month, count] of positionsPerMonth) binFor(month).positions += count;
  return { months: [...months.values()].sort((a, b) => a.month - b.month), notInHistogram };
}

/**
 * Everything known about an area for a filter: the curated records in it (schematic ones marked), events and
 * positions in the user's visible AIS layers, the vessels either names, counts per kind and a monthly histogram.
 */
export function computeAreaReport(input: AreaReportInput): AreaReport {
  const started = performance.now();
  const area = prepareArea(input.area);
  const curated = curatedInArea(input.dataset, area, { commodities: input.commodities, days: input.days });
  const ais = input.aisLayers.length > 0 ? aisInArea(input.dataset, input.aisLayers, area, input.importedDays) : null;
  const kindOrder = (r: AreaRecord) => AREA_RECORD_KINDS.indexOf(r.kind);
  const records = [...curated, ...(ais?.events ?? [])].sort((a, b) => kindOrder(a) - kindOrder(b) || a.span[0] - b.span[0]);
  const counts = emptyCounts();
  for (const record of records) counts[record.kind][record.placement]++;
  return {
    area: input.area,
    areaKm2: areaKm2(input.area),
    records,
    counts,
    vessels: mergeVessels(records, ais?.vessels ?? []),
    positions: ais ? ais.positions : null,
    aisLayers: ais?.layers ?? [],
    aisLayersWithoutPositions: ais?.layersWithoutPositions ?? [],
    ...histogram(records, ais?.perMonth ?? new Map(), input.days),
    computeMs: performance.now() - started,
  };
}
