import { describe, expect, it } from 'vitest';
import type { AreaShape } from '@/geo/analysis/area';
import { buildAreaLayers } from './area-layers';

type AnyLayer = { id: string; props: { data: unknown; visible: boolean } };
const dataOf = (layers: unknown[]) => (layers as AnyLayer[]).map((l) => l.props.data);

describe('buildAreaLayers', () => {
  it('hands deck.gl the same data object for the same area, and for none, so a rebuild per range step uploads nothing', () => {
    const area: AreaShape = { kind: 'circle', center: [131.9, 42.9], radiusKm: 150 };
    const theme = { theme: 'light' as const };
    const first = dataOf(buildAreaLayers({ area, editing: false }, theme));
    const again = dataOf(buildAreaLayers({ area, editing: false }, theme));
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    expect((first[0] as unknown[]).length).toBe(1);
    const none = dataOf(buildAreaLayers({ area: null, editing: false }, theme));
    expect(dataOf(buildAreaLayers({ area: null, editing: false }, theme))[0]).toBe(none[0]);
    expect((buildAreaLayers({ area: null, editing: false }, theme) as unknown as AnyLayer[]).every((l) => !l.props.visible)).toBe(true);
  });
});
