'use client';

import type { Dataset } from '@/data';

export interface DetailsPanelProps {
  selection: readonly string[];
  dataset: Dataset;
  onClear: () => void;
}

export function DetailsPanel({ selection, dataset, onClear }: DetailsPanelProps) {
  const selectedId = selection[0];
  const feature = dataset.places.features.find((f) => f.id === selectedId);
  return (
    <aside className="side-panel">
      <section aria-label="Details">
        <h2>Details</h2>
        {feature ? (
          <>
            <p className="details-name">{feature.properties.name.en}</p>
            <button type="button" onClick={onClear}>
              Clear selection
            </button>
          </>
        ) : (
          <p className="muted">Select a port, route or zone on the map to see its sourced facts.</p>
        )}
      </section>
    </aside>
  );
}
