/**
 * Greedy label placement: labels are taken in priority order and kept only where their box (in
 * screen pixels at the given zoom) overlaps no label already kept. Deterministic and CPU-only, so
 * it behaves the same in software WebGL, in exports and in tests.
 */
export interface LabelCandidate {
  lon: number;
  lat: number;
  text: string;
  /** Higher is placed first. */
  priority: number;
  sizePx: number;
  /** Distance from the anchor point to the nearest edge of the label (the marker's radius and a gap). */
  offsetPx: number;
}

/** Where a label sits relative to its point: tried in this order until one fits. */
export const LABEL_PLACEMENTS = ['right', 'left', 'above', 'below'] as const;
export type LabelPlacement = (typeof LABEL_PLACEMENTS)[number];

export interface PlacedLabel {
  index: number;
  placement: LabelPlacement;
}

/** Average glyph advance as a share of the font size, for the sans-serif labels we draw. */
const GLYPH_WIDTH = 0.6;
const PADDING_PX = 2;

function project(lon: number, lat: number, zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

type Box = [number, number, number, number];

function boxFor(c: LabelCandidate, x: number, y: number, placement: LabelPlacement): Box {
  const width = c.text.length * c.sizePx * GLYPH_WIDTH;
  const half = c.sizePx / 2;
  const box: Box =
    placement === 'right'
      ? [x + c.offsetPx, y - half, x + c.offsetPx + width, y + half]
      : placement === 'left'
        ? [x - c.offsetPx - width, y - half, x - c.offsetPx, y + half]
        : placement === 'above'
          ? [x - width / 2, y - c.offsetPx - c.sizePx, x + width / 2, y - c.offsetPx]
          : [x - width / 2, y + c.offsetPx, x + width / 2, y + c.offsetPx + c.sizePx];
  return [box[0] - PADDING_PX, box[1] - PADDING_PX, box[2] + PADDING_PX, box[3] + PADDING_PX];
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * The labels that fit without overlapping each other (or another label's point), with where each
 * goes, in input order. Higher priority is placed first.
 */
export function declutterLabels(candidates: readonly LabelCandidate[], zoom: number): PlacedLabel[] {
  const points = candidates.map((c) => project(c.lon, c.lat, zoom));
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.priority - candidates[a]!.priority || a - b);
  const kept: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    const [x, y] = points[i]!;
    // A label may not cover another candidate's point (its marker), only its own.
    const markers = points.filter((_, j) => j !== i).map(([px, py]): Box => [px - 3, py - 3, px + 3, py + 3]);
    const placement = LABEL_PLACEMENTS.find((p) => {
      const box = boxFor(c, x, y, p);
      return !kept.some((k) => overlap(box, k)) && !markers.some((m) => overlap(box, m));
    });
    if (placement) {
      kept.push(boxFor(c, x, y, placement));
      placed.push({ index: i, placement });
    }
  }
  return placed.sort((a, b) => a.index - b.index);
}
