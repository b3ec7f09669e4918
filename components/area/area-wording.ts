import { AREA_RECORD_LABELS, type AreaRecordKind, type AreaShape } from '@/geo/analysis/area';
import { formatCount } from '@/lib/format';

/** "131.9° E, 42.9° N" */
export function formatLonLat([lon, lat]: readonly [number, number]): string {
  return `${Math.abs(lon)}° ${lon < 0 ? 'W' : 'E'}, ${Math.abs(lat)}° ${lat < 0 ? 'S' : 'N'}`;
}

/** "Outline of 4 corners" or "Circle of 150 km around 131.9° E, 42.9° N". */
export function describeArea(area: AreaShape): string {
  return area.kind === 'circle' ? `Circle of ${area.radiusKm} km around ${formatLonLat(area.center)}` : `Outline of ${area.corners.length} corners`;
}

/** How records of a kind meet the area, for one and for many. */
const MEETS: Partial<Record<AreaRecordKind, [one: string, many: string]>> = {
  route: ['crosses it', 'cross it'],
  rail: ['crosses it', 'cross it'],
  zone: ['overlaps it', 'overlap it'],
  timeline: ['is tied to them', 'are tied to them'],
};

/** How schematic records of a kind meet the area, after their count, for one and for many. */
const MEETS_SCHEMATICALLY: Partial<Record<AreaRecordKind, [one: string, many: string]>> = {
  route: [', drawn schematically, crosses it', ', drawn schematically, cross it'],
  rail: [', drawn schematically, crosses it', ', drawn schematically, cross it'],
  zone: [', drawn schematically, overlaps it', ', drawn schematically, overlap it'],
  timeline: [' is tied to records placed schematically', ' are tied to records placed schematically'],
};
const PLACED_NEAR: [one: string, many: string] = [' is placed schematically near it', ' are placed schematically near it'];

/** "6 inside; 9 more are placed schematically near it." for one kind's counts. */
export function describeCounts(kind: AreaRecordKind, inside: number, schematic: number): string {
  const parts: string[] = [];
  const meets = MEETS[kind];
  if (inside > 0) parts.push(`${formatCount(inside)} ${meets ? meets[inside === 1 ? 0 : 1] : 'inside'}`);
  if (schematic > 0) {
    const more = inside > 0 ? `${formatCount(schematic)} more` : formatCount(schematic);
    parts.push(`${more}${(MEETS_SCHEMATICALLY[kind] ?? PLACED_NEAR)[schematic === 1 ? 0 : 1]}`);
  }
  return `${parts.join('; ')}.`;
}

export const kindTitle = (kind: AreaRecordKind) => AREA_RECORD_LABELS[kind].many;
