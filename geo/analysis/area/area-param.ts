import {
  AREA_COORD_DECIMALS,
  circleProblem,
  isLonLat,
  outlineProblem,
  roundCoord,
  type AreaShape,
  type LonLat,
} from './area-shape';

/** A plain decimal number as a link writes it: no exponent, no `Infinity`, no hex, at most 12 digits a side. */
const DECIMAL = /^-?\d{1,12}(?:\.\d{1,12})?$/;
const CIRCLE_PREFIX = 'circle:';

export type AreaParamResult = { ok: true; area: AreaShape } | { ok: false; problem: string };

function numbers(text: string): number[] | null {
  const parts = text.split(',');
  if (!parts.every((p) => DECIMAL.test(p))) return null;
  return parts.map(Number);
}

/**
 * Reads an area from a link's `area=` value: `lon,lat,lon,lat,…` (an outline's corners, at least three pairs) or
 * `circle:lon,lat,radiusKm`. Coordinates are rounded to 4 decimals. Returns why it cannot be read otherwise.
 */
export function parseAreaParam(raw: string): AreaParamResult {
  if (raw.startsWith(CIRCLE_PREFIX)) {
    const values = numbers(raw.slice(CIRCLE_PREFIX.length));
    if (!values || values.length !== 3) return { ok: false, problem: 'a circle is written circle:lon,lat,radiusKm' };
    const center: LonLat = [roundCoord(values[0]!), roundCoord(values[1]!)];
    const radiusKm = Math.round(values[2]! * 1000) / 1000;
    const problem = circleProblem(center, radiusKm);
    return problem ? { ok: false, problem } : { ok: true, area: { kind: 'circle', center, radiusKm } };
  }
  const values = numbers(raw);
  if (!values || values.length % 2 !== 0) return { ok: false, problem: 'an outline is written lon,lat,lon,lat,… (pairs of numbers)' };
  const corners: LonLat[] = [];
  for (let i = 0; i < values.length; i += 2) corners.push([roundCoord(values[i]!), roundCoord(values[i + 1]!)]);
  if (!corners.every(isLonLat)) return { ok: false, problem: 'a corner is outside ±180° longitude or ±85° latitude' };
  // A ring written closed (last corner = first) is accepted: the repeat is dropped.
  const [first, last] = [corners[0], corners[corners.length - 1]];
  if (corners.length > 3 && first && last && first[0] === last[0] && first[1] === last[1]) corners.pop();
  const problem = outlineProblem(corners);
  return problem ? { ok: false, problem } : { ok: true, area: { kind: 'polygon', corners } };
}

/** A coordinate with 4 decimals at most, trailing zeros dropped: `121.5`, `31.2337`. */
function formatCoord(value: number): string {
  return String(Number(value.toFixed(AREA_COORD_DECIMALS)));
}

/** The area as a link writes it (the inverse of `parseAreaParam`). */
export function formatAreaParam(area: AreaShape): string {
  if (area.kind === 'circle') {
    return `${CIRCLE_PREFIX}${formatCoord(area.center[0])},${formatCoord(area.center[1])},${String(Number(area.radiusKm.toFixed(3)))}`;
  }
  return area.corners.map(([lon, lat]) => `${formatCoord(lon)},${formatCoord(lat)}`).join(',');
}
