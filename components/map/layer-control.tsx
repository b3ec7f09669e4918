'use client';

import { memo } from 'react';
import { MAP_LAYERS, type MapLayerId } from '@/geo/layers/map-layers';

export interface LayerControlProps {
  visible: readonly MapLayerId[];
  onChange: (visible: MapLayerId[]) => void;
}

/**
 * One checkbox per map layer; the visible set is part of the shareable link (`layers=`). Memoised: the dashboard
 * re-renders several times per filter change, and the layers do not change with it.
 */
export const LayerControl = memo(function LayerControl({ visible, onChange }: LayerControlProps) {
  const toggle = (id: MapLayerId, on: boolean) =>
    onChange(MAP_LAYERS.map((l) => l.id).filter((l) => (l === id ? on : visible.includes(l))));
  return (
    <fieldset className="layer-control">
      <legend>Map layers</legend>
      {MAP_LAYERS.map((layer) => (
        <label key={layer.id}>
          <input type="checkbox" checked={visible.includes(layer.id)} onChange={(e) => toggle(layer.id, e.target.checked)} />
          {layer.label}
        </label>
      ))}
    </fieldset>
  );
});
