import type { AreaRecordKind } from '@/geo/analysis/area';

/**
 * One colour per kind of area record, apart from the commodity colours of the map so a bar never reads as a
 * commodity. Shared by the histogram's bars (recharts, loaded on demand) and its key (in the first load).
 */
export const AREA_KIND_COLORS: Readonly<Record<AreaRecordKind, string>> = {
  place: '#4e79a7',
  incident: '#e15759',
  route: '#f28e2b',
  rail: '#76b7b2',
  zone: '#b07aa1',
  timeline: '#9c755f',
  encounter: '#59a14f',
  loitering: '#c9a227',
  gap: '#8c8c8c',
  'port-visit': '#ff9da7',
};
