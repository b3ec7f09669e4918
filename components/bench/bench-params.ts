import { MAX_SYNTHETIC_POINTS } from '@/geo/analysis/synthetic-points';

/** The benchmark pages exist only when the server is started with ROUTE_ATLAS_BENCH=1 (the harness does). */
export function benchPagesEnabled(): boolean {
  return process.env.ROUTE_ATLAS_BENCH === '1';
}

function wholeNumber(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d{1,9}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** `points`: how many SYNTHETIC points to add (0 when absent or malformed). */
export function parseSyntheticPointCount(query: URLSearchParams): number {
  return wholeNumber(query.get('points'), 0, MAX_SYNTHETIC_POINTS) ?? 0;
}

/** `w` and `h`: the reference map's size in CSS pixels, so it can match the app's map area; null fills the window. */
export function parseMapSize(query: URLSearchParams): { widthPx: number; heightPx: number } | null {
  const widthPx = wholeNumber(query.get('w'), 100, 8000);
  const heightPx = wholeNumber(query.get('h'), 100, 8000);
  return widthPx !== null && heightPx !== null ? { widthPx, heightPx } : null;
}
