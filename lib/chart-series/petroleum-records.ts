import type { PetroleumCap, PetroleumEstimate, ReportedDelivery } from '@/data';
import { formatCount } from '@/lib/format';

export type PetroleumKind = 'cap' | 'reported' | 'estimate';

export type PetroleumRecord =
  | { kind: 'cap'; record: PetroleumCap }
  | { kind: 'reported'; record: ReportedDelivery }
  | { kind: 'estimate'; record: PetroleumEstimate };

/** A petroleum record in the year range, for the data table and the list of figures not drawn. */
export interface PetroleumListItem {
  item: PetroleumRecord;
  /** "UN cap", "Notified to the UN", "Estimate". */
  kindLabel: string;
  /** What the figure is: "Refined petroleum, S/RES/2397 (2017)", "China + Russia", the estimate's publisher. */
  subject: string;
  /** The figure in every unit its source states: "500,000 bbl", "up to 3,780,000 bbl; 263 deliveries". */
  figure: string;
  /** The units the source states, as words: "barrels", "barrels and tonnes", "barrels per day", "count of deliveries". */
  statedIn: string;
  /** True where the record is drawn in the chart in the current unit. */
  plotted: boolean;
  /** Why it is not drawn ("Stated in tonnes, not converted…"); undefined where it is. */
  notDrawnReason?: string | undefined;
}

const COUNTRY_NAMES: Readonly<Record<string, string>> = { CN: 'China', RU: 'Russia', KP: 'DPRK', US: 'United States' };

function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

/** Supplier codes as names: ["CN", "RU"] → "China + Russia". */
export function suppliersLabel(suppliers: readonly string[]): string {
  return suppliers.map(countryName).join(' + ');
}

/** The figure of a petroleum record in every unit its source states, as words. */
export function describePetroleumFigure(item: PetroleumRecord): string {
  const parts: string[] = [];
  if (item.kind === 'estimate') {
    const e = item.record;
    if (e.barrels !== undefined) {
      const prefix = e.barrelsIsUpperBound ? 'up to ' : e.barrelsIsLowerBound ? 'more than ' : '';
      parts.push(`${prefix}${formatCount(e.barrels)} bbl`);
    }
    if (e.barrelsLow !== undefined && e.barrelsHigh !== undefined) {
      parts.push(`${formatCount(e.barrelsLow)}–${formatCount(e.barrelsHigh)} bbl`);
    }
    if (e.barrelsPerDay !== undefined) parts.push(`${formatCount(e.barrelsPerDay)} bbl/day`);
    if (e.deliveries !== undefined) parts.push(`${formatCount(e.deliveries)} deliveries`);
    if (e.multipleOfCap !== undefined) parts.push(`${e.multipleOfCap}× the annual cap`);
    return parts.join('; ');
  }
  const r = item.record;
  if (r.barrels !== undefined) parts.push(`${formatCount(r.barrels)} bbl`);
  if (r.tonnes !== undefined) parts.push(`${formatCount(r.tonnes)} t`);
  if (item.kind === 'cap') parts.push(item.record.perYear ? 'per year' : `for ${item.record.periodLabel}`);
  if (item.kind === 'reported' && item.record.shareOfCapPercent !== undefined) {
    parts.push(`${item.record.shareOfCapPercent}% of the annual cap`);
  }
  return parts.join('; ');
}

/** The units a record's source states its figure in, as words. */
export function statedUnits(item: PetroleumRecord): string {
  const r = item.record;
  const units: string[] = [];
  if (r.barrels !== undefined || ('barrelsLow' in r && r.barrelsLow !== undefined)) units.push('barrels');
  if ('tonnes' in r && r.tonnes !== undefined) units.push('tonnes');
  if ('barrelsPerDay' in r && r.barrelsPerDay !== undefined) units.push('barrels per day');
  if (units.length === 0 && 'deliveries' in r && r.deliveries !== undefined) units.push('count of deliveries');
  return units.join(' and ');
}

/** A record as the data table lists it; the chart adds `plotted` and why not, since that depends on the unit drawn. */
export function petroleumListItem(item: PetroleumRecord): Omit<PetroleumListItem, 'plotted' | 'notDrawnReason'> {
  const common = { item, figure: describePetroleumFigure(item), statedIn: statedUnits(item) };
  switch (item.kind) {
    case 'cap':
      return {
        ...common,
        kindLabel: 'UN cap',
        subject: `${item.record.product === 'crude-oil' ? 'Crude oil' : 'Refined petroleum'}, ${item.record.resolution}`,
      };
    case 'reported':
      return { ...common, kindLabel: 'Notified to the UN', subject: suppliersLabel(item.record.suppliers) };
    case 'estimate':
      return { ...common, kindLabel: 'Estimate', subject: `${item.record.publisher}: ${item.record.description}` };
  }
}
