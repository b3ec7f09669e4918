import { describe, expect, it } from 'vitest';
import { declutterLabels, type LabelCandidate } from './declutter-labels';

const label = (lon: number, lat: number, priority: number, text = 'Label'): LabelCandidate => ({
  lon,
  lat,
  text,
  priority,
  sizePx: 12,
  offsetPx: 8,
});

describe('declutterLabels', () => {
  it('keeps labels that do not overlap, on the right', () => {
    expect(declutterLabels([label(130, 42, 1), label(135, 45, 1)], 5)).toEqual([
      { index: 0, placement: 'right' },
      { index: 1, placement: 'right' },
    ]);
  });

  it('moves a label to another side before dropping it', () => {
    // Two points 0.3° apart horizontally at zoom 5 (about 14 px): the second label cannot go right of
    // the first, so the higher-priority one keeps the right and the other goes left.
    const placed = declutterLabels([label(130, 42, 1), label(130.3, 42, 3)], 5);
    expect(placed).toHaveLength(2);
    expect(placed.find((p) => p.index === 1)?.placement).toBe('right');
    expect(placed.find((p) => p.index === 0)?.placement).not.toBe('right');
  });

  it('drops the lower-priority label when no side is free', () => {
    const crowd = [label(130, 42, 3), label(130.01, 42.01, 1), label(130.02, 42.0, 1), label(129.99, 41.99, 1)];
    const placed = declutterLabels(crowd, 4);
    expect(placed.map((p) => p.index)).toContain(0);
    expect(placed.length).toBeLessThan(crowd.length);
  });
});
